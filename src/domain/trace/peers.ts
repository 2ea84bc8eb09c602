// "34 of 412": the recall list is put beside the number of customers who bought the same products in
// the same period. Reading SKU, Shipped and customer of every order line would cost the whole Orders
// sheet, so the trace asks only for lines between the first and last affected line: orders are
// appended in time order (workbook.md), so those rows hold the period, plus a margin either side for
// lines shipped on the same day as the first and last ones; the report keeps those whose Shipped day
// is in the period. Lines pasted far out of order are not counted. With batch SKUs in the index, lines
// of other products are left out before any cell is read.
import { codeKey } from '../codes';
import { positionsOf, type LotGraph } from './lot-graph';

/** Rows either side of the affected lines: a day's orders at the guide's size, a day or two at the ceiling. */
const MIN_MARGIN = 100;
const MARGIN_SHARE = 0.05;

export interface PeerLines {
  rows: number[];
  skuOfOrderRow: Map<number, string>;
}

/**
 * Positions (in the LotIndex's Orders arrays) of the order lines between the first and last shipment,
 * with the margin either side: the rows that hold the shipments' period. Null when nothing shipped.
 */
export function shipmentWindow(
  graph: LotGraph,
  shipmentRows: readonly number[],
): { positions: number[]; first: number; last: number } | null {
  const { orders } = graph.index;
  let low = Infinity;
  let high = -Infinity;
  const positions: number[] = [];
  for (const row of shipmentRows) {
    const position = positionOfRow(orders.row, row);
    if (position < 0) continue;
    positions.push(position);
    if (position < low) low = position;
    if (position > high) high = position;
  }
  if (positions.length === 0) return null;
  const margin = Math.max(MIN_MARGIN, Math.ceil((high - low) * MARGIN_SHARE));
  return { positions, first: Math.max(0, low - margin), last: Math.min(orders.row.length - 1, high + margin) };
}

export function findPeerOrderLines(graph: LotGraph, shipmentRows: readonly number[]): PeerLines {
  const { orders, batches } = graph.index;
  const skuOfOrderRow = new Map<number, string>();
  const window = shipmentWindow(graph, shipmentRows);
  if (!window) return { rows: [], skuOfOrderRow };
  const { positions, first, last } = window;

  const skus = batches.sku;
  if (!skus) {
    const rows: number[] = [];
    for (let position = first; position <= last; position++) rows.push(orders.row[position] as number);
    return { rows, skuOfOrderRow };
  }
  // SKU key of the batch an order line's code names, or null when it names no batch; one lookup per
  // distinct spelling, since the same few thousand codes repeat down the sheet.
  const skuOfCode = new Map<string, string | null>();
  const skuOfLine = (position: number): string | null => {
    const code = orders.batchCode[position] ?? '';
    let sku = skuOfCode.get(code);
    if (sku === undefined) {
      const batch = positionsOf(graph.batchesByCode, codeKey(code))[0];
      sku = batch === undefined ? null : codeKey(skus[batch] ?? '');
      skuOfCode.set(code, sku);
    }
    return sku;
  };
  const affected = new Set<string>();
  for (const position of positions) {
    const sku = skuOfLine(position);
    if (sku) affected.add(sku);
  }
  const rows: number[] = [];
  for (let position = first; position <= last; position++) {
    const sku = skuOfLine(position);
    // A line whose code is no batch (a resold receipt lot, a typo) is kept: its own SKU cell decides.
    if (sku !== null && !affected.has(sku)) continue;
    const row = orders.row[position] as number;
    rows.push(row);
    if (sku !== null) skuOfOrderRow.set(row, sku);
  }
  return { rows, skuOfOrderRow };
}

/** Position of a sheet row in a table's ascending row array, or -1. */
export function positionOfRow(rows: readonly number[], row: number): number {
  let low = 0;
  let high = rows.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const value = rows[middle] as number;
    if (value === row) return middle;
    if (value < row) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
