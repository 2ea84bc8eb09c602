// A batch is good no longer than its shelf life and no longer than what went into it: the default
// expiry is the earlier of the date made plus the product's shelf life and the soonest expiry among
// the chosen ingredient lots.
import { addDays, type Day } from '../days';

/**
 * The expiry to propose for a batch made on `made`; null when the product has no shelf life and no
 * ingredient expires. `ingredientExpiries` are those of the lots and batches chosen (null: no expiry).
 */
export function defaultExpiry(made: Day, shelfLifeDays: number | null, ingredientExpiries: readonly (Day | null)[]): Day | null {
  const candidates: Day[] = [];
  if (shelfLifeDays !== null && Number.isFinite(shelfLifeDays) && shelfLifeDays > 0)
    candidates.push(addDays(made, Math.floor(shelfLifeDays)));
  for (const expires of ingredientExpiries) if (expires !== null) candidates.push(expires);
  // 'YYYY-MM-DD' sorts as text.
  return candidates.reduce<Day | null>((soonest, day) => (soonest === null || day < soonest ? day : soonest), null);
}
