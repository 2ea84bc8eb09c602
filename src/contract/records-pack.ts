// What crosses google.script.run for the Records pack… sidebar: the first screen (the products and
// batch codes to choose from, and a month to start from), the request (one batch, one product over a
// period, or everything in a period; whether to include formulas and costs) and the answer — the
// sheets made, or each problem at its field, nothing written.
import * as z from 'zod/mini';
import { isoDay } from './iso-day';
import type { FieldLabel } from './wire-problems';

const CODE_LIMIT = 500;

export const packRequest = z.strictObject({
  kind: z.enum(['batch', 'product', 'period']),
  batchCode: z.optional(z.string().check(z.maxLength(CODE_LIMIT))),
  sku: z.optional(z.string().check(z.maxLength(CODE_LIMIT))),
  from: z.optional(isoDay),
  to: z.optional(isoDay),
  includeFormulas: z.boolean(),
  includeCosts: z.boolean(),
});

const LABELS: Record<string, string> = {
  kind: 'What the pack is for',
  batchCode: 'The batch code',
  sku: 'The product',
  from: 'The start of the period',
  to: 'The end of the period',
  includeFormulas: 'Include formulas',
  includeCosts: 'Include costs',
};

export const packRequestLabel: FieldLabel = (path) =>
  path.length === 0 ? 'The request' : (LABELS[String(path[0])] ?? `The field "${String(path[0])}"`);

export const packSetup = z.object({
  products: z.array(z.object({ sku: z.string(), product: z.string() })),
  /** The latest batch codes first, for the batch field's suggestions. */
  batchCodes: z.array(z.string()),
  /** The last whole month before today: the period the form starts with. */
  from: isoDay,
  to: isoDay,
  notices: z.array(z.string()),
});

export const packField = z.enum(['batchCode', 'sku', 'from', 'to', 'form']);

export const packResult = z.union([
  z.object({
    ok: z.literal(true),
    /** The sheets made, the cover first. */
    sheets: z.array(z.string()),
    /** The cover's answer lines: what the pack covers, how much it holds and whether it is whole. */
    summary: z.array(z.string()),
    /** Things that could not be included (0: the records check found no gaps). */
    gaps: z.number(),
  }),
  z.object({ ok: z.literal(false), problems: z.array(z.object({ field: packField, message: z.string() })) }),
]);

export type PackRequest = z.infer<typeof packRequest>;
export type PackSetup = z.infer<typeof packSetup>;
export type PackField = z.infer<typeof packField>;
export type PackResult = z.infer<typeof packResult>;
