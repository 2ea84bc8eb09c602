// Import orders…: the sidebar's two server calls. The preview reads a shop's export, leaves out what is
// no shipped line of the maker's products or already in Orders, and proposes each line's batches
// first-expiring-first; the save checks the plan again under the document lock against the sheets as
// they are then and appends every Orders row in one write with a Log row — or, on any problem, nothing.
import {
  MAX_PLANNED_LINES,
  previewOrderImportRequest,
  saveOrderImportRequest,
  type OrderFile,
  type OrderImportPlan,
  type OrderProblem,
  type OrderSaveResult,
  type PreviewOrderImportRequest,
  type ProductChoice,
  type SaveOrderImportRequest,
} from '../contract/orders';
import { ofLine, sentencesOf, wireErrors, type FieldLabel } from '../contract/wire-problems';
import { batchChoices, describeBelowZero } from '../domain/orders/link';
import { codeKey } from '../domain/codes';
import { readOrderExports } from '../domain/orders/read-exports';
import { rowText } from '../domain/rows';
import { checkPlannedLines, linkPlannedLines, orderRecordsOf, plannedBelowZero } from '../domain/orders/link-plan';
import { describeProblem, toProblem } from '../domain/problems';
import { LayoutCache } from '../sheets/layout-cache';
import { parseCsv } from '../sheets/orders-csv';
import { missingColumnMessages, missingSheetMessages } from '../sheets/production-reader';
import { loadOrderMappings, mergeMappings, rememberOrderMappings, type OrderMappings } from '../sheets/orders-mappings';
import { readOrderSheets, type OrderSheets } from '../sheets/orders-reader';
import { describeWritten, writeAllOrNothing } from '../sheets/save-writes';
import { Workbook } from '../sheets/workbook';
import { saveUnderDocumentLock, type FormBusy } from './save-under-lock';

const TITLE = 'Import orders';

export type ExportRead = Pick<
  OrderImportPlan,
  'sources' | 'lines' | 'leftOut' | 'unmapped' | 'problems' | 'columnMappings' | 'productMappings'
>;

/** The shops' exports read (src/domain/orders/read-exports.ts) with what the workbook already holds. */
function readShopExports(
  workbook: Workbook,
  files: readonly OrderFile[],
  { sheets, mappings }: { sheets: OrderSheets; mappings: OrderMappings },
): ExportRead {
  const read = readOrderExports(files, {
    parseCsv,
    products: sheets.products.map((row) => ({ sku: rowText(row, 'sku'), product: rowText(row, 'product') })),
    existingLineIds: sheets.lineIds,
    columnMappings: mappings.columnMappings,
    productMappings: mappings.productMappings,
    timeZone: workbook.timeZone(),
    locale: workbook.locale(),
    maxLines: MAX_PLANNED_LINES,
  });
  return { ...read, ...mappings };
}

/** google.script.run: the plan for these export files. */
export function previewOrderImport(request: PreviewOrderImportRequest): OrderImportPlan {
  const parsed = previewOrderImportRequest.safeParse(request, { error: wireErrors(previewLabel) });
  if (!parsed.success) return emptyPlan([{ message: sentencesOf(parsed.error, previewLabel) }]);
  const workbook = Workbook.active(LayoutCache.load());
  const sheets = readOrderSheets(workbook);
  workbook.saveLayouts();
  if (sheets.missing.length > 0) return emptyPlan(missingSheetMessages(workbook, sheets.missing).map((message) => ({ message })));
  const mappings = mergeMappings(loadOrderMappings(), {
    columnMappings: parsed.data.columnMappings ?? [],
    productMappings: parsed.data.productMappings ?? [],
  });
  const read = readShopExports(workbook, parsed.data.files, { sheets, mappings });
  return planFor(read, sheets);
}

/** A plan from lines read (or made in a test): linked, with the batches of their SKUs to pick from. */
export function planFor(read: ExportRead, sheets: OrderSheets): OrderImportPlan {
  const linked = linkPlannedLines(read.lines, sheets.stock);
  const skus = new Set([...read.lines.map((line) => line.sku)]);
  return {
    ...read,
    lines: linked.lines,
    leftOut: [...read.leftOut, ...linked.leftOut],
    batches: batchChoices(sheets.stock, skus),
    products: productChoices(sheets),
    problems: [...read.problems, ...sheetProblems(sheets), ...unlinkedNote(sheets)],
  };
}

/** Every SKU in Products once, with its product's name: what a shop's product may be mapped to. */
function productChoices(sheets: OrderSheets): ProductChoice[] {
  const seen = new Set<string>();
  const choices: ProductChoice[] = [];
  for (const row of sheets.products) {
    const sku = rowText(row, 'sku');
    const key = codeKey(sku);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    choices.push({ sku, product: rowText(row, 'product') });
  }
  return choices;
}

/** google.script.run: save a plan (as shown, or as the maker edited it). */
export function saveOrderImport(request: SaveOrderImportRequest): OrderSaveResult {
  const parsed = saveOrderImportRequest.safeParse(request, { error: wireErrors(saveLabel) });
  if (!parsed.success) return { ok: false, problems: [{ message: sentencesOf(parsed.error, saveLabel) }] };
  const plan = parsed.data;
  const workbook = Workbook.active(LayoutCache.load());
  const saved = saveUnderDocumentLock(workbook, () => saveLines(workbook, plan));
  if (saved.ok) rememberOrderMappings({ columnMappings: plan.columnMappings ?? [], productMappings: plan.productMappings ?? [] });
  return orderSaveAnswer(saved);
}

/** A save's answer as the order sidebars take it: a lock's refusal as a plain problem, the stock a refused check saw kept. */
export function orderSaveAnswer(saved: OrderSaveResult | FormBusy): OrderSaveResult {
  if (saved.ok) return saved;
  const problems = saved.problems.map((problem) => ('field' in problem ? { message: problem.message } : problem));
  return 'batches' in saved && saved.batches ? { ok: false, problems, batches: saved.batches } : { ok: false, problems };
}

/** Runs under the document lock: Line IDs and stock are as they are now, not as the preview saw them. */
function saveLines(workbook: Workbook, plan: SaveOrderImportRequest): OrderSaveResult {
  const sheets = readOrderSheets(workbook);
  if (sheets.missing.length > 0)
    return { ok: false, problems: missingSheetMessages(workbook, sheets.missing).map((message) => ({ message })) };
  const columns = missingColumnMessages(workbook, ['orders']);
  if (columns.length > 0) return { ok: false, problems: columns.map((message) => ({ message })) };
  const problems = checkPlannedLines(plan.lines, sheets.stock, sheets.lineIds, plan.belowZero);
  // Someone may have shipped or used a batch since the preview: the pickers get the stock the check saw.
  if (problems.length > 0) return { ok: false, problems, batches: batchChoices(sheets.stock, new Set(plan.lines.map((line) => line.sku))) };
  const belowZero = describeBelowZero(plannedBelowZero(plan.lines, sheets.stock, plan.belowZero ?? []).confirmed);
  const records = orderRecordsOf(plan.lines);
  if (records.length === 0) return { ok: true, sheet: workbook.table('orders')?.name ?? 'Orders', rows: 0, lines: 0, firstRow: null };
  const written = writeAllOrNothing(workbook, [{ key: 'orders', records }], {
    action: TITLE,
    details: (where) =>
      `Imported ${plan.lines.length} order ${plan.lines.length === 1 ? 'line' : 'lines'} of ${new Set(plan.lines.map((line) => line.order)).size} orders, linked to ${batchesOf(plan)}${belowZero}; into ${describeWritten(where)}`,
  });
  if (!written.ok)
    return {
      ok: false,
      problems: [
        {
          message: `Nothing was saved: writing to the ${written.sheet} sheet failed (${written.message}). What had been written was removed again.`,
        },
      ],
    };
  const [orders] = written.written;
  return { ok: true, sheet: orders?.sheet ?? 'Orders', rows: records.length, lines: plan.lines.length, firstRow: orders?.firstRow ?? null };
}

function batchesOf(plan: SaveOrderImportRequest): string {
  const codes = [...new Set(plan.lines.flatMap((line) => line.allocations.map((allocation) => allocation.batchCode)))];
  const shown = codes.slice(0, 20).join(', ');
  return codes.length > 20 ? `${shown} and ${codes.length - 20} more batches` : shown;
}

/** Unreadable cells and stock that does not add up: shown with the plan, never an all-clear over them. */
export function sheetProblems(sheets: OrderSheets): OrderProblem[] {
  return [...sheets.problems, ...sheets.stock.problems.map((problem) => toProblem(problem))].map((problem) => ({
    message: describeProblem(problem),
  }));
}

function unlinkedNote(sheets: OrderSheets): OrderProblem[] {
  const count = sheets.unlinkedRows;
  if (count === 0) return [];
  return [
    {
      message: `${count} Orders ${count === 1 ? 'row has' : 'rows have'} no Batch code yet: Extensions ▸ Lotline ▸ Link order lines to batches… links ${count === 1 ? 'it' : 'them'}.`,
    },
  ];
}

function emptyPlan(problems: OrderProblem[]): OrderImportPlan {
  return {
    sources: [],
    lines: [],
    leftOut: [],
    batches: [],
    products: [],
    unmapped: [],
    problems,
    columnMappings: [],
    productMappings: [],
  };
}

const FIELDS: Record<string, string> = {
  batchCode: 'batch code',
  lineId: 'Line ID',
  customerType: 'customer type',
  allocations: 'batches',
  shipped: 'ship date',
  onHand: 'on hand',
};

const previewLabel: FieldLabel = (path) => {
  if (path.length === 0) return 'The import request';
  if (path[0] === 'files') return path.length === 1 ? 'The list of files' : ofLine(String(path[2] ?? ''), 'file', path[1]);
  if (path[0] === 'columnMappings') return path.length === 1 ? 'The column mappings' : ofLine('', 'column mapping', path[1]);
  if (path[0] === 'productMappings') return path.length === 1 ? 'The product mappings' : ofLine('', 'product mapping', path[1]);
  return `The field ${String(path[0])}`;
};

/** The words for the batches a save request confirms below zero (both order saves send them). */
export const belowZeroLabel: FieldLabel = (path) =>
  path.length === 1
    ? 'The list of batches confirmed below zero'
    : ofLine(FIELDS[String(path[2] ?? '')] ?? String(path[2] ?? ''), 'batch confirmed below zero', path[1]);

const saveLabel: FieldLabel = (path) => {
  if (path.length === 0) return 'The order lines to save';
  if (path[0] === 'lines') {
    if (path.length === 1) return 'The list of order lines';
    if (path[2] === 'allocations' && path.length > 3)
      return ofLine(FIELDS[String(path[4] ?? '')] ?? String(path[4] ?? ''), `batch ${Number(path[3]) + 1} of line`, path[1]);
    const field = String(path[2] ?? '');
    return ofLine(FIELDS[field] ?? field, 'order line', path[1]);
  }
  if (path[0] === 'belowZero') return belowZeroLabel(path);
  return previewLabel(path);
};
