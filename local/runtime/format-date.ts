// Utilities.formatDate is Java's SimpleDateFormat (US locale) in a given time zone. Written by hand
// because no JS library reproduces Java's pattern rules, and the traps matter: 'YYYY' is the *week* year
// (Dec 29 2024 prints 2025), 'mm' is minutes, 'DD' is the day of the year, and an unknown letter throws.
import { formatOffset, wallClock, zoneAbbreviation, type WallClock } from './time-zone';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Every letter SimpleDateFormat knows; any other unquoted letter is an error. */
const JAVA_LETTERS = 'GyYMLwWDdFEuaHkKhmsSzZX';

export class PatternError extends Error {}

type Token = { literal: string } | { letter: string; count: number };

function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < pattern.length) {
    const char = pattern[index]!;
    if (char === "'") {
      // '' is a quote; 'text' is literal text (with '' inside standing for one quote).
      if (pattern[index + 1] === "'") {
        tokens.push({ literal: "'" });
        index += 2;
        continue;
      }
      let text = '';
      index += 1;
      while (index < pattern.length) {
        if (pattern[index] === "'") {
          if (pattern[index + 1] === "'") {
            text += "'";
            index += 2;
            continue;
          }
          break;
        }
        text += pattern[index];
        index += 1;
      }
      if (index >= pattern.length) throw new PatternError('Unterminated quote');
      tokens.push({ literal: text });
      index += 1;
      continue;
    }
    if (/[A-Za-z]/.test(char)) {
      if (!JAVA_LETTERS.includes(char)) throw new PatternError(`Illegal pattern character '${char}'`);
      let count = 1;
      while (pattern[index + count] === char) count += 1;
      tokens.push({ letter: char, count });
      index += count;
      continue;
    }
    tokens.push({ literal: char });
    index += 1;
  }
  return tokens;
}

function pad(value: number, width: number): string {
  const text = String(Math.abs(value)).padStart(width, '0');
  return value < 0 ? `-${text}` : text;
}

function dayOfYear(clock: WallClock): number {
  return (Date.UTC(clock.year, clock.month - 1, clock.day) - Date.UTC(clock.year, 0, 1)) / 86400000 + 1;
}

/** US week rules (weeks start Sunday; the week holding Jan 1 is week 1): week year and week number. */
function usWeek(clock: WallClock): { weekYear: number; week: number } {
  const today = Date.UTC(clock.year, clock.month - 1, clock.day);
  const sundayOnOrBefore = today - clock.weekday * 86400000;
  const saturdayAfter = new Date(sundayOnOrBefore + 6 * 86400000);
  if (saturdayAfter.getUTCFullYear() > clock.year) return { weekYear: clock.year + 1, week: 1 };
  const jan1 = Date.UTC(clock.year, 0, 1);
  const jan1Weekday = new Date(jan1).getUTCDay();
  const firstSunday = jan1 - jan1Weekday * 86400000;
  return { weekYear: clock.year, week: Math.floor((sundayOnOrBefore - firstSunday) / (7 * 86400000)) + 1 };
}

function text(full: string, count: number): string {
  return count >= 4 ? full : full.slice(0, 3);
}

function field(letter: string, count: number, clock: WallClock, epochMs: number, zone: string): string {
  switch (letter) {
    case 'G':
      return clock.year > 0 ? 'AD' : 'BC';
    case 'y':
    case 'Y': {
      const year = letter === 'Y' ? usWeek(clock).weekYear : clock.year;
      return count === 2 ? pad(year % 100, 2) : pad(year, count);
    }
    case 'M':
    case 'L':
      return count >= 3 ? text(MONTHS[clock.month - 1]!, count) : pad(clock.month, count);
    case 'w':
      return pad(usWeek(clock).week, count);
    case 'W':
      return pad(Math.floor((clock.day - 1 + new Date(Date.UTC(clock.year, clock.month - 1, 1)).getUTCDay()) / 7) + 1, count);
    case 'D':
      return pad(dayOfYear(clock), count);
    case 'd':
      return pad(clock.day, count);
    case 'F':
      return pad(Math.floor((clock.day - 1) / 7) + 1, count);
    case 'E':
      return text(WEEKDAYS[clock.weekday]!, count);
    case 'u':
      return pad(clock.weekday === 0 ? 7 : clock.weekday, count);
    case 'a':
      return clock.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(clock.hour, count);
    case 'k':
      return pad(clock.hour === 0 ? 24 : clock.hour, count);
    case 'K':
      return pad(clock.hour % 12, count);
    case 'h':
      return pad(clock.hour % 12 === 0 ? 12 : clock.hour % 12, count);
    case 'm':
      return pad(clock.minute, count);
    case 's':
      return pad(clock.second, count);
    case 'S':
      return pad(clock.millisecond, count);
    case 'z':
      return zoneAbbreviation(epochMs, zone);
    case 'Z':
      return formatOffset(clock.offsetMinutes, false);
    case 'X': {
      if (clock.offsetMinutes === 0) return 'Z';
      const full = formatOffset(clock.offsetMinutes, count >= 3);
      return count === 1 ? full.slice(0, 3) : full;
    }
    default:
      throw new PatternError(`Illegal pattern character '${letter}'`);
  }
}

/** Formats an instant like Java's SimpleDateFormat(pattern, Locale.US) with the given zone. */
export function formatJavaDate(epochMs: number, zone: string, pattern: string): string {
  const clock = wallClock(epochMs, zone);
  return tokenize(pattern)
    .map((token) => ('literal' in token ? token.literal : field(token.letter, token.count, clock, epochMs, zone)))
    .join('');
}
