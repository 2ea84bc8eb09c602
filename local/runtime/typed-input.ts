// Sheets reads a string written by setValue/setValues/appendRow as if a person typed it, in the
// spreadsheet's locale (typing-locale.ts). In en_US: '=…' is a formula, '0923' the number 923, '1,200'
// 1200, '12%' 0.12, '$1,200.50' 1200.5, '2023-09-14' and '9/14/2023' dates, '9/14' a date this year,
// '10:30' a time, 'TRUE' a boolean; in de_DE '1,5' is 1.5, '1.200' 1200 and '14.09.2023' a date. Two ways keep text
// as text: the cell's number format is plain text ('@'), or the string starts with an apostrophe (which
// is not stored). This is the trap behind lost leading zeros and customer names turned into formulas,
// so it is reproduced generously: where unsure whether Sheets converts, we convert.
// Written by hand: no library parses like the Sheets input box.
import { epochFromWallClock, wallClock } from './time-zone';
import { typingLocale, type TypingLocale } from './typing-locale';

export type TypedValue =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'formula'; formula: string }
  | { kind: 'number'; value: number; format?: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'date'; epochMs: number; format: string };

export interface TypingContext {
  /** The cell's number format is '@': nothing is converted, not even a leading apostrophe. */
  plainText: boolean;
  timeZone: string;
  /** Now, for dates typed without a year. */
  nowMs: number;
  /** The spreadsheet's locale ('en_US', 'de_DE', …). Default en_US. */
  locale?: string;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function readTyped(input: string, context: TypingContext): TypedValue {
  if (input === '') return { kind: 'empty' };
  if (context.plainText) return { kind: 'text', text: input };
  if (input.startsWith("'")) {
    const text = input.slice(1);
    return text === '' ? { kind: 'empty' } : { kind: 'text', text };
  }
  if (input.startsWith('=')) return { kind: 'formula', formula: input };
  const trimmed = input.trim();
  if (trimmed === '') return { kind: 'text', text: input };
  if (/^(true|false)$/i.test(trimmed)) return { kind: 'boolean', value: trimmed.toLowerCase() === 'true' };
  const locale = typingLocale(context.locale);
  return readNumber(trimmed, locale) ?? readDateTime(trimmed, context, locale) ?? { kind: 'text', text: input };
}

const escaped = (characters: string) => characters.replace(/[.\\^$|?*+()[\]{}-]/g, '\\$&');
const numberPatterns = new Map<TypingLocale, RegExp>();

/** Sign, currency, digits grouped by threes with the locale's marks, its decimal mark, exponent, percent. */
function numberPattern(locale: TypingLocale): RegExp {
  let pattern = numberPatterns.get(locale);
  if (!pattern) {
    const group = `[${escaped(locale.grouping)}]`;
    const decimal = escaped(locale.decimal);
    const currency = locale.dollar ? '(\\$)?' : '()';
    pattern = new RegExp(`^([+-])?${currency}([+-])?((?:\\d{1,3}(?:${group}\\d{3})+)|\\d*)(${decimal}\\d*)?(?:[eE]([+-]?\\d+))?(%)?$`);
    numberPatterns.set(locale, pattern);
  }
  return pattern;
}

function readNumber(text: string, locale: TypingLocale): TypedValue | null {
  const match = numberPattern(locale).exec(text);
  if (!match) return null;
  const [, signBefore, currency, signAfter, whole = '', fraction = '', exponent, percent] = match;
  if (signBefore && signAfter) return null;
  if (!/\d/.test(whole + fraction)) return null;
  if (currency && (percent || exponent !== undefined)) return null;
  if (signAfter && !currency) return null;
  const negative = (signBefore ?? signAfter) === '-';
  const digits = whole.replace(/[^\d]/g, '') || '0';
  const decimals = fraction.length > 1 ? `.${fraction.slice(1)}` : '';
  let value = Number(`${digits}${decimals}${exponent !== undefined ? `e${exponent}` : ''}`);
  if (!Number.isFinite(value)) return null;
  if (percent) value = value / 100;
  if (negative) value = -value;
  const hasDecimals = fraction.length > 1;
  const grouped = /[^\d]/.test(whole);
  let format: string | undefined;
  if (percent) format = hasDecimals ? '0.00%' : '0%';
  else if (currency) format = hasDecimals ? '"$"#,##0.00' : '"$"#,##0';
  else if (exponent !== undefined) format = '0.00E+00';
  else if (grouped) format = hasDecimals ? '#,##0.00' : '#,##0';
  return format ? { kind: 'number', value, format } : { kind: 'number', value };
}

interface TimeOfDay {
  hour: number;
  minute: number;
  second: number;
  hasSeconds: boolean;
}

const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?[Mm]\.?)?$/;

function readTime(text: string): TimeOfDay | null {
  const match = TIME.exec(text);
  if (!match) return null;
  let hour = Number(match[1]);
  const minute = Number(match[2]);
  const second = Number(match[3] ?? 0);
  const meridiem = match[4]?.toLowerCase();
  if (minute > 59 || second > 59) return null;
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  } else if (hour > 23) {
    return null;
  }
  return { hour, minute, second, hasSeconds: match[3] !== undefined };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Two-digit years as Sheets reads them: 00–29 → 2000s, 30–99 → 1900s. */
function fullYear(year: string): number {
  if (year.length !== 2) return Number(year);
  const value = Number(year);
  return value < 30 ? 2000 + value : 1900 + value;
}

function monthFromName(name: string): number | null {
  const lower = name.toLowerCase();
  if (lower.length < 3) return null;
  const index = MONTH_NAMES.findIndex((month) => lower.startsWith(month));
  if (index < 0) return null;
  const full = new Date(Date.UTC(2000, index, 1)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' }).toLowerCase();
  return full.startsWith(lower) ? index + 1 : null;
}

interface CalendarDate {
  year: number;
  month: number;
  day: number;
  format: string;
}

function readDate(text: string, currentYear: number, locale: TypingLocale): CalendarDate | null {
  let match = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text);
  if (match) return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]), format: 'yyyy-mm-dd' };
  // Day and month with the year after them or left out: '9/14/2023', '9/14', '14.09.2023', '14.09.' in de_DE.
  match = /^(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2})?)?$/.exec(text);
  const separator = match?.[2] ?? '';
  const yearLeftOut = match?.[4] === undefined;
  const trailing = match !== null && yearLeftOut && text.endsWith(separator);
  if (match && locale.dateSeparators.includes(separator) && (!trailing || separator === '.') && (separator !== '-' || !yearLeftOut)) {
    const year = yearLeftOut ? currentYear : fullYear(match[4] as string);
    const [month, day] = locale.dayFirst ? [match[3], match[1]] : [match[1], match[3]];
    const format = locale.dayFirst ? `dd${separator === '-' ? '/' : separator}mm${separator === '-' ? '/' : separator}yyyy` : 'M/d/yyyy';
    return { year, month: Number(month), day: Number(day), format };
  }
  // 'Sep 14, 2023', 'September 14 2023', 'Sep 14'
  match = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?$/.exec(text);
  if (match) {
    const month = monthFromName(match[1]!);
    if (month) return { year: match[3] ? Number(match[3]) : currentYear, month, day: Number(match[2]), format: 'mmm d, yyyy' };
  }
  // '14 Sep 2023', '14-Sep-2023', '14-Sep'
  match = /^(\d{1,2})([\s-])([A-Za-z]{3,9})\.?(?:\2(\d{4}))?$/.exec(text);
  if (match) {
    const month = monthFromName(match[3]!);
    if (month) return { year: match[4] ? Number(match[4]) : currentYear, month, day: Number(match[1]), format: 'd-mmm-yyyy' };
  }
  return null;
}

function readDateTime(text: string, context: TypingContext, locale: TypingLocale): TypedValue | null {
  const time = readTime(text);
  if (time) {
    // A time alone is a time on Sheets' day zero, 1899-12-30.
    const epochMs = epochFromWallClock({ year: 1899, month: 12, day: 30, ...time }, context.timeZone);
    return { kind: 'date', epochMs, format: time.hasSeconds ? 'h:mm:ss am/pm' : 'h:mm am/pm' };
  }
  const currentYear = wallClock(context.nowMs, context.timeZone).year;
  const split = /^(.*?\d)(?:,?\s+)(\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?)$/.exec(text);
  const date = readDate(split ? split[1]! : text, currentYear, locale);
  const timeOfDay = split ? readTime(split[2]!) : null;
  if (!date || (split && !timeOfDay)) return null;
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > daysInMonth(date.year, date.month)) return null;
  const epochMs = epochFromWallClock({ year: date.year, month: date.month, day: date.day, ...(timeOfDay ?? {}) }, context.timeZone);
  const format = timeOfDay ? `${date.format} ${timeOfDay.hasSeconds ? 'H:mm:ss' : 'H:mm'}` : date.format;
  return { kind: 'date', epochMs, format };
}
