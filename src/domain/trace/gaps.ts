// What a trace could not read: a sheet it needs that is not there (deleted, or renamed "Orders (old)"),
// or a column its sheet lacks. A missing sheet is not an empty table: a report that read no Orders
// must not say "no customer received it" (traceability.md, "Never a false all-clear"). Each gap says
// what it leaves unchecked, at the top of the report, and is a problem to fix with its sheet.
import { columnLabel, sheetLabel, type KeyedProblem, type SheetLabels } from '../problems';
import { lookalikeClause } from '../lookalike-tab';
import { columnSpec, sheetSpec, type SheetKey } from '../workbook';

/** A sheet the trace needed and did not find; with `column` (a column key), a column its sheet lacks. */
export interface TraceGap {
  sheet: SheetKey;
  column?: string;
  /** A missing sheet's look-alike: a tab of another name that may be it (lookalike-tab.ts). */
  lookalike?: string;
}

/** What a report may claim only when nothing it rests on is missing. */
export type Claim = 'customers' | 'batches' | 'lots';

interface LinkMeaning {
  /** Column keys that link this sheet into the trace. */
  columns: readonly string[];
  hides: readonly Claim[];
  meaning: string;
}

/** The sheets and columns a trace walks through, and what it cannot tell without each. */
const LINKS: Partial<Record<SheetKey, LinkMeaning>> = {
  receipts: {
    columns: ['lotNumber'],
    hides: ['lots'],
    meaning: 'material lots and their suppliers could not be checked',
  },
  batches: {
    columns: ['batchId', 'batchCode'],
    hides: ['batches', 'lots', 'customers'],
    meaning: 'batches could not be checked, so batches reached and customers may be missing',
  },
  batchInputs: {
    columns: ['lot', 'batchId'],
    hides: ['batches', 'lots', 'customers'],
    meaning: 'which lots went into which batches could not be checked, so batches reached and customers may be missing',
  },
  orders: { columns: ['batchCode'], hides: ['customers'], meaning: 'customers could not be checked' },
  waste: { columns: ['lot'], hides: [], meaning: 'waste could not be counted, so mass balances leave it out' },
};

const SMALL_TABLES: Partial<Record<SheetKey, string>> = {
  suppliers: 'supplier contacts are left blank',
  materials: 'material names are left blank',
  products: 'product names and kinds are left blank',
};

/** Each gap once, in the order met. */
export function uniqueGaps(gaps: readonly TraceGap[]): TraceGap[] {
  const seen = new Set<string>();
  return gaps.filter((gap) => {
    const key = `${gap.sheet}|${gap.column ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** What the gap leaves unchecked, in words: "customers could not be checked". */
export function gapMeaning(gap: TraceGap): string {
  const link = LINKS[gap.sheet];
  if (gap.column === undefined || (link && link.columns.includes(gap.column))) {
    return link?.meaning ?? SMALL_TABLES[gap.sheet] ?? 'what it holds could not be checked';
  }
  const kind = columnSpec(gap.sheet, gap.column).kind;
  if (kind === 'number' || kind === 'unit') return 'its quantities could not be counted, so mass balances are incomplete';
  if (gap.sheet === 'orders' && ['customer', 'email', 'address'].includes(gap.column)) {
    return 'the customers to contact cannot all be named from this report';
  }
  return 'the report leaves it blank';
}

/** Whether a claim rests on what the gap hides. */
export function gapHides(gap: TraceGap, claim: Claim): boolean {
  const link = LINKS[gap.sheet];
  if (!link) return false;
  if (gap.column !== undefined && !link.columns.includes(gap.column)) return false;
  return link.hides.includes(claim);
}

/** The gap in a few words, as the maker sees the sheet: `no "Orders" sheet`, `no "Batch code" column on Orders`. */
export function gapName(gap: TraceGap, labels?: SheetLabels): string {
  if (gap.column === undefined) return `no "${sheetSpec(gap.sheet).name}" sheet`;
  return `no "${columnLabel(gap.sheet, gap.column, labels)}" column on ${sheetLabel(gap.sheet, labels)}`;
}

/** The line at the top of a report: `No "Orders" sheet: customers could not be checked.`, `Orders has no "Batch code" column: …`. */
export function gapSentence(gap: TraceGap, labels?: SheetLabels): string {
  const where =
    gap.column === undefined
      ? `No "${sheetSpec(gap.sheet).name}" sheet`
      : `${sheetLabel(gap.sheet, labels)} has no "${columnLabel(gap.sheet, gap.column, labels)}" column`;
  return `${where}: ${gapMeaning(gap)}.${gap.column === undefined ? lookalikeClause(sheetSpec(gap.sheet), gap.lookalike ?? null) : ''}`;
}

/** The gap as a problem to fix, with its sheet (and header row, for a column). */
export function gapProblem(gap: TraceGap): KeyedProblem {
  if (gap.column === undefined) {
    return {
      sheet: gap.sheet,
      message: gap.lookalike
        ? `there is no sheet of this name: ${gapMeaning(gap)}.${lookalikeClause(sheetSpec(gap.sheet), gap.lookalike)}`
        : `there is no sheet of this name (deleted, or renamed?): ${gapMeaning(gap)}. Extensions ▸ Lotline ▸ Set up tracking sheets creates it.`,
    };
  }
  return {
    sheet: gap.sheet,
    row: 1,
    column: gap.column,
    message: `the sheet has no "${columnSpec(gap.sheet, gap.column).header}" column: ${gapMeaning(gap)}.`,
  };
}

/** The gaps a claim rests on, named; empty when the claim can be made. */
export function gapsHiding(gaps: readonly TraceGap[], claim: Claim, labels?: SheetLabels): string[] {
  return gaps.filter((gap) => gapHides(gap, claim)).map((gap) => gapName(gap, labels));
}
