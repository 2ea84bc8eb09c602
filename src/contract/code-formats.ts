// What crosses google.script.run for the code formats (Settings in the Receive materials sidebar, and
// both sidebars' previews): the three formats as the maker wrote them, and the answer to saving them.
import * as z from 'zod/mini';
import { CODE_KINDS, type CodeKind } from '../domain/code-formats';

/** The three formats as the maker wrote them: what Settings sends and what the sidebars are told. */
export const codeFormatTexts = z.strictObject({ receiptLot: z.string(), batchId: z.string(), batchCode: z.string() });

/** A refused format, shown next to its field. */
export const formatProblem = z.object({ field: z.enum(CODE_KINDS as [CodeKind, ...CodeKind[]]), message: z.string() });

export const codeFormatsResult = z.union([
  z.object({ ok: z.literal(true), formats: codeFormatTexts }),
  z.object({ ok: z.literal(false), problems: z.array(formatProblem) }),
]);

export type CodeFormatTextsRequest = z.infer<typeof codeFormatTexts>;
export type FormatProblem = z.infer<typeof formatProblem>;
export type CodeFormatsResult = z.infer<typeof codeFormatsResult>;
