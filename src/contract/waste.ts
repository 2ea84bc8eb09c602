// What crosses google.script.run between the Record waste… sidebar and the server: what opening it loads
// (today, the code of the current cell, codes to suggest), what a code looks up (its on hand, unit and
// status, or the nearest codes when it names nothing), and the lines a save records. The lines are the
// production run's waste lines (one schema, src/contract/production.ts); what they mean is checked
// against the sheets by validateWaste (src/domain/waste). Days cross as YYYY-MM-DD text.
import * as z from 'zod/mini';
import { addedColumns } from './added-columns';
import { isoDay } from './iso-day';
import { wasteLine } from './production';
import { capitalize, ofLine, wireErrors, type FieldLabel } from './wire-problems';

/** More lines than a maker records at one sitting (a recalled batch and its leftovers): beyond this, save in parts. */
export const MAX_WASTE_LINES = 100;
/** Codes offered in the code field's suggestions: those with stock, newest first. */
export const MAX_WASTE_SUGGESTIONS = 1000;

export const recordWasteRequest = z.strictObject({
  /** The day the stock was taken out (destroyed, found damaged, counted). */
  date: isoDay,
  lines: z.array(wasteLine).check(z.maxLength(MAX_WASTE_LINES, `Record at most ${MAX_WASTE_LINES} lines at once.`)),
});

/** A problem at a field of the form (`date`, `form`) or at one line's field (`lot`, `quantity`, `unit`…). */
export const wasteProblem = z.object({
  /** 0-based position of the line in the request. */
  line: z.optional(z.number()),
  field: z.string(),
  message: z.string(),
});

/** A receipt lot or a batch as the sidebar shows it beside its code. */
export const wasteLot = z.object({
  /** As first written in Receipts or Batches. */
  code: z.string(),
  kind: z.enum(['lot', 'batch']),
  /** Its material code (a lot) or SKU (a batch). */
  of: z.string(),
  /** Where it is written: "Receipts row 12". */
  where: z.string(),
  /** Its stock unit; '' when it has none that Lotline reads. */
  unit: z.string(),
  /** The units a quantity of it may be given in: its own kind only. */
  units: z.array(z.string()),
  /** In `unit`; null when it cannot be counted (`why` says so). */
  onHand: z.nullable(z.number()),
  /** Its Status as the sheet says it (blank is Available / Released). */
  status: z.string(),
  /** Why no waste can be recorded against it yet (on hand not countable, a code used twice). */
  why: z.optional(z.string()),
});

export const lotLookup = z.union([
  z.object({ found: z.literal(true), asked: z.string(), lot: wasteLot }),
  z.object({
    found: z.literal(false),
    asked: z.string(),
    /** The existing codes a few edits away, nearest first. */
    nearest: z.array(z.string()),
    message: z.string(),
  }),
]);

export const wasteSetup = z.object({
  today: isoDay,
  /** The lot or batch in the current cell (or traced by the report the maker is on); null when none. */
  current: z.nullable(lotLookup),
  /** Lot numbers and batch codes with stock, newest first. */
  suggestions: z.array(z.string()),
  /** What the maker should know first: a missing sheet, cells that cannot be read. */
  notices: z.array(z.string()),
});

export const lotsOnHandRequest = z.strictObject({
  codes: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(MAX_WASTE_LINES)),
});

export const lotsOnHandAnswer = z.object({ lots: z.array(lotLookup) });

/** One Waste row written, with what is left of its lot after the save. */
export const recordedWaste = z.object({
  row: z.number(),
  lot: z.string(),
  quantity: z.number(),
  unit: z.string(),
  reason: z.string(),
  /** On hand of the lot after the whole save, in its own unit. */
  onHandAfter: z.number(),
  lotUnit: z.string(),
});

export const wasteResult = z.union([
  z.object({
    ok: z.literal(true),
    sheet: z.string(),
    rows: z.array(recordedWaste),
    /** Count corrections that took a lot below zero, as the Log says it. */
    belowZero: z.array(z.string()),
    addedColumns,
  }),
  z.object({ ok: z.literal(false), problems: z.array(wasteProblem) }),
]);

export type RecordWasteRequest = z.infer<typeof recordWasteRequest>;
export type WasteProblem = z.infer<typeof wasteProblem>;
export type WasteLot = z.infer<typeof wasteLot>;
export type LotLookup = z.infer<typeof lotLookup>;
export type WasteSetup = z.infer<typeof wasteSetup>;
export type LotsOnHandRequest = z.infer<typeof lotsOnHandRequest>;
export type LotsOnHandAnswer = z.infer<typeof lotsOnHandAnswer>;
export type RecordedWaste = z.infer<typeof recordedWaste>;
export type WasteResult = z.infer<typeof wasteResult>;

const LINE_FIELD_WORDS: Record<string, string> = { lot: 'code', notes: 'notes field' };

/** The words for a field of the request, for messages about a request the sidebar would not send. */
export const wasteFieldLabel: FieldLabel = (path) => {
  const [first, index, name] = path;
  if (path.length === 0) return 'The waste to record';
  if (first === 'date') return 'The date';
  if (first === 'lines' && index !== undefined) {
    const field = typeof name === 'string' ? (LINE_FIELD_WORDS[name] ?? name) : '';
    return ofLine(field, 'line', index);
  }
  if (first === 'lines') return 'The list of lines';
  return capitalize(`the field "${String(first)}"`);
};

export const lotsOnHandLabel: FieldLabel = (path) =>
  path[0] === 'codes' && path.length > 1 ? `Code ${Number(path[1]) + 1} of the list` : 'The list of codes';

export type ParsedWaste = { ok: true; request: RecordWasteRequest } | { ok: false; problems: WasteProblem[] };

/** What Save sent, checked for shape; each problem tied to its field or line. */
export function parseRecordWasteRequest(wire: unknown): ParsedWaste {
  const parsed = recordWasteRequest.safeParse(wire, { error: wireErrors(wasteFieldLabel) });
  if (parsed.success) return { ok: true, request: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue): WasteProblem => {
      const [first, line, field] = issue.path;
      if (first === 'lines' && typeof line === 'number')
        return { line, field: typeof field === 'string' ? field : 'lot', message: issue.message };
      return { field: first === 'date' && issue.path.length === 1 ? 'date' : 'form', message: issue.message };
    }),
  };
}
