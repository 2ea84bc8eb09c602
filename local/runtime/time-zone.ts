// Wall-clock time in a named time zone, through Intl (Node ships the full ICU time-zone data). Sheets
// stores dates as wall-clock values of the spreadsheet's time zone, and Utilities.formatDate formats
// in any zone, so both directions are needed: instant → fields, and fields → instant.
// Java also accepts fixed offsets such as 'GMT+2' or 'GMT-05:00'; Intl does not, so those are done here.

export interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 0 = Sunday */
  weekday: number;
  /** Minutes east of UTC at this instant. */
  offsetMinutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function fixedOffsetMinutes(zone: string): number | null {
  if (zone === 'GMT' || zone === 'UTC' || zone === 'Z') return 0;
  const match = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(zone);
  if (!match) return null;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** Whether `zone` names a time zone Java (and so Apps Script) would know. */
export function isTimeZone(zone: string): boolean {
  if (fixedOffsetMinutes(zone) !== null) return true;
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

function offsetMinutesAt(epochMs: number, zone: string): number {
  const fixed = fixedOffsetMinutes(zone);
  if (fixed !== null) return fixed;
  const wholeSeconds = Math.floor(epochMs / 1000) * 1000;
  const parts = formatterFor(zone).formatToParts(new Date(wholeSeconds));
  const field = (type: string): number => Number(parts.find((part) => part.type === type)?.value ?? 0);
  let year = field('year');
  if (parts.find((part) => part.type === 'era')?.value === 'BC') year = 1 - year;
  const asUtc = Date.UTC(year, field('month') - 1, field('day'), field('hour'), field('minute'), field('second'));
  const utcFixed = new Date(asUtc);
  utcFixed.setUTCFullYear(year); // Date.UTC maps years 0–99 to 1900–1999
  return Math.round((utcFixed.getTime() - wholeSeconds) / 60000);
}

export function wallClock(epochMs: number, zone: string): WallClock {
  const offsetMinutes = offsetMinutesAt(epochMs, zone);
  const shifted = new Date(epochMs + offsetMinutes * 60000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    millisecond: shifted.getUTCMilliseconds(),
    weekday: shifted.getUTCDay(),
    offsetMinutes,
  };
}

export interface WallClockInput {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  millisecond?: number;
}

/** The instant at which clocks in `zone` show the given wall-clock time. */
export function epochFromWallClock(input: WallClockInput, zone: string): number {
  const asUtc = new Date(0);
  asUtc.setUTCFullYear(input.year, input.month - 1, input.day);
  asUtc.setUTCHours(input.hour ?? 0, input.minute ?? 0, input.second ?? 0, input.millisecond ?? 0);
  const guess = asUtc.getTime();
  const firstOffset = offsetMinutesAt(guess, zone);
  const candidate = guess - firstOffset * 60000;
  const secondOffset = offsetMinutesAt(candidate, zone);
  return secondOffset === firstOffset ? candidate : guess - secondOffset * 60000;
}

/** Short zone name as Java prints for pattern letter z ('EDT'); Intl gives 'GMT+2' where it has none. */
export function zoneAbbreviation(epochMs: number, zone: string): string {
  const fixed = fixedOffsetMinutes(zone);
  if (fixed !== null) return fixed === 0 ? 'GMT' : `GMT${formatOffset(fixed, true)}`;
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' }).formatToParts(new Date(epochMs));
  const name = parts.find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const offset = /^GMT([+-])(\d{1,2})(?::(\d{2}))?$/.exec(name);
  return offset ? `GMT${offset[1]}${(offset[2] ?? '0').padStart(2, '0')}:${offset[3] ?? '00'}` : name;
}

/** '+hh:mm' (withColon) or '+hhmm'. */
export function formatOffset(offsetMinutes: number, withColon: boolean): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  const hours = String(Math.floor(absolute / 60)).padStart(2, '0');
  const minutes = String(absolute % 60).padStart(2, '0');
  return withColon ? `${sign}${hours}:${minutes}` : `${sign}${hours}${minutes}`;
}

/** The fields of a Date read in UTC: how a wall-clock time is carried in a Date that has no zone. */
export function utcFields(date: Date): Omit<WallClock, 'offsetMinutes'> {
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    millisecond: date.getUTCMilliseconds(),
    weekday: date.getUTCDay(),
  };
}

/** The wall-clock time of an instant in a zone, carried in a UTC epoch (the inverse of utcFields). */
export function wallClockAsUtc(epochMs: number, zone: string): number {
  const clock = wallClock(epochMs, zone);
  return Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second, clock.millisecond);
}
