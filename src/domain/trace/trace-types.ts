// What a trace found, by sheet row, before any detail is read: which lots it walked through and how,
// which order lines shipped them, and what it met on the way. The sheets layer reads the details of
// exactly these rows (neededRows), and the report is built from them (buildTraceReport).
import type { TraceStart } from './resolve';
import type { KeyedProblem } from '../problems';
import type { UnmatchedRows } from './unmatched';

/**
 * forward: from a lot to the batches made with it and the customers who received them.
 * backward: from a batch or an order down to every lot in it.
 */
export type TraceDirection = 'forward' | 'backward' | 'both';

/** How the trace reached a lot. */
export interface TraceLink {
  /** A Batch inputs row, or (backward from an order) an Orders row of the traced order. */
  sheet: 'batchInputs' | 'orders';
  row: number;
  /**
   * codeKey of the lot at the other end of the row: forward, the lot it consumed; backward, the
   * batch that consumed this lot; '' for an order line.
   */
  other: string;
}

/** One Batch inputs row consuming a lot, with the Batches rows of the batch ID it names. */
export interface LotUse {
  row: number;
  /** Empty when the batch ID is on no Batches row; more than one when the ID is duplicated. */
  batchRows: number[];
}

/** A lot (receipt lot or batch code) the trace walked through. */
export interface TracedLot {
  key: string;
  /** As first written: the receipt's lot number, else the batch's batch code. */
  code: string;
  /** 0 for what the trace started from; forward, 1 = made directly with it; backward, 1 = directly in it. */
  level: number;
  /** Codes as written, from the start to this lot. */
  path: string[];
  /** More than one row between these two is a duplicated code (reported as a problem). */
  receiptRows: number[];
  batchRows: number[];
  links: TraceLink[];
  /** Every movement of the lot, for its mass balance: uses as a batch input, shipments, waste. */
  uses: LotUse[];
  shipRows: number[];
  wasteRows: number[];
}

/** A batch outside the trace that shares an ingredient lot with a traced batch. */
export interface LotAtRisk {
  batchRow: number;
  batchCode: string;
  batchId: string;
  /** Ingredient lots it shares, as written. */
  sharedLots: string[];
  /** The traced batches those lots went into, as written. */
  sharedWith: string[];
}

export interface Trace {
  start: TraceStart;
  direction: TraceDirection;
  /** Level 0 is the start; then every batch made with it, at any depth. */
  forward: TracedLot[];
  /** Level 0 is the start; then (backward or both) every lot in it, at any depth. */
  backward: TracedLot[];
  /** Orders rows shipping any lot reached forward, and the traced order's own lines. */
  shipmentRows: number[];
  /** The traced order's lines (an order-number start). */
  startOrderRows: number[];
  /**
   * Order lines that may be the same products in the same period as the shipments, for "34 of 412
   * customers". The report keeps those whose SKU and Shipped date match.
   */
  peerOrderRows: number[];
  /** SKU key by Orders row, known from the batch it shipped (when the index had batch SKUs). */
  skuOfOrderRow: Map<number, string>;
  atRisk: LotAtRisk[];
  /**
   * Orders, Batch inputs and Waste rows whose code matches no lot but could be what was traced (see
   * unmatched.ts); the report keeps the order lines whose SKU and Shipped day fit, as rows to check.
   */
  unmatched: UnmatchedRows;
  problems: KeyedProblem[];
}
