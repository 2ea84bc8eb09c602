// What crosses google.script.run between the Receive materials sidebar and the server, written once
// for both sides. The server parses what the sidebar sends (src/domain/receiving/delivery.ts) and the
// sidebar parses what the server answers with these schemas; days cross as YYYY-MM-DD text.
import * as z from 'zod/mini';
import { CODE_KINDS, codeFormatTexts, type CodeKind } from '../src/domain/code-formats';
import { isoDay } from '../src/domain/iso-day';

import { LINE_FIELD_LABELS, type LineField } from '../src/domain/receiving/delivery';

export { codeFormatTexts, type CodeFormatTexts } from '../src/domain/code-formats';
export {
  deliveryDraft,
  type DeliveryDraft,
  type DeliveryLineDraft,
  type FieldProblem,
  type LineField,
} from '../src/domain/receiving/delivery';

/** The highest lot sequence used so far per material (by code key) for one received day; absent means none. */
export const lotPreview = z.object({ received: isoDay, highest: z.record(z.string(), z.number()) });

export const materialChoice = z.object({
  code: z.string(),
  name: z.string(),
  /** The stock unit's symbol: a line's unit must be of its kind. */
  unit: z.string(),
  /** The default supplier, '' when none. */
  supplier: z.string(),
});

export const receivingSetup = z.object({
  today: isoDay,
  suppliers: z.array(z.string()),
  materials: z.array(materialChoice),
  formats: codeFormatTexts,
  preview: lotPreview,
  /** Things in the workbook the maker should know before receiving (a material that cannot be used). */
  notices: z.array(z.string()),
});

const lineFields = Object.keys(LINE_FIELD_LABELS) as [LineField, ...LineField[]];
const fieldProblem = z.union([
  z.object({ line: z.number(), field: z.enum(lineFields), message: z.string() }),
  z.object({ line: z.optional(z.undefined()), field: z.enum(['supplier', 'received', 'lines', 'form']), message: z.string() }),
]);

export const savedLot = z.object({
  lotNumber: z.string(),
  /** What the sidebar had shown; differs when the number was taken meanwhile. */
  shownLotNumber: z.string(),
  materialCode: z.string(),
  material: z.string(),
  quantity: z.number(),
  unit: z.string(),
});

export const deliveryResult = z.union([
  z.object({
    ok: z.literal(true),
    lots: z.array(savedLot),
    supplier: z.string(),
    newSupplier: z.boolean(),
    sheet: z.string(),
    firstRow: z.number(),
  }),
  z.object({ ok: z.literal(false), problems: z.array(fieldProblem) }),
]);

export const codeFormatsResult = z.union([
  z.object({ ok: z.literal(true), formats: codeFormatTexts }),
  z.object({
    ok: z.literal(false),
    problems: z.array(z.object({ field: z.enum(CODE_KINDS as [CodeKind, ...CodeKind[]]), message: z.string() })),
  }),
]);

export type LotPreview = z.infer<typeof lotPreview>;
export type MaterialChoice = z.infer<typeof materialChoice>;
export type ReceivingSetup = z.infer<typeof receivingSetup>;
export type SavedLot = z.infer<typeof savedLot>;
export type DeliveryResult = z.infer<typeof deliveryResult>;
export type CodeFormatsResult = z.infer<typeof codeFormatsResult>;
