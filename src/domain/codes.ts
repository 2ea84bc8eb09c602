// Codes (lot numbers, batch codes, SKUs, order numbers…) are typed by hand, pasted from exports and
// printed on labels, so they are compared trimmed and case-insensitively, and shown as first written.

/** The form a code is compared in: `lav-0923-01 ` and `LAV-0923-01` are the same lot. */
export function codeKey(code: string): string {
  return code.trim().toUpperCase();
}

export function sameCode(a: string, b: string): boolean {
  return codeKey(a) === codeKey(b);
}
