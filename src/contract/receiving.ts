// What crosses google.script.run between the Receive materials sidebar and the server: the delivery the
// maker filled in (every field as typed text, "1,200" included — the server reads it, see
// src/domain/receiving/delivery-rules.ts), and every answer. The sidebar parses each answer with these.
import * as z from 'zod/mini';
import { isoDay } from './iso-day';
import { codeFormatTexts } from './code-formats';
import { addedColumns } from './added-columns';
import { sequencesSoFar } from './code-preview';
import { capitalize, ofLine, TEXT_LIMIT, wireErrors, type FieldLabel } from './wire-problems';

/** More lines than anyone receives at once: beyond this the request is not from our sidebar. */
export const MAX_DELIVERY_LINES = 100;

/** Any text a cell can hold; names, codes and numbers are held to more by delivery-rules.ts. */
const text = z.string().check(z.maxLength(TEXT_LIMIT));

export const deliveryLineDraft = z.strictObject({
  materialCode: text,
  quantity: text,
  unit: text,
  supplierLot: text,
  cost: text,
  expires: text,
  spec: text,
  condition: text,
  status: text,
  notes: text,
  /** The lot number the sidebar showed: generated, or typed by the maker. */
  lotNumber: text,
  /** True when the maker typed the lot number; a generated one is chosen again on saving. */
  lotNumberEdited: z.boolean(),
});

export const deliveryDraft = z.strictObject({
  supplier: text,
  received: text,
  lines: z
    .array(deliveryLineDraft)
    .check(z.maxLength(MAX_DELIVERY_LINES, `A delivery has at most ${MAX_DELIVERY_LINES} lines: save it in parts.`)),
  /**
   * The warnings the maker saw and chose to save anyway (their keys, from toConfirm): a lot already
   * expired on arrival. A warning not among them stops the save and is shown instead.
   */
  confirmed: z.optional(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(MAX_DELIVERY_LINES))),
});

export type DeliveryLineDraft = z.infer<typeof deliveryLineDraft>;
export type DeliveryDraft = z.infer<typeof deliveryDraft>;
/** A line's fields that a problem can be shown next to (the flag is no field of the form). */
export type LineField = Exclude<keyof DeliveryLineDraft, 'lotNumberEdited'>;

const LINE_FIELD_WORDS: Record<keyof DeliveryLineDraft, string> = {
  materialCode: 'material',
  quantity: 'quantity',
  unit: 'unit',
  supplierLot: 'supplier lot',
  cost: 'cost',
  expires: 'expiry',
  spec: 'spec',
  condition: 'condition',
  status: 'status',
  notes: 'notes field',
  lotNumber: 'lot number',
  lotNumberEdited: 'lot number’s "edited" flag',
};

/** The words for a field of a delivery, for messages about a request the sidebar would not send. */
export const deliveryFieldLabel: FieldLabel = (path) => {
  const [first, index, name] = path;
  if (first === 'supplier') return 'The supplier';
  if (first === 'received') return 'The day received';
  if (first === 'confirmed') return 'The list of warnings confirmed';
  if (first === 'lines' && index === undefined) return 'The list of lines';
  if (first === 'lines')
    return ofLine(typeof name === 'string' ? (LINE_FIELD_WORDS[name as keyof DeliveryLineDraft] ?? name) : '', 'line', index);
  return path.length === 0 ? 'The delivery' : capitalize(`the field ${String(first)}`);
};

/** The error map a delivery is parsed with: every issue a sentence naming its field. */
export const deliveryErrors = wireErrors(deliveryFieldLabel);

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

/** Where the sidebar shows a problem at this path of the request: its field, else the form. */
export function deliveryProblemAt(path: readonly PropertyKey[], message: string): DeliveryProblem {
  const [first, index, name] = path;
  if (first === 'lines' && typeof index === 'number' && (lineFields as readonly PropertyKey[]).includes(name as PropertyKey))
    return { line: index, field: name as LineField, message };
  if (first === 'supplier' || first === 'received') return { field: first, message };
  if (first === 'lines' && path.length === 1) return { field: 'lines', message };
  return { field: 'form', message };
}

/**
 * Something unusual the maker may well mean (a lot already expired on arrival): shown next to its field,
 * saved only when the next Save sends its key in `confirmed`.
 */
export const deliveryWarning = z.object({ line: z.number(), field: z.enum(lineFields), message: z.string(), key: z.string() });

export type DeliveryWarning = z.infer<typeof deliveryWarning>;

/** The lot numbers' starting points for another received day. */
export const lotPreviewRequest = z.strictObject({
  received: isoDay,
  materialCodes: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(1000)),
});

export const lotPreviewLabel: FieldLabel = (path) => {
  if (path[0] === 'received') return 'The day received';
  if (path[0] === 'materialCodes')
    return path.length > 1 ? `Material code ${Number(path[1]) + 1} of the list` : 'The list of material codes';
  return 'The lot number preview';
};

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
    addedColumns,
  }),
  z.object({ ok: z.literal(false), problems: z.array(deliveryProblem), toConfirm: z.optional(z.array(deliveryWarning)) }),
]);

export type LotPreviewRequest = z.infer<typeof lotPreviewRequest>;
export type LotPreview = z.infer<typeof lotPreview>;
export type MaterialChoice = z.infer<typeof materialChoice>;
export type ReceivingSetup = z.infer<typeof receivingSetup>;
export type SavedLot = z.infer<typeof savedLot>;
export type DeliveryResult = z.infer<typeof deliveryResult>;
