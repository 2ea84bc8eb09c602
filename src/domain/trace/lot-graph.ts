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
  /** Drop the supplier-lot lookup built before the supplier lots were read. */
  forgetSupplierLots(): void;
}

export function linkLots(index: LotIndex): LotGraph {
  checkLotIndex(index);
  return new LinkedLots(index);
}

/**
 * Each map is built the first time a trace needs it: a forward trace never looks batch inputs up by
 * batch ID, and at the ceiling each map is tens of milliseconds.
 */
class LinkedLots implements LotGraph {
  private readonly built = new Map<string, Map<string, Positions>>();
  ordersByNumber: Map<string, Positions> | null;

  constructor(readonly index: LotIndex) {
    this.ordersByNumber = index.orders.order ? groupByCode(index.orders.order, true) : null;
  }

  private group(name: string, codes: readonly string[], repeated: boolean): Map<string, Positions> {
    let map = this.built.get(name);
    if (!map) this.built.set(name, (map = groupByCode(codes, repeated)));
    return map;
  }

  get receiptsByLot() {
    return this.group('receiptsByLot', this.index.receipts.lotNumber, false);
  }
  forgetSupplierLots(): void {
    this.built.delete('receiptsBySupplierLot');
  }

  get receiptsBySupplierLot() {
    return this.group('receiptsBySupplierLot', this.index.receipts.supplierLot ?? [], false);
  }
  get batchesByCode() {
    return this.group('batchesByCode', this.index.batches.batchCode, false);
  }
  get batchesById() {
    return this.group('batchesById', this.index.batches.batchId, false);
  }
  get inputsByBatchId() {
    return this.group('inputsByBatchId', this.index.batchInputs.batchId, true);
  }
  get inputsByLot() {
    return this.group('inputsByLot', this.index.batchInputs.lot, true);
  }
  get ordersByCode() {
    return this.group('ordersByCode', this.index.orders.batchCode, true);
  }
  get wasteByLot() {
    return this.group('wasteByLot', this.index.waste.lot, true);
  }
}

/** Suppliers' lot numbers read after the first pass (a start code that matched no lot, batch code or ID). */
export function addSupplierLots(graph: LotGraph, supplierLots: string[]): void {
  if (supplierLots.length !== graph.index.receipts.row.length) {
    throw new Error(`addSupplierLots got ${supplierLots.length} supplier lots for ${graph.index.receipts.row.length} receipts`);
  }
  graph.index.receipts.supplierLot = supplierLots;
  graph.forgetSupplierLots();
}

/** Order numbers read after the first pass (a start code that matched nothing else). */
export function addOrderNumbers(graph: LotGraph, orderNumbers: string[]): void {
  if (orderNumbers.length !== graph.index.orders.row.length) {
    throw new Error(`addOrderNumbers got ${orderNumbers.length} order numbers for ${graph.index.orders.row.length} order lines`);
  }
  graph.index.orders.order = orderNumbers;
  graph.ordersByNumber = groupByCode(orderNumbers, true);
}

/** Is this code a lot: a receipt lot number or a batch code? */
export function isKnownLot(graph: LotGraph, key: string): boolean {
  return graph.receiptsByLot.has(key) || graph.batchesByCode.has(key);
}

/** What positionsOf gives for a code no record has: one frozen empty list, shared. */
export const NO_POSITIONS: readonly number[] = Object.freeze([]);

export function positionsOf(map: Map<string, Positions>, key: string): readonly number[] {
  return map.get(key) ?? NO_POSITIONS;
}

function groupByCode(codes: readonly string[], repeated: boolean): Map<string, Positions> {
  const groups = new Map<string, Positions>();
  // Order lines repeat a few thousand batch codes half a million times: remember each spelling's key
  // rather than upper-case the same text again. Codes that are mostly unique skip that memo.
  const keys = repeated ? new Map<string, string>() : null;
  for (let position = 0; position < codes.length; position++) {
    const code = codes[position];
    if (!code) continue;
    let key = keys?.get(code);
    if (key === undefined) {
      key = codeKey(code);
      keys?.set(code, key);
    }
    if (key === '') continue;
    const group = groups.get(key);
    if (group) group.push(position);
    else groups.set(key, [position]);
  }
  return groups;
}
