// What crosses google.script.run between the New production run sidebar and the server: the run the
// maker saves and every answer. The schema checks only the shape; what the numbers and codes mean is
// checked against the sheets by validateProductionRun (src/domain/production), so the maker sees every
// problem of a run at once. Days cross as YYYY-MM-DD text, units as their symbols, the small catalog
// sheets as the typed rows the domain reads them as.
import * as z from 'zod/mini';
import { codeKey } from '../domain/codes';
import { describeMissingCost, type CostPerUnit } from '../domain/cost';
import type { ComponentOffer } from '../domain/production/offer';
import type { StockLot } from '../domain/production/stock';
import { parseUnit } from '../domain/units';
import { WASTE_REASONS } from '../domain/workbook';
import { codeFormatTexts } from './code-formats';
import { sequencesSoFar } from './code-preview';
import { addedColumns } from './added-columns';
import { isoDay } from './iso-day';
import { MAX_STOCK_PARTS, stockInParts } from './stock-in-parts';
import { capitalize, ofLine, TEXT_LIMIT, wireErrors, wrongType, type FieldLabel } from './wire-problems';

/**
 * More lines than any BoM has (a soap has 5–15 ingredients, a gift box a few dozen parts): beyond
 * this the request is not from our sidebar.
 */
export const MAX_RUN_LINES = 200;

const quantity = z.number(wrongType('Enter a number.'));
/** Any text a cell can hold; codes and names are held to more by validateProductionRun. */
const text = (message: string) => z.string(wrongType(message)).check(z.maxLength(TEXT_LIMIT));
const optionalText = z.optional(text('Enter text.'));

/** One lot (or sub-assembly batch) taken for a BoM component. */
const inputLine = z.strictObject({
  /** Material code or sub-assembly SKU, as on the BoM. */
  component: text('Choose a component.'),
  /** Receipt lot number or batch code. */
  lot: text('Choose a lot.'),
  quantity,
  /** Any spelling units.ts knows ('g', 'kg', 'fl oz'…). */
  unit: text('Choose a unit.'),
});

/** Material or product discarded during the run; its lot may be the new batch's own code. Record waste… sends the same lines. */
export const wasteLine = z.strictObject({
  lot: text('Choose a lot.'),
  quantity,
  unit: text('Choose a unit.'),
  reason: z.enum(WASTE_REASONS, `Choose one of ${WASTE_REASONS.join(', ')}.`),
  notes: optionalText,
});

const lines = <T extends z.ZodMiniType>(line: T, what: string) =>
  z.array(line).check(z.maxLength(MAX_RUN_LINES, `A run has at most ${MAX_RUN_LINES} ${what} lines.`));

export const productionRunRequest = z.strictObject({
  sku: text('Choose a product.'),
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
  inputs: lines(inputLine, 'input'),
  waste: z.optional(lines(wasteLine, 'waste')),
});

/**
 * What Save sends. When the maker left the batch code as generated, `run.batchCode` is blank and the
 * server makes it; `shownBatchCode` is the one the sidebar showed, which waste lines of the batch being
 * made name — they are moved to the code actually given, even if someone took the shown one meanwhile.
 */
export const saveRunRequest = z.strictObject({
  run: productionRunRequest,
  shownBatchCode: z.optional(z.string().check(z.maxLength(TEXT_LIMIT))),
});

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
  /** Why the newest lots not offered cannot be taken (held, used up, expired), one sentence a lot. */
  withheld: z.optional(z.array(z.string())),
  /** Lots not offered beyond those. */
  withheldMore: z.optional(z.number()),
  /**
   * Per lot of `lots`, in order: its cost per unit of its own unit (lot-costs.ts), or why it has none
   * ("COCO-0923-01 (Receipts row 12) has no Cost recorded"), one sentence a lot without a cost.
   */
  costs: z.optional(z.array(z.union([z.number(), z.array(z.string())]))),
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

/** Absent `stockFrom`: today. `fromParts`: count the stock from the rows the parts of that plan kept. */
export const loadRunRequest = z.optional(z.strictObject({ stockFrom: z.optional(isoDay), fromParts: z.optional(stockInParts) }));

/**
 * Opening the sidebar. `parts` asks for the stock in that many parts whatever the workbook's size (the
 * sidebar leaves it out: the server reads a small workbook in one call, a large one in parts).
 */
export const openRunRequest = z.optional(
  z.strictObject({ stockFrom: z.optional(isoDay), parts: z.optional(z.number().check(z.int(), z.gte(1), z.lte(MAX_STOCK_PARTS))) }),
);

/** Everything, or the plan for reading the stock in parts (then loadProductionRun with `fromParts`). */
export const openRunAnswer = z.union([z.strictObject({ setup: productionSetup }), z.strictObject({ inParts: stockInParts })]);
export const batchCodePreviewRequest = z.strictObject({
  made: isoDay,
  skus: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(1000)),
});

export const loadRunLabel: FieldLabel = (path) => {
  if (path[0] === 'stockFrom') return 'The day to offer lots from';
  if (path[0] === 'fromParts') return 'The plan of the parts the stock was read in';
  if (path[0] === 'parts') return 'The number of parts to read the stock in';
  return 'The request to load a run';
};
export const batchCodePreviewLabel: FieldLabel = (path) => {
  if (path[0] === 'made') return 'The date made';
  if (path[0] === 'skus') return path.length > 1 ? `SKU ${Number(path[1]) + 1} of the list` : 'The list of SKUs';
  return 'The batch code preview';
};

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
    addedColumns,
    /** What went into Batches Cost and Unit cost; null when an input has no cost (both left blank, `noCost` says why). */
    cost: z.optional(z.nullable(z.number())),
    unitCost: z.optional(z.nullable(z.number())),
    noCost: z.optional(z.array(z.string())),
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
export type OpenRunRequest = z.infer<typeof openRunRequest>;
export type OpenRunAnswer = z.infer<typeof openRunAnswer>;
export type BatchCodePreviewRequest = z.infer<typeof batchCodePreviewRequest>;
export type ProductionResult = z.infer<typeof productionResult>;

const RUN_FIELD_WORDS: Record<string, string> = {
  sku: 'the product',
  quantityToMake: 'the quantity to make',
  dateMade: 'the date made',
  quantityMade: 'the quantity made',
  madeBy: 'made by',
  notes: 'the notes field',
  batchCode: 'the batch code',
  expires: 'the expiry',
  inputs: 'the list of input lines',
  waste: 'the list of waste lines',
};

/** The words for a field of a run, for messages about a request the sidebar would not send. */
export const runFieldLabel: FieldLabel = (path) => {
  const [first, index, name] = path;
  if ((first === 'inputs' || first === 'waste') && index !== undefined) {
    const field = name === 'notes' ? 'notes field' : typeof name === 'string' ? name : '';
    return ofLine(field, first === 'inputs' ? 'input line' : 'waste line', index);
  }
  if (path.length === 0) return 'The production run';
  return capitalize(typeof first === 'string' ? (RUN_FIELD_WORDS[first] ?? `the field "${first}"`) : 'the production run');
};

/** What Save sent, with the run's paths: { run: { inputs: [.., { quantity }] } } → ['inputs', 1, 'quantity']. */
const saveRunLabel: FieldLabel = (path) => {
  if (path[0] === 'run') return runFieldLabel(path.slice(1));
  if (path[0] === 'shownBatchCode') return 'The batch code the sidebar showed';
  return path.length === 0 ? 'The request to save a run' : capitalize(`the field "${String(path[0])}"`);
};

export type ParsedRun = { ok: true; request: ProductionRunRequest } | { ok: false; problems: RunProblem[] };
export type ParsedSave = { ok: true; request: SaveRunRequest } | { ok: false; problems: RunProblem[] };

/** The run the sidebar sent, checked for shape; each problem is tied to its field or line. */
export function parseRunRequest(wire: unknown): ParsedRun {
  const parsed = productionRunRequest.safeParse(wire, { error: wireErrors(runFieldLabel) });
  if (parsed.success) return { ok: true, request: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((issue) => problemAt(issue.path, issue.message)) };
}

/** What Save sends (the run and the batch code shown), checked for shape like parseRunRequest. */
export function parseSaveRunRequest(wire: unknown): ParsedSave {
  const parsed = saveRunRequest.safeParse(wire, { error: wireErrors(saveRunLabel) });
  if (parsed.success) return { ok: true, request: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) =>
      issue.path[0] === 'run' ? problemAt(issue.path.slice(1), issue.message) : { field: 'request', message: issue.message },
    ),
  };
}

/** ['inputs', 2, 'quantity'] → line 2 of the inputs, field quantity; ['dateMade'] → field dateMade. */
function problemAt(path: readonly PropertyKey[], message: string): RunProblem {
  const [first, second, third] = path;
  if ((first === 'inputs' || first === 'waste') && typeof second === 'number') {
    return { list: first, line: second, field: typeof third === 'string' ? third : first, message };
  }
  return { field: typeof first === 'string' && path.length === 1 ? first : 'request', message };
}

/** The domain's offer in its wire form, with each lot's cost per unit when `costOf` is given. */
export function toOfferedComponent(offered: ComponentOffer, costOf?: (code: string) => CostPerUnit | undefined): OfferedComponent {
  const costs = costOf
    ? offered.lots.map((lot) => {
        const cost = costOf(lot.code);
        return cost && cost.perUnit !== null ? cost.perUnit : (cost?.missing ?? []).map(describeMissingCost);
      })
    : undefined;
  return {
    ...(costs ? { costs } : {}),
    component: offered.key,
    more: offered.more,
    withheld: offered.withheld,
    withheldMore: offered.withheldMore,
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
    expiresUnread: false,
    status: kind === 'lot' ? 'Available' : 'Released',
    unit: parseUnit(unit),
    quantityIn: null,
    onHand,
    duplicated: false,
  }));
}
