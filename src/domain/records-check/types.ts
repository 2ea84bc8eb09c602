// What the records check takes in and gives back. It reads the tracking tables as typed rows (only the
// columns it checks), and answers with findings: each one a cell the maker can go to, how much it
// matters, and a sentence saying what is wrong there.
import type { KeyedProblem } from '../problems';
import type { TypedRow } from '../rows';
import type { SheetKey } from '../workbook';

/** The tables the check reads (the Log and the add-on's other own sheets are not checked). */
export type CheckedSheet = Extract<
  SheetKey,
  'suppliers' | 'materials' | 'receipts' | 'products' | 'bom' | 'batches' | 'batchInputs' | 'orders' | 'waste'
>;

/** How much a problem matters to a recall. */
export type Severity = 'breaks' | 'weakens' | 'tidy';

export type FindingKind =
  | 'duplicateCode'
  | 'missingCode'
  | 'unknownLot'
  | 'unknownBatchId'
  | 'unknownShipped'
  | 'noBatchCode'
  | 'unknownWasted'
  | 'unreadable'
  | 'unitMismatch'
  | 'negativeOnHand'
  | 'usedBeforeReceived'
  | 'shippedBeforeMade'
  | 'noInputs'
  | 'noSupplier'
  | 'noSupplierLot'
  | 'unknownSupplier'
  | 'noContact'
  | 'unknownComponent'
  | 'noBom'
  | 'heldInUse';

export interface Finding {
  kind: FindingKind;
  severity: Severity;
  sheet: CheckedSheet;
  /** 1-based sheet row. */
  row: number;
  /** Column key (workbook.ts): the cell the maker should look at. */
  column: string;
  message: string;
}

/** Where a table stands in the workbook, as the maker laid it out: for names and cell addresses. */
export interface TablePlace {
  /** The tab's name as written. */
  name: string;
  /** Column key → header as written, for the columns the sheet has. */
  headers: Record<string, string>;
  /** Column key → 0-based column position. */
  positions: Record<string, number>;
}

export interface RecordsInput {
  /** Typed rows of each table read; a table absent here has no sheet. */
  tables: Partial<Record<CheckedSheet, TypedRow[]>>;
  places: Partial<Record<CheckedSheet, TablePlace>>;
  /** Columns the check needed that a sheet lacks (the sheet exists). */
  missingColumns: { sheet: CheckedSheet; column: string }[];
  /** Cells that could not be read (typeRows' problems), by column key. */
  unreadable: (KeyedProblem & { sheet: CheckedSheet })[];
  /** Of a sheet not there: a tab of another name that looks like it (lookalike-tab.ts). */
  lookalikes?: Partial<Record<CheckedSheet, string>>;
}

export interface RecordsCheck {
  findings: Finding[];
  readiness: Readiness;
  /** What could not be checked, as sentences for the top of the report. */
  notChecked: string[];
  /** What was checked, as a sentence: the tables and how many rows of each. */
  checked: string;
}

export interface Readiness {
  /** Receipt lots, counted once per code. */
  lots: number;
  traceable: number;
  /** False when a sheet or column the definition needs is missing: the figure is then a ceiling, not a fact. */
  complete: boolean;
}
