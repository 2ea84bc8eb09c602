// What crosses google.script.run between the Put on hold… / Release hold… sidebar and the server. The
// server traces the code forward and answers the lot and every batch it reached, each with the Status
// and on hand it has now; the maker ticks rows, chooses the hold and gives a reason; saving sends the
// rows back with the Status each showed, so that a row changed, moved or deleted since is refused.
import * as z from 'zod/mini';
import { HOLD_STATUSES } from '../domain/holds/statuses';
import { capitalize, ofLine, wireErrors, type FieldLabel } from './wire-problems';

/** More rows than one trace reaches in a maker's workbook; a request beyond it is refused. */
export const MAX_HOLD_ROWS = 5000;
export const MAX_REASON_CHARS = 500;

const text = (max: number) => z.string().check(z.maxLength(max));

export const holdMode = z.enum(['hold', 'release']);
export const holdStatus = z.enum(HOLD_STATUSES);
export const heldSheet = z.enum(['receipts', 'batches']);

/** Absent `code`: the code a trace report traced when one is the active sheet, else the current cell's. */
export const previewHoldsRequest = z.strictObject({ mode: holdMode, code: z.optional(text(200)) });

/** One Receipts or Batches row the trace reached. */
export const holdTarget = z.object({
  sheet: heldSheet,
  /** The sheet's name as the maker wrote it. */
  sheetName: z.string(),
  row: z.number(),
  code: z.string(),
  kind: z.enum(['lot', 'batch']),
  /** 0: the traced lot itself; 1: made with it; 2: made with one of those… */
  level: z.number(),
  /** Codes from the traced lot to this one, as written. */
  path: z.array(z.string()),
  /** As the row reads now; a blank cell reads as Available (lots) or Released (batches). */
  status: z.string(),
  /** In `unit`; null when it cannot be counted (the reason is in the trace report). */
  onHand: z.nullable(z.number()),
  unit: z.string(),
});

export const holdProblem = z.object({
  /** 'code', 'status', 'reason', 'rows' (with `line`, the 0-based index in the request's rows) or 'form'. */
  field: z.string(),
  line: z.optional(z.number()),
  message: z.string(),
});

export const holdsPreview = z.union([
  z.object({
    ok: z.literal(true),
    mode: holdMode,
    /** The traced code, as the workbook writes it. */
    code: z.string(),
    /** Where the code came from: a trace report sheet (named), the current cell, or typed. */
    from: z.object({ kind: z.enum(['report', 'cell', 'typed']), sheet: z.string() }),
    targets: z.array(holdTarget),
    /** What the trace could not check, and columns saving will add: said above the list. */
    notices: z.array(z.string()),
  }),
  z.object({ ok: z.literal(false), mode: holdMode, code: z.string(), problems: z.array(holdProblem) }),
]);

export const rowToChange = z.strictObject({
  sheet: heldSheet,
  row: z.number().check(z.int(), z.gte(2)),
  /** As the preview showed it: the row must still hold this code and this Status. */
  code: text(200),
  status: text(200),
});

export const saveHoldsRequest = z.strictObject({
  mode: holdMode,
  /** The hold chosen; ignored for a release (lots go back to Available, batches to Released). */
  status: z.optional(holdStatus),
  reason: text(MAX_REASON_CHARS),
  /** The code traced, for the Log. */
  code: text(200),
  rows: z.array(rowToChange).check(z.minLength(1), z.maxLength(MAX_HOLD_ROWS)),
});

export const holdsSaveResult = z.union([
  z.object({
    ok: z.literal(true),
    /** Status cells changed. */
    changed: z.number(),
    /** Sheets that had no Status column: it was added at their right end. */
    addedStatusColumn: z.array(z.string()),
    /** What was done, as the Log says it. */
    summary: z.string(),
  }),
  z.object({ ok: z.literal(false), problems: z.array(holdProblem) }),
]);

export type HoldMode = z.infer<typeof holdMode>;
export type PreviewHoldsRequest = z.infer<typeof previewHoldsRequest>;
export type HoldTarget = z.infer<typeof holdTarget>;
export type HoldProblem = z.infer<typeof holdProblem>;
export type HoldsPreview = z.infer<typeof holdsPreview>;
export type RowToChange = z.infer<typeof rowToChange>;
export type SaveHoldsRequest = z.infer<typeof saveHoldsRequest>;
export type HoldsSaveResult = z.infer<typeof holdsSaveResult>;

const FIELD_WORDS: Record<string, string> = {
  mode: 'whether to put on hold or release',
  status: 'the hold (Quarantined or Recalled)',
  reason: 'the reason',
  code: 'the code traced',
  rows: 'the list of rows to change',
};

const holdsLabel: FieldLabel = (path) => {
  const [first, index, name] = path;
  if (path.length === 0) return 'The request';
  if (first === 'rows' && index !== undefined) return ofLine(typeof name === 'string' ? name : '', 'row to change', index);
  return capitalize(typeof first === 'string' ? (FIELD_WORDS[first] ?? `the field "${first}"`) : 'the request');
};

/** A field of the request by its path: each problem is shown at the part of the sidebar it is about. */
function problemAt(path: readonly PropertyKey[], message: string): HoldProblem {
  const [first, index] = path;
  if (first === 'rows' && typeof index === 'number') return { field: 'rows', line: index, message };
  return { field: typeof first === 'string' && first in FIELD_WORDS ? first : 'form', message };
}

export function parseHoldsRequest<T>(
  schema: z.ZodMiniType<T>,
  wire: unknown,
): { ok: true; request: T } | { ok: false; problems: HoldProblem[] } {
  const parsed = schema.safeParse(wire, { error: wireErrors(holdsLabel) });
  if (parsed.success) return { ok: true, request: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((issue) => problemAt(issue.path, issue.message)) };
}
