// Menu: Record an adverse event… (MoCRA; traceability.md) — the sidebar where a report of harm from a
// product is recorded, and its calls: one to load (first the events whose FDA report is overdue or due
// within 5 business days, then the batch codes to suggest and the small-business setting), one to save
// an event, one to change the setting, and one to trace an event's batch. Saving trusts nothing the
// sidebar sends: the batch, SKU and order are checked against the sheets as they are under the
// document lock, and the Adverse events row goes in with a Log row — or, on any problem, nothing.
import {
  adverseEventLabel,
  adverseEventSettings,
  MAX_BATCH_SUGGESTIONS,
  MAX_EVENTS_SHOWN,
  parseRecordAdverseEventRequest,
  traceAdverseEventRequest,
  type AdverseEventResult,
  type AdverseEventSettings,
  type AdverseEventSettingsResult,
  type AdverseEventSetup,
  type RecordAdverseEventRequest,
  type TraceAdverseEventRequest,
  type TraceAdverseEventResult,
} from '../contract/adverse-events';
import { parseOrExplain } from '../contract/wire-problems';
import { KEEP_YEARS, KEEP_YEARS_SMALL_BUSINESS } from '../domain/adverse-events/dates';
import { actionSentence, eventsNeedingAction } from '../domain/adverse-events/due';
import { adverseEventRowOf } from '../domain/adverse-events/event-rows';
import { validateAdverseEvent, type AdverseEventRecord } from '../domain/adverse-events/validate';
import { codeKey } from '../domain/codes';
import { excerpt } from '../domain/excerpt';
import { capNotices } from '../domain/notices';
import { describeProblem } from '../domain/problems';
import {
  appendAdverseEvent,
  loadAdverseEventSettings,
  readAdverseEventFacts,
  readAdverseEvents,
  readEventBatches,
  storeAdverseEventSettings,
} from '../sheets/adverse-events';
import { LayoutCache } from '../sheets/layout-cache';
import { lookalikeSentence } from '../sheets/missing-sheet';
import { appendLogRow, prepareLog } from '../sheets/log';
import { traceCode } from '../sheets/trace-code';
import { Workbook } from '../sheets/workbook';
import { saveUnderDocumentLock } from './save-under-lock';
import { writeTraceReport } from './trace';

const TITLE = 'Record an adverse event';

export function showAdverseEventSidebar(): void {
  const page = HtmlService.createHtmlOutputFromFile('AdverseEvents').setTitle(TITLE);
  SpreadsheetApp.getUi().showSidebar(page);
}

/** google.script.run: what the sidebar opens with — the answer first: what is due. */
export function loadAdverseEvents(): AdverseEventSetup {
  const workbook = Workbook.active(LayoutCache.load());
  const today = workbook.today();
  const events = readAdverseEvents(workbook);
  const needing = eventsNeedingAction(events.rows.map(adverseEventRowOf), today);
  const batches = readEventBatches(workbook);
  workbook.saveLayouts();
  const notices = [
    // A cell of a due date that cannot be read may hide a report owed to FDA: say so before the list.
    ...events.problems.map((problem) => `${describeProblem(problem)} — an event there may be due and not listed.`),
    ...(batches === null
      ? [
          `This spreadsheet has no Batches sheet with a Batch code column: events can name only a product.${lookalikeSentence(workbook, 'batches')}`,
        ]
      : []),
  ];
  return {
    today,
    settings: loadAdverseEventSettings(),
    needingAction: needing.slice(0, MAX_EVENTS_SHOWN).map((item) => ({
      row: item.event.row,
      action: item.action,
      until: item.until,
      sentence: actionSentence(item),
      batchCode: item.event.batchCode,
    })),
    moreNeedingAction: Math.max(0, needing.length - MAX_EVENTS_SHOWN),
    batches: (batches ?? []).slice(0, MAX_BATCH_SUGGESTIONS).map((batch) => ({ code: batch.code, sku: batch.sku })),
    notices: capNotices(notices),
  };
}

/** google.script.run: check the event against the sheets as they are now and append its row. */
export function recordAdverseEvent(request: RecordAdverseEventRequest): AdverseEventResult {
  // Nothing is read before the request is known to be an event: each way it is not, said at its field.
  const parsed = parseRecordAdverseEventRequest(request);
  if (!parsed.ok) return parsed;
  const workbook = Workbook.active(LayoutCache.load());
  return saveUnderDocumentLock(workbook, () => saveEvent(workbook, parsed.request));
}

function saveEvent(workbook: Workbook, request: RecordAdverseEventRequest): AdverseEventResult {
  const batch = request.batchCode.trim() !== '';
  const needs = { batch, products: !batch && request.sku.trim() !== '', orders: request.order.trim() !== '' };
  const checked = validateAdverseEvent(request, readAdverseEventFacts(workbook, loadAdverseEventSettings(), needs));
  if (!checked.ok) return checked;
  const { record } = checked;
  const written = appendAdverseEvent(workbook, record, (where) => `${logDetails(record)}; into ${where}`);
  if (!written.ok) {
    const message = `Nothing was saved: writing to the ${written.sheet} sheet failed (${written.message}). What had been written was removed again.`;
    return { ok: false, problems: [{ field: 'form', message }] };
  }
  const row = written.written.find((rows) => rows.key === 'adverseEvents');
  return {
    ok: true,
    sheet: row?.sheet ?? 'Adverse events',
    row: row?.firstRow ?? 0,
    created: written.created,
    received: record.received,
    batchCode: record.batchCode,
    sku: record.sku,
    serious: record.serious,
    fdaReportDue: record.fdaReportDue,
    followUpUntil: record.followUpUntil,
    keepUntil: record.keepUntil,
    addedColumns: written.addedColumns,
  };
}

/** The Log's sentence: whose report of what, serious or not, and the dates it carries. */
function logDetails(record: AdverseEventRecord): string {
  const about = [record.sku, record.batchCode && `batch ${record.batchCode}`, record.order && `order ${record.order}`]
    .filter(Boolean)
    .join(', ');
  const from = record.reporter ? ` from ${excerpt(record.reporter, 60)}` : '';
  const due = record.fdaReportDue ? `; FDA report due ${record.fdaReportDue}, follow-up until ${record.followUpUntil}` : '';
  return `Adverse event received ${record.received}${from} about ${about}: ${record.serious === 'No' ? 'not serious' : `serious (${record.serious.slice(5)})`}${due}; keep until ${record.keepUntil}`;
}

/** google.script.run: keep records 3 years (a small business) or 6; the change goes into the Log. */
export function saveAdverseEventSettings(request: AdverseEventSettings): AdverseEventSettingsResult {
  const after = parseOrExplain(adverseEventSettings, request, adverseEventLabel);
  const before = loadAdverseEventSettings();
  if (before.smallBusiness === after.smallBusiness) return { ok: true, settings: after };
  const workbook = Workbook.active();
  const log = prepareLog(workbook);
  storeAdverseEventSettings(after);
  try {
    const years = (small: boolean) => (small ? KEEP_YEARS_SMALL_BUSINESS : KEEP_YEARS);
    appendLogRow(
      workbook,
      log.table,
      'Change adverse event settings',
      `Adverse event reports recorded from now on are kept ${years(after.smallBusiness)} years (was ${years(before.smallBusiness)}): ${after.smallBusiness ? 'a small business under MoCRA' : 'not a small business'}`,
    );
  } catch (error) {
    storeAdverseEventSettings(before);
    log.undo?.();
    throw error;
  }
  return { ok: true, settings: after };
}

/** google.script.run: trace the batch of the event at a row of Adverse events; the report says it was traced for that event. */
export function traceAdverseEvent(request: TraceAdverseEventRequest): TraceAdverseEventResult {
  const { row, batchCode } = parseOrExplain(traceAdverseEventRequest, request, adverseEventLabel);
  const workbook = Workbook.active(LayoutCache.load());
  const read = readAdverseEvents(workbook, { fromRow: row, toRow: row });
  const event = read.rows.find((each) => each.row === row);
  if (!read.exists) return { ok: false, message: 'There is no Adverse events sheet: record the event first.' };
  const found = event ? adverseEventRowOf(event) : null;
  if (!found || codeKey(found.batchCode) !== codeKey(batchCode)) {
    return {
      ok: false,
      message: `Adverse events row ${row} no longer names batch ${excerpt(batchCode)}: the sheet changed since this sidebar opened. Open Record an adverse event… again.`,
    };
  }
  if (found.batchCode === '') return { ok: false, message: `The event in Adverse events row ${row} names no batch to trace.` };
  const traced = traceCode(workbook, found.batchCode);
  if (traced.kind !== 'traced') return { ok: false, message: traced.kind === 'notFound' ? traced.message : 'There is no code to trace.' };
  const when = found.received ? `received ${found.received}` : 'received on a day not known';
  const from = found.reporter ? ` from ${excerpt(found.reporter, 60)}` : '';
  const reason = `Traced for the adverse event ${when}${from} (Adverse events row ${row}).`;
  const { sheet } = writeTraceReport(workbook, 'trace', traced, reason);
  return { ok: true, sheet: sheet.getName(), batchCode: found.batchCode };
}
