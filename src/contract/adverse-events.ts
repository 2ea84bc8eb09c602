// What crosses google.script.run for the Record an adverse event… sidebar: what opening it loads (today,
// the small-business setting, the events whose FDA report is due or overdue, the batch codes with their
// SKU), the event a save records (MoCRA: received, reporter and contact, batch and SKU, the order when
// known, what happened, which of the law's serious criteria apply), the setting, and the trace of an
// event's batch. What the values mean is checked against the sheets by src/domain/adverse-events/validate.ts.
import * as z from 'zod/mini';
import { SERIOUS_CRITERION_KEYS } from '../domain/adverse-events/serious';
import { addedColumns } from './added-columns';
import { isoDay } from './iso-day';
import { TEXT_LIMIT, wireErrors, type FieldLabel } from './wire-problems';

const SHORT_TEXT = 500;
/** Batch codes offered in the batch field's suggestions, newest first: more than a small maker makes in years. */
export const MAX_BATCH_SUGGESTIONS = 3000;
/** Events listed when the sidebar opens; beyond this it counts the rest. */
export const MAX_EVENTS_SHOWN = 50;

const shortText = z.string().check(z.maxLength(SHORT_TEXT));

export const recordAdverseEventRequest = z.strictObject({
  /** The day the report came in. */
  received: isoDay,
  reporter: shortText,
  contact: shortText,
  batchCode: shortText,
  /** The product; filled from the batch when a batch code is given. */
  sku: shortText,
  order: shortText,
  whatHappened: z.string().check(z.maxLength(TEXT_LIMIT)),
  /** The criteria of the law that apply (none: not serious). */
  serious: z.array(z.enum(SERIOUS_CRITERION_KEYS)).check(z.maxLength(SERIOUS_CRITERION_KEYS.length)),
  notes: z.string().check(z.maxLength(TEXT_LIMIT)),
});

export const adverseEventField = z.enum([
  'received',
  'reporter',
  'contact',
  'batchCode',
  'sku',
  'order',
  'whatHappened',
  'serious',
  'notes',
  'form',
]);

export const adverseEventProblem = z.object({ field: adverseEventField, message: z.string() });

export const adverseEventSettings = z.strictObject({
  /** Average cosmetics sales under $1,000,000 over 3 years: reports are kept 3 years instead of 6. */
  smallBusiness: z.boolean(),
});

/** An event that needs the maker now: its FDA report overdue or due within 5 business days, or its follow-up year open. */
export const eventNeedingAction = z.object({
  /** Its row in Adverse events. */
  row: z.number(),
  action: z.enum(['reportOverdue', 'reportDueSoon', 'followUpOpen']),
  /** The due date, or the end of the follow-up. */
  until: isoDay,
  /** "Adverse events row 5 (received 2026-11-06 from Dana Ruiz, LSOAP batch LSOAP-231015-01): the FDA report was due…" */
  sentence: z.string(),
  /** '' when the event names no batch: then there is nothing to trace. */
  batchCode: z.string(),
});

export const adverseEventSetup = z.object({
  today: isoDay,
  settings: adverseEventSettings,
  /** Most urgent first. */
  needingAction: z.array(eventNeedingAction),
  /** How many more need action than are listed. */
  moreNeedingAction: z.number(),
  /** Batch codes as written in Batches with their SKU, newest first. */
  batches: z.array(z.object({ code: z.string(), sku: z.string() })),
  /** What the maker should know first: a missing sheet, cells that cannot be read. */
  notices: z.array(z.string()),
});

export const adverseEventResult = z.union([
  z.object({
    ok: z.literal(true),
    sheet: z.string(),
    row: z.number(),
    /** True when the Adverse events sheet was created for this event. */
    created: z.boolean(),
    received: isoDay,
    batchCode: z.string(),
    sku: z.string(),
    serious: z.string(),
    fdaReportDue: z.nullable(isoDay),
    followUpUntil: z.nullable(isoDay),
    keepUntil: isoDay,
    addedColumns,
  }),
  z.object({ ok: z.literal(false), problems: z.array(adverseEventProblem) }),
]);

export const adverseEventSettingsResult = z.object({ ok: z.literal(true), settings: adverseEventSettings });

export const traceAdverseEventRequest = z.strictObject({
  /** The event's row in Adverse events. */
  row: z.number().check(z.int(), z.gte(2)),
  /** The batch code the sidebar showed for it: a row that names another batch now is not traced. */
  batchCode: shortText,
});

export const traceAdverseEventResult = z.union([
  z.object({ ok: z.literal(true), sheet: z.string(), batchCode: z.string() }),
  z.object({ ok: z.literal(false), message: z.string() }),
]);

export type RecordAdverseEventRequest = z.infer<typeof recordAdverseEventRequest>;
export type AdverseEventField = z.infer<typeof adverseEventField>;
export type AdverseEventProblem = z.infer<typeof adverseEventProblem>;
export type AdverseEventSettings = z.infer<typeof adverseEventSettings>;
export type EventNeedingActionView = z.infer<typeof eventNeedingAction>;
export type AdverseEventSetup = z.infer<typeof adverseEventSetup>;
export type AdverseEventResult = z.infer<typeof adverseEventResult>;
export type AdverseEventSettingsResult = z.infer<typeof adverseEventSettingsResult>;
export type TraceAdverseEventRequest = z.infer<typeof traceAdverseEventRequest>;
export type TraceAdverseEventResult = z.infer<typeof traceAdverseEventResult>;

const LABELS: Record<string, string> = {
  received: 'The day it was received',
  reporter: 'The reporter',
  contact: 'The contact',
  batchCode: 'The batch code',
  sku: 'The SKU',
  order: 'The order number',
  whatHappened: 'What happened',
  serious: 'The serious criteria',
  notes: 'The notes',
  smallBusiness: 'Small business',
  row: 'The event’s row',
};

export const adverseEventLabel: FieldLabel = (path) =>
  path.length === 0 ? 'The adverse event' : (LABELS[String(path[0])] ?? `The field "${String(path[0])}"`);

export type ParsedAdverseEvent = { ok: true; request: RecordAdverseEventRequest } | { ok: false; problems: AdverseEventProblem[] };

/** What Save sent, checked for shape; each problem at its field. */
export function parseRecordAdverseEventRequest(wire: unknown): ParsedAdverseEvent {
  const parsed = recordAdverseEventRequest.safeParse(wire, { error: wireErrors(adverseEventLabel) });
  if (parsed.success) return { ok: true, request: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue): AdverseEventProblem => {
      const first = issue.path[0];
      const field = adverseEventField.safeParse(first);
      // A schema's own message ('Use a real date written YYYY-MM-DD.') gets its field's name in front.
      const what = adverseEventLabel(issue.path.slice(0, 1));
      const message = issue.message.startsWith(what)
        ? issue.message
        : `${what}: ${issue.message.charAt(0).toLowerCase()}${issue.message.slice(1)}`;
      return { field: field.success ? field.data : 'form', message };
    }),
  };
}
