// What the production-run sidebar sends when the maker saves, written once for the sidebar's client
// and the server. zod/mini keeps the server bundle small (as src/sheets/layout-cache.ts does). The
// schema checks only the shape; what the numbers and codes mean is checked against the sheets by
// validateProductionRun, so the maker sees every problem of a run at once.
import * as z from 'zod/mini';
import { isIsoDay } from '../iso-day';
import { WASTE_REASONS } from '../workbook';
import type { FieldProblem } from './field-problem';

/** A calendar day as 'YYYY-MM-DD' (the form days cross google.script.run in, see days.ts). */
const isoDay = z.string('Enter a date.').check(z.refine(isIsoDay, 'Use a real date written YYYY-MM-DD.'));
const quantity = z.number('Enter a number.');
const optionalText = z.optional(z.string('Enter text.'));

/** One lot (or sub-assembly batch) taken for a BoM component. */
const inputLine = z.object({
  /** Material code or sub-assembly SKU, as on the BoM. */
  component: z.string('Choose a component.'),
  /** Receipt lot number or batch code. */
  lot: z.string('Choose a lot.'),
  quantity,
  /** Any spelling units.ts knows ('g', 'kg', 'fl oz'…). */
  unit: z.string('Choose a unit.'),
});

/** Material or product discarded during the run; its lot may be the new batch's own code. */
const wasteLine = z.object({
  lot: z.string('Choose a lot.'),
  quantity,
  unit: z.string('Choose a unit.'),
  reason: z.enum(WASTE_REASONS, `Choose one of ${WASTE_REASONS.join(', ')}.`),
  notes: optionalText,
});

export const productionRunRequest = z.object({
  sku: z.string('Choose a product.'),
  /** In the product's unit: what the BoM was scaled to. */
  quantityToMake: quantity,
  dateMade: isoDay,
  /** In the product's unit: what actually came out. */
  quantityMade: quantity,
  madeBy: optionalText,
  notes: optionalText,
  /** Blank or absent: the generated batch code. */
  batchCode: optionalText,
  /** Blank or absent: the default expiry (defaultExpiry). */
  expires: z.optional(z.union([z.literal(''), isoDay])),
  inputs: z.array(inputLine),
  waste: z.optional(z.array(wasteLine)),
});

export type ProductionRunRequest = z.infer<typeof productionRunRequest>;
export type InputLine = z.infer<typeof inputLine>;
export type WasteLine = z.infer<typeof wasteLine>;

export type ParsedRun = { ok: true; request: ProductionRunRequest } | { ok: false; problems: FieldProblem[] };

/** The request checked for shape; each problem is tied to its field or line. */
export function parseProductionRun(wire: unknown): ParsedRun {
  const parsed = productionRunRequest.safeParse(wire);
  if (parsed.success) return { ok: true, request: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((issue) => fieldProblemAt(issue.path, issue.message)) };
}

/** ['inputs', 2, 'quantity'] → line 2 of the inputs, field quantity; ['dateMade'] → field dateMade. */
function fieldProblemAt(path: readonly PropertyKey[], message: string): FieldProblem {
  const [first, second, third] = path;
  if ((first === 'inputs' || first === 'waste') && typeof second === 'number') {
    return { list: first, line: second, field: typeof third === 'string' ? third : first, message };
  }
  return { field: typeof first === 'string' ? first : 'request', message };
}
