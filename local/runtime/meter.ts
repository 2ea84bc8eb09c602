// What a run would cost on Google, by the benchmark model of shared/platform/apps-script.md ("What calls
// cost", version 2):
//
//   each execution (parsing the bundle, authorization) ............................ 500 ms
//   each service call that needs an answer ........................................  50 ms
//   each cell read ................................................................  30 µs
//   each cell a TextFinder searches (findAll; an assumption, see below) ...........   2 µs
//   each queued document change, at the time of the call ..........................   1 ms
//   each commit of queued changes .......................... 30 ms + 130 µs per cell written since the last commit
//   (+ time spent waiting: Utilities.sleep, a lock another execution holds, added as it would pass)
//
// Executions: one per run of a top-level function — a menu click, a google.script.run call, a trigger
// such as onOpen (loadBundle's call(); runtime.beginExecution()). Loading the bundle is not one: the
// 500 ms of each execution is where Apps Script parses it again.
//
// What counts as a service call — our reading of "every SpreadsheetApp call is a round trip", given that
// Apps Script builds references lazily:
// - NOT counted, because they only build or describe a reference and need no answer from Google:
//   SpreadsheetApp.getActiveSpreadsheet/getActive/getUi, PropertiesService.get*Properties, CacheService.get*Cache,
//   LockService.get*Lock, Session.getActiveUser/getEffectiveUser (the User is a reference; its getEmail()
//   counts), Sheet.getRange (every overload), Spreadsheet.getRange, Range.getRow/getColumn/getNumRows/
//   getNumColumns/getA1Notation/getSheet/getCell/offset, Sheet.getName/getSheetId/getParent, enums,
//   builders (newDataValidation and its chain, and DataValidation getters, which read the built rule),
//   HtmlService output building, Menu building (addItem, addSeparator, addSubMenu; addToUi counts),
//   Utilities.formatDate/getUuid and Logger (computed inside the Apps Script server, no document trip).
// - Document changes (setValues, setFrozenRows, setFontWeights, setColumnWidth, insertRowsAfter,
//   activate, …) are queued, as Apps Script bundles them: each costs 1 ms when it is called and is listed
//   in callsByMethod and queuedChanges, but is not a call.
// - Everything else is 1 call: getValues, getLastRow, getSheets, getSheetByName, insertSheet, alert,
//   getProperty, tryLock, User.getEmail, appendRow, …
//
// Commits — a decision, since the model prices them apart from calls: a commit is NOT a call. It costs
// 30 ms + 130 µs for each cell written since the last commit, and nothing more:
// - before a call to the document that needs an answer (a read, getLastRow, insertSheet…), the queued
//   changes travel with that call, which pays its own 50 ms: the commit adds only its 30 ms + cells;
// - flush() is a commit and only that (not also a 50-ms call), even with nothing queued: the platform's
//   "400 one-row setValues, each followed by a flush, took ~12 s (≈ 30 ms a small commit)" leaves no
//   room for a round trip on top. flush() is listed in callsByMethod and counted in `flushes`;
// - the end of an execution commits what is still queued (no commit when nothing is);
// - appendRow is "a call and a commit": one call (50 ms) and one commit that carries the changes queued
//   before it together with its own row. It is not a queued change (it does not wait), so no 1 ms.
// A lock, a property, the user or a dialog does not carry queued changes (hence Google's advice to
// flush() before releaseLock()).
//
// Cells: every 2-D getter (getValues, getDisplayValues, getFormulas, getSheetValues, and the per-cell
// format getters such as getNumberFormats or getDataValidations) reads numRows×numColumns; single-cell
// getters read 1. Writes that carry one value per cell (setValues, setValue on each cell of its range,
// appendRow, setFormulas, setNumberFormats, setBackgrounds, setFontWeights, setDataValidations) write one
// cell per value; uniform setters (setNumberFormat, setBackground, setFontWeight, clearContent, …) are
// one range-level request and write no cells in this model. `cellsWritten` counts cells when they are
// written; their 130 µs each is charged at the commit that carries them (`cellsPerCommit`), so a
// snapshot taken while changes are still queued shows cells written that no commit has charged yet.
// TextFinder (Range.createTextFinder … findAll): one call, plus 2 µs for each cell of the range searched.
// An ASSUMPTION, not a measurement: Google searches in its own servers and sends back only the ranges
// found, so a cell searched costs far less than a cell read (which travels to the script and is built
// into an array there), but it is never free — a search of a 500,000-row column is priced 1 s.
// reset() zeroes the counters; changes still queued stay queued and are charged to the commit that
// carries them.

export const COST_MODEL = Object.freeze({
  version: 2,
  perExecutionMs: 500,
  perCallMs: 50,
  perCellReadMs: 0.03,
  perCellSearchedMs: 0.002,
  perQueuedChangeMs: 1,
  perCommitMs: 30,
  perCellCommittedMs: 0.13,
});

/** The projected time term by term (ms); projectedMs is their sum. */
export interface CostBreakdown {
  executions: number;
  calls: number;
  cellsRead: number;
  /** 2 µs a cell a TextFinder searched. */
  cellsSearched: number;
  queuedChanges: number;
  /** 30 ms a commit plus 130 µs a cell it carried. */
  commits: number;
  waited: number;
}

export interface MeterSnapshot {
  /** Runs of a top-level function (menu click, google.script.run call, trigger). */
  executions: number;
  /** Service calls that need an answer (appendRow included; commits, flush() and queued changes are not calls). */
  calls: number;
  /** Every public method the script called that Google sees, queued changes and flush() included. */
  callsByMethod: Record<string, number>;
  cellsRead: number;
  /** Cells TextFinder.findAll searched (server side: not read). */
  cellsSearched: number;
  cellsWritten: number;
  /** SpreadsheetApp.flush() calls (each is one of the commits). */
  flushes: number;
  /** Strings written by a script that Sheets turned into formulas (a customer called "=HYPERLINK(…)"). */
  formulasWritten: number;
  /** Times queued document changes were sent to Google: before a read, at flush(), at appendRow, at the end. */
  commits: number;
  /** Cells each commit carried (cells written since the one before), in order. */
  cellsPerCommit: number[];
  /** Document changes queued (not calls: they travel with the commits). */
  queuedChanges: number;
  waitedMs: number;
  /** The time commits cost: 30 ms each + 130 µs per cell carried. */
  commitMs: number;
  costMs: CostBreakdown;
  projectedMs: number;
}

const round = (ms: number): number => Math.round(ms * 1000) / 1000;

export class Meter {
  private executions = 0;
  private calls = 0;
  private byMethod = new Map<string, number>();
  private cellsRead = 0;
  private cellsSearched = 0;
  private cellsWritten = 0;
  private flushes = 0;
  private formulasWritten = 0;
  private cellsPerCommit: number[] = [];
  private queuedChanges = 0;
  private waitedMs = 0;

  /** One run of a top-level function begins. */
  execution(): void {
    this.executions += 1;
  }

  /** A service call that needs an answer: one round trip. */
  call(method: string): void {
    this.calls += 1;
    this.list(method);
  }

  /** A method the script called that is neither a call nor a queued change (flush()). */
  list(method: string): void {
    this.byMethod.set(method, (this.byMethod.get(method) ?? 0) + 1);
  }

  read(cells: number): void {
    this.cellsRead += cells;
  }

  /** Cells a TextFinder searched on Google's side. */
  search(cells: number): void {
    this.cellsSearched += cells;
  }

  write(cells: number): void {
    this.cellsWritten += cells;
  }

  /** SpreadsheetApp.flush(): counted here; its cost is the commit it makes. */
  flush(): void {
    this.flushes += 1;
  }

  formulas(count: number): void {
    this.formulasWritten += count;
  }

  /** A document change queued until the next commit (1 ms at the time of the call). */
  queue(method: string): void {
    this.queuedChanges += 1;
    this.list(method);
  }

  /** Queued changes sent to Google, carrying the cells written since the last commit. Not a call. */
  commit(cells: number): void {
    this.cellsPerCommit.push(cells);
  }

  wait(ms: number): void {
    if (ms > 0) this.waitedMs += ms;
  }

  snapshot(): MeterSnapshot {
    const cellsCommitted = this.cellsPerCommit.reduce((sum, cells) => sum + cells, 0);
    const costMs: CostBreakdown = {
      executions: round(this.executions * COST_MODEL.perExecutionMs),
      calls: round(this.calls * COST_MODEL.perCallMs),
      cellsRead: round(this.cellsRead * COST_MODEL.perCellReadMs),
      cellsSearched: round(this.cellsSearched * COST_MODEL.perCellSearchedMs),
      queuedChanges: round(this.queuedChanges * COST_MODEL.perQueuedChangeMs),
      commits: round(this.cellsPerCommit.length * COST_MODEL.perCommitMs + cellsCommitted * COST_MODEL.perCellCommittedMs),
      waited: round(this.waitedMs),
    };
    const projectedMs =
      this.executions * COST_MODEL.perExecutionMs +
      this.calls * COST_MODEL.perCallMs +
      this.cellsRead * COST_MODEL.perCellReadMs +
      this.cellsSearched * COST_MODEL.perCellSearchedMs +
      this.queuedChanges * COST_MODEL.perQueuedChangeMs +
      this.cellsPerCommit.length * COST_MODEL.perCommitMs +
      cellsCommitted * COST_MODEL.perCellCommittedMs +
      this.waitedMs;
    return {
      executions: this.executions,
      calls: this.calls,
      callsByMethod: Object.fromEntries([...this.byMethod.entries()].sort(([a], [b]) => a.localeCompare(b))),
      cellsRead: this.cellsRead,
      cellsSearched: this.cellsSearched,
      cellsWritten: this.cellsWritten,
      flushes: this.flushes,
      formulasWritten: this.formulasWritten,
      commits: this.cellsPerCommit.length,
      cellsPerCommit: [...this.cellsPerCommit],
      queuedChanges: this.queuedChanges,
      waitedMs: this.waitedMs,
      commitMs: costMs.commits,
      costMs,
      projectedMs: round(projectedMs),
    };
  }

  reset(): void {
    this.executions = 0;
    this.calls = 0;
    this.byMethod.clear();
    this.cellsRead = 0;
    this.cellsSearched = 0;
    this.cellsWritten = 0;
    this.flushes = 0;
    this.formulasWritten = 0;
    this.cellsPerCommit = [];
    this.queuedChanges = 0;
    this.waitedMs = 0;
  }
}
