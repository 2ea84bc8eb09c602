// What crosses google.script.run for the code formats (Settings in the Receive materials sidebar, and
// both sidebars' previews): the three formats as the maker wrote them, and the answer to saving them.
import * as z from 'zod/mini';
import { CODE_KIND_NAMES, CODE_KINDS, type CodeKind } from '../domain/code-formats';
import { capitalize, type FieldLabel } from './wire-problems';

/** The three formats as the maker wrote them: what Settings sends and what the sidebars are told. */
export const codeFormatTexts = z.strictObject({ receiptLot: z.string(), batchId: z.string(), batchCode: z.string() });

export const codeFormatsLabel: FieldLabel = (path) => {
  const kind = CODE_KINDS.find((each) => each === path[0]);
  if (kind) return capitalize(`the format of ${CODE_KIND_NAMES[kind]}s`);
  return path.length === 0 ? 'The code formats' : `The field "${String(path[0])}"`;
};

/** A refused format, shown next to its field. */
export const formatProblem = z.object({ field: z.enum(CODE_KINDS as [CodeKind, ...CodeKind[]]), message: z.string() });

export const codeFormatsResult = z.union([
  z.object({ ok: z.literal(true), formats: codeFormatTexts }),
  z.object({ ok: z.literal(false), problems: z.array(formatProblem) }),
]);

export type CodeFormatTextsRequest = z.infer<typeof codeFormatTexts>;
export type FormatProblem = z.infer<typeof formatProblem>;
export type CodeFormatsResult = z.infer<typeof codeFormatsResult>;
