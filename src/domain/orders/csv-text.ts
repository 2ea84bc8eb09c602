// Before a shop's export is parsed (Utilities.parseCsv on the server): a byte-order mark that Excel
// writes is removed, a European export's `;` is recognised, and when parsing fails the record at fault is
// found here — Google's "Could not parse text." names no line, and the maker needs one to fix the file.

/** The text without a leading byte-order mark. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** `;` when the header line has more of them than commas (Excel in most of Europe), a tab likewise, else a comma. */
export function delimiterOf(text: string): ',' | ';' | '\t' {
  const newline = text.search(/[\r\n]/);
  const header = newline < 0 ? text : text.slice(0, newline);
  const count = (mark: string) => header.split(mark).length - 1;
  const [commas, semicolons, tabs] = [count(','), count(';'), count('\t')];
  if (tabs > commas && tabs > semicolons) return '\t';
  return semicolons > commas ? ';' : ',';
}

/** The header row's cells, read simply (headers hold no quoted separators): to name a column a fault is in. */
export function headerNames(text: string, delimiter: string): string[] {
  const newline = text.search(/[\r\n]/);
  return (newline < 0 ? text : text.slice(0, newline)).split(delimiter).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
}

/** Text no shop exports as CSV: NUL or other control characters (a spreadsheet, a PDF, a zip). */
export function looksBinary(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 4096));
}

export interface CsvFault {
  /** The record, 1 = the header row (a quoted line break does not start one). */
  line: number;
  /** The cell's place in its record, 1 = the first. */
  field: number;
  message: string;
}

/** The first place where the text breaks CSV's quoting rules, and what is wrong; null when none. */
export function csvFault(text: string, delimiter: string): CsvFault | null {
  let record = 1;
  let field = 1;
  let index = 0;
  let fieldStart = true;
  while (index < text.length) {
    const char = text[index] as string;
    if (fieldStart && char === '"') {
      const opened = record;
      index += 1;
      for (;;) {
        const close = text.indexOf('"', index);
        if (close < 0)
          return { line: opened, field, message: 'a quote is opened and never closed (a quote missing at the end of the cell?)' };
        if (text[close + 1] === '"') {
          index = close + 2;
          continue;
        }
        index = close + 1;
        break;
      }
      const next = text[index];
      if (next !== undefined && next !== delimiter && next !== '\r' && next !== '\n')
        return { line: record, field, message: 'a closing quote is followed by more text in the same cell' };
      fieldStart = false;
      continue;
    }
    if (char === '"') return { line: record, field, message: 'a quote in the middle of a cell that does not start with one' };
    if (char === delimiter) {
      fieldStart = true;
      field += 1;
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      record += 1;
      field = 1;
      fieldStart = true;
    } else fieldStart = false;
    index += 1;
  }
  return null;
}
