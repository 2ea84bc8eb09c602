// Codes (lot numbers, batch codes, SKUs, order numbers…) are typed by hand, pasted from exports and
// printed on labels, so they are compared trimmed and case-insensitively, and shown as first written.
// A code pasted from a web page or a PDF can carry characters nobody sees — a zero-width space, a
// byte-order mark, a non-breaking space, a full-width letter — and must still be the code it looks like,
// or a recall misses it and a "new" lot number duplicates an old one.

/** Characters that show as nothing: zero-width spaces and joiners, word joiner, BOM, soft hyphen, direction marks. */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
/** Spaces that are not the space bar's (no-break, narrow, figure, ideographic…). */
const OTHER_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
/** Hyphens that word processors put in place of the keyboard's (hyphen, non-breaking hyphen). */
const OTHER_HYPHENS = /[\u2010\u2011]/g;
/** Anything outside printable ASCII: only such codes need the slow path (this runs on every code cell). */
const NOT_PLAIN = /[^\x20-\x7e]/;

/** The form a code is compared in: `lav-0923-01 ` and `LAV-0923-01` are the same lot, and so is either with a zero-width space in it. */
export function codeKey(code: string): string {
  if (!NOT_PLAIN.test(code)) return code.trim().toUpperCase();
  return code.normalize('NFKC').replace(INVISIBLE, '').replace(OTHER_SPACES, ' ').replace(OTHER_HYPHENS, '-').trim().toUpperCase();
}

export function sameCode(a: string, b: string): boolean {
  return codeKey(a) === codeKey(b);
}

/** The first invisible character of a text, named for a message; null when it has none. */
export function invisibleCharacterIn(text: string): string | null {
  const found = new RegExp(INVISIBLE.source).exec(text);
  if (!found) return null;
  const code = (found[0].codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0');
  return `an invisible character (U+${code})`;
}
