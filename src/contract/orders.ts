// What crosses google.script.run between the Import orders… / Link order lines to batches… sidebar and
// the server. A shop's export is read on the server (the sidebar sends the files' text); the server
// answers a plan — the Orders rows it would add, each line's batches proposed first-expiring-first, and
// every line it would not add with the reason — which the maker may edit and sends back to be saved.
// Saving checks the plan again against the sheets as they are then; an unedited plan adds exactly what
// the preview said. Days cross as YYYY-MM-DD text.
import * as z from 'zod/mini';
import { isoDay } from './iso-day';

/** More than a shop exports at once for a small maker: beyond this, import in parts. */
export const MAX_ORDER_FILES = 10;
/** Characters of one file's text (a 60,000-line export is about 15 MB; Apps Script caps a call's payload). */
export const MAX_ORDER_FILE_CHARS = 10_000_000;
/** Order lines in one plan. */
export const MAX_PLANNED_LINES = 5000;

const text = (max: number) => z.string().check(z.maxLength(max));

export const orderFile = z.strictObject({
  /** The file's name as chosen, or "Pasted text". */
  name: text(200),
  text: text(MAX_ORDER_FILE_CHARS),
});

/** The Orders columns an export's columns are mapped to (workbook.md, Orders). */
export const ORDER_FIELDS = [
  'order',
  'shipped',
  'customer',
  'email',
  'address',
  'sku',
  'item',
  'quantity',
  'channel',
  'lineId',
  'status',
] as const;
export type OrderField = (typeof ORDER_FIELDS)[number];

/**
 * The maker's mapping of an unrecognised export: for each Orders field, the export's header that holds it
 * (several for address, joined). Remembered for files whose header row is the same.
 */
export const columnMapping = z.strictObject({
  headers: z.array(text(200)).check(z.maxLength(500)),
  columns: z.partialRecord(z.enum(ORDER_FIELDS), z.array(text(200)).check(z.maxLength(10))),
});

/** A shop's SKU or product name taken as one of the maker's SKUs (Products), remembered. */
export const productMapping = z.strictObject({ shop: text(500), sku: text(200) });

export const previewOrderImportRequest = z.strictObject({
  files: z.array(orderFile).check(z.minLength(1), z.maxLength(MAX_ORDER_FILES)),
  /** Mappings the maker made in this sidebar, not yet remembered (saving remembers them). */
  columnMappings: z.optional(z.array(columnMapping).check(z.maxLength(MAX_ORDER_FILES))),
  productMappings: z.optional(z.array(productMapping).check(z.maxLength(1000))),
});

/** One Orders row to write: a batch and how much of the line it covers. */
export const allocation = z.strictObject({ batchCode: text(200), quantity: z.number() });

/** An order line as it will be written: one Orders row per allocation (a split line is several rows). */
export const plannedLine = z.strictObject({
  /** The shop's identity of the line (Orders' Line ID): importing the same file twice adds nothing. */
  lineId: text(500),
  /** Where it came from, for messages: the file's name and its line number (1 = the header row). */
  file: text(200),
  line: z.number(),
  order: text(500),
  shipped: isoDay,
  customer: text(50000),
  email: text(500),
  address: text(50000),
  /** The maker's SKU (Products). */
  sku: text(200),
  /** What the shop called it, as exported. */
  item: text(1000),
  quantity: z.number(),
  channel: text(200),
  customerType: z.enum(['Consumer', 'Wholesale', '']),
  allocations: z.array(allocation).check(z.maxLength(100)),
  /** Things the maker should see before saving (a batch taken below zero by hand…). */
  warnings: z.array(z.string()),
});

export const LEFT_OUT_REASONS = ['alreadyImported', 'notShipped', 'notOurProduct', 'noShipping', 'cancelled', 'cannotLink'] as const;

/** A line of the export that will not be added, and why in the maker's words. */
export const leftOutLine = z.strictObject({
  file: text(200),
  line: z.number(),
  order: text(500),
  item: text(1000),
  quantity: z.nullable(z.number()),
  reason: z.enum(LEFT_OUT_REASONS),
  message: z.string(),
  /** For notOurProduct: what to map to a SKU (the shop's SKU, else the item name). */
  shop: z.optional(z.string()),
  /** For cannotLink: the line as it would be written, so the maker can link it by hand. */
  asLine: z.optional(plannedLine),
});

/** A batch the maker may pick for a line: of that SKU, with its stock and dates. */
export const batchChoice = z.strictObject({
  sku: z.string(),
  batchCode: z.string(),
  made: z.nullable(isoDay),
  expires: z.nullable(isoDay),
  status: z.string(),
  /** On hand before this import (made − shipped − used − wasted); null when a quantity on its rows cannot be read. */
  onHand: z.nullable(z.number()),
});

/** A problem with a file (its line and column when known) or with a planned line (by its Line ID). */
export const orderProblem = z.strictObject({
  file: z.optional(z.string()),
  line: z.optional(z.number()),
  column: z.optional(z.string()),
  lineId: z.optional(z.string()),
  message: z.string(),
});

/** An export Lotline did not recognise: its headers, and the mapping it guesses, for the maker to finish. */
export const unmappedFile = z.strictObject({
  file: z.string(),
  headers: z.array(z.string()),
  suggested: z.partialRecord(z.enum(ORDER_FIELDS), z.array(z.string())),
});

/** One of the maker's products (Products): what a shop's product or SKU may be mapped to. */
export const productChoice = z.strictObject({ sku: z.string(), product: z.string() });

export const orderImportPlan = z.strictObject({
  /** Per file: the shop it was recognised as ("Shopify", "Etsy", "Square", "your mapping"). */
  sources: z.array(z.strictObject({ file: z.string(), shop: z.string(), lines: z.number() })),
  lines: z.array(plannedLine).check(z.maxLength(MAX_PLANNED_LINES)),
  leftOut: z.array(leftOutLine),
  batches: z.array(batchChoice),
  /** Every product made here, for mapping a shop's product to one (a SKU without batches too). */
  products: z.array(productChoice),
  unmapped: z.array(unmappedFile),
  problems: z.array(orderProblem),
  /** Mappings used, sent back with the plan so that saving remembers them. */
  columnMappings: z.array(columnMapping),
  productMappings: z.array(productMapping),
});

/**
 * A batch the sidebar warned that saving takes below zero, with the on hand after the save it showed,
 * which the maker confirmed. Saving accepts that batch that far below zero and no further: more shipped
 * from it meanwhile, or a batch never shown, is refused at its line.
 */
export const belowZeroConfirmed = z.strictObject({ batchCode: text(200), onHand: z.number() });

export const saveOrderImportRequest = z.strictObject({
  lines: z.array(plannedLine).check(z.maxLength(MAX_PLANNED_LINES)),
  belowZero: z.optional(z.array(belowZeroConfirmed).check(z.maxLength(MAX_PLANNED_LINES))),
  columnMappings: z.optional(z.array(columnMapping)),
  productMappings: z.optional(z.array(productMapping)),
});

export const orderSaveResult = z.union([
  z.strictObject({
    ok: z.literal(true),
    sheet: z.string(),
    /** Orders rows written (a split line counts once per batch). */
    rows: z.number(),
    lines: z.number(),
    firstRow: z.nullable(z.number()),
  }),
  z.strictObject({
    ok: z.literal(false),
    problems: z.array(orderProblem),
    /** When the lines did not add up against the sheets as they are now: their SKUs' batches as they are now, for the pickers. */
    batches: z.optional(z.array(batchChoice)),
  }),
]);

/** An Orders row already in the sheet whose Batch code is blank, with the batches proposed for it. */
export const rowToLink = z.strictObject({
  /** Orders row. */
  row: z.number(),
  order: z.string(),
  shipped: z.nullable(isoDay),
  customer: z.string(),
  sku: z.string(),
  quantity: z.number(),
  allocations: z.array(allocation).check(z.maxLength(100)),
  warnings: z.array(z.string()),
});

export const orderLinkPlan = z.strictObject({
  rows: z.array(rowToLink),
  /**
   * Rows with a blank Batch code that cannot be linked, and why (no SKU, unreadable quantity, no stock);
   * one with no stock comes with the row as it would be linked, so the maker can pick a batch by hand.
   */
  leftOut: z.array(z.strictObject({ row: z.number(), order: z.string(), message: z.string(), asRow: z.optional(rowToLink) })),
  batches: z.array(batchChoice),
  problems: z.array(orderProblem),
});

export const saveOrderLinksRequest = z.strictObject({
  rows: z
    .array(z.strictObject({ row: z.number(), allocations: z.array(allocation).check(z.maxLength(100)) }))
    .check(z.maxLength(MAX_PLANNED_LINES)),
  belowZero: z.optional(z.array(belowZeroConfirmed).check(z.maxLength(MAX_PLANNED_LINES))),
});

export type OrderFile = z.infer<typeof orderFile>;
export type ColumnMapping = z.infer<typeof columnMapping>;
export type ProductMapping = z.infer<typeof productMapping>;
export type PreviewOrderImportRequest = z.infer<typeof previewOrderImportRequest>;
export type Allocation = z.infer<typeof allocation>;
export type PlannedLine = z.infer<typeof plannedLine>;
export type LeftOutReason = (typeof LEFT_OUT_REASONS)[number];
export type LeftOutLine = z.infer<typeof leftOutLine>;
export type BatchChoice = z.infer<typeof batchChoice>;
export type ProductChoice = z.infer<typeof productChoice>;
export type BelowZeroConfirmed = z.infer<typeof belowZeroConfirmed>;
export type OrderProblem = z.infer<typeof orderProblem>;
export type UnmappedFile = z.infer<typeof unmappedFile>;
export type OrderImportPlan = z.infer<typeof orderImportPlan>;
export type SaveOrderImportRequest = z.infer<typeof saveOrderImportRequest>;
export type OrderSaveResult = z.infer<typeof orderSaveResult>;
export type RowToLink = z.infer<typeof rowToLink>;
export type OrderLinkPlan = z.infer<typeof orderLinkPlan>;
export type SaveOrderLinksRequest = z.infer<typeof saveOrderLinksRequest>;
