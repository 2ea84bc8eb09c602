// What crosses google.script.run when the production sidebar's stock is read in parts: at the Sheets
// ceiling one execution reading Receipts, Batches and Batch inputs whole takes ~40 s, so the sidebar asks
// for them in up to ten parts at once (google.script.run runs ten calls at a time), each part keeps its
// rows in the document cache, and one last call counts the stock from them all (src/sheets/stock-parts.ts).
import * as z from 'zod/mini';
import type { FieldLabel } from './wire-problems';

/** google.script.run runs at most this many calls at once. */
export const MAX_STOCK_PARTS = 10;

const count = z.number().check(z.int(), z.gte(0));

/** The plan every part and the last call follow: the rows each table had when it was made. */
export const stockInParts = z.strictObject({
  /** Names this reading's entries in the document cache: two makers opening at once never mix. */
  token: z.string().check(z.regex(/^[0-9a-f-]{8,64}$/)),
  parts: z.number().check(z.int(), z.gte(1), z.lte(MAX_STOCK_PARTS)),
  lastRows: z.strictObject({ receipts: count, batches: count, batchInputs: count }),
});

export const stockPartRequest = z.strictObject({
  plan: stockInParts,
  part: z.number().check(z.int(), z.gte(0), z.lt(MAX_STOCK_PARTS)),
});

export const stockPartLabel: FieldLabel = (path) =>
  path[0] === 'part' ? 'The part of the stock to read' : 'The plan of the parts the stock is read in';

/** `kept`: the part's rows are in the cache (false: the sheets had changed, or they did not fit). */
export const stockPartAnswer = z.strictObject({ kept: z.boolean() });

export type StockInParts = z.infer<typeof stockInParts>;
export type StockPartRequest = z.infer<typeof stockPartRequest>;
export type StockPartAnswer = z.infer<typeof stockPartAnswer>;
