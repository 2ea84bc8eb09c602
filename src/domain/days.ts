// Calendar days. A date cell comes back from Sheets as a Date at midnight in the *spreadsheet's*
// time zone, which is not the script's; we turn it into the day the maker sees, as 'YYYY-MM-DD'
// text, which sorts, compares and crosses google.script.run as-is.

import { US_CONVENTIONS, type ReadingConventions } from './locale';

export type Day = string;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let existing = formatters.get(timeZone);
  if (!existing) {
    existing = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, existing);
  }
  return existing;
}

// Date cells repeat the same few hundred days across hundreds of thousands of rows, and asking Intl
// for the parts of a date is slow: remember each instant's day per time zone.
const knownDays = new Map<string, Map<number, Day>>();

/** The calendar day a Date falls on in a time zone. */
export function dayOf(date: Date, timeZone: string): Day {
  let days = knownDays.get(timeZone);
  if (!days) knownDays.set(timeZone, (days = new Map()));
  const instant = date.getTime();
  let day = days.get(instant);
  if (day === undefined) {
    day = dayFromParts(date, timeZone);
    if (days.size > 100_000) days.clear();
    days.set(instant, day);
  }
  return day;
}

function dayFromParts(date: Date, timeZone: string): Day {
  const parts = formatter(timeZone).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** A real calendar day from its parts, or null (2023-02-30 is not a day). */
export function makeDay(year: number, month: number, day: number): Day | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const found = (day: Day | null): Day[] => (day ? [day] : []);

/** Days as people type them: ISO `2023-09-14` (or with a time after it), else as the locale writes them; null when unreadable or ambiguous. */
export function parseDayText(text: string, conventions: ReadingConventions = US_CONVENTIONS): Day | null {
  const readings = dayTextReadings(text, conventions);
  return readings.length === 1 ? (readings[0] as Day) : null;
}

/**
 * Every day a text could be: none when it is not a date, two when the locale cannot tell 03/04/2023
 * (a locale we do not know). ISO is read everywhere; en_US reads 9/14/2023, en_GB 14/09/2023, de_DE
 * 14.09.2023, and a locale we do not know reads 14/09/2023, which can only be one day.
 */
export function dayTextReadings(text: string, conventions: ReadingConventions = US_CONVENTIONS): Day[] {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?$/.exec(trimmed);
  if (iso) return found(makeDay(Number(iso[1]), Number(iso[2]), Number(iso[3])));
  const named = namedMonthDay(trimmed);
  if (named !== undefined) return found(named);
  const numeric = /^(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})$/.exec(trimmed);
  if (!numeric || !conventions.dateSeparators.includes(numeric[2] as string)) return [];
  const [first, second, third] = [numeric[1], numeric[3], numeric[4]] as [string, string, string];
  if (first.length === 4)
    return conventions.dayOrder === 'YMD' || conventions.dayOrder === null
      ? found(makeDay(Number(first), Number(second), Number(third)))
      : [];
  if (third.length !== 4) return [];
  const year = Number(third);
  const monthFirst = makeDay(year, Number(first), Number(second));
  const dayFirst = makeDay(year, Number(second), Number(first));
  switch (conventions.dayOrder) {
    case 'MDY':
      return found(monthFirst);
    case 'DMY':
      return found(dayFirst);
    case 'YMD':
      return [];
    case null:
      return monthFirst === dayFirst ? found(monthFirst) : [...found(monthFirst), ...found(dayFirst)];
  }
}

// An English month name says which number is the day, so these are one day in every locale: "Sep 3 2024",
// "Sept. 3, 2024", "September 3, 2024", "3 Sep 2024", "3-Sep-2024" — as shops' exports, invoices and
// people write them. A year of four digits is asked for: "3-Sep-24" could be any century.
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const FULL_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function monthNumber(name: string): number | null {
  const word = name.toLowerCase();
  const short = MONTHS.indexOf(word);
  if (short >= 0) return short + 1;
  if (word === 'sept') return 9;
  const full = FULL_MONTHS.indexOf(word);
  return full >= 0 ? full + 1 : null;
}

/** The day of a text with a month name; null when the name or the day is not one; undefined when no month name is written. */
function namedMonthDay(text: string): Day | null | undefined {
  const monthFirst = /^([A-Za-z]{3,9})\.? +(\d{1,2})(?:st|nd|rd|th)?,? +(\d{4})$/.exec(text);
  const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)?(?: +|-)([A-Za-z]{3,9})\.?(?: +|-)(\d{4})$/.exec(text);
  const [monthText, dayText, yearText] = monthFirst
    ? [monthFirst[1], monthFirst[2], monthFirst[3]]
    : dayFirst
      ? [dayFirst[2], dayFirst[1], dayFirst[3]]
      : [];
  if (monthText === undefined) return undefined;
  const month = monthNumber(monthText);
  return month === null ? null : makeDay(Number(yearText), month, Number(dayText));
}

/** A day written as the locale writes it, for messages: 9/14/2023, 14/09/2023, 14.09.2023, or ISO. */
export function dayAsWritten(day: Day, conventions: ReadingConventions): string {
  const [year, month, date] = day.split('-') as [string, string, string];
  const separator = conventions.dateSeparators[0] ?? '/';
  switch (conventions.dayOrder) {
    case 'MDY':
      return `${Number(month)}${separator}${Number(date)}${separator}${year}`;
    case 'DMY':
      return `${date}${separator}${month}${separator}${year}`;
    default:
      return day;
  }
}

export function addDays(day: Day, days: number): Day {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return date.toISOString().slice(0, 10);
}

/** Exactly 'YYYY-MM-DD', a real calendar day: the form days cross google.script.run in. */
export function isIsoDay(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && parseDayText(text) !== null;
}
