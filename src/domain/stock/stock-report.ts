// The Stock sheet as a report: its first row says Lotline made it, when, and that it is overwritten; then
// the answer (what to reorder, what expires soon, what could not be counted); then the tables — what could
// not be counted (with sheet and row), materials, products, and every lot and batch with stock. A figure
// that cannot be counted is written as words ("not counted"), never as a number.
import { namedFew } from '../named-few';
import { shownQuantity } from '../on-hand';
import type { Report, ReportCell, ReportTable } from '../report-grid';
import { describeProblem, type Problem } from '../problems';
import { USE_WEEKS, type LotLine, type MaterialLine, type ProductLine, type StockFigures } from './figures';

/** Row 1 of a Stock sheet starts so; the sheets layer rewrites only a sheet whose row 1 does. */
export const STOCK_SHEET_MARK = 'Made by Lotline';

export const STOCK_SHEET_NAME = 'Stock';

export const NOT_COUNTED = 'not counted';

export interface StockReport {
  report: Report;
  logSummary: string;
}

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

const NAMED = 5;
const named = (codes: readonly string[]) => namedFew(codes, NAMED);

/** The first line: short enough to stay one row (report-grid TEXT_CHARS). */
export function stockSheetFirstLine(at: string): string {
  return `${STOCK_SHEET_MARK} ${at}, overwritten each time`;
}

export function stockReport(figures: StockFigures, context: { at: string; by: string }): StockReport {
  const { settings, useWindow } = figures;
  const within = settings.expiringWithinDays;
  const below = figures.materials.filter((material) => material.atOrBelowReorder === true);
  const unchecked = figures.materials.filter(
    (material) => material.atOrBelowReorder === null && (material.reorderAt !== null || material.reorderAtUnreadable),
  );
  const runningShort = figures.materials.filter(
    (material) => material.atOrBelowReorder !== true && material.reorderBy !== null && material.reorderBy <= figures.today,
  );
  const soon = figures.lots.filter((lot) => lot.expiringSoon);
  const expired = figures.lots.filter((lot) => lot.expired);

  const answer: string[] = [];
  answer.push(
    below.length > 0
      ? `${count(below.length, 'material')} at or below ${below.length === 1 ? 'its' : 'their'} reorder point: ${named(below.map((m) => m.code))}.`
      : 'No material counted is at or below its reorder point.',
  );
  if (unchecked.length > 0)
    answer.push(
      `${count(unchecked.length, 'material')} could not be checked against a reorder point: ${named(unchecked.map((m) => m.code))}.`,
    );
  if (runningShort.length > 0)
    answer.push(
      `${count(runningShort.length, 'material')} should be reordered now, at the last ${USE_WEEKS} weeks' rate: ${named(runningShort.map((m) => m.code))}.`,
    );
  answer.push(
    `${count(soon.length, 'lot or batch', 'lots and batches')} with stock ${soon.length === 1 ? 'expires' : 'expire'} within ${within} days${expired.length > 0 ? `; ${count(expired.length, 'has', 'have')} expired with stock left` : ''}.`,
  );
  if (figures.notCounted.length > 0)
    answer.push(
      `${count(figures.notCounted.length, 'cell')} could not be read or counted: the first table lists each with its sheet and row, and the figures ${figures.notCounted.length === 1 ? 'it touches say' : 'they touch say'} "${NOT_COUNTED}".`,
    );
  if (figures.unmatched.length > 0)
    answer.push(
      `${count(figures.unmatched.length, 'row')} of Batch inputs, Orders or Waste ${figures.unmatched.length === 1 ? 'names' : 'name'} a code that matches no lot or batch: the lots they took from are shown with more on hand than they have (listed in the first table, with the closest codes).`,
    );

  const heading = [
    stockSheetFirstLine(context.at),
    `Stock on ${figures.today}, for ${context.by}. Choose Extensions ▸ Lotline ▸ Stock to bring it up to date; what is typed here is lost then.`,
    ...answer,
    ...figures.notChecked.map((line) => `Could not check: ${line}`),
    `Usable: Available lots, not expired. Use per week: Batch inputs of batches made ${useWindow.from} to ${useWindow.to}${useWindow.days < USE_WEEKS * 7 ? ` (${useWindow.days} days: the first batch was made ${useWindow.from})` : ` (${USE_WEEKS} weeks)`}. Weeks of cover: usable ÷ use per week; runs out: today + that; reorder by: runs out less the Lead time (Materials, else the material's Supplier).`,
    ...(figures.noLeadTimeColumn
      ? ['No Lead time column in Materials or Suppliers: reorder by is the run-out date. Add one (days) to either to have it counted.']
      : []),
    `On hand is counted the way a trace's mass balance and the production sidebar count it: received or made, less used, shipped and wasted.`,
  ];

  const tables: ReportTable[] = [];
  const listed = [...figures.notCounted, ...figures.unmatched];
  if (listed.length > 0)
    tables.push({
      title: `${figures.unmatched.length > 0 ? 'What could not be read, counted or matched' : 'What could not be read or counted'} (${listed.length.toLocaleString('en-US')})`,
      note:
        listed.length > LISTED_PROBLEMS
          ? `Fix these and choose Stock again. The first ${LISTED_PROBLEMS.toLocaleString('en-US')} are listed one by one, the rest counted by sheet and column.`
          : 'Fix these and choose Stock again.',
      header: ['Sheet', 'Row', 'Column', 'Problem'],
      rows: problemRows(listed),
    });
  tables.push({
    title: `Materials (${figures.materials.length.toLocaleString('en-US')})`,
    header: [
      'Material code',
      'Material',
      'Unit',
      'Usable on hand',
      'Reorder at',
      'At or below reorder point',
      `Use per week (last ${USE_WEEKS} weeks)`,
      'Batches behind it',
      'Weeks of cover',
      'Runs out',
      'Lead time (days)',
      'Reorder by',
      'Notes',
    ],
    rows: figures.materials.map(materialRow),
    whenEmpty: 'No materials in Materials or Receipts.',
  });
  tables.push({
    title: `Products (${figures.products.length.toLocaleString('en-US')})`,
    header: ['SKU', 'Product', 'Unit', 'Released', 'Released, expired', 'Held', 'Batches with stock', 'Notes'],
    rows: figures.products.map(productRow),
    whenEmpty: 'No products in Products or Batches.',
  });
  tables.push({
    title: `Lots and batches with stock (${figures.lots.length.toLocaleString('en-US')})`,
    note: `Marked: expired, expiring within ${within} days, held, or not counted.`,
    header: [
      'Lot or batch',
      'Kind',
      'Material or product',
      'On hand',
      'Unit',
      'Received or made',
      'Expires',
      'Days left',
      'Status',
      'Supplier',
      'Mark',
    ],
    rows: figures.lots.map(lotRow),
    whenEmpty: 'No lot or batch has stock.',
  });

  const logSummary = `${count(figures.lots.length, 'lot or batch', 'lots and batches')} with stock, ${count(below.length, 'material')} at or below the reorder point, ${soon.length.toLocaleString('en-US')} expiring within ${within} days${figures.notCounted.length > 0 ? `, ${count(figures.notCounted.length, 'cell')} not counted (${describeProblem(figures.notCounted[0]!)})` : ''}.`;
  return { report: { heading, tables, frozenLines: 1 }, logSummary };
}

const figure = (value: number | null): ReportCell => (value === null ? NOT_COUNTED : shownQuantity(value));

/**
 * Problems listed one a row, up to this many: past it (a column typed one wrong way all down a sheet at
 * the ceiling) the rest are counted by sheet and column, their first rows named, so that the Stock sheet
 * stays within the spreadsheet's cells and still says where each kind of problem is.
 */
export const LISTED_PROBLEMS = 1000;

function problemRows(problems: readonly Problem[]): ReportCell[][] {
  const rows: ReportCell[][] = problems
    .slice(0, LISTED_PROBLEMS)
    .map((problem) => [problem.sheet, problem.row ?? null, problem.column ?? '', problem.message]);
  const rest = new Map<string, { sheet: string; column: string; rows: number[]; first: string }>();
  for (const problem of problems.slice(LISTED_PROBLEMS)) {
    const key = `${problem.sheet}|${problem.column ?? ''}`;
    const entry = rest.get(key) ?? { sheet: problem.sheet, column: problem.column ?? '', rows: [], first: problem.message };
    if (problem.row !== undefined) entry.rows.push(problem.row);
    rest.set(key, entry);
  }
  for (const { sheet, column, rows: at, first } of rest.values()) {
    const named = at.slice(0, 3).join(', ');
    rows.push([
      sheet,
      null,
      column,
      `${at.length.toLocaleString('en-US')} more, in rows ${named}${at.length > 3 ? ' and others' : ''}; the first: ${first}`,
    ]);
  }
  return rows;
}

function materialRow(material: MaterialLine): ReportCell[] {
  const cover = (value: ReportCell) => (material.usable === null || material.usePerWeek === null ? NOT_COUNTED : value);
  return [
    material.code,
    material.name,
    material.unit,
    figure(material.usable),
    material.reorderAt,
    material.atOrBelowReorder === null
      ? material.reorderAt === null && !material.reorderAtUnreadable
        ? ''
        : 'not checked'
      : material.atOrBelowReorder
        ? 'yes'
        : 'no',
    figure(material.usePerWeek),
    material.batches,
    material.weeksOfCover ?? cover(''),
    material.runsOut ?? cover(''),
    material.leadTimeDays,
    material.reorderBy ?? cover(''),
    material.notes.join('; '),
  ];
}

function productRow(product: ProductLine): ReportCell[] {
  return [
    product.sku,
    product.name,
    product.unit,
    figure(product.released),
    figure(product.expired),
    figure(product.held),
    product.batches,
    product.notes.join('; '),
  ];
}

function lotRow(lot: LotLine): ReportCell[] {
  return [
    lot.code,
    lot.kind === 'lot' ? 'Lot' : 'Batch',
    lot.component,
    figure(lot.onHand),
    lot.unit,
    lot.since,
    lot.expires,
    lot.daysLeft,
    lot.status,
    lot.supplier,
    lot.marks.join('; '),
  ];
}
