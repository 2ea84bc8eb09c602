// Reading cells as people type them (workbook.md: "values as people type them"). A value that cannot
// be read is never taken as 0 or today: the caller gets a message to report with sheet, row, column.
import { codeKey } from './codes';
import { excerpt } from './excerpt';
import { dayAsWritten, dayOf, dayTextReadings, type Day } from './days';
import { US_CONVENTIONS, type ReadingConventions } from './locale';
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

/** At most this many characters of a bad value are quoted in a message (a cell holds 50,000). */
export const QUOTE_LIMIT = 60;

/** A value quoted in a message: its text, cut to QUOTE_LIMIT characters with "…" when longer. */
export function quote(cell: unknown): string {
  const text = readText(cell);
  return `"${excerpt(text, QUOTE_LIMIT - 1)}"`;
}

const ERROR_VALUE = /^#(?:N\/A|REF!|DIV\/0!|VALUE!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!)$/;

/** The error a formula cell shows (#N/A, #REF!, …), or null: Sheets gives it to a script as that text. */
export function formulaError(cell: unknown): string | null {
  return typeof cell === 'string' && cell.charCodeAt(0) === 35 /* # */ && ERROR_VALUE.test(cell.trim()) ? cell.trim() : null;
}

/** A cell showing a formula's error is never read as 0, blank or text: the maker fixes the formula. */
export function errorProblem(cell: unknown): Read<never> | null {
  const error = formulaError(cell);
  return error ? fail(`shows ${error}: fix the formula`) : null;
}

const US_NUMBER = /^[+-]?(?:(?:[1-9]\d{0,2}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)$/;
const COMMA_DECIMAL = /^[+-]?(?:(?:[1-9]\d{0,2}(?:\.\d{3})+|\d+)(?:,\d+)?|,\d+)$/;
const DOT_DECIMAL_ONLY = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/;
const COMMA_DECIMAL_ONLY = /^[+-]?(?:\d+(?:,\d+)?|,\d+)$/;
/** 1,200 or 12,345: thousands the US way, or a decimal comma with three decimals. */
const COMMA_AND_THREE = /^[+-]?[1-9]\d{0,2}(?:,\d{3})+$/;

const fromUs = (text: string) => Number(text.replace(/,/g, ''));
const fromComma = (text: string) => Number(text.replace(/\./g, '').replace(',', '.'));

/**
 * A number cell, or numeric text as the spreadsheet's locale writes it (spaces ignored): 1,200.5 in
 * en_US, 1.200,5 in de_DE, 1 200,5 in fr_FR. Text the locale could read two ways — 1,200 where the
 * comma is the decimal mark, or anything with a comma or dot where we do not know the locale — is a
 * problem, never a guess.
 */
export function readNumber(cell: unknown, conventions: ReadingConventions = US_CONVENTIONS): Read<number> {
  if (typeof cell === 'number') return Number.isFinite(cell) ? ok(cell) : fail('is not a number');
  if (typeof cell === 'string') {
    const compact = cell.trim().replace(/\s+/g, '');
    const read = numberText(conventions.grouping === "'" ? compact.replace(/['’]/g, '') : compact, conventions);
    if (read) return read;
  }
  return fail(`${quote(cell)} is not a number`);
}

function numberText(text: string, conventions: ReadingConventions): Read<number> | null {
  const us = US_NUMBER.test(text) ? fromUs(text) : null;
  const comma = COMMA_DECIMAL.test(text) ? fromComma(text) : null;
  const twoWays = (a: number, b: number) =>
    fail<number>(`${quote(text)} could be ${a} or ${b}: make it a number cell, or write it ${example(conventions)}`);
  switch (conventions.decimal) {
    case '.':
      if (conventions.grouping === ',') return us === null ? null : ok(us);
      return DOT_DECIMAL_ONLY.test(text) ? ok(Number(text)) : null;
    case ',':
      if (COMMA_AND_THREE.test(text)) return twoWays(fromComma(text), fromUs(text));
      if (conventions.grouping === '.') return comma === null ? null : ok(comma);
      return COMMA_DECIMAL_ONLY.test(text) ? ok(fromComma(text)) : null;
    case null:
      if (us !== null && comma !== null && us !== comma) return twoWays(us, comma);
      return us !== null ? ok(us) : comma !== null ? ok(comma) : null;
  }
}

/** How to write a number so the locale reads it one way. */
function example(conventions: ReadingConventions): string {
  if (conventions.decimal === ',') return `without a thousands mark, like 1200 or 1,5 (${conventions.locale})`;
  return 'without a thousands mark and with a decimal point, like 1200 or 1.5';
}

export function readDay(cell: unknown, timeZone: string, conventions: ReadingConventions = US_CONVENTIONS): Read<Day> {
  if (isDate(cell)) return Number.isNaN(cell.getTime()) ? fail('is not a real date') : ok(dayOf(cell, timeZone));
  if (typeof cell === 'string') {
    const readings = dayTextReadings(cell, conventions);
    if (readings.length === 1) return ok(readings[0] as Day);
    if (readings.length === 2) return fail(`${quote(cell)} could be ${readings.join(' or ')}: ${dateAdvice(conventions)}`);
  }
  return fail(`${quote(cell)} is not a date: ${dateAdvice(conventions)}`);
}

/** What a date cell may hold, in the locale's own words: use a date cell, or text like 2023-09-14 or 14.09.2023. */
function dateAdvice(conventions: ReadingConventions): string {
  const local = dayAsWritten('2023-09-14', conventions);
  return `use a date cell, or text like 2023-09-14${local === '2023-09-14' ? '' : ` or ${local}`}`;
}

export function readUnit(cell: unknown): Read<Unit> {
  const unit = parseUnit(readText(cell));
  return unit
    ? ok(unit)
    : fail(`${quote(cell)} is not a unit we know (mg, g, kg, oz, lb, ml, l, fl oz, gal, or a count: pcs, bars, jars…)`);
}

/** One of a list of allowed values, matched case-insensitively; blank means the first. */
export function readChoice<T extends string>(cell: unknown, choices: readonly T[]): Read<T> {
  const text = readText(cell);
  if (text === '') return ok(choices[0] as T);
  const found = choices.find((choice) => choice.toLowerCase() === text.toLowerCase());
  return found ? ok(found) : fail(`${quote(text)} is not one of ${choices.join(', ')}`);
}
