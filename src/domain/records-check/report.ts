// The records check as a report sheet: the answer first (how many lots are traceable end to end, what
// could not be checked), then the problems grouped by how much they matter, each with the cell to go to.
// The link of that cell is made here from the sheet's position and the row — never from the maker's
// text — and the sheets layer turns it into a link to the sheet's id.
import type { Report, ReportTable } from '../report-grid';
import type { ReportName } from '../report-name';
import { sheetSpec } from '../workbook';
import type { Finding, FindingKind, RecordsCheck, RecordsInput, Severity } from './types';

/** Rows listed per group: at the ceiling thousands of lines may share one fault, and each costs writing. */
export const LISTED_PER_GROUP = 2_000;

export interface ReportLink {
  /** Index of the report table, and of the row within its rows. */
  table: number;
  row: number;
  sheet: Finding['sheet'];
  /** The cell in A1 notation, e.g. "E7". */
  a1: string;
}

export interface RecordsReport {
  name: ReportName;
  report: Report;
  links: ReportLink[];
  logSummary: string;
}

const GROUPS: readonly { severity: Severity; title: string }[] = [
  { severity: 'breaks', title: 'Breaks a trace' },
  { severity: 'weakens', title: 'Weakens a trace' },
  { severity: 'tidy', title: 'To tidy up' },
];

const KIND_NAMES: Record<FindingKind, string> = {
  duplicateCode: 'Code used twice',
  missingCode: 'Code left blank',
  unknownLot: 'Batch input naming no lot',
  unknownBatchId: 'Batch input naming no batch',
  unknownShipped: 'Order line naming no batch',
  noBatchCode: 'Order line with no batch code',
  unknownWasted: 'Waste naming no lot',
  unreadable: 'Cell that cannot be read',
  unitMismatch: 'Unit that does not convert',
  negativeOnHand: 'Negative on hand',
  usedBeforeReceived: 'Lot used before it existed',
  shippedBeforeMade: 'Shipped before it was made',
  noInputs: 'Batch with no inputs',
  noSupplier: 'Receipt with no supplier',
  noSupplierLot: 'Receipt with no supplier lot',
  unknownSupplier: 'Supplier not on Suppliers',
  noContact: 'Supplier with no contact',
  unknownComponent: 'BoM component that is nothing',
  noBom: 'Product with no BoM',
  heldInUse: 'Held lot still used or shipped',
};

const SEVERITY_NAMES: Record<Severity, string> = { breaks: 'breaks a trace', weakens: 'weakens a trace', tidy: 'tidy-up' };

export function recordsCheckReport(
  check: RecordsCheck,
  input: RecordsInput,
  context: { checkedAt: string; checkedBy: string },
  stamp: string,
): RecordsReport {
  const count = (severity: Severity) => check.findings.filter((finding) => finding.severity === severity).length;
  const [breaks, weakens, tidy] = GROUPS.map((group) => count(group.severity)) as [number, number, number];
  const { lots, traceable, complete } = check.readiness;
  const answer =
    lots === 0
      ? // None found is not none there when Receipts could not be read (a tab renamed): said as not checked.
        !input.tables.receipts || input.missingColumns.some((missing) => missing.sheet === 'receipts' && missing.column === 'lotNumber')
        ? 'No receipt lot could be checked: see what could not be, below.'
        : 'No receipt lots to trace.'
      : complete
        ? `${traceable.toLocaleString('en-US')} of ${lots.toLocaleString('en-US')} lots traceable end to end.`
        : `At most ${traceable.toLocaleString('en-US')} of ${lots.toLocaleString('en-US')} lots traceable end to end: some records could not be checked.`;
  const found =
    check.findings.length === 0
      ? check.notChecked.length === 0
        ? 'No problems found in the rows checked.'
        : 'No problems found in what could be checked; what could not is listed here.'
      : `${breaks.toLocaleString('en-US')} ${breaks === 1 ? 'problem breaks' : 'problems break'} a trace, ${weakens.toLocaleString('en-US')} ${weakens === 1 ? 'weakens' : 'weaken'} one, ${tidy.toLocaleString('en-US')} to tidy up.`;
  const heading = [
    `Records check, ${context.checkedAt} by ${context.checkedBy}`,
    answer,
    ...check.notChecked.map((line) => `Could not check: ${line}`),
    found,
    check.checked,
    'A lot is traceable end to end when its receipt names a supplier and supplier lot, every row naming it (and every batch made from it) resolves and reads, and no shipment of its products is left without a batch.',
  ];

  const tables: ReportTable[] = [];
  const links: ReportLink[] = [];
  const kinds = new Map<FindingKind, { severity: Severity; count: number }>();
  for (const finding of check.findings) {
    const seen = kinds.get(finding.kind) ?? { severity: finding.severity, count: 0 };
    seen.count++;
    kinds.set(finding.kind, seen);
  }
  for (const group of GROUPS) {
    const all = check.findings.filter((finding) => finding.severity === group.severity);
    const listed = all.slice(0, LISTED_PER_GROUP);
    const table = tables.length;
    listed.forEach((finding, row) => links.push({ table, row, sheet: finding.sheet, a1: cellOf(input, finding) }));
    tables.push({
      title: `${group.title} (${all.length.toLocaleString('en-US')})`,
      ...(all.length > listed.length
        ? {
            note: `The first ${listed.length.toLocaleString('en-US')} of ${all.length.toLocaleString('en-US')}: fix these and check again.`,
          }
        : {}),
      header: ['Cell', 'Sheet', 'Row', 'Column', 'Problem'],
      rows: listed.map((finding) => [
        cellOf(input, finding),
        input.places[finding.sheet]?.name ?? sheetSpec(finding.sheet).name,
        finding.row,
        input.places[finding.sheet]?.headers[finding.column] ?? finding.column,
        finding.message,
      ]),
      whenEmpty: 'Nothing found.',
    });
  }
  // After the problems themselves, which the first screen should show: how many of each kind (the
  // groups list at most LISTED_PER_GROUP rows each, this counts them all).
  const bySeverity = (severity: Severity) => GROUPS.findIndex((group) => group.severity === severity);
  tables.push({
    title: 'Problems by kind',
    header: ['Problem', 'Rows', 'Matters'],
    rows: [...kinds]
      .sort(([, a], [, b]) => bySeverity(a.severity) - bySeverity(b.severity) || b.count - a.count)
      .map(([kind, seen]) => [KIND_NAMES[kind], seen.count, SEVERITY_NAMES[seen.severity]]),
    whenEmpty: 'None in the rows checked.',
  });
  return {
    name: { lead: 'Records check', tail: ` ${stamp}` },
    // The title and the answer stay in view; what could not be checked follows them, before any table.
    report: { heading, tables, frozenLines: 2 },
    links,
    logSummary: `${answer} ${found}${check.notChecked.length > 0 ? ` Could not check: ${check.notChecked.join(' ')}` : ''}`,
  };
}

/** The finding's cell in A1 notation, from the column's position in the maker's sheet. */
export function cellOf(input: RecordsInput, finding: Finding): string {
  const position = input.places[finding.sheet]?.positions[finding.column] ?? 0;
  return `${columnLetters(position + 1)}${finding.row}`;
}

/** 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
