// A message quotes what the maker typed so they can find it, but a pasted page of text quoted in full
// would bury the sentence (and a cell holds at most 50,000 characters): quote a short, one-line part.

/** At most `length` characters of a text, on one line, with "…" when cut. */
export function excerpt(text: string, length = 40): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= length ? oneLine : `${oneLine.slice(0, length)}…`;
}
