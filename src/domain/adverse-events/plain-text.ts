// What a reporter wrote goes into the sheet as text, never as a formula (the writer gives text cells
// the '@' format, write-cells.ts) — but an .xlsx or CSV download of the sheet opened in Excel would
// still run `=HYPERLINK(…)`, and an inspector's pack carries these cells. So text that a spreadsheet
// would take for a formula, or that holds HTML, is refused with a sentence: the maker retypes it as words.

/**
 * `=…`, or `+SUM(…`, `@SUM(…`, `-cmd|…` (a DDE call): what Sheets and Excel read as a formula.
 * `-2 days`, `+1 rash` and `-itchy skin` are words.
 */
const FORMULA = /^\s*(=|[+\-@]\s*[A-Za-z_][\w.]*\s*[(|!])/;
/** A tag: `<b>`, `</div>`, `<img src=x onerror=…>`, `<!-- … -->`. `a < b` and `<3` are words. */
const HTML_TAG = /<\s*\/?\s*[A-Za-z!][^<>]*>/;

/** Why `text` of the field `what` ("What happened") cannot be kept as it is; null when it can. */
export function plainTextProblem(what: string, text: string): string | null {
  if (FORMULA.test(text)) {
    const start = text.trim().charAt(0);
    return `${what} starts with "${start}", which a spreadsheet takes for a formula: write it as words, without the leading "${start}".`;
  }
  const tag = HTML_TAG.exec(text);
  if (tag) {
    const shown = tag[0].length > 30 ? `${tag[0].slice(0, 30)}…` : tag[0];
    return `${what} holds HTML (${shown}): write it as plain words, without the < >.`;
  }
  return null;
}
