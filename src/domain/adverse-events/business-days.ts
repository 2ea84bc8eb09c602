// US federal business days, for MoCRA's "15 business days" (traceability.md). A 30-line rule set rather
// than a library: @18f/us-federal-holidays or date-holidays would add to dist/Code.js, which Apps Script
// parses on every click, for eleven fixed rules (5 U.S.C. 6103) — and test/domain/adverse-events checks
// these rules against OPM's published dates for 2024–2030.
//
// Inauguration Day (January 20 after a presidential election) is NOT counted: it is a holiday only for
// federal employees in the Washington, DC area, and a maker anywhere in the US counts FDA's deadline by
// the national calendar. Leaving it out can only make a due date one day earlier, never late.
import type { Day } from '../days';

const MS_PER_DAY = 86_400_000;

function utc(day: Day): Date {
  return new Date(`${day}T00:00:00Z`);
}

function iso(date: Date): Day {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: Day, days: number): Day {
  return iso(new Date(utc(day).getTime() + days * MS_PER_DAY));
}

/** The same day n years on; February 29 becomes February 28 in a year that has none. */
export function addYears(day: Day, years: number): Day {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const lastOfMonth = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return iso(new Date(Date.UTC(y + years, m - 1, Math.min(d, lastOfMonth))));
}

/** The nth weekday (0 Sunday … 6 Saturday) of a month; n = -1 for the last. */
function nthWeekday(year: number, month: number, weekday: number, n: number): Date {
  if (n < 0) {
    const last = new Date(Date.UTC(year, month, 0));
    return new Date(Date.UTC(year, month - 1, last.getUTCDate() - ((last.getUTCDay() - weekday + 7) % 7)));
  }
  const first = new Date(Date.UTC(year, month - 1, 1));
  return new Date(Date.UTC(year, month - 1, 1 + ((weekday - first.getUTCDay() + 7) % 7) + (n - 1) * 7));
}

/** A fixed-date holiday falling on Saturday is observed the Friday before; on Sunday, the Monday after. */
function observed(year: number, month: number, day: number): Date {
  const date = new Date(Date.UTC(year, month - 1, day));
  const shift = date.getUTCDay() === 6 ? -1 : date.getUTCDay() === 0 ? 1 : 0;
  return new Date(date.getTime() + shift * MS_PER_DAY);
}

/** The eleven federal holidays as observed in a calendar year (New Year's Day of the next year may be observed on December 31). */
export function federalHolidays(year: number): Day[] {
  const dates = [
    observed(year, 1, 1),
    nthWeekday(year, 1, 1, 3), // Birthday of Martin Luther King, Jr.
    nthWeekday(year, 2, 1, 3), // Washington's Birthday
    nthWeekday(year, 5, 1, -1), // Memorial Day
    observed(year, 6, 19), // Juneteenth National Independence Day
    observed(year, 7, 4),
    nthWeekday(year, 9, 1, 1), // Labor Day
    nthWeekday(year, 10, 1, 2), // Columbus Day
    observed(year, 11, 11), // Veterans Day
    nthWeekday(year, 11, 4, 4), // Thanksgiving Day
    observed(year, 12, 25),
    observed(year + 1, 1, 1),
  ];
  return dates.map(iso).filter((day) => day.startsWith(`${year}-`));
}

const holidaysByYear = new Map<number, Set<Day>>();

export function isBusinessDay(day: Day): boolean {
  const weekday = utc(day).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  const year = Number(day.slice(0, 4));
  let holidays = holidaysByYear.get(year);
  if (!holidays) holidaysByYear.set(year, (holidays = new Set(federalHolidays(year))));
  return !holidays.has(day);
}

/** The business day n business days after a day (the day itself is not counted, whatever it is). */
export function addBusinessDays(day: Day, n: number): Day {
  let current = day;
  for (let counted = 0; counted < n;) {
    current = addDays(current, 1);
    if (isBusinessDay(current)) counted++;
  }
  return current;
}
