// "No lot LAV-0923-1 — did you mean LAV-0923-01?" A code that matches nothing is nearly always a typo,
// so the user is shown the existing codes a few edits away. Up to ~100k codes at the ceiling: codes are
// bucketed by length (a code more than k characters longer is more than k edits away), and each
// comparison gives up as soon as the distance must exceed k.
import { codeKey } from '../codes';
import type { LotGraph } from './lot-graph';

/**
 * Which column a code was found in: a receipt's Lot number, a batch's Batch code or Batch ID, a
 * receipt's Supplier lot, an order's Order number (the report's "Found as"). Not code-formats' CodeKind,
 * the kinds of code Lotline generates.
 */
export type FoundAs = 'receiptLot' | 'batchCode' | 'batchId' | 'supplierLot' | 'order';

export interface NearCode {
  /** As first written in the workbook. */
  code: string;
  kind: FoundAs;
  /** Edits (insert, delete, change a character) between the typed code and this one. */
  distance: number;
}

interface Candidate {
  key: string;
  code: string;
  kind: FoundAs;
}

interface CandidateBook {
  byLength: Map<number, Candidate[]>;
  withOrders: boolean;
}

const books = new WeakMap<LotGraph, CandidateBook>();

/** The most edits we still call "near": one for short codes, up to three for long ones. */
export function nearLimit(length: number): number {
  return length <= 4 ? 1 : length <= 9 ? 2 : 3;
}

export function nearestCodes(graph: LotGraph, code: string, limit = 5): NearCode[] {
  const key = codeKey(code);
  if (key === '') return [];
  const book = candidateBook(graph);
  const maxDistance = nearLimit(key.length);
  const found: NearCode[] = [];
  for (let length = key.length - maxDistance; length <= key.length + maxDistance; length++) {
    for (const candidate of book.byLength.get(length) ?? []) {
      const distance = editDistanceWithin(key, candidate.key, maxDistance);
      if (distance !== null && distance > 0) found.push({ code: candidate.code, kind: candidate.kind, distance });
    }
  }
  found.sort((a, b) => a.distance - b.distance || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.code.localeCompare(b.code));
  // One typo away beats three: codes much further than the best one are noise next to it.
  const best = found[0]?.distance ?? 0;
  return found.filter((near) => near.distance <= best + 1).slice(0, limit);
}

const KIND_ORDER: Record<FoundAs, number> = { receiptLot: 0, batchCode: 1, batchId: 2, supplierLot: 3, order: 4 };

function candidateBook(graph: LotGraph): CandidateBook {
  const withOrders = graph.index.orders.order !== undefined;
  const existing = books.get(graph);
  if (existing && existing.withOrders === withOrders) return existing;
  const byLength = new Map<number, Candidate[]>();
  const seen = new Set<string>();
  const add = (codes: readonly string[] | undefined, kind: FoundAs) => {
    for (const code of codes ?? []) {
      const key = codeKey(code);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      let bucket = byLength.get(key.length);
      if (!bucket) byLength.set(key.length, (bucket = []));
      bucket.push({ key, code: code.trim(), kind });
    }
  };
  // Earlier kinds win when one code is several things: a lot is what a maker most often looks for.
  add(graph.index.receipts.lotNumber, 'receiptLot');
  add(graph.index.batches.batchCode, 'batchCode');
  add(graph.index.batches.batchId, 'batchId');
  add(graph.index.receipts.supplierLot ?? [], 'supplierLot');
  add(graph.index.orders.order, 'order');
  const book = { byLength, withOrders };
  books.set(graph, book);
  return book;
}

/** Two rows of the distance table, reused across comparisons: 100k comparisons must not allocate. */
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/**
 * Levenshtein distance between a and b when it is at most max, else null. Only the diagonal band of
 * width 2·max+1 can hold a distance ≤ max, so each row computes that band and stops early when every
 * cell in it is already over max.
 */
export function editDistanceWithin(a: string, b: string, max: number): number | null {
  if (Math.abs(a.length - b.length) > max) return null;
  if (a === b) return 0;
  if (rowA.length <= b.length + 1) {
    rowA = new Int32Array(b.length * 2 + 2);
    rowB = new Int32Array(b.length * 2 + 2);
  }
  const big = max + 1;
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= b.length; j++) previous[j] = j <= max ? j : big;
  for (let i = 1; i <= a.length; i++) {
    const from = i - max > 1 ? i - max : 1;
    const to = i + max < b.length ? i + max : b.length;
    current[0] = i <= max ? i : big;
    if (from > 1) current[from - 1] = big;
    let rowMin = current[0] as number;
    const letter = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      let value = (previous[j - 1] as number) + (letter === b.charCodeAt(j - 1) ? 0 : 1);
      const deletion = (j <= i + max - 1 ? (previous[j] as number) : big) + 1;
      if (deletion < value) value = deletion;
      const insertion = (current[j - 1] as number) + 1;
      if (insertion < value) value = insertion;
      if (value > big) value = big;
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (to < b.length) current[to + 1] = big;
    if (rowMin > max) return null;
    const swap = previous;
    previous = current;
    current = swap;
  }
  const distance = previous[b.length] as number;
  return distance <= max ? distance : null;
}
