// Stock's one setting: how many days ahead a lot's expiry is marked on the Stock sheet. Kept in the
// document's properties (the sheets layer reads it), so everyone using the spreadsheet sees the same
// marks. What is stored is read defensively: anything that is not a whole number of days in range is
// the default, never 0 (which would mark nothing and look like an all-clear).

export interface StockSettings {
  /** A lot or batch expiring within this many days from today (today included) is marked. */
  expiringWithinDays: number;
}

export const DEFAULT_STOCK_SETTINGS: StockSettings = { expiringWithinDays: 30 };

/** The longest look-ahead that still means "soon": a year. */
export const MOST_EXPIRING_WITHIN_DAYS = 365;

/** The settings from what the document property holds (parsed JSON, or null when there is none). */
export function storedStockSettings(value: unknown): StockSettings {
  const days = value && typeof value === 'object' ? (value as Record<string, unknown>).expiringWithinDays : undefined;
  if (typeof days === 'number' && Number.isInteger(days) && days >= 1 && days <= MOST_EXPIRING_WITHIN_DAYS)
    return { expiringWithinDays: days };
  return { ...DEFAULT_STOCK_SETTINGS };
}

/** What the maker typed for the look-ahead, or a sentence saying what is wrong with it. */
export function parseExpiringWithinDays(typed: string): { ok: true; settings: StockSettings } | { ok: false; message: string } {
  const text = typed.trim();
  const days = /^\d{1,3}$/.test(text) ? Number(text) : NaN;
  if (Number.isInteger(days) && days >= 1 && days <= MOST_EXPIRING_WITHIN_DAYS) return { ok: true, settings: { expiringWithinDays: days } };
  const shown = text.length > 40 ? `${text.slice(0, 39)}…` : text;
  return {
    ok: false,
    message: `"${shown}" is not a number of days from 1 to ${MOST_EXPIRING_WITHIN_DAYS}: type a whole number, such as ${DEFAULT_STOCK_SETTINGS.expiringWithinDays}. Nothing was changed.`,
  };
}
