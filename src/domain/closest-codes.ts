// "There is no batch LSOAP-23105-01 in Batches. Closest: LSOAP-231015-01." A code read off a package, an
// email or a supplier's letter is nearly always a typo of one that exists, so every form and report that
// meets a code matching nothing offers the existing codes fewest edits away — the trace's measure of
// "near" (trace/nearest.ts, which also knows which column each code came from).
import { codeKey } from './codes';
import { editDistanceWithin, nearLimit } from './trace/nearest';

export interface ClosestOptions {
  /** At most this many codes (5). */
  limit?: number;
  /** How many edits beyond the best a code may be and still be offered (1): 0 offers only the nearest. */
  beyondBest?: number;
}

/** Existing codes a few edits from the asked one, nearest first; codes much further than the best are left out. */
export function closestCodes(codes: Iterable<string>, asked: string, { limit = 5, beyondBest = 1 }: ClosestOptions = {}): string[] {
  const key = codeKey(asked);
  if (key === '') return [];
  const max = nearLimit(key.length);
  const found = new Map<string, { code: string; distance: number }>();
  for (const code of codes) {
    const candidate = codeKey(code);
    if (candidate === '' || found.has(candidate)) continue;
    const distance = editDistanceWithin(key, candidate, max);
    if (distance !== null && distance > 0) found.set(candidate, { code: code.trim(), distance });
  }
  const sorted = [...found.values()].sort((a, b) => a.distance - b.distance || a.code.localeCompare(b.code));
  const best = sorted[0]?.distance ?? 0;
  return sorted
    .filter((near) => near.distance <= best + beyondBest)
    .slice(0, limit)
    .map((near) => near.code);
}

/** " Closest codes that exist: A, B or C." ('' when none is near). */
export function closestClause(closest: readonly string[]): string {
  if (closest.length === 0) return '';
  const list = closest.length > 1 ? `${closest.slice(0, -1).join(', ')} or ${closest.at(-1)}` : closest[0];
  return ` Closest codes that exist: ${list}.`;
}
