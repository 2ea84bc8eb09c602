// The pack's cover sheet, answer first: what the pack covers and how much it holds, then whether it is
// whole — what could not be included comes before anything else, never a false all-clear — then any
// adverse event whose FDA report is due, when and by whom it was made, and what each sheet holds.
import type { Report, ReportCell, ReportTable } from '../report-grid';
import type { PackSheet } from './names';
import type { PackGap } from './gaps';
import type { PackScope } from './scope';
import type { PackOptions } from './sheets';

export interface CoverFacts {
  scope: PackScope;
  /** The product's name, for a product pack. */
  productName: string;
  madeAt: string;
  madeBy: string;
  names: Partial<Record<PackSheet, string>>;
  rows: Partial<Record<PackSheet, number>>;
  gaps: readonly PackGap[];
  /** Sentences: sheets or columns the pack could not read. */
  notIncluded: readonly string[];
  /** Sentences: adverse events in the pack whose FDA report is due or overdue. */
  eventsDue: readonly string[];
  options: PackOptions;
}

const HOLDS: Record<PackSheet, string> = {
  cover: 'This sheet: what the pack covers and what could not be included',
  batches: 'The batch records: batch, made, quantity, unit, status, made by',
  lots: 'Each batch’s ingredient lots, through sub-assemblies to the receipt lots: supplier, supplier lot, contact, received date, spec, reference document',
  shipments: 'The distribution records: the order lines that shipped these batches, with dates, customers and quantities',
  events: 'The adverse events about these batches or, with no batch named, their products in the period',
  formulas: 'The BoM of each product in the pack (included because asked for)',
};

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export function scopeWords(scope: PackScope, productName: string): string {
  if (scope.kind === 'batch') return `batch ${scope.batchCode.trim()}`;
  const period = scope.from === scope.to ? `on ${scope.from}` : `from ${scope.from} to ${scope.to}`;
  if (scope.kind === 'product') return `${scope.sku.trim()}${productName ? ` (${productName})` : ''}, batches made ${period}`;
  return `everything made ${period}`;
}

function leftOut(options: PackOptions): string {
  const out: string[] = [];
  if (!options.includeFormulas) out.push('formulas (BoM quantities and the quantity of each lot a batch used)');
  if (!options.includeCosts) out.push('prices and costs (Receipts Cost, Batches Cost and Unit cost)');
  if (out.length === 0) return 'Formulas and costs are included, as asked: FDA may not ask for them.';
  return `Left out, as FDA may not ask for them: ${out.join(', and ')}.`;
}

/** Column C's texts, for its width. */
export function longTexts(report: Report): string[] {
  return report.tables.flatMap((table) => table.rows.map((row) => String(row[2] ?? '')));
}

export function coverReport(facts: CoverFacts): Report {
  const { rows } = facts;
  const counts = [
    plural(rows.batches ?? 0, 'batch', 'batches'),
    plural(rows.lots ?? 0, 'lot used', 'lots used'),
    plural(rows.shipments ?? 0, 'order line'),
    facts.names.events ? plural(rows.events ?? 0, 'adverse event') : 'adverse events not known',
  ];
  const missing = facts.gaps.length + facts.notIncluded.length;
  const whole =
    missing > 0
      ? `Not complete: ${plural(missing, 'thing')} could not be included or ${missing === 1 ? 'is' : 'are'} wrong in the records${facts.gaps.length > 0 ? ` (${plural(facts.gaps.length, 'gap')} listed below)` : ''}:`
      : 'The records check found no gaps in the rows this pack holds.';
  const heading = [
    `Records pack: ${scopeWords(facts.scope, facts.productName)}.`,
    `${counts.join(', ')}.`,
    whole,
    ...facts.notIncluded.map((sentence) => `• ${sentence}`),
    ...(facts.eventsDue.length > 0
      ? [`${plural(facts.eventsDue.length, 'adverse event needs', 'adverse events need')} action now, listed below.`]
      : []),
    `Made ${facts.madeAt} by ${facts.madeBy}.`,
    leftOut(facts.options),
  ];
  const tables: ReportTable[] = [];
  if (facts.gaps.length > 0)
    tables.push({
      title: `Gaps the records check found in these records (${facts.gaps.length.toLocaleString('en-US')})`,
      // The two long texts (a problem, what a sheet holds) share column C, which is made wide enough for them.
      header: ['Sheet', 'Row', 'Problem', 'Column'],
      rows: facts.gaps.map((gap): ReportCell[] => [gap.sheetName, gap.finding.row, gap.finding.message, gap.header]),
    });
  if (facts.eventsDue.length > 0)
    tables.push({
      title: 'Adverse events whose FDA report is due or overdue',
      header: ['Event'],
      rows: facts.eventsDue.map((sentence) => [sentence]),
    });
  const sheets = (Object.keys(facts.names) as PackSheet[]).map((kind): ReportCell[] => [
    facts.names[kind] ?? '',
    kind === 'cover' ? null : (rows[kind] ?? 0),
    HOLDS[kind],
  ]);
  tables.push({ title: 'What each sheet holds', header: ['Sheet', 'Rows', 'Holds'], rows: sheets });
  return { heading, tables, frozenLines: 3 };
}
