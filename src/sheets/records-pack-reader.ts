// What "Records pack…" reads: each table once, in the columns the records check needs (its gaps go on
// the cover) together with those the pack shows — the cost and BoM quantity columns only when the maker
// asked for them. Batches and Products are read first, so that a scope naming nothing is refused before
// the big tables are read.
import { CHECKED_SHEETS, type CheckedSheet, type RecordsInput, type TablePlace } from '../domain/records-check';
import { EVENT_COLUMNS } from '../domain/records-pack/events';
import { describeProblem } from '../domain/problems';
import type { PackOptions } from '../domain/records-pack/sheets';
import type { TypedRow } from '../domain/rows';
import { columnSpec, sheetSpec, type SheetKey } from '../domain/workbook';
import { readTable } from './read-table';
import { RECORDS_COLUMNS } from './records-check-reader';
import type { Workbook } from './workbook';

/** Receipts' Reference document column, once the workbook table names it (workbook.md lists it). */
export const REFERENCE_DOCUMENT = 'referenceDocument';
const inSpec = (sheet: SheetKey, key: string) => sheetSpec(sheet).columns.some((column) => column.key === key);
const readsReferenceDocument = () => inSpec('receipts', REFERENCE_DOCUMENT);

/** The columns the pack shows, beyond what the check reads. */
function packColumns(key: CheckedSheet, options: PackOptions): string[] {
  switch (key) {
    case 'materials':
      return ['material'];
    case 'receipts':
      return ['materialCode', 'spec', ...(readsReferenceDocument() ? [REFERENCE_DOCUMENT] : []), ...(options.includeCosts ? ['cost'] : [])];
    case 'products':
      return ['product'];
    case 'bom':
      return options.includeFormulas ? ['quantity', 'unit'] : [];
    case 'batches':
      return ['expires', 'madeBy', ...(options.includeCosts ? ['cost', 'unitCost'].filter((key) => inSpec('batches', key)) : [])];
    case 'orders':
      return ['order', 'customer', 'email', 'address'];
    default:
      return [];
  }
}

/** What a missing column leaves blank in the pack, by sheet: the columns an inspector would look for. */
const SHOWN: Partial<Record<SheetKey, readonly string[]>> = {
  suppliers: ['contact'],
  receipts: ['supplier', 'supplierLot', 'received', 'spec'],
  batches: ['made', 'quantityMade', 'unit', 'status', 'madeBy'],
  batchInputs: ['lot'],
  orders: ['shipped', 'customer', 'quantity'],
};

/** What the pack lacks without each sheet. */
const WITHOUT: Partial<Record<SheetKey, string>> = {
  suppliers: 'the lots sheet has no supplier contacts',
  materials: 'the lots sheet has no material names',
  receipts: 'the lots sheet has no supplier, supplier lot, received date or spec',
  products: 'the batches sheet has no product names',
  batchInputs: 'the lots sheet is empty: no batch’s ingredient lots are recorded',
  orders: 'the shipments sheet is empty: no distribution records',
};

export interface PackRead {
  /** For the records check: every table read, where it stands, what could not be read. */
  input: RecordsInput;
  tables: Partial<Record<CheckedSheet, TypedRow[]>>;
  /** Null: there is no Adverse events sheet. */
  adverseEvents: TypedRow[] | null;
  /** Sentences for the cover: sheets and columns the pack could not read. */
  notIncluded: string[];
}

export class PackReader {
  readonly read: PackRead = {
    input: { tables: {}, places: {}, missingColumns: [], unreadable: [] },
    tables: {},
    adverseEvents: null,
    notIncluded: [],
  };

  constructor(
    private readonly workbook: Workbook,
    private readonly options: PackOptions,
  ) {}

  /** Rows of one checked table, read at most once. */
  table(key: CheckedSheet): TypedRow[] {
    const known = this.read.tables[key];
    if (known) return known;
    const table = this.workbook.table(key);
    const { input, notIncluded } = this.read;
    if (!table) {
      const without = WITHOUT[key];
      if (without) notIncluded.push(`No ${sheetSpec(key).name} sheet: ${without}.`);
      return (this.read.tables[key] = []);
    }
    const wanted = [...new Set([...RECORDS_COLUMNS[key], ...packColumns(key, this.options)])];
    const present = wanted.filter((column) => table.has(column));
    const read = present.length > 0 ? readTable(this.workbook, key, present) : { rows: [], problems: [] };
    const place: TablePlace = { name: table.name, headers: {}, positions: {} };
    const keyOfHeader = new Map<string, string>();
    for (const column of table.spec.columns) {
      const position = table.layout.positions.get(column.key);
      if (position === undefined) continue;
      place.headers[column.key] = table.headerOf(column.key);
      place.positions[column.key] = position;
      keyOfHeader.set(table.headerOf(column.key), column.key);
    }
    input.tables[key] = read.rows;
    input.places[key] = place;
    const shown = [...(SHOWN[key] ?? []), ...(key === 'receipts' && readsReferenceDocument() ? [REFERENCE_DOCUMENT] : [])];
    for (const column of shown)
      if (!table.has(column)) {
        const header = columnSpec(key, column).header;
        notIncluded.push(`${table.name} has no "${header}" column: the pack leaves ${header} blank.`);
      }
    for (const problem of read.problems) {
      const column = problem.column === undefined ? undefined : keyOfHeader.get(problem.column);
      input.unreadable.push({
        sheet: key,
        message: problem.message,
        ...(problem.row !== undefined ? { row: problem.row } : {}),
        ...(column !== undefined ? { column } : {}),
      });
    }
    return (this.read.tables[key] = read.rows);
  }

  /** Every table the check reads, and the Adverse events sheet. */
  readTheRest(): PackRead {
    for (const key of CHECKED_SHEETS) this.table(key);
    if (!readsReferenceDocument())
      this.read.notIncluded.push('Lotline does not yet read a Reference document column on Receipts: the lots sheet leaves it blank.');
    const events = this.workbook.table('adverseEvents');
    if (events) {
      const present = EVENT_COLUMNS.filter((column) => events.has(column));
      const read = present.length > 0 ? readTable(this.workbook, 'adverseEvents', present) : { rows: [], problems: [] };
      this.read.adverseEvents = read.rows;
      for (const column of ['received', 'sku', 'batchCode', 'whatHappened', 'fdaReportDue'])
        if (!events.has(column)) {
          const header = columnSpec('adverseEvents', column).header;
          this.read.notIncluded.push(`${events.name} has no "${header}" column: the pack leaves ${header} blank.`);
        }
      for (const problem of read.problems) this.read.notIncluded.push(`${describeProblem(problem)}.`);
    } else this.read.notIncluded.push('No Adverse events sheet: no adverse events recorded with Lotline.');
    return this.read;
  }
}
