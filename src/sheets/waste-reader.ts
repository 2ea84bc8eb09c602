// What recording waste reads: the columns on hand is counted from (STOCK_COLUMNS, as a production run
// reads them), each table in one getValues per block of neighbouring columns — the same read for the
// sidebar's lookups and for the save under the lock, so both count the same on hand.
import { STOCK_COLUMNS, type StockTables } from '../domain/production';
import type { Problem } from '../domain/problems';
import type { SheetKey } from '../domain/workbook';
import { tablesReader } from './read-table';
import type { Workbook } from './workbook';

export interface WasteSheets {
  stock: StockTables;
  /** Unreadable cells, missing required columns. */
  problems: Problem[];
  /** Of the sheets waste needs (Receipts, Batches, Waste), those the workbook lacks. */
  missing: SheetKey[];
}

const NEEDED: readonly SheetKey[] = ['receipts', 'batches', 'waste'];

export function readWasteSheets(workbook: Workbook): WasteSheets {
  const { read, problems, missing } = tablesReader(workbook, NEEDED);
  const stock: StockTables = {
    receipts: read('receipts', STOCK_COLUMNS.receipts),
    batches: read('batches', STOCK_COLUMNS.batches),
    batchInputs: read('batchInputs', STOCK_COLUMNS.batchInputs),
    orders: read('orders', STOCK_COLUMNS.orders),
    waste: read('waste', STOCK_COLUMNS.waste),
    products: read('products', STOCK_COLUMNS.products),
  };
  return { stock, problems, missing };
}
