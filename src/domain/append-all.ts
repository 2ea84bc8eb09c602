// `target.push(...items)` passes every item as an argument, and V8 runs out of stack at around a
// hundred thousand of them — a size a span of the Orders sheet reaches at the Sheets ceiling.

export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}
