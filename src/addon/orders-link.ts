// Link order lines to batches…: for Orders rows already in the sheet whose Batch code is blank, the
// batches proposed first-expiring-first (previewOrderLinks), and saving the maker's choice
// (saveOrderLinks): only those blank cells are filled, a row shipped from two batches split in place,
// everything checked again under the document lock first and written all or nothing with a Log row.
import {
  saveOrderLinksRequest,
  type OrderLinkPlan,
  type OrderProblem,
  type OrderSaveResult,
  type SaveOrderLinksRequest,
} from '../contract/orders';
import { ofLine, sentencesOf, wireErrors, type FieldLabel } from '../contract/wire-problems';
import { batchChoices, checkAllocations, checkBelowZero, describeBelowZero, linkItems, type LinkItem } from '../domain/orders/link';
import { rowDay, rowNumber, rowText, type TypedRow } from '../domain/rows';
import { LayoutCache } from '../sheets/layout-cache';
import { missingColumnMessages, missingSheetMessages } from '../sheets/production-reader';
import { writeRowLinks } from '../sheets/orders-link-writes';
import { LINK_ORDER_COLUMNS, readOrderSheets, type OrderSheets } from '../sheets/orders-reader';
import { Workbook } from '../sheets/workbook';
import { belowZeroLabel, orderSaveAnswer, sheetProblems } from './orders';
import { saveUnderDocumentLock } from './save-under-lock';

const TITLE = 'Link order lines to batches';

/** Orders rows with a blank Batch code: what linking may change. */
function unlinkedRows(sheets: OrderSheets): TypedRow[] {
  return sheets.orders.filter((row) => rowText(row, 'batchCode') === '');
}

function itemOf(row: TypedRow, allocations: LinkItem['allocations'] = []): LinkItem {
  return { sku: rowText(row, 'sku'), shipped: rowDay(row, 'shipped'), quantity: rowNumber(row, 'quantity') ?? NaN, allocations };
}

/** google.script.run: every Orders row with a blank Batch code, with its batches proposed. */
export function previewOrderLinks(): OrderLinkPlan {
  const workbook = Workbook.active(LayoutCache.load());
  const sheets = readOrderSheets(workbook, LINK_ORDER_COLUMNS);
  workbook.saveLayouts();
  if (sheets.missing.length > 0)
    return { rows: [], leftOut: [], batches: [], problems: missingSheetMessages(workbook, sheets.missing).map((message) => ({ message })) };
  const rows = unlinkedRows(sheets).filter((row) => rowText(row, 'order') !== '' || rowText(row, 'sku') !== '');
  const linked = linkItems(
    rows.map((row) => itemOf(row)),
    sheets.stock,
  );
  const plan: OrderLinkPlan = {
    rows: [],
    leftOut: [],
    batches: batchChoices(
      sheets.stock,
      rows.map((row) => rowText(row, 'sku')),
    ),
    problems: sheetProblems(sheets),
  };
  rows.forEach((row, index) => {
    const answer = linked[index]!;
    const order = rowText(row, 'order');
    const shown = {
      row: row.row,
      order,
      shipped: rowDay(row, 'shipped'),
      customer: rowText(row, 'customer'),
      sku: rowText(row, 'sku'),
      quantity: rowNumber(row, 'quantity') ?? 0,
    };
    if (answer.ok) plan.rows.push({ ...shown, allocations: answer.allocations, warnings: answer.warnings });
    else {
      // A row short of stock may be linked by hand; one without a SKU or a quantity cannot.
      const byHand = shown.sku !== '' && shown.quantity > 0;
      plan.leftOut.push({
        row: row.row,
        order,
        message: capital(answer.message),
        ...(byHand ? { asRow: { ...shown, allocations: [], warnings: [] } } : {}),
      });
    }
  });
  return plan;
}

/** google.script.run: fill the blank Batch codes as chosen, splitting rows across batches. */
export function saveOrderLinks(request: SaveOrderLinksRequest): OrderSaveResult {
  const parsed = saveOrderLinksRequest.safeParse(request, { error: wireErrors(linksLabel) });
  if (!parsed.success) return { ok: false, problems: [{ message: sentencesOf(parsed.error, linksLabel) }] };
  const workbook = Workbook.active(LayoutCache.load());
  const saved = saveUnderDocumentLock(workbook, () => saveLinks(workbook, parsed.data));
  return orderSaveAnswer(saved);
}

function saveLinks(workbook: Workbook, request: SaveOrderLinksRequest): OrderSaveResult {
  const sheets = readOrderSheets(workbook, LINK_ORDER_COLUMNS);
  if (sheets.missing.length > 0)
    return { ok: false, problems: missingSheetMessages(workbook, sheets.missing).map((message) => ({ message })) };
  const columns = missingColumnMessages(workbook, ['orders']);
  if (columns.length > 0) return { ok: false, problems: columns.map((message) => ({ message })) };
  const table = workbook.table('orders');
  const name = table?.name ?? 'Orders';
  const byRow = new Map(sheets.orders.map((row) => [row.row, row]));
  const problems: OrderProblem[] = [];
  const at = (row: number, message: string) => problems.push({ line: row, message: `${name} row ${row}: ${message}` });
  const seen = new Set<number>();
  const items: { row: number; item: LinkItem }[] = [];
  for (const link of request.rows) {
    const row = byRow.get(link.row);
    if (seen.has(link.row)) at(link.row, 'the row is in the request twice.');
    seen.add(link.row);
    if (!row) at(link.row, 'there is no such row in Orders now.');
    else if (rowText(row, 'batchCode') !== '')
      at(link.row, `its Batch code is ${rowText(row, 'batchCode')} now (someone linked it meanwhile): preview the links again.`);
    else if (rowNumber(row, 'quantity') === null) at(link.row, 'its Quantity cannot be read.');
    else {
      const item = itemOf(row, link.allocations);
      for (const message of checkAllocations(item, sheets.stock)) at(link.row, message);
      items.push({ row: link.row, item });
    }
  }
  // Stock as it is now: a batch taken below zero further than the maker confirmed (someone shipped
  // more of it meanwhile, or it was never shown) is refused at every row taking from it.
  const belowZero = checkBelowZero(
    items.map(({ item }) => item),
    sheets.stock,
    request.belowZero ?? [],
    'preview the links again',
  );
  for (const problem of belowZero.problems) at(items[problem.index]!.row, problem.message);
  // Someone may have shipped or used a batch since the preview: the pickers get the stock the check saw.
  if (problems.length > 0)
    return {
      ok: false,
      problems,
      batches: batchChoices(
        sheets.stock,
        request.rows.map((link) => rowText(byRow.get(link.row), 'sku')),
      ),
    };
  if (!table || request.rows.length === 0) return { ok: true, sheet: name, rows: 0, lines: 0, firstRow: null };

  const details = request.rows
    .map((link) => `row ${link.row} ${link.allocations.map((a) => `${a.batchCode} (${a.quantity})`).join(' + ')}`)
    .join(', ');
  const inserted = request.rows.reduce((sum, link) => sum + Math.max(0, link.allocations.length - 1), 0);
  const written = writeRowLinks(
    workbook,
    table,
    request.rows,
    TITLE,
    `Linked ${request.rows.length} ${name} ${request.rows.length === 1 ? 'row' : 'rows'} to batches: ${details}${inserted > 0 ? `; ${inserted} split ${inserted === 1 ? 'row' : 'rows'} inserted below the row ${inserted === 1 ? 'it' : 'they'} came from` : ''}${describeBelowZero(belowZero.confirmed)}`,
  );
  if (!written.ok)
    return {
      ok: false,
      problems: [
        {
          message: `Nothing was saved: writing to the ${written.sheet} sheet failed (${written.message}). What had been changed was put back.`,
        },
      ],
    };
  const first = Math.min(...request.rows.map((link) => link.row));
  return { ok: true, sheet: name, rows: written.changed + written.inserted, lines: written.changed, firstRow: first };
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const linksLabel: FieldLabel = (path) => {
  if (path.length === 0) return 'The links to save';
  if (path[0] === 'belowZero') return belowZeroLabel(path);
  if (path[0] !== 'rows') return `The field ${String(path[0])}`;
  if (path.length === 1) return 'The list of rows';
  if (path[2] === 'allocations' && path.length > 3)
    return ofLine(path[4] === 'batchCode' ? 'batch code' : String(path[4] ?? ''), `batch ${Number(path[3]) + 1} of link`, path[1]);
  return ofLine(String(path[2] ?? ''), 'link', path[1]);
};
