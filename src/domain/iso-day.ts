// Days cross google.script.run as 'YYYY-MM-DD' text (a Date would fail the call or blank the answer),
// and both sides parse them with this schema: a real calendar day, never 2023-02-30.
import * as z from 'zod/mini';
import { parseDayText } from './days';

export function isIsoDay(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && parseDayText(text) !== null;
}

export const isoDay = z.string().check(z.refine(isIsoDay, 'is not a date (YYYY-MM-DD)'));
