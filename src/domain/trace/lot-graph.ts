// The lot namespace as maps keyed by codeKey, built once per trace from the LotIndex. Every step of a
// trace is then a map lookup: at the ceiling (250k batch inputs, 500k order lines) a scan per step
// would make one trace quadratic.
import { codeKey } from '../codes';
import { checkLotIndex, type LotIndex } from './lot-index';

/** Positions (indexes into the LotIndex arrays) of the records that share one code. */
export type Positions = number[];

export interface LotGraph {
  readonly index: LotIndex;
  /** Receipts by lot number. */
  readonly receiptsByLot: Map<string, Positions>;
  /** Receipts by the supplier's own lot number: one supplier lot may arrive in several deliveries. */
  readonly receiptsBySupplierLot: Map<string, Positions>;
  /** Batches by batch code (the lot namespace's other half). */
  readonly batchesByCode: Map<string, Positions>;
  readonly batchesById: Map<string, Positions>;
  /** Batch inputs by the batch that consumed them. */
  readonly inputsByBatchId: Map<string, Positions>;
  /** Batch inputs by the lot (receipt lot or batch code) they consumed. */
  readonly inputsByLot: Map<string, Positions>;
  /** Order lines by the batch code (or resold receipt lot) they shipped. */
  readonly ordersByCode: Map<string, Positions>;
  readonly wasteByLot: Map<string, Positions>;
  /** Order lines by order number; null until the order numbers have been read (see addOrderNumbers). */
  ordersByNumber: Map<string, Positions> | null;
}

export function linkLots(index: LotIndex): LotGraph {
  checkLotIndex(index);
  return {
    index,
    receiptsByLot: groupByCode(index.receipts.lotNumber),
    receiptsBySupplierLot: groupByCode(index.receipts.supplierLot),
    batchesByCode: groupByCode(index.batches.batchCode),
    batchesById: groupByCode(index.batches.batchId),
    inputsByBatchId: groupByCode(index.batchInputs.batchId),
    inputsByLot: groupByCode(index.batchInputs.lot),
    ordersByCode: groupByCode(index.orders.batchCode),
    wasteByLot: groupByCode(index.waste.lot),
    ordersByNumber: index.orders.order ? groupByCode(index.orders.order) : null,
  };
}

/** Order numbers read after the first pass (a start code that matched nothing else). */
export function addOrderNumbers(graph: LotGraph, orderNumbers: string[]): void {
  if (orderNumbers.length !== graph.index.orders.row.length) {
    throw new Error(`addOrderNumbers got ${orderNumbers.length} order numbers for ${graph.index.orders.row.length} order lines`);
  }
  graph.index.orders.order = orderNumbers;
  graph.ordersByNumber = groupByCode(orderNumbers);
}

/** Is this code a lot: a receipt lot number or a batch code? */
export function isKnownLot(graph: LotGraph, key: string): boolean {
  return graph.receiptsByLot.has(key) || graph.batchesByCode.has(key);
}

export const NONE: readonly number[] = Object.freeze([]);

export function positionsOf(map: Map<string, Positions>, key: string): readonly number[] {
  return map.get(key) ?? NONE;
}

function groupByCode(codes: readonly string[]): Map<string, Positions> {
  const groups = new Map<string, Positions>();
  // Order lines repeat a few thousand batch codes half a million times: remember each spelling's key
  // instead of upper-casing the same text again (about 3× faster at the ceiling).
  const keys = new Map<string, string>();
  for (let position = 0; position < codes.length; position++) {
    const code = codes[position];
    if (!code) continue;
    let key = keys.get(code);
    if (key === undefined) {
      key = codeKey(code);
      keys.set(code, key);
    }
    if (key === '') continue;
    const group = groups.get(key);
    if (group) group.push(position);
    else groups.set(key, [position]);
  }
  return groups;
}
