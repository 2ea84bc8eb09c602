// Days cross google.script.run as 'YYYY-MM-DD' text (a Date would fail the call or blank the answer),
// and both sides parse them with this one schema: a real calendar day, never 2023-02-30.
import * as z from 'zod/mini';
import { isIsoDay } from '../domain/days';

export const isoDay = z.string('Enter a date.').check(z.refine(isIsoDay, 'Use a real date written YYYY-MM-DD.'));
