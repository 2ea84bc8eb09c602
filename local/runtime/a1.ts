// A1 notation: column letters and the range forms Apps Script accepts ('A1', 'A1:C3', 'A:A', 'B2:D',
// '3:3', optionally behind 'Sheet name'! or Sheet!). Open-ended forms are remembered as such, because
// Google does too: getRange('A:A').getA1Notation() is 'A:A', and only unbounded row/column ranges can
// carry developer metadata.

export const MAX_COLUMNS = 18278; // ZZZ

export function columnLetters(column: number): string {
  let letters = '';
  let rest = column;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

export function columnNumber(letters: string): number {
  let value = 0;
  for (const char of letters.toUpperCase()) value = value * 26 + (char.charCodeAt(0) - 64);
  return value;
}

/** A parsed reference; missing bounds (null) stand for "to the edge of the sheet". */
export interface A1Reference {
  sheetName: string | null;
  startRow: number | null;
  startColumn: number | null;
  endRow: number | null;
  endColumn: number | null;
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?([0-9]+)?$/;

function splitSheet(a1: string): { sheetName: string | null; body: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { sheetName: null, body: a1 };
  let name = a1.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'") && name.length >= 2) name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, body: a1.slice(bang + 1) };
}

/** Parses A1 notation, or returns null when it is not a reference Apps Script would accept. */
export function parseA1(a1: string): A1Reference | null {
  const { sheetName, body } = splitSheet(a1.trim());
  const parts = body.split(':');
  if (parts.length > 2 || body === '') return null;
  const cells = parts.map((part) => CELL.exec(part));
  if (cells.some((match) => match === null || (!match[1] && !match[2]))) return null;
  const [first, second] = cells as RegExpExecArray[];
  const start = { column: first![1] ? columnNumber(first![1]) : null, row: first![2] ? Number(first![2]) : null };
  if (start.row === 0) return null;
  if (!second) {
    // A single reference must be a full cell: 'A' or '3' alone is not a range.
    if (start.column === null || start.row === null) return null;
    return { sheetName, startRow: start.row, startColumn: start.column, endRow: start.row, endColumn: start.column };
  }
  const end = { column: second[1] ? columnNumber(second[1]) : null, row: second[2] ? Number(second[2]) : null };
  // 'A:B' (columns), '3:5' (rows), 'A1:C3', and open-ended 'B2:D' / 'A2:5'-like forms.
  if ((start.column === null) !== (end.column === null)) return null;
  if (start.row === null && end.row !== null && start.column !== null) return null;
  if (end.row === 0) return null;
  const startRow = start.row;
  const endRow = end.row;
  const ref: A1Reference = {
    sheetName,
    startRow: startRow,
    startColumn: start.column,
    endRow: startRow === null ? null : endRow,
    endColumn: end.column,
  };
  if (start.column === null && end.column === null && (startRow === null || endRow === null)) return null;
  return normalise(ref);
}

/** Puts the bounds in order, as Sheets does for 'C3:A1'. */
function normalise(ref: A1Reference): A1Reference {
  const out = { ...ref };
  if (out.startRow !== null && out.endRow !== null && out.endRow < out.startRow) {
    [out.startRow, out.endRow] = [out.endRow, out.startRow];
  }
  if (out.startColumn !== null && out.endColumn !== null && out.endColumn < out.startColumn) {
    [out.startColumn, out.endColumn] = [out.endColumn, out.startColumn];
  }
  return out;
}

export interface Rect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** Whether the reference left rows or columns open ('A:A' leaves rows open; '3:3' columns). */
export interface Openness {
  openRows: boolean;
  openColumns: boolean;
}

export function formatA1(rect: Rect, open: Openness = { openRows: false, openColumns: false }): string {
  const lastRow = rect.row + rect.numRows - 1;
  const lastColumn = rect.column + rect.numColumns - 1;
  if (open.openRows) return `${columnLetters(rect.column)}:${columnLetters(lastColumn)}`;
  if (open.openColumns) return `${rect.row}:${lastRow}`;
  const start = `${columnLetters(rect.column)}${rect.row}`;
  if (rect.numRows === 1 && rect.numColumns === 1) return start;
  return `${start}:${columnLetters(lastColumn)}${lastRow}`;
}

export function cellA1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}
