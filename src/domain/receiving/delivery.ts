// One delivery as the maker filled it in on the Receive materials sidebar: the supplier once, the day,
// and one line per lot. This is what crosses google.script.run, so every field is text (quantities as
// typed, "1,200" included; days as YYYY-MM-DD) and the server parses it without trusting the sidebar.
import * as z from 'zod/mini';

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
export type LineField = Exclude<keyof DeliveryLineDraft, 'lotNumberEdited'>;

/**
 * A problem shown next to the field it belongs to: a line's field (line is its 0-based index), the
 * delivery's supplier or received day, or the form as a whole.
 */
export type FieldProblem =
  | { line: number; field: LineField; message: string }
  | { line?: undefined; field: 'supplier' | 'received' | 'lines' | 'form'; message: string };

/** A draft's fields with the maker's sentence for each, in order. */
export const LINE_FIELD_LABELS: Readonly<Record<LineField, string>> = {
  materialCode: 'Material',
  quantity: 'Quantity',
  unit: 'Unit',
  supplierLot: 'Supplier lot',
  cost: 'Cost',
  expires: 'Expires',
  spec: 'Spec',
  condition: 'Condition',
  status: 'Status',
  notes: 'Notes',
  lotNumber: 'Lot number',
};
