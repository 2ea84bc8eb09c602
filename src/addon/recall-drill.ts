// Menu: Recall drill… — a timed mock recall (traceability.md, "Mock recalls"). Starting picks a lot at
// random among those received in the last 12 months (or takes the maker's code), records the start on
// the server's clock and runs the trace; the sidebar shows every step's mass balance against the
// tolerance, what the trace could not check and the customers identified. Finishing runs the trace
// again (the records as they stand when the drill ends), scores it on the server's clock and appends
// one Recall drills row with a Log row. The drill lives in the document's properties meanwhile.
import {
  drillAbandonRequest,
  drillFinishRequest,
  drillRequestLabel,
  drillStartRequest,
  type DrillAbandonRequest,
  type DrillAbandonResult,
  type DrillFinishRequest,
  type DrillFinishResult,
  type DrillSetup,
  type DrillStartRequest,
  type DrillStartResult,
  type DrillView,
} from '../contract/recall-drill';
import { parseOrExplain } from '../contract/wire-problems';
import { capNotices } from '../domain/notices';
import { describeProblem } from '../domain/problems';
import { drillFindings, DIRECTION_NAMES, type DrillFindings } from '../domain/recall-drill/findings';
import { drillRecord } from '../domain/recall-drill/record';
import { lastDrill, lotsReceivedInLastYear, pickLot } from '../domain/recall-drill/schedule';
import { scoreDrill } from '../domain/recall-drill/score';
import { LayoutCache } from '../sheets/layout-cache';
import { appendLog, userEmail } from '../sheets/log';
import {
  clearDrillInProgress,
  loadDrillInProgress,
  loadDrillSettings,
  newDrillId,
  saveDrillInProgress,
  type DrillInProgress,
} from '../sheets/recall-drill-settings';
import { appendRecallDrill, readDrillDays, readReceivedLots } from '../sheets/recall-drills';
import { traceCode } from '../sheets/trace-code';
import { traceLabels } from '../sheets/trace-reader';
import { Workbook } from '../sheets/workbook';
import { saveUnderDocumentLock } from './save-under-lock';

export { saveRecallDrillSettings } from './recall-drill-settings';

const TITLE = 'Recall drill';
/** A recall list of thousands still crosses, but the sidebar shows this many and counts the rest. */
const MAX_CUSTOMERS = 300;
const MAX_PROBLEMS = 30;

export function showRecallDrillSidebar(): void {
  const page = HtmlService.createHtmlOutputFromFile('RecallDrill').setTitle(TITLE);
  SpreadsheetApp.getUi().showSidebar(page);
}

/** google.script.run: the first screen — settings, the last drill, how many lots a random drill picks from, a drill in progress. */
export function loadRecallDrill(): DrillSetup {
  const workbook = Workbook.active(LayoutCache.load());
  const today = workbook.today();
  const received = readReceivedLots(workbook);
  const recent = lotsReceivedInLastYear(received.lots, today);
  const drills = readDrillDays(workbook);
  const last = lastDrill(drills.days, today, drills.problems.length > 0);
  const drill = loadDrillInProgress();
  const inProgress = drill ? viewOf(workbook, drill) : null;
  workbook.saveLayouts();
  const notices = [
    ...(received.exists
      ? received.problems.map(describeProblem)
      : ['This spreadsheet has no Receipts sheet, so no lot can be picked at random: type a code to drill with.']),
    ...drills.problems.map(describeProblem),
  ];
  return { settings: loadDrillSettings(), lastDrill: last, recentLots: recent.length, inProgress, notices: capNotices(notices) };
}

/** google.script.run: start the clock and trace. A drill already in progress must be finished or abandoned first. */
export function startRecallDrill(request: DrillStartRequest): DrillStartResult {
  const { code: typed } = parseOrExplain(drillStartRequest, request, drillRequestLabel);
  // The clock starts when the maker asks, before the trace: the trace is part of the drill.
  const startedMs = Date.now();
  const workbook = Workbook.active(LayoutCache.load());
  const running = loadDrillInProgress();
  if (running) return { ok: false, problems: [{ field: 'form', message: inProgressMessage(workbook, running) }] };

  let code = typed?.trim() ?? '';
  const picked = code === '' ? 'random' : 'given';
  if (code === '') {
    const recent = lotsReceivedInLastYear(readReceivedLots(workbook).lots, workbook.today());
    code = pickLot(recent, Math.random()) ?? '';
    if (code === '') {
      const message =
        'No lot was received in the last 12 months, so none can be picked at random: type a lot number, batch code or order number.';
      return { ok: false, problems: [{ field: 'code', message }] };
    }
  }
  const traced = traceCode(workbook, code);
  if (traced.kind !== 'traced') {
    return { ok: false, problems: [{ field: 'code', message: traced.kind === 'notFound' ? traced.message : 'Type a code to trace.' }] };
  }
  const drill: DrillInProgress = { id: newDrillId(), code, picked, startedMs, by: userEmail(), settings: loadDrillSettings() };
  const findings = drillFindings(traced.trace, traced.details, contextOf(workbook, drill), drill.settings.tolerancePct);
  const saved = saveUnderDocumentLock(workbook, (): DrillStartResult => {
    const meanwhile = loadDrillInProgress();
    if (meanwhile) return { ok: false, problems: [{ field: 'form', message: inProgressMessage(workbook, meanwhile) }] };
    saveDrillInProgress(drill);
    try {
      appendLog(
        workbook,
        TITLE,
        `Started a recall drill of ${findings.lot}${picked === 'random' ? ' (picked at random)' : ''}`,
        new Date(startedMs),
      );
    } catch (error) {
      // No drill without its Log row.
      clearDrillInProgress();
      throw error;
    }
    return { ok: true, drill: viewFrom(drill, findings, workbook) };
  });
  return saved;
}

/** google.script.run: finish the drill, on the server's clock; the request names the drill and carries the notes, nothing of its time. */
export function finishRecallDrill(request: DrillFinishRequest): DrillFinishResult {
  const { id, ...notes } = parseOrExplain(drillFinishRequest, request, drillRequestLabel);
  const finishedMs = Date.now();
  const workbook = Workbook.active(LayoutCache.load());
  const drill = loadDrillInProgress();
  if (!drill || drill.id !== id) return { ok: false, problems: [{ field: 'form', message: NOT_IN_PROGRESS }] };
  const traced = traceCode(workbook, drill.code);
  if (traced.kind !== 'traced') {
    const why = traced.kind === 'notFound' ? traced.message : '';
    return {
      ok: false,
      problems: [{ field: 'form', message: `${why} The drill cannot be scored: nothing was recorded. Abandon it and start again.` }],
    };
  }
  const findings = drillFindings(traced.trace, traced.details, contextOf(workbook, drill), drill.settings.tolerancePct);
  const score = scoreDrill(findings.balance, findings.notChecked, finishedMs - drill.startedMs, drill.settings);
  const finisher = userEmail();
  const by = finisher === drill.by ? drill.by : `${drill.by} (finished by ${finisher})`;
  const times = {
    day: workbook.localTime(new Date(finishedMs), 'yyyy-MM-dd'),
    started: workbook.localTime(new Date(drill.startedMs), 'yyyy-MM-dd HH:mm:ss'),
    finished: workbook.localTime(new Date(finishedMs), 'yyyy-MM-dd HH:mm:ss'),
  };
  const record = drillRecord(findings, score, notes, times, by);
  const logLine = `Recall drill of ${findings.lot}: ${score.passed ? 'passed' : 'failed'}, ${score.minutes} min, ${findings.batches} batches, ${findings.customers.count} customers, accounted for ${record.accountedPct === null ? 'not known' : `${record.accountedPct}%`}`;
  return saveUnderDocumentLock(workbook, (): DrillFinishResult => {
    const still = loadDrillInProgress();
    if (!still || still.id !== id) return { ok: false, problems: [{ field: 'form', message: NOT_IN_PROGRESS }] };
    const written = appendRecallDrill(workbook, record, logLine);
    if (!written.ok) {
      const message = `Nothing was recorded: the ${written.sheet} sheet could not be written (${written.message}). The drill is still in progress.`;
      return { ok: false, problems: [{ field: 'form', message }] };
    }
    clearDrillInProgress();
    const row = written.written.find((rows) => rows.key === 'recallDrills');
    return {
      ok: true,
      sheet: row?.sheet ?? 'Recall drills',
      row: row?.firstRow ?? 0,
      minutes: score.minutes,
      passed: score.passed,
      verdict: score.verdict,
      accountedPct: record.accountedPct,
      batches: record.batches,
      customers: record.customers,
    };
  });
}

/** google.script.run: stop the drill without recording it; the Log says it was abandoned. */
export function abandonRecallDrill(request: DrillAbandonRequest): DrillAbandonResult {
  const { id } = parseOrExplain(drillAbandonRequest, request, drillRequestLabel);
  const workbook = Workbook.active(LayoutCache.load());
  return saveUnderDocumentLock(workbook, (): DrillAbandonResult => {
    const drill = loadDrillInProgress();
    if (!drill || drill.id !== id) return { ok: false, problems: [{ field: 'form', message: NOT_IN_PROGRESS }] };
    const minutes = Math.max(1, Math.ceil((Date.now() - drill.startedMs) / 60000));
    clearDrillInProgress();
    try {
      appendLog(workbook, TITLE, `Abandoned the recall drill of ${drill.code} after ${minutes} min: nothing recorded in Recall drills`);
    } catch (error) {
      saveDrillInProgress(drill);
      throw error;
    }
    return { ok: true };
  });
}

const NOT_IN_PROGRESS =
  'This drill is no longer in progress: it was finished or abandoned, perhaps in another sidebar. Nothing was recorded. Close this sidebar and open Recall drill… again.';

function inProgressMessage(workbook: Workbook, drill: DrillInProgress): string {
  const since = workbook.localTime(new Date(drill.startedMs), 'yyyy-MM-dd HH:mm');
  return `A recall drill of ${drill.code} is in progress since ${since} (started by ${drill.by}): finish it or abandon it first.`;
}

function contextOf(workbook: Workbook, drill: DrillInProgress) {
  return { tracedAt: workbook.localTime(new Date(), 'yyyy-MM-dd HH:mm'), tracedBy: drill.by, labels: traceLabels(workbook) };
}

/** The drill in progress, traced again to show it (the sidebar was closed, or opened elsewhere). */
function viewOf(workbook: Workbook, drill: DrillInProgress): DrillView {
  const traced = traceCode(workbook, drill.code);
  const findings: DrillFindings =
    traced.kind === 'traced'
      ? drillFindings(traced.trace, traced.details, contextOf(workbook, drill), drill.settings.tolerancePct)
      : {
          lot: drill.code,
          direction: 'forward',
          steps: [],
          balance: { within: false, accountedPct: null, failing: [] },
          batches: 0,
          customers: { count: 0, line: 'Not known: the code could not be traced.', list: [] },
          notChecked: [traced.kind === 'notFound' ? traced.message : 'The code could not be traced.'],
          problems: [],
        };
  return viewFrom(drill, findings, workbook);
}

function viewFrom(drill: DrillInProgress, findings: DrillFindings, workbook: Workbook): DrillView {
  const problems =
    findings.problems.length > MAX_PROBLEMS
      ? [
          ...findings.problems.slice(0, MAX_PROBLEMS),
          `…and ${findings.problems.length - MAX_PROBLEMS} more: Trace this lot lists them all.`,
        ]
      : findings.problems;
  return {
    id: drill.id,
    lot: findings.lot,
    direction: DIRECTION_NAMES[findings.direction],
    picked: drill.picked,
    started: workbook.localTime(new Date(drill.startedMs), 'yyyy-MM-dd HH:mm'),
    elapsedMs: Math.max(0, Date.now() - drill.startedMs),
    settings: drill.settings,
    steps: findings.steps,
    balance: findings.balance,
    batches: findings.batches,
    customers: { ...findings.customers, list: findings.customers.list.slice(0, MAX_CUSTOMERS) },
    notChecked: findings.notChecked,
    problems,
  };
}
