// Menu: Trace this lot, and Recall list for this lot. The code comes from the current cell of whatever
// sheet the maker is on, or a prompt when that cell is empty; the answer is a new sheet.
import {
  addOrderNumbers,
  addSupplierLots,
  buildRecallList,
  defaultDirection,
  buildTraceReport,
  linkLots,
  neededRows,
  notFoundMessage,
  resolveStart,
  traceLots,
  type TraceStart,
} from '../domain/trace';
import type { Report } from '../domain/report-grid';
import { appendLog, userEmail } from '../sheets/log';
import { writeReportSheet } from '../sheets/report-sheet';
import {
  type PreRead,
  lotIndexCovers,
  readAllInputBatchIds,
  readForwardInputBatchIds,
  readLotIndex,
  readOrderNumbers,
  readSupplierLots,
  readTraceDetails,
  traceLabels,
} from '../sheets/trace-reader';
import { LayoutCache } from '../sheets/layout-cache';
import { Workbook } from '../sheets/workbook';
import { runMenuAction } from './run-action';

type Kind = 'trace' | 'recall';

const TITLES: Record<Kind, string> = { trace: 'Trace this lot', recall: 'Recall list for this lot' };

export function traceThisLot(): void {
  runMenuAction(TITLES.trace, () => runTrace('trace'));
}

export function recallListForThisLot(): void {
  runMenuAction(TITLES.recall, () => runTrace('recall'));
}

function runTrace(kind: Kind): void {
  const ui = SpreadsheetApp.getUi();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const workbook = new Workbook(spreadsheet, LayoutCache.load());
  const cell = spreadsheet.getCurrentCell();
  // A maker who clicks the lot in Receipts (or a batch code in Orders…) points at a cell the trace reads
  // anyway: its value comes with that read instead of a call of its own.
  const watched = cell ? workbook.watchCell(cell) : null;
  let code: string | null = null;
  if (!cell || !lotIndexCovers(workbook, cell)) {
    code = codeToTrace(cell, kind);
    if (code === null) return;
  }
  const { index, problems: indexProblems } = readLotIndex(workbook);
  if (code === null) {
    // Text read is what the maker sees; a number or date shows through its format, so ask for that.
    const inCell = watched?.seen && typeof watched.value === 'string' ? watched.value.trim() : null;
    code = inCell || codeToTrace(cell, kind);
    if (code === null) return;
  }
  const graph = linkLots(index);
  let found = resolveStart(graph, code);
  // Most codes are lots; the columns only other kinds of code need are read only for those.
  if (found.kind === 'needSupplierLots') {
    addSupplierLots(graph, readSupplierLots(workbook, index.receipts.row));
    found = resolveStart(graph, code);
  }
  if (found.kind === 'needOrderNumbers') {
    addOrderNumbers(graph, readOrderNumbers(workbook, index.orders.row));
    found = resolveStart(graph, code);
  }
  if (found.kind !== 'found') {
    const message =
      found.kind === 'notFound' ? notFoundMessage(found.code, found.nearest) : `Nothing in this workbook is called "${code}".`;
    ui.alert(TITLES[kind], message, ui.ButtonSet.OK);
    return;
  }

  // A forward trace needs the Batch IDs of only the input rows it walks; the others need them all.
  let preRead: PreRead | undefined;
  if (defaultDirection(found.start) === 'forward') preRead = readForwardInputBatchIds(workbook, graph, found.start);
  else readAllInputBatchIds(workbook, graph);
  const trace = traceLots(graph, found.start);
  const details = readTraceDetails(workbook, neededRows(trace), preRead);
  details.problems = [...indexProblems, ...(details.problems ?? [])];
  const now = new Date();
  const tracedAt = Utilities.formatDate(now, workbook.timeZone(), 'yyyy-MM-dd HH:mm');
  const tracedBy = userEmail();
  const context = { tracedAt, tracedBy, labels: traceLabels(workbook) };
  // No colons: a sheet name with one cannot be saved to .xlsx (File ▸ Download, or the workbench).
  const stamp = Utilities.formatDate(now, workbook.timeZone(), 'yyyy-MM-dd HH.mm.ss');

  let report: Report;
  let summary: string;
  if (kind === 'trace') {
    const built = buildTraceReport(trace, details, context);
    report = {
      heading: [built.title, `Made by Lotline on ${tracedAt} for ${tracedBy}. Sheets and rows named below are where to fix the data.`],
      tables: built.sections,
    };
    summary = `${built.recall.line}; ${built.problems.length} problem(s)`;
  } else {
    const built = buildRecallList(trace, details, context);
    report = { heading: [built.title, built.recall.line], tables: [built.table] };
    summary = built.recall.line;
  }
  const sheet = writeReportSheet(workbook, `${shortCode(found.start)} ${kind === 'trace' ? 'trace' : 'recall list'} ${stamp}`, report);
  appendLog(workbook, TITLES[kind], `Traced "${found.start.written}" into sheet "${sheet.getName()}": ${summary}`, now, tracedBy);
  // The Log may have been created just now, and a new sheet becomes the active one.
  sheet.activate();
  workbook.saveLayouts();
}

/** The code in the current cell, trimmed; a prompt when it is empty; null when the maker cancels. */
function codeToTrace(cell: GoogleAppsScript.Spreadsheet.Range | null, kind: Kind): string | null {
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

function shortCode(start: TraceStart): string {
  return start.written.length > 60 ? `${start.written.slice(0, 59)}…` : start.written;
}
