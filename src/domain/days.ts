// Calendar days. A date cell comes back from Sheets as a Date at midnight in the *spreadsheet's*
// time zone, which is not the script's; we turn it into the day the maker sees, as 'YYYY-MM-DD'
// text, which sorts, compares and crosses google.script.run as-is.

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

/** Days as people type them: ISO `2023-09-14` (or with a time after it) and US `9/14/2023`. */
export function parseDayText(text: string): Day | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?$/.exec(trimmed);
  if (iso) return makeDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  if (us) return makeDay(Number(us[3]), Number(us[1]), Number(us[2]));
  return null;
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
