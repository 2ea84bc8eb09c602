// What crosses google.script.run between the Receive materials sidebar and the server: the delivery the
// maker filled in (every field as typed text, "1,200" included — the server reads it, see
// src/domain/receiving/delivery-rules.ts), and every answer. The sidebar parses each answer with these.
import * as z from 'zod/mini';
import { isoDay } from './iso-day';
import { codeFormatTexts } from './code-formats';
import { sequencesSoFar } from './code-preview';

/** More lines than anyone receives at once: beyond this the request is not from our sidebar. */
export const MAX_DELIVERY_LINES = 100;

export const deliveryLineDraft = z.strictObject({
  materialCode: z.string(),
  quantity: z.string(),
  unit: z.string(),
  supplierLot: z.string(),
  cost: z.string(),
  expires: z.string(),
  spec: z.string(),
  condition: z.string(),
  status: z.string(),
  notes: z.string(),
  /** The lot number the sidebar showed: generated, or typed by the maker. */
  lotNumber: z.string(),
  /** True when the maker typed the lot number; a generated one is chosen again on saving. */
  lotNumberEdited: z.boolean(),
});

export const deliveryDraft = z.strictObject({
  supplier: z.string(),
  received: z.string(),
  lines: z.array(deliveryLineDraft).check(z.maxLength(MAX_DELIVERY_LINES, `A delivery has at most ${MAX_DELIVERY_LINES} lines.`)),
});

export type DeliveryLineDraft = z.infer<typeof deliveryLineDraft>;
export type DeliveryDraft = z.infer<typeof deliveryDraft>;
/** A line's fields that a problem can be shown next to (the flag is no field of the form). */
export type LineField = Exclude<keyof DeliveryLineDraft, 'lotNumberEdited'>;

const lineFields = Object.keys(deliveryLineDraft.shape).filter((name) => name !== 'lotNumberEdited') as [LineField, ...LineField[]];

/**
 * A problem shown next to the field it belongs to: a line's field (line is its 0-based index), the
 * delivery's supplier or received day, or the form as a whole.
 */
export const deliveryProblem = z.union([
  z.object({ line: z.number(), field: z.enum(lineFields), message: z.string() }),
  z.object({ line: z.optional(z.undefined()), field: z.enum(['supplier', 'received', 'lines', 'form']), message: z.string() }),
]);

export type DeliveryProblem = z.infer<typeof deliveryProblem>;

/** The lot numbers' starting points for another received day. */
export const lotPreviewRequest = z.strictObject({ received: isoDay, materialCodes: z.array(z.string()).check(z.maxLength(1000)) });

/** The highest lot sequence used so far per material (by code key) for one received day; absent means none. */
export const lotPreview = z.object({ received: isoDay, highest: sequencesSoFar });

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
  z.object({ ok: z.literal(false), problems: z.array(deliveryProblem) }),
]);

export type LotPreviewRequest = z.infer<typeof lotPreviewRequest>;
export type LotPreview = z.infer<typeof lotPreview>;
export type MaterialChoice = z.infer<typeof materialChoice>;
export type ReceivingSetup = z.infer<typeof receivingSetup>;
export type SavedLot = z.infer<typeof savedLot>;
export type DeliveryResult = z.infer<typeof deliveryResult>;
