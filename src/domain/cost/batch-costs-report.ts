// "Batch costs" as a report sheet: the answer first (how many batches are costed in full, what could not
// be checked, the lots whose missing cost holds figures up), then the cost of goods shipped per month
// beside the average-cost method, then every batch. The months come before the batches, against the
// order the issue lists them in, because at the ceiling the batches run to thousands of rows and a
// maker would never scroll past them to the twelve rows that say what the year's shipments cost.
import { namedFew } from '../named-few';
import type { Report, ReportCell, ReportTable } from '../report-grid';
import type { ReportName } from '../report-name';
import { describeMissingCost, type BatchCost, type CostBook, type MissingCost } from './lot-cost';
import type { MonthCost, ShippedCost } from './shipped-cost';

/** What the Batches sheet holds for a batch, to compare with the figure worked out. */
export interface WrittenCost {
  row: number;
  cost: number | null;
  unitCost: number | null;
}

export interface BatchCostsInput {
  book: CostBook;
  shipped: ShippedCost | null;
  /** Batches Cost and Unit cost cells as written, by batch code as written. */
  written: ReadonlyMap<string, WrittenCost>;
  /** Sentences of what could not be checked (missing sheets or columns, unreadable cells). */
  notChecked: readonly string[];
  /** Batches was read with its batch codes: when not (a tab renamed), no batch found is not none there. */
  batchesRead?: boolean;
  /** Receipts was read with its lot numbers: when not, every batch is held up by that one cause, said first. */
  receiptsRead?: boolean;
}

/** Which columns of which table hold money, for the sheets layer to format. */
export interface MoneyColumns {
  table: number;
  /** 0-based columns: totals (2 decimals) and costs a unit (2 to 4 decimals: a gram of oil costs 0.012). */
  totals: number[];
  perUnit: number[];
}

export interface BatchCostsReport {
  name: ReportName;
  report: Report;
  money: MoneyColumns[];
  /** The longest note, for the sheets layer to widen the Notes column to. */
  longestNote: string;
  logSummary: string;
}

/** Naming more lots than this in one cell helps nobody: the table of lots lists them all. */
const NAMED_PER_CELL = 3;
/** Half a cent: a figure typed to the cent agrees with one worked out to the last decimal. */
const AGREES = 0.005;

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export function batchCostsReport(input: BatchCostsInput, context: { at: string; by: string }, stamp: string): BatchCostsReport {
  const batches = input.book.batchCodes().map((code) => input.book.batchCost(code) as BatchCost);
  const incomplete = batches.filter((batch) => batch.cost === null || batch.unitCost === null);
  const holdingUp = lotsHoldingUp(incomplete);
  const disagreeing = batches.filter((batch) => disagreement(batch, input.written.get(batch.code)) !== '');

  const answer =
    batches.length === 0
      ? input.batchesRead === false
        ? 'No batch could be costed: Batches could not be read (see below).'
        : 'No batches to cost.'
      : incomplete.length === 0
        ? `All ${count(batches.length, 'batch', 'batches')} costed in full from the lots they used.`
        : input.receiptsRead === false
          ? `${batches.length - incomplete.length} of ${count(batches.length, 'batch', 'batches')} costed in full: Receipts could not be read (see below), so no lot's cost is known.`
          : `${batches.length - incomplete.length} of ${count(batches.length, 'batch', 'batches')} costed in full; ${incomplete.length.toLocaleString('en-US')} incomplete, held up by ${count(holdingUp.length, 'missing figure')} listed first below.`;
  const months = input.shipped?.months ?? [];
  const shippedLine =
    input.shipped === null
      ? 'Cost of goods shipped: not worked out (see above).'
      : months.length === 0
        ? 'Cost of goods shipped: no order lines with a Shipped date.'
        : shippedSummary(months);
  const heading = [
    `Batch costs, ${context.at} by ${context.by}`,
    answer,
    ...input.notChecked.map((line) => `Could not check: ${line}`),
    ...(input.shipped && input.shipped.undated > 0
      ? [`Could not check: ${count(input.shipped.undated, 'Orders row')} with no Shipped date, in no month below.`]
      : []),
    shippedLine,
    ...(disagreeing.length > 0
      ? [
          `${count(disagreeing.length, 'Batches row')} ${disagreeing.length === 1 ? 'holds' : 'hold'} a Cost or Unit cost that disagrees with the lots used (Batches below).`,
        ]
      : []),
    'A lot costs its Receipts Cost ÷ its Quantity; a batch, Σ of its Batch inputs quantity × that cost a unit (a sub-assembly, from its own inputs). A cost that is missing is never counted as 0.',
    "The average-cost method, for comparison: a product's total cost over all its batches costed in full ÷ their total quantity made, × the quantity shipped.",
  ];

  const tables: ReportTable[] = [];
  const money: MoneyColumns[] = [];
  if (holdingUp.length > 0) {
    tables.push({
      title: `What holds figures up (${holdingUp.length.toLocaleString('en-US')})`,
      note: 'Fill these in and run Batch costs again.',
      header: ['Lot or batch', 'Sheet', 'Row', 'Why', 'Batches incomplete'],
      rows: holdingUp.map(({ missing, batches: held }) => [missing.code, missing.sheet, missing.row, missing.why, held]),
    });
  }
  if (input.shipped !== null) {
    money.push({ table: tables.length, totals: [2, 3, 4], perUnit: [] });
    tables.push({
      title: 'Cost of goods shipped by month',
      header: ['Month', 'Order lines', 'At the batches’ own cost', 'At average cost', 'Difference', 'Not counted'],
      rows: months.map((month) => [
        month.month,
        month.lines,
        month.real ?? 'incomplete',
        month.average ?? 'incomplete',
        month.real !== null && month.average !== null ? Math.round((month.real - month.average) * 100) / 100 : null,
        notCounted(month),
      ]),
      whenEmpty: 'No order lines with a Shipped date.',
    });
  }
  money.push({ table: tables.length, totals: [4], perUnit: [5] });
  const rows = batches.map((batch) => batchRow(batch, input.written.get(batch.code)));
  let longestNote = '';
  for (const row of rows) if (String(row[6]).length > longestNote.length) longestNote = String(row[6]);
  tables.push({
    title: `Batches (${batches.length.toLocaleString('en-US')})`,
    header: ['Batch code', 'SKU', 'Quantity made', 'Unit', 'Cost', 'Unit cost', 'Notes'],
    rows,
    whenEmpty: 'No batches on the Batches sheet.',
  });
  return {
    name: { lead: 'Batch costs', tail: ` ${stamp}` },
    report: { heading, tables, frozenLines: 2 },
    money,
    longestNote,
    logSummary: `${answer} ${shippedLine}${input.notChecked.length > 0 ? ` Could not check: ${input.notChecked.join(' ')}` : ''}`,
  };
}

function batchRow(batch: BatchCost, written: WrittenCost | undefined): ReportCell[] {
  const complete = batch.cost !== null && batch.unitCost !== null;
  const notes = [
    complete ? '' : `incomplete: ${named(batch.missing)}`,
    disagreement(batch, written),
    // What is known so far, said as a floor, never put where the cost goes.
    !complete && batch.known > 0 ? `the lots with a cost come to ${batch.known.toFixed(2)}` : '',
  ].filter((note) => note !== '');
  return [
    batch.code,
    batch.sku,
    batch.quantityMade,
    batch.unit?.symbol ?? '',
    batch.cost ?? 'incomplete',
    batch.unitCost ?? 'incomplete',
    notes.join('; '),
  ];
}

/** "no cost for COCO-0923-001 (Receipts row 7)", the first few, then how many more. */
function named(missing: readonly MissingCost[]): string {
  const listed = missing
    .slice(0, NAMED_PER_CELL)
    .map((each) =>
      each.why === 'has no Cost recorded' ? `no cost for ${describeMissingCost({ ...each, why: '' })}` : describeMissingCost(each),
    );
  return namedFew(listed, NAMED_PER_CELL, missing.length);
}

/** What the Batches row says that the lots do not: '' when it agrees, or holds nothing. */
function disagreement(batch: BatchCost, written: WrittenCost | undefined): string {
  if (!written || batch.cost === null || batch.unitCost === null) return '';
  const said: string[] = [];
  if (written.cost !== null && Math.abs(written.cost - batch.cost) > AGREES)
    said.push(`Cost says ${written.cost.toFixed(2)}, the lots used come to ${batch.cost.toFixed(2)}`);
  if (written.unitCost !== null && Math.abs(written.unitCost - batch.unitCost) > AGREES)
    said.push(`Unit cost says ${perUnitText(written.unitCost)}, the lots used come to ${perUnitText(batch.unitCost)}`);
  return said.length === 0 ? '' : `Batches row ${written.row}: ${said.join('; ')}`;
}

/** A cost a unit as the sheet shows it: to the cent, or to 4 decimals where the cents would hide it (0.014). */
const perUnitText = (amount: number) => amount.toFixed(4).replace(/(\.\d\d\d*?)0+$/, '$1');

/** Each missing cost once, with how many incomplete batches it holds up, the most first. */
function lotsHoldingUp(incomplete: readonly BatchCost[]): { missing: MissingCost; batches: number }[] {
  const found = new Map<string, { missing: MissingCost; batches: number }>();
  for (const batch of incomplete) {
    const seen = new Set<string>();
    for (const missing of batch.missing) {
      const key = `${missing.sheet}|${missing.row ?? missing.code}|${missing.why}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = found.get(key) ?? { missing, batches: 0 };
      entry.batches++;
      found.set(key, entry);
    }
  }
  return [...found.values()].sort((a, b) => b.batches - a.batches);
}

function shippedSummary(months: readonly MonthCost[]): string {
  const incomplete = months.filter((month) => month.real === null).length;
  if (incomplete > 0)
    return `Cost of goods shipped: ${count(months.length, 'month')}, ${incomplete.toLocaleString('en-US')} of them incomplete (order lines whose batch cost is not known).`;
  const real = months.reduce((sum, month) => sum + (month.real ?? 0), 0);
  const averaged = months.every((month) => month.average !== null)
    ? `, ${money(months.reduce((sum, month) => sum + (month.average ?? 0), 0))} at average cost`
    : '';
  return `Cost of goods shipped over ${count(months.length, 'month')}: ${money(real)} at the batches’ own cost${averaged}.`;
}

const money = (amount: number) => amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function notCounted(month: MonthCost): string {
  const said: string[] = [];
  if (month.unknownLines > 0) {
    const codes = month.unknownCodes.slice(0, NAMED_PER_CELL).join(', ');
    const more = month.unknownCodes.length > NAMED_PER_CELL ? ' and others' : '';
    said.push(`${count(month.unknownLines, 'line')} whose batch cost is not known (${codes}${more})`);
  }
  if (month.noAverageLines > 0) said.push(`${count(month.noAverageLines, 'line')} with no average for their product`);
  return said.join('; ');
}
