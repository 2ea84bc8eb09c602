// Sheets reads a string written by a script as if a person typed it: `=…` becomes a formula, `0923`
// the number 923, `2023-09-14` a date. An apostrophe prefix only helps in cells that are not plain
// text (in a plain-text cell it is kept as a character), so instead every cell we write text into is
// first given the plain-text format `@`: then any string — a code, an order export's customer called
// `=HYPERLINK(…)` — is stored exactly as given, whatever format the column had.
import type { Cell } from '../domain/cell-values';
import type { ColumnKind } from '../domain/workbook';

export type WritableCell = Cell | null;
export type SheetValue = string | number | boolean | Date;

export const TEXT_FORMAT = '@';
export const DAY_FORMAT = 'yyyy-mm-dd';
export const TIMESTAMP_FORMAT = 'yyyy-mm-dd hh:mm:ss';
// "General" is Sheets' automatic format: 1200 shows as 1200 and 2.5 as 2.5 (a pattern like 0.### would show "1200.").
export const NUMBER_FORMAT = 'General';

/** The number format of a column of this kind: text and codes stay text, dates show as dates. */
export function numberFormatFor(kind: ColumnKind): string {
  switch (kind) {
    case 'day':
      return DAY_FORMAT;
    case 'timestamp':
      return TIMESTAMP_FORMAT;
    case 'number':
      return NUMBER_FORMAT;
    default:
      return TEXT_FORMAT;
  }
}

/**
 * Whether a number format shows a date: it has a day or year part (`M/d/yyyy`, `dd.mm.yyyy`,
 * `d mmm yyyy`), outside quoted text and escapes. `mm` alone may be minutes, so it does not count.
 */
export function isDateFormat(format: string): boolean {
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  return /[dy]/i.test(bare);
}

/**
 * The format to write a column's new cells in: a date column keeps the date format the maker gave it
 * (their `9/1/2023` stays how they read dates), else ISO; other kinds as numberFormatFor.
 */
export function formatForNewCells(kind: ColumnKind, columnFormat: string | null): string {
  if ((kind === 'day' || kind === 'timestamp') && columnFormat !== null && isDateFormat(columnFormat)) return columnFormat;
  return numberFormatFor(kind);
}

/**
 * A value ready for setValues into a cell whose format is numberFormatFor(kind). Text columns always
 * receive text; a day column receives 'YYYY-MM-DD', which its date format turns into a real date.
 */
export function sheetValue(value: WritableCell | undefined, kind: ColumnKind = 'text'): SheetValue {
  if (value === null || value === undefined) return '';
  if (kind === 'text' || kind === 'code' || kind === 'choice' || kind === 'unit') {
    return typeof value === 'string' ? value : value instanceof Date ? value.toISOString() : String(value);
  }
  return value;
}
