// Reading cells as people type them (workbook.md: "values as people type them"). A value that cannot
// be read is never taken as 0 or today: the caller gets a message to report with sheet, row, column.
import { codeKey } from './codes';
import { dayOf, parseDayText, type Day } from './days';
import { parseUnit, type Unit } from './units';

export type Cell = string | number | boolean | Date;

export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = <T>(message: string): Read<T> => ({ ok: false, message });

// These run on every cell of the key columns — over a million at the Sheets ceiling — so the common
// case (a string) is decided first and without allocating.
export function isBlank(cell: unknown): boolean {
  if (typeof cell === 'string') return cell.length === 0 || (cell.charCodeAt(0) <= 32 && cell.trim() === '');
  return cell === null || cell === undefined;
}

function isDate(cell: unknown): cell is Date {
  // Dates may come from another realm (the Apps Script sandbox), so no instanceof.
  return Object.prototype.toString.call(cell) === '[object Date]';
}

/** Text as written, trimmed; numbers and dates as their plain text. */
export function readText(cell: unknown): string {
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  if (cell === null || cell === undefined) return '';
  if (isDate(cell)) return cell.toISOString();
  return String(cell).trim();
}

/** A code: text, trimmed. A number typed as a code (an order number 1042) is read as its digits. */
export function readCode(cell: unknown): string {
  return readText(cell);
}

export { codeKey };

export function readNumber(cell: unknown): Read<number> {
  if (typeof cell === 'number') return Number.isFinite(cell) ? ok(cell) : fail('is not a number');
  if (typeof cell === 'string') {
    const compact = cell.trim().replace(/\s+/g, '');
    // Thousands separators as typed in the US: 1,200 or 12,345.5 (never a decimal comma).
    if (/^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(compact) || /^[+-]?\.\d+$/.test(compact)) {
      return ok(Number(compact.replace(/,/g, '')));
    }
  }
  return fail(`"${readText(cell)}" is not a number`);
}

export function readDay(cell: unknown, timeZone: string): Read<Day> {
  if (isDate(cell)) return Number.isNaN(cell.getTime()) ? fail('is not a real date') : ok(dayOf(cell, timeZone));
  if (typeof cell === 'string') {
    const day = parseDayText(cell);
    if (day) return ok(day);
  }
  return fail(`"${readText(cell)}" is not a date (use a date cell or YYYY-MM-DD)`);
}

export function readUnit(cell: unknown): Read<Unit> {
  const unit = parseUnit(readText(cell));
  return unit ? ok(unit) : fail(`"${readText(cell)}" is not a unit we know (mg, g, kg, oz, lb, ml, l, fl oz, gal, pcs)`);
}

/** One of a list of allowed values, matched case-insensitively; blank means the first. */
export function readChoice<T extends string>(cell: unknown, choices: readonly T[]): Read<T> {
  const text = readText(cell);
  if (text === '') return ok(choices[0] as T);
  const found = choices.find((choice) => choice.toLowerCase() === text.toLowerCase());
  return found ? ok(found) : fail(`"${text}" is not one of ${choices.join(', ')}`);
}
