// A trace starts from whatever code the user has in front of them (traceability.md): a receipt lot
// number, a batch code, a batch ID, a supplier's own lot number or an order number. Lots come first:
// they are unique by the workbook's rules, while a supplier's lot or an order number may by chance
// equal something else. Order numbers are asked for last because reading them costs a whole column.
import { codeKey } from '../codes';
import { NO_POSITIONS, positionsOf, type LotGraph } from './lot-graph';
import { nearestCodes, type FoundAs, type NearCode } from './nearest';

export interface TraceStart {
  /** The code as the user typed it, trimmed. */
  code: string;
  /** The code as the workbook first writes it (`LAV-0923-01` for a typed `lav-0923-01`). */
  written: string;
  /** How the code matched, in the first group that matched (a code both a receipt lot and a batch code is traced as both). */
  matchedAs: FoundAs[];
  /** Other things the same code also is, in later groups: told to the user, not traced. */
  alsoMatches: FoundAs[];
  /** Positions in the LotIndex arrays the trace starts from. */
  receipts: number[];
  batches: number[];
  orderLines: number[];
}

export type StartResolution =
  | { kind: 'found'; start: TraceStart }
  /** No lot, batch code or batch ID matched and suppliers' lot numbers are not read yet: read them, addSupplierLots, resolve again. */
  | { kind: 'needSupplierLots' }
  /** Nothing else matched and the order numbers are not read yet: read them, addOrderNumbers, resolve again. */
  | { kind: 'needOrderNumbers' }
  | { kind: 'notFound'; code: string; nearest: NearCode[] };

interface Match {
  kind: FoundAs;
  receipts: readonly number[];
  batches: readonly number[];
  orderLines: readonly number[];
}

export function resolveStart(graph: LotGraph, code: string): StartResolution {
  const key = codeKey(code);
  const typed = code.trim();
  if (key === '') return { kind: 'notFound', code: typed, nearest: [] };

  const match = (kind: FoundAs, receipts: readonly number[], batches: readonly number[], orderLines: readonly number[]): Match[] =>
    receipts.length + batches.length + orderLines.length > 0 ? [{ kind, receipts, batches, orderLines }] : [];
  const groups: Match[][] = [
    [
      ...match('receiptLot', positionsOf(graph.receiptsByLot, key), NO_POSITIONS, NO_POSITIONS),
      ...match('batchCode', NO_POSITIONS, positionsOf(graph.batchesByCode, key), NO_POSITIONS),
    ],
    match('batchId', NO_POSITIONS, positionsOf(graph.batchesById, key), NO_POSITIONS),
  ];
  // The costly columns are read only when the cheap ones found nothing (see LotIndex).
  const supplierLotsRead = graph.index.receipts.supplierLot !== undefined;
  if (supplierLotsRead) groups.push(match('supplierLot', positionsOf(graph.receiptsBySupplierLot, key), NO_POSITIONS, NO_POSITIONS));
  const orderNumbers = graph.ordersByNumber;
  if (orderNumbers) groups.push(match('order', NO_POSITIONS, NO_POSITIONS, positionsOf(orderNumbers, key)));

  const found = groups.findIndex((group) => group.length > 0);
  if (found < 0) {
    if (!supplierLotsRead) return { kind: 'needSupplierLots' };
    if (!orderNumbers) return { kind: 'needOrderNumbers' };
    return { kind: 'notFound', code: typed, nearest: nearestCodes(graph, typed) };
  }
  const traced = groups[found] ?? [];
  const first = traced[0] as Match;
  const { index } = graph;
  const writtenAs: Record<FoundAs, string | undefined> = {
    receiptLot: index.receipts.lotNumber[first.receipts[0] ?? -1],
    batchCode: index.batches.batchCode[first.batches[0] ?? -1],
    batchId: index.batches.batchId[first.batches[0] ?? -1],
    supplierLot: index.receipts.supplierLot?.[first.receipts[0] ?? -1],
    order: index.orders.order?.[first.orderLines[0] ?? -1],
  };
  const union = (pick: (m: Match) => readonly number[]) => [...new Set(traced.flatMap(pick))].sort((a, b) => a - b);
  return {
    kind: 'found',
    start: {
      code: typed,
      written: writtenAs[first.kind]?.trim() || typed,
      matchedAs: traced.map((m) => m.kind),
      alsoMatches: groups.slice(found + 1).flatMap((group) => group.map((m) => m.kind)),
      receipts: union((m) => m.receipts),
      batches: union((m) => m.batches),
      orderLines: union((m) => m.orderLines),
    },
  };
}

const KIND_WORDS: Record<FoundAs, string> = {
  receiptLot: 'receipt lot',
  batchCode: 'batch code',
  batchId: 'batch ID',
  supplierLot: 'supplier lot',
  order: 'order number',
};

export function describeKind(kind: FoundAs): string {
  return KIND_WORDS[kind];
}

/** What to tell the user when a code matches nothing, in plain words. */
export function notFoundMessage(code: string, nearest: readonly NearCode[]): string {
  const base = `"${code}" is not a lot number, batch code, batch ID, supplier lot or order number in this workbook.`;
  if (nearest.length === 0) return base;
  return `${base} Closest codes that exist: ${nearest.map((near) => `${near.code} (${describeKind(near.kind)})`).join(', ')}.`;
}
