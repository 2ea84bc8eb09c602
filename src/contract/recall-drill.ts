// What crosses google.script.run for the Recall drill… sidebar: the first screen (settings, when the
// last drill was, a drill in progress), starting a drill (a code, or none for a random recent lot),
// finishing it with the maker's notes, abandoning it, and the settings. The drill's start time never
// crosses from the client: it is kept by the server (src/sheets/recall-drill-settings.ts), so a request
// carrying one — or any field not listed here — is refused, not ignored.
import * as z from 'zod/mini';
import { isoDay } from './iso-day';
import { capitalize, TEXT_LIMIT, type FieldLabel } from './wire-problems';

const SETTING_FIELDS = ['tolerancePct', 'targetHours'] as const;
const NOTE_FIELDS = { documents: 'the documents checked', gaps: 'the gaps found', correctiveActions: 'the corrective actions' } as const;

export const drillSettings = z.object({ tolerancePct: z.number(), targetHours: z.number() });

/** The settings as typed: the server reads and range-checks them (domain/recall-drill/settings.ts). */
export const drillSettingsTexts = z.strictObject({
  tolerancePct: z.string().check(z.maxLength(100)),
  targetHours: z.string().check(z.maxLength(100)),
});

export const drillSettingsLabel: FieldLabel = (path) => {
  if (path[0] === 'tolerancePct') return 'The tolerance';
  if (path[0] === 'targetHours') return 'The target time';
  return path.length === 0 ? 'The drill settings' : `The field "${String(path[0])}"`;
};

const problem = <F extends string>(fields: readonly [F, ...F[]]) => z.object({ field: z.enum(fields), message: z.string() });

export const drillSettingsResult = z.union([
  z.object({ ok: z.literal(true), settings: drillSettings }),
  z.object({ ok: z.literal(false), problems: z.array(problem([...SETTING_FIELDS, 'form'])) }),
]);

/** Start a drill: from this code, or (blank or left out) from a lot picked at random among those received in the last 12 months. */
export const drillStartRequest = z.strictObject({ code: z.optional(z.string().check(z.maxLength(500))) });

export const drillNotes = {
  documents: z.string().check(z.maxLength(TEXT_LIMIT / 4)),
  gaps: z.string().check(z.maxLength(TEXT_LIMIT / 4)),
  correctiveActions: z.string().check(z.maxLength(TEXT_LIMIT / 4)),
};

/** Finish the drill in progress: which one (its id), and the maker's notes. Nothing of its timing. */
export const drillFinishRequest = z.strictObject({ id: z.string().check(z.maxLength(100)), ...drillNotes });

export const drillAbandonRequest = z.strictObject({ id: z.string().check(z.maxLength(100)) });

export const drillRequestLabel: FieldLabel = (path) => {
  const field = path[0];
  if (field === 'code') return 'The code to trace';
  if (field === 'id') return 'The drill';
  if (typeof field === 'string' && field in NOTE_FIELDS) return capitalize(NOTE_FIELDS[field as keyof typeof NOTE_FIELDS]);
  return path.length === 0 ? 'The request' : `The field "${String(field)}"`;
};

export const drillStep = z.object({
  code: z.string(),
  kind: z.enum(['lot', 'batch']),
  unit: z.string(),
  quantityIn: z.nullable(z.number()),
  used: z.number(),
  shipped: z.number(),
  wasted: z.number(),
  onHand: z.nullable(z.number()),
  accountedPct: z.nullable(z.number()),
  within: z.boolean(),
  why: z.string(),
});

/** A drill in progress, as the sidebar shows it. */
export const drillView = z.object({
  id: z.string(),
  lot: z.string(),
  direction: z.string(),
  picked: z.enum(['random', 'given']),
  /** When it started, as the spreadsheet's clock shows it: "2024-09-01 09:00". */
  started: z.string(),
  /** How long it has run when the server answered, by the server's clock (the sidebar only counts on from it). */
  elapsedMs: z.number(),
  settings: drillSettings,
  steps: z.array(drillStep),
  balance: z.object({ within: z.boolean(), accountedPct: z.nullable(z.number()), failing: z.array(z.string()) }),
  batches: z.number(),
  customers: z.object({
    count: z.number(),
    line: z.string(),
    list: z.array(z.object({ customer: z.string(), email: z.string(), orders: z.array(z.string()) })),
  }),
  notChecked: z.array(z.string()),
  problems: z.array(z.string()),
});

export const drillSetup = z.object({
  settings: drillSettings,
  lastDrill: z.object({ day: z.nullable(isoDay), due: z.boolean(), line: z.string() }),
  /** Lots received in the last 12 months: what a random drill picks from. */
  recentLots: z.number(),
  inProgress: z.nullable(drillView),
  notices: z.array(z.string()),
});

export const drillStartResult = z.union([
  z.object({ ok: z.literal(true), drill: drillView }),
  z.object({ ok: z.literal(false), problems: z.array(problem(['code', 'form'])) }),
]);

export const drillFinishResult = z.union([
  z.object({
    ok: z.literal(true),
    sheet: z.string(),
    row: z.number(),
    minutes: z.number(),
    passed: z.boolean(),
    verdict: z.string(),
    accountedPct: z.nullable(z.number()),
    batches: z.number(),
    customers: z.number(),
  }),
  z.object({ ok: z.literal(false), problems: z.array(problem(['form', 'documents', 'gaps', 'correctiveActions'])) }),
]);

export const drillAbandonResult = z.union([
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), problems: z.array(problem(['form'])) }),
]);

export type DrillSettingsTexts = z.infer<typeof drillSettingsTexts>;
export type DrillSettingsResult = z.infer<typeof drillSettingsResult>;
export type DrillStartRequest = z.infer<typeof drillStartRequest>;
export type DrillFinishRequest = z.infer<typeof drillFinishRequest>;
export type DrillAbandonRequest = z.infer<typeof drillAbandonRequest>;
export type DrillView = z.infer<typeof drillView>;
export type DrillSetup = z.infer<typeof drillSetup>;
export type DrillStartResult = z.infer<typeof drillStartResult>;
export type DrillFinishResult = z.infer<typeof drillFinishResult>;
export type DrillAbandonResult = z.infer<typeof drillAbandonResult>;
