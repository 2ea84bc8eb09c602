// What importing or linking order lines reads: the columns stock on hand is counted from (the same as a
// production run's, STOCK_COLUMNS), Products' SKUs and names, and the Orders columns that say which
// lines are already in (Line ID) and which rows still lack a batch. Each table is one getValues per
// block of neighbouring columns, so a preview or a save costs the same calls on any size of workbook.
import { STOCK_COLUMNS, stockOnHand, type Stock } from '../domain/production';
import type { Problem } from '../domain/problems';
import { codeKey } from '../domain/codes';
import { rowText, type TypedRow } from '../domain/rows';
import type { SheetKey } from '../domain/workbook';
import { tablesReader } from './read-table';
import type { Workbook } from './workbook';

export interface OrderSheets {
  stock: Stock;
  /** Products rows (SKU, Product, Unit). */
  products: TypedRow[];
  /** Orders rows, with the columns of ORDERS_COLUMNS (or the fewer that `orderColumns` asked). */
  orders: TypedRow[];
  /** Orders rows whose Batch code is blank: what Link order lines to batches… fills (not reported as problems). */
  unlinkedRows: number;
  /** codeKey of every Line ID already in Orders. */
  lineIds: Set<string>;
  problems: Problem[];
  /** Sheets an import needs that the workbook lacks. */
  missing: SheetKey[];
}

/** What an import needs of Orders: stock, and the Line IDs already in. */
export const IMPORT_ORDER_COLUMNS = [...STOCK_COLUMNS.orders, 'lineId'] as const;
/** What linking rows needs of Orders: the rows' own cells shown and copied into a split. */
export const LINK_ORDER_COLUMNS = ['order', 'shipped', 'customer', 'sku', 'batchCode', 'quantity', 'lineId'] as const;

const NEEDED: readonly SheetKey[] = ['products', 'batches', 'orders'];

export function readOrderSheets(workbook: Workbook, orderColumns: readonly string[] = IMPORT_ORDER_COLUMNS): OrderSheets {
  const { read, problems, missing } = tablesReader(workbook, NEEDED);
  const products = read('products', [...new Set([...STOCK_COLUMNS.products, 'product'])]);
  const orders = read('orders', orderColumns);
  const stock = stockOnHand({
    receipts: read('receipts', STOCK_COLUMNS.receipts),
    batches: read('batches', STOCK_COLUMNS.batches),
    batchInputs: read('batchInputs', STOCK_COLUMNS.batchInputs),
    orders,
    waste: read('waste', STOCK_COLUMNS.waste),
    products,
  });
  const lineIds = new Set<string>();
  for (const row of orders) {
    const id = codeKey(rowText(row, 'lineId'));
    if (id !== '') lineIds.add(id);
  }
  // A blank Batch code is a line not yet linked, which linking is for: said once, not once a row.
  const unlinked = new Set(orders.filter((row) => rowText(row, 'batchCode') === '').map((row) => row.row));
  const table = workbook.table('orders');
  const batchHeader = table?.headerOf('batchCode');
  const kept = problems.filter(
    (problem) =>
      !(problem.sheet === table?.name && problem.column === batchHeader && problem.row !== undefined && unlinked.has(problem.row)),
  );
  return { stock, products, orders, unlinkedRows: unlinked.size, lineIds, problems: kept, missing };
}
