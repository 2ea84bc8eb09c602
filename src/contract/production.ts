// What crosses google.script.run between the New production run sidebar and the server: the run the
// maker saves and every answer. The schema checks only the shape; what the numbers and codes mean is
// checked against the sheets by validateProductionRun (src/domain/production), so the maker sees every
// problem of a run at once. Days cross as YYYY-MM-DD text, units as their symbols, the small catalog
// sheets as the typed rows the domain reads them as.
import * as z from 'zod/mini';
import { codeKey } from '../domain/codes';
import type { ComponentOffer } from '../domain/production/offer';
import type { StockLot } from '../domain/production/stock';
import { parseUnit } from '../domain/units';
import { WASTE_REASONS } from '../domain/workbook';
import { codeFormatTexts } from './code-formats';
import { sequencesSoFar } from './code-preview';
import { isoDay } from './iso-day';

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

/**
 * What Save sends. When the maker left the batch code as generated, `run.batchCode` is blank and the
 * server makes it; `shownBatchCode` is the one the sidebar showed, which waste lines of the batch being
 * made name — they are moved to the code actually given, even if someone took the shown one meanwhile.
 */
export const saveRunRequest = z.object({ run: productionRunRequest, shownBatchCode: z.optional(z.string()) });

/**
 * A problem shown where the sidebar shows it: at a field of the run, or at one line of its inputs or
 * waste. When the fix is in a sheet (a BoM row, a Products cell) the message names the sheet and row.
 */
export const runProblem = z.object({
  /** The list the line is in; absent for a field of the run itself. */
  list: z.optional(z.enum(['inputs', 'waste'])),
  /** 0-based position of the line in that list (the request's array index). */
  line: z.optional(z.number()),
  /** Key of the field in the request: 'sku', 'quantityToMake', 'dateMade', 'lot', 'quantity', 'unit'… */
  field: z.string(),
  message: z.string(),
});

const unitValue = z.object({ symbol: z.string(), kind: z.enum(['mass', 'volume', 'count']), factor: z.number() });
/** A rows.ts TypedRow: the catalog reaches the sidebar exactly as catalogOf reads it on the server. */
const typedRow = z.object({
  row: z.number(),
  values: z.record(z.string(), z.union([z.string(), z.number(), z.null(), unitValue])),
});

/**
 * A lot or batch the sidebar may propose, as a tuple: at the Sheets ceiling thousands are sent, and
 * names repeated in each would be most of the answer. [code, kind, row, since, expires, unit, on hand].
 */
const offeredLot = z.tuple([
  z.string(),
  z.enum(['lot', 'batch']),
  z.number(),
  z.nullable(isoDay),
  z.nullable(isoDay),
  z.string(),
  z.number(),
]);

/** One component's first lots in FEFO order (domain lotsToOffer). */
export const offeredComponent = z.object({
  /** codeKey of the material code or SKU. */
  component: z.string(),
  lots: z.array(offeredLot),
  /** Usable lots not sent. */
  more: z.number(),
});

/** Where the Batch ID and batch codes stand for one date made: the sidebar makes the codes from these. */
export const batchCodePreview = z.object({
  made: isoDay,
  /** The Batch ID the next run gets (another save may take it first: the server allocates again). */
  batchId: z.string(),
  /** The highest batch code sequence used so far per SKU (by code key) for that day. */
  highest: sequencesSoFar,
});

export const productionSetup = z.object({
  today: isoDay,
  /** `lots` holds what a run made on this day or later may take; an earlier date made loads again. */
  stockFrom: isoDay,
  /** The user's email; '' when Google does not tell it. */
  madeBy: z.string(),
  formats: codeFormatTexts,
  codes: batchCodePreview,
  catalog: z.object({ products: z.array(typedRow), materials: z.array(typedRow), bom: z.array(typedRow) }),
  stock: z.array(offeredComponent),
  /** Things in the workbook the maker should know before making (a missing sheet, an unreadable cell). */
  notices: z.array(z.string()),
});

/** Absent `stockFrom`: today. */
export const loadRunRequest = z.optional(z.object({ stockFrom: z.optional(isoDay) }));
export const batchCodePreviewRequest = z.object({ made: isoDay, skus: z.array(z.string()).check(z.maxLength(1000)) });

export const productionResult = z.union([
  z.object({
    ok: z.literal(true),
    batchId: z.string(),
    batchCode: z.string(),
    expires: z.nullable(isoDay),
    /** Batches row of the new batch. */
    row: z.number(),
    inputs: z.number(),
    waste: z.number(),
  }),
  z.object({ ok: z.literal(false), problems: z.array(runProblem) }),
]);

export type ProductionRunRequest = z.infer<typeof productionRunRequest>;
export type InputLine = z.infer<typeof inputLine>;
export type WasteLine = z.infer<typeof wasteLine>;
export type SaveRunRequest = z.infer<typeof saveRunRequest>;
export type RunProblem = z.infer<typeof runProblem>;
export type OfferedComponent = z.infer<typeof offeredComponent>;
export type BatchCodePreview = z.infer<typeof batchCodePreview>;
export type ProductionSetup = z.infer<typeof productionSetup>;
export type LoadRunRequest = z.infer<typeof loadRunRequest>;
export type BatchCodePreviewRequest = z.infer<typeof batchCodePreviewRequest>;
export type ProductionResult = z.infer<typeof productionResult>;

export type ParsedRun = { ok: true; request: ProductionRunRequest } | { ok: false; problems: RunProblem[] };

/** The run the sidebar sent, checked for shape; each problem is tied to its field or line. */
export function parseRunRequest(wire: unknown): ParsedRun {
  const parsed = productionRunRequest.safeParse(wire);
  if (parsed.success) return { ok: true, request: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((issue) => problemAt(issue.path, issue.message)) };
}

/** ['inputs', 2, 'quantity'] → line 2 of the inputs, field quantity; ['dateMade'] → field dateMade. */
function problemAt(path: readonly PropertyKey[], message: string): RunProblem {
  const [first, second, third] = path;
  if ((first === 'inputs' || first === 'waste') && typeof second === 'number') {
    return { list: first, line: second, field: typeof third === 'string' ? third : first, message };
  }
  return { field: typeof first === 'string' ? first : 'request', message };
}

/** The domain's offer in its wire form. */
export function toOfferedComponent(offered: ComponentOffer): OfferedComponent {
  return {
    component: offered.key,
    more: offered.more,
    lots: offered.lots.map((lot) => [lot.code, lot.kind, lot.row, lot.since, lot.expires, lot.unit?.symbol ?? '', lot.onHand ?? 0]),
  };
}

/** Back to the domain's StockLots: offered lots are usable, so their status is the usable one. */
export function offeredStockLots(offered: OfferedComponent): StockLot[] {
  return offered.lots.map(([code, kind, row, since, expires, unit, onHand]) => ({
    key: codeKey(code),
    code,
    kind,
    row,
    component: offered.component,
    since,
    expires,
    status: kind === 'lot' ? 'Available' : 'Released',
    unit: parseUnit(unit),
    quantityIn: null,
    onHand,
    duplicated: false,
  }));
}
