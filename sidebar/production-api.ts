// What crosses google.script.run between the New production run sidebar and the server, written once
// for both sides. The server parses the run the sidebar sends with the domain's productionRunRequest;
// the sidebar parses what the server answers with these schemas. Days cross as YYYY-MM-DD text, units
// as their symbols, the small catalog sheets as the typed rows the domain reads them as.
import * as z from 'zod/mini';
import { isoDay } from '../src/domain/iso-day';
import { codeKey } from '../src/domain/codes';
import type { OfferedComponent as DomainOffer, StockLot } from '../src/domain/production';
import { parseUnit } from '../src/domain/units';
import { codeFormatTexts } from './receiving-api';

export {
  productionRunRequest,
  type ProductionRunRequest,
  type InputLine,
  type WasteLine,
  type FieldProblem,
} from '../src/domain/production';

const unitValue = z.object({ symbol: z.string(), kind: z.enum(['mass', 'volume', 'count']), factor: z.number() });
/** A rows.ts TypedRow: the catalog reaches the sidebar exactly as catalogOf reads it on the server. */
const typedRow = z.object({ row: z.number(), values: z.record(z.string(), z.union([z.string(), z.number(), z.null(), unitValue])) });

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
  /** The highest batch code sequence used so far per SKU (by code key) for that day; absent means none. */
  highest: z.record(z.string(), z.number()),
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

export const loadRequest = z.optional(z.object({ stockFrom: z.optional(isoDay) }));
export const previewRequest = z.object({ made: isoDay, skus: z.array(z.string()).check(z.maxLength(1000)) });

const fieldProblem = z.object({
  list: z.optional(z.enum(['inputs', 'waste'])),
  line: z.optional(z.number()),
  field: z.string(),
  message: z.string(),
});

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
  z.object({ ok: z.literal(false), problems: z.array(fieldProblem) }),
]);

export type OfferedComponent = z.infer<typeof offeredComponent>;
export type BatchCodePreview = z.infer<typeof batchCodePreview>;
export type ProductionSetup = z.infer<typeof productionSetup>;
export type ProductionResult = z.infer<typeof productionResult>;
export type LoadRequest = z.infer<typeof loadRequest>;
export type PreviewRequest = z.infer<typeof previewRequest>;

export function toOfferedComponent(offered: DomainOffer): OfferedComponent {
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
