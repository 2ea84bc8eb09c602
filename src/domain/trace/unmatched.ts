// Rows whose code matches nothing in the lot namespace but could be what was traced: an order typed
// LSOAP-231002-1 for LSOAP-231002-01 shipped a traced batch just as surely, and a recall that drops it
// misses a customer. Found here from the code columns the trace read first (no cell more), by sheet
// row; the report keeps the order lines whose SKU and Shipped day fit (to-check.ts), once their
// detail rows are read with the others.
import { isKnownLot, type LotGraph, type Positions } from './lot-graph';
import { editDistanceWithin, nearLimit, nearestCodes } from './nearest';
import { shipmentWindow } from './peers';
import type { TraceDirection, TracedLot } from './trace-types';

export type UnmatchedSheet = 'orders' | 'batchInputs' | 'waste';

export interface UnmatchedRow {
  sheet: UnmatchedSheet;
  row: number;
  /** The code as written on the row. */
  code: string;
  /** The closest receipt lot or batch code that exists, as written; null when none is near. */
  closest: string | null;
  /** Whether that closest code is one of the lots the trace walked through. */
  nearTraced: boolean;
}

/**
 * Nearest codes over the whole namespace cost a scan of ~100k codes at the ceiling: for at most this
 * many distinct codes; past it only the traced lots are compared (a sheet full of foreign codes).
 */
const NEAREST_LOOKUPS = 200;

type Nearest = Pick<UnmatchedRow, 'closest' | 'nearTraced'>;

const SHEET_ORDER: Record<UnmatchedSheet, number> = { orders: 0, batchInputs: 1, waste: 2 };

/**
 * Order lines with a code matching nothing, outside the rows of the shipments' period, read anyway when
 * this few: each costs a call of its own at worst. More are left unread and counted (UnmatchedRows.unread).
 */
export const UNREAD_ORDER_LINES_READ_ANYWAY = 10;

export interface UnmatchedRows {
  rows: UnmatchedRow[];
  /**
   * Order lines whose code matches nothing that lie outside the rows of the shipments' period (orders
   * are appended in time order, so these are other periods; with no shipment, every such line) and
   * that were not read, being too many: the report says how many, and where.
   */
  unread: { count: number; firstRow: number; lastRow: number } | null;
}

export function findUnmatchedRows(
  graph: LotGraph,
  lots: readonly TracedLot[],
  direction: TraceDirection,
  shipmentRows: readonly number[],
  /** Batch inputs rows of a traced batch whose lot matches nothing: kept whatever their code is near. */
  inputsOfTraced: ReadonlySet<number> = new Set(),
): UnmatchedRows {
  const traced = new Map<string, string>();
  for (const lot of lots) if (!traced.has(lot.key)) traced.set(lot.key, lot.code);
  let lookups = 0;
  const closestByKey = new Map<string, Nearest>();
  const closestOf = (key: string): Nearest => {
    let found = closestByKey.get(key);
    if (found) return found;
    const limit = nearLimit(key.length);
    let best: { code: string; distance: number } | null = null;
    for (const [tracedKey, code] of traced) {
      const distance = editDistanceWithin(key, tracedKey, limit);
      if (distance !== null && (!best || distance < best.distance)) best = { code, distance };
    }
    if (best) found = { closest: best.code, nearTraced: true };
    else {
      const near = lookups++ < NEAREST_LOOKUPS ? nearestCodes(graph, key, 5) : [];
      const lot = near.find((candidate) => candidate.kind === 'receiptLot' || candidate.kind === 'batchCode');
      found = { closest: lot?.code ?? null, nearTraced: false };
    }
    closestByKey.set(key, found);
    return found;
  };

  const rows: UnmatchedRow[] = [];
  const { index } = graph;
  const collect = (
    sheet: UnmatchedSheet,
    byCode: Map<string, Positions>,
    sheetRows: readonly number[],
    codes: readonly string[],
    keep: (near: Nearest, position: number) => boolean,
  ) => {
    for (const [key, positions] of byCode) {
      if (isKnownLot(graph, key)) continue;
      const near = closestOf(key);
      for (const position of positions) {
        if (keep(near, position)) rows.push({ sheet, row: sheetRows[position] as number, code: (codes[position] ?? '').trim(), ...near });
      }
    }
  };
  // Any order line could have shipped what was traced: its SKU and Shipped day decide, once read. A
  // backward trace (from an order or into a batch) names no customers to miss.
  let unread: UnmatchedRows['unread'] = null;
  if (direction !== 'backward') {
    const window = shipmentWindow(graph, shipmentRows);
    const elsewhere: UnmatchedRow[] = [];
    const inWindow = (position: number) => window !== null && position >= window.first && position <= window.last;
    collect('orders', graph.ordersByCode, index.orders.row, index.orders.batchCode, (near, position) => {
      if (near.nearTraced || inWindow(position)) return true;
      const row = index.orders.row[position] as number;
      elsewhere.push({ sheet: 'orders', row, code: (index.orders.batchCode[position] ?? '').trim(), ...near });
      return false;
    });
    if (elsewhere.length <= UNREAD_ORDER_LINES_READ_ANYWAY) rows.push(...elsewhere);
    else {
      let firstRow = Infinity;
      let lastRow = -Infinity;
      for (const line of elsewhere) {
        firstRow = Math.min(firstRow, line.row);
        lastRow = Math.max(lastRow, line.row);
      }
      unread = { count: elsewhere.length, firstRow, lastRow };
    }
  }
  // A Batch inputs or Waste row says what it took only by its code: one near a traced lot may be it.
  const nearTracedOnly = (near: Nearest) => near.nearTraced;
  collect(
    'batchInputs',
    graph.inputsByLot,
    index.batchInputs.row,
    index.batchInputs.lot,
    (near, position) => near.nearTraced || inputsOfTraced.has(index.batchInputs.row[position] as number),
  );
  collect('waste', graph.wasteByLot, index.waste.row, index.waste.lot, nearTracedOnly);
  rows.sort((a, b) => SHEET_ORDER[a.sheet] - SHEET_ORDER[b.sheet] || a.row - b.row);
  return { rows, unread };
}
