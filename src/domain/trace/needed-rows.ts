// The second read: only the rows a trace hit, only the columns its report shows. The sheets layer
// groups the rows into spans (src/sheets/blocks.ts) and reads these columns over them, then hands the
// typed rows to buildTraceReport. Suppliers, Materials and Products are small: read whole.
import type { IndexedTable } from './lot-index';
import { sortedUnique } from './traverse';
import type { Trace } from './trace-types';
import type { SheetKey } from '../workbook';

/** Column keys (workbook.ts) the report reads, per table. */
export const DETAIL_COLUMNS: Readonly<Record<IndexedTable, readonly string[]>> = {
  receipts: ['lotNumber', 'received', 'materialCode', 'supplier', 'supplierLot', 'quantity', 'unit', 'expires', 'spec', 'condition', 'status'],
  batches: ['batchId', 'made', 'sku', 'batchCode', 'quantityMade', 'unit', 'expires', 'status'],
  batchInputs: ['batchId', 'lot', 'quantity', 'unit'],
  orders: ['order', 'shipped', 'customer', 'email', 'address', 'sku', 'batchCode', 'quantity'],
  waste: ['date', 'lot', 'quantity', 'unit', 'reason'],
};

/** Small tables the report reads whole (every column it knows). */
export const WHOLE_TABLES: readonly SheetKey[] = ['suppliers', 'materials', 'products'];

/** Ascending, distinct 1-based sheet rows per table. */
export type NeededRows = Record<IndexedTable, number[]>;

export function neededRows(trace: Trace): NeededRows {
  const receipts: number[] = [];
  const batches: number[] = [];
  const batchInputs: number[] = [];
  const orders: number[] = [...trace.shipmentRows, ...trace.startOrderRows, ...trace.peerOrderRows];
  const waste: number[] = [];
  for (const lot of [...trace.forward, ...trace.backward]) {
    receipts.push(...lot.receiptRows);
    batches.push(...lot.batchRows);
    // Every movement of the lot, for its balance; the batches that used it, for "used before received".
    for (const use of lot.uses) {
      batchInputs.push(use.row);
      batches.push(...use.batchRows);
    }
    for (const link of lot.links) (link.sheet === 'orders' ? orders : batchInputs).push(link.row);
    orders.push(...lot.shipRows);
    waste.push(...lot.wasteRows);
  }
  for (const risk of trace.atRisk) batches.push(risk.batchRow);
  return {
    receipts: sortedUnique(receipts),
    batches: sortedUnique(batches),
    batchInputs: sortedUnique(batchInputs),
    orders: sortedUnique(orders),
    waste: sortedUnique(waste),
  };
}
