// The first few of a list, then how many more: "LAV-1, LAV-2, LAV-3 and 4 more". A sentence in a cell or
// a sidebar names a handful, and the table beside it lists them all.

/**
 * `items` joined, the first `most` of them, then " and N more" for the rest of `total` (by default the
 * items' own count: pass it when only the first few were worked out, out of a longer list).
 */
export function namedFew(items: readonly string[], most: number, total = items.length): string {
  const shown = items.slice(0, most);
  const more = total - shown.length;
  return `${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}
