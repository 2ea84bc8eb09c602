// The dates shops write, read as the day the line shipped in the spreadsheet's time zone. A date with a
// time and an offset (Shopify) or a named zone (Square) is an instant, so its day is where the maker is;
// a date alone (Etsy) is the shop's own day. Anything else is unreadable: reported, never guessed.
import { dayOf, makeDay, type Day } from '../days';

/** Shopify: `2023-10-05 14:03:11 -0400`. */
export function shopifyDay(text: string, timeZone: string): Day | null {
  const found = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})\s*([+-])(\d{2}):?(\d{2})$/.exec(text.trim());
  if (!found) return null;
  const [y, mo, d, h, mi, s] = found.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  if (!makeDay(y, mo, d) || h > 23 || mi > 59 || s > 59) return null;
  const offset = (found[7] === '-' ? -1 : 1) * (Number(found[8]) * 60 + Number(found[9]));
  return dayOf(new Date(Date.UTC(y, mo - 1, d, h, mi, s) - offset * 60_000), timeZone);
}

/** Etsy: MM/DD/YY (a two-digit year is this century's: Etsy began in 2005). */
export function etsyDay(text: string): Day | null {
  const found = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(text.trim());
  if (!found) return null;
  const year = (found[3] as string).length === 2 ? 2000 + Number(found[3]) : Number(found[3]);
  return makeDay(year, Number(found[1]), Number(found[2]));
}

/** Square's names for its sellers' zones, as its exports write them. */
const SQUARE_ZONES: Record<string, string> = {
  'eastern time (us & canada)': 'America/New_York',
  'central time (us & canada)': 'America/Chicago',
  'mountain time (us & canada)': 'America/Denver',
  arizona: 'America/Phoenix',
  'pacific time (us & canada)': 'America/Los_Angeles',
  alaska: 'America/Anchorage',
  hawaii: 'Pacific/Honolulu',
  london: 'Europe/London',
  dublin: 'Europe/Dublin',
  sydney: 'Australia/Sydney',
  tokyo: 'Asia/Tokyo',
};

function isZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The zone Square names (its own words or an IANA id), or null when we do not know it. */
export function squareZone(text: string): string | null {
  const named = SQUARE_ZONES[text.trim().toLowerCase()];
  if (named) return named;
  return text.trim() !== '' && text.includes('/') && isZone(text.trim()) ? text.trim() : null;
}

/**
 * Square: Date `2023-10-05`, Time `14:03:11`, Time Zone `Eastern Time (US & Canada)`. With a zone we
 * know, the instant's day where the maker is; with none, the sale's own date (where the sale happened).
 */
export function squareDay(date: string, time: string, zoneText: string, timeZone: string): Day | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  if (!day) return null;
  const [y, mo, d] = day.slice(1).map(Number) as [number, number, number];
  if (!makeDay(y, mo, d)) return null;
  const clock = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(time.trim());
  const zone = squareZone(zoneText);
  if (!clock || !zone) return makeDay(y, mo, d);
  const [h, mi, s] = [Number(clock[1]), Number(clock[2]), Number(clock[3] ?? 0)];
  if (h > 23 || mi > 59 || s > 59) return null;
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  return dayOf(new Date(asUtc - offsetMinutes(asUtc, zone) * 60_000), timeZone);
}

/** The zone's offset from UTC, in minutes, near an instant (good to the hour around a DST change). */
function offsetMinutes(instant: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const local = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return Math.round((local - instant) / 60_000);
}
