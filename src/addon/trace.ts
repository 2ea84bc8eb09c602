// Menu: Trace this lot, and Recall list for this lot. The code comes from the current cell of whatever
// sheet the maker is on, or a prompt when that cell is empty; the answer is a new sheet.
import { traceSheet, type TraceReportKind, type TraceSheet } from '../domain/trace';
import { LayoutCache } from '../sheets/layout-cache';
import { appendLogRow, prepareLog, userEmail } from '../sheets/log';
import { rememberTracedCode } from '../sheets/report-origin';
import { CELL_CHARACTER_LIMIT, fitCell, messageOf, removeReportSheet, toastReport, writeReportSheet } from '../sheets/report-sheet';
import { traceCode, type CodeToTrace, type TracedCode } from '../sheets/trace-code';
import { lotIndexCovers, traceLabels } from '../sheets/trace-reader';
import { Workbook } from '../sheets/workbook';
import { runMenuAction } from './run-action';

const TITLES: Record<TraceReportKind, string> = { trace: 'Trace this lot', recall: 'Recall list for this lot' };

export function traceThisLot(): void {
  runMenuAction(TITLES.trace, () => runTrace('trace'));
}

export function recallListForThisLot(): void {
  runMenuAction(TITLES.recall, () => runTrace('recall'));
}

function runTrace(kind: TraceReportKind): void {
  const ui = SpreadsheetApp.getUi();
  const workbook = Workbook.active(LayoutCache.load());
  const code = codeAtCursor(workbook, workbook.currentCell(), kind);
  if (code === null) return;
  const traced = traceCode(workbook, code);
  if (traced.kind === 'noCode') return;
  if (traced.kind === 'notFound') {
    ui.alert(TITLES[kind], traced.message, ui.ButtonSet.OK);
    return;
  }

  const { sheet, tell } = writeTraceReport(workbook, kind, traced);
  if (tell) {
    const message = tell.message.split('{sheet}').join(sheet.getName());
    if (tell.how === 'alert') ui.alert(TITLES[kind], message, ui.ButtonSet.OK);
    else toastReport(workbook, TITLES[kind], message);
  }
}

/**
 * The report of a code traced, written to a new sheet that becomes the active one, with its Log row;
 * `reason` says why it was traced (an adverse event), under the report's title and in the Log. What to
 * tell the maker once it is written is the caller's: a menu item alerts, a sidebar answers.
 */
export function writeTraceReport(
  workbook: Workbook,
  kind: TraceReportKind,
  traced: Extract<TracedCode, { kind: 'traced' }>,
  reason?: string,
): { sheet: GoogleAppsScript.Spreadsheet.Sheet; tell: TraceSheet['tell'] } {
  const now = new Date();
  const tracedAt = workbook.localTime(now, 'yyyy-MM-dd HH:mm');
  const tracedBy = userEmail();
  const context = { tracedAt, tracedBy, labels: traceLabels(workbook), ...(reason ? { reason } : {}) };
  // Compact, and no colons: a sheet name must fit 31 characters and be savable to .xlsx (report-name.ts).
  const stamp = workbook.localTime(now, 'yyMMdd HHmm');
  const written = traceSheet(kind, traced.trace, traced.details, context, stamp);
  const sheet = writeReportSheet(workbook, written.name, written.report);
  const why = reason ? ` (${fitCell(reason, 300)})` : '';
  const logLine = `Traced "${fitCell(traced.trace.start.written, 100)}" into sheet "${sheet.getName()}"${why}: ${written.logSummary}`;
  try {
    // The Log may be created here, and a new sheet becomes the active one: show the report after that,
    // but before the Log row, whose appendRow commits everything queued. Activating after it would cost
    // a commit of its own at the end of the execution.
    const log = prepareLog(workbook);
    sheet.activate();
    appendLogRow(workbook, log.table, TITLES[kind], fitCell(logLine, CELL_CHARACTER_LIMIT), now, tracedBy);
  } catch (error) {
    // A report with no Log row is an action the audit trail does not know of: take it back.
    throw new Error(`the Log row could not be written (${messageOf(error)}), ${removeReportSheet(workbook, sheet)}`, { cause: error });
  }
  try {
    // Both are shortcuts for later actions: this report is written and logged, so it has finished.
    rememberTracedCode(sheet, traced.trace.start.written);
    workbook.saveLayouts();
  } catch (error) {
    console.warn(`Could not remember the traced code or the sheets' layouts: ${messageOf(error)}`);
  }
  return { sheet, tell: written.tell };
}

/**
 * The code to trace, null when the maker cancels. A maker who clicks the lot in Receipts (or a batch
 * code in Orders…) points at a cell the trace reads anyway: its value comes with that read instead of
 * a call of its own.
 */
function codeAtCursor(workbook: Workbook, cell: GoogleAppsScript.Spreadsheet.Range | null, kind: TraceReportKind): CodeToTrace | null {
  const watched = cell ? workbook.watchCell(cell) : null;
  if (!cell || !lotIndexCovers(workbook, cell)) return codeToTrace(cell, kind);
  return () => {
    // Text read is what the maker sees; a number or date shows through its format, so ask for that.
    const inCell = watched?.seen && typeof watched.value === 'string' ? watched.value.trim() : null;
    return inCell || codeToTrace(cell, kind);
  };
}

/** The code in the current cell, trimmed; a prompt when it is empty; null when the maker cancels. */
function codeToTrace(cell: GoogleAppsScript.Spreadsheet.Range | null, kind: TraceReportKind): string | null {
  const inCell = cell ? cell.getDisplayValue().trim() : '';
  if (inCell !== '') return inCell;
  const ui = SpreadsheetApp.getUi();
  const answer = ui.prompt(
    TITLES[kind],
    'Which code? A lot number, batch code, batch ID, supplier lot number or order number:',
    ui.ButtonSet.OK_CANCEL,
  );
  if (answer.getSelectedButton() !== ui.Button.OK) return null;
  const typed = answer.getResponseText().trim();
  return typed === '' ? null : typed;
}
