// The second read: only the rows a trace hit, only the columns its report shows. The sheets layer
// groups the rows into spans (src/sheets/blocks.ts) and reads these columns over them, then hands the
// typed rows to buildTraceReport. Suppliers, Materials and Products are small: read whole.
//
// `orderPeers` are more Orders rows, wanted only to count the buyers of the same products in the same
// period ("34 of 412"): fewer columns, because at worst (rows scattered) they are many. Hand them back
// with the other Orders rows in TraceDetails.orders.
import { appendAll } from '../append-all';
import type { IndexedTable } from './lot-index';
import { sortedUnique } from './lot-walk';
import type { Trace } from './trace-types';
import type { SheetKey } from '../workbook';

export type DetailRead = IndexedTable | 'orderPeers';

/** The sheet each read is of. */
export const DETAIL_SHEET: Readonly<Record<DetailRead, IndexedTable>> = {
  receipts: 'receipts',
  batches: 'batches',
  batchInputs: 'batchInputs',
  orders: 'orders',
  orderPeers: 'orders',
  waste: 'waste',
};

/** Column keys (workbook.ts) the report reads, per read. */
export const DETAIL_COLUMNS: Readonly<Record<DetailRead, readonly string[]>> = {
  receipts: [
    'lotNumber',
    'received',
    'materialCode',
    'supplier',
    'supplierLot',
    'quantity',
    'unit',
    'expires',
    'spec',
    'condition',
    'status',
  ],
  batches: ['batchId', 'made', 'sku', 'batchCode', 'quantityMade', 'unit', 'expires', 'status'],
  batchInputs: ['batchId', 'lot', 'quantity', 'unit'],
  orders: ['order', 'shipped', 'customer', 'email', 'address', 'sku', 'batchCode', 'quantity'],
  orderPeers: ['shipped', 'customer', 'email', 'address', 'sku'],
  waste: ['date', 'lot', 'quantity', 'unit', 'reason'],
};

/** Small tables the report reads whole (every column it knows). */
export const WHOLE_TABLES: readonly SheetKey[] = ['suppliers', 'materials', 'products'];

/** Ascending, distinct 1-based sheet rows per read; a row is in one read only. */
export type NeededRows = Record<DetailRead, number[]>;

export function neededRows(trace: Trace): NeededRows {
  const receipts: number[] = [];
  const batches: number[] = [];
  const batchInputs: number[] = [];
  const orders: number[] = [...trace.shipmentRows, ...trace.startOrderRows];
  const waste: number[] = [];
  for (const lot of [...trace.forward, ...trace.backward]) {
    appendAll(receipts, lot.receiptRows);
    appendAll(batches, lot.batchRows);
    // Every movement of the lot, for its balance; the batches that used it, for "used before received".
    for (const use of lot.uses) {
      batchInputs.push(use.row);
      appendAll(batches, use.batchRows);
    }
    for (const link of lot.links) (link.sheet === 'orders' ? orders : batchInputs).push(link.row);
    appendAll(orders, lot.shipRows);
    appendAll(waste, lot.wasteRows);
  }
  for (const risk of trace.atRisk) batches.push(risk.batchRow);
  // Rows whose code matches nothing: their details say whether they could be what was traced.
  const unmatchedRows = { orders, batchInputs, waste };
  for (const unmatched of trace.unmatched.rows) unmatchedRows[unmatched.sheet].push(unmatched.row);
  const orderRows = sortedUnique(orders);
  const read = new Set(orderRows);
  return {
    receipts: sortedUnique(receipts),
    batches: sortedUnique(batches),
    batchInputs: sortedUnique(batchInputs),
    orders: orderRows,
    orderPeers: sortedUnique(trace.peerOrderRows.filter((row) => !read.has(row))),
    waste: sortedUnique(waste),
  };
}
