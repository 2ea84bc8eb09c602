// When drills happen: BRCGS, SQF and IFS ask for a mock recall at least every 12 months, so the drill
// picks its lot among those received in the last 12 months (a lot the maker could really be asked
// about), and the sidebar says when the last drill is older than that or there never was one.
import { codeKey } from '../codes';
import { makeDay, type Day } from '../days';

export interface ReceivedLot {
  lot: string;
  received: Day | null;
}

/** The same calendar day a year earlier (29 February gives 28 February). */
export function yearBefore(day: Day): Day {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return makeDay(year - 1, month, date) ?? makeDay(year - 1, month, date - 1) ?? day;
}

/**
 * Lot numbers received after the same day a year ago and not after today, each once (as first
 * written). A receipt with no readable Received day is not known to be recent, so it is left out.
 */
export function lotsReceivedInLastYear(lots: readonly ReceivedLot[], today: Day): string[] {
  const from = yearBefore(today);
  const seen = new Set<string>();
  const recent: string[] = [];
  for (const { lot, received } of lots) {
    const key = codeKey(lot);
    if (key === '' || received === null || received <= from || received > today || seen.has(key)) continue;
    seen.add(key);
    recent.push(lot);
  }
  return recent;
}

/** One of the lots, `random` in [0, 1) choosing which; null when there is none. */
export function pickLot(lots: readonly string[], random: number): string | null {
  if (lots.length === 0) return null;
  return lots[Math.min(lots.length - 1, Math.floor(random * lots.length))] ?? null;
}

export interface LastDrill {
  /** The day of the latest drill recorded, or null when there is none. */
  day: Day | null;
  /** More than 12 months ago, or never. */
  due: boolean;
  line: string;
}

/** `unreadable`: some Date of the Recall drills sheet could not be read (or it has no Date column), so "never" cannot be said. */
export function lastDrill(days: readonly (Day | null)[], today: Day, unreadable = false): LastDrill {
  const day = days.reduce<Day | null>((latest, each) => (each !== null && (latest === null || each > latest) ? each : latest), null);
  if (day === null && unreadable)
    return {
      day,
      due: true,
      line: 'When the last recall drill was cannot be read from the Recall drills sheet (see below). BRCGS, SQF and IFS ask for one at least every 12 months.',
    };
  if (day === null)
    return { day, due: true, line: 'No recall drill is recorded yet. BRCGS, SQF and IFS ask for one at least every 12 months.' };
  if (day < yearBefore(today))
    return {
      day,
      due: true,
      line: `The last recall drill was on ${day}, more than 12 months ago: BRCGS, SQF and IFS ask for one at least every 12 months.`,
    };
  return { day, due: false, line: `The last recall drill was on ${day}.` };
}
