// How things anchored to rows or columns move when rows/columns are inserted or deleted. One rule for
// cell formats, validations, protections and developer metadata, so they can never drift apart.
// Positions are 1-based; an insertion "at p" puts the new lines at p … p+n-1 and pushes old line p down.

export interface Span {
  start: number;
  count: number;
}

export function positionAfterInsert(position: number, at: number, count: number): number {
  return position >= at ? position + count : position;
}

/** null when the line itself is deleted. */
export function positionAfterDelete(position: number, at: number, count: number): number | null {
  if (position < at) return position;
  if (position < at + count) return null;
  return position - count;
}

/** A span grows when lines are inserted strictly inside it, and moves when inserted at or before its start. */
export function spanAfterInsert(span: Span, at: number, count: number): Span {
  if (at <= span.start) return { start: span.start + count, count: span.count };
  if (at < span.start + span.count) return { start: span.start, count: span.count + count };
  return span;
}

/** A span loses the deleted lines it held; null when none is left. */
export function spanAfterDelete(span: Span, at: number, count: number): Span | null {
  const end = span.start + span.count - 1;
  const deletedEnd = at + count - 1;
  if (deletedEnd < span.start) return { start: span.start - count, count: span.count };
  if (at > end) return span;
  const keptBefore = Math.max(0, at - span.start);
  const keptAfter = Math.max(0, end - deletedEnd);
  const kept = keptBefore + keptAfter;
  return kept === 0 ? null : { start: Math.min(span.start, at), count: kept };
}

export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.start + b.count && b.start < a.start + a.count;
}
