// What a run would cost on Google, by the benchmark model of shared/platform/apps-script.md:
// 50 ms per service call + 30 µs per cell read + 12 µs per cell written + 500 ms per flush.
//
// What counts as a service call — our reading of "every SpreadsheetApp call is a round trip", given that
// Apps Script builds references lazily:
// - NOT counted, because they only build or describe a reference and need no answer from Google:
//   SpreadsheetApp.getActiveSpreadsheet/getActive/getUi, PropertiesService.get*Properties,
//   LockService.get*Lock, Session.getActiveUser/getEffectiveUser (the User is a reference; its getEmail()
//   counts), Sheet.getRange (every overload), Spreadsheet.getRange, Range.getRow/getColumn/getNumRows/
//   getNumColumns/getA1Notation/getSheet/getCell/offset, Sheet.getName/getSheetId/getParent, enums,
//   builders (newDataValidation and its chain, and DataValidation getters, which read the built rule),
//   HtmlService output building, Menu building (addItem, addSeparator, addSubMenu; addToUi counts),
//   Utilities.formatDate/getUuid and Logger (computed inside the Apps Script server, no document trip).
// - Document changes (setValues, setFrozenRows, setFontWeights, insertRowsAfter, appendRow, activate, …)
//   are queued, as Apps Script bundles them: they are listed in callsByMethod but the calls that count
//   are the commits — one for each time queued changes travel to Google, which is with the next call
//   that needs an answer, with flush(), or at the end of the execution ("commit" in callsByMethod).
// - Everything else is 1 call: getValues, getLastRow, getSheets, getSheetByName, insertSheet, alert,
//   getProperty, tryLock, User.getEmail, flush (1 call + 1 flush), …
// Cells: every 2-D getter (getValues, getDisplayValues, getFormulas, getSheetValues, and the per-cell
// format getters such as getNumberFormats or getDataValidations) reads numRows×numColumns; single-cell
// getters read 1. Writes that carry one value per cell (setValues, setValue on each cell of its range,
// appendRow, setFormulas, setNumberFormats, setBackgrounds, setFontWeights, setDataValidations) write one
// cell per value; uniform setters (setNumberFormat, setBackground, clearContent, …) are one range-level
// request and write no cells in this model.
// Time spent waiting (Utilities.sleep, a lock another execution holds) is added as it would pass.

export const COST_MODEL = Object.freeze({ perCallMs: 50, perCellReadMs: 0.03, perCellWrittenMs: 0.012, perFlushMs: 500 });

export interface MeterSnapshot {
  calls: number;
  callsByMethod: Record<string, number>;
  cellsRead: number;
  cellsWritten: number;
  flushes: number;
  /** Strings written by a script that Sheets turned into formulas (a customer called "=HYPERLINK(…)"). */
  formulasWritten: number;
  /** Times queued document changes were sent to Google (each is one of the calls). */
  commits: number;
  /** Document changes queued (not calls themselves: they travel with the commits). */
  queuedChanges: number;
  waitedMs: number;
  projectedMs: number;
}

export class Meter {
  private calls = 0;
  private byMethod = new Map<string, number>();
  private cellsRead = 0;
  private cellsWritten = 0;
  private flushes = 0;
  private formulasWritten = 0;
  private commits = 0;
  private queuedChanges = 0;
  private waitedMs = 0;

  call(method: string): void {
    this.calls += 1;
    this.byMethod.set(method, (this.byMethod.get(method) ?? 0) + 1);
  }

  read(cells: number): void {
    this.cellsRead += cells;
  }

  write(cells: number): void {
    this.cellsWritten += cells;
  }

  flush(): void {
    this.flushes += 1;
  }

  formulas(count: number): void {
    this.formulasWritten += count;
  }

  /** A document change queued until the next commit. */
  queue(method: string): void {
    this.queuedChanges += 1;
    this.byMethod.set(method, (this.byMethod.get(method) ?? 0) + 1);
  }

  /** Queued changes sent to Google: one round trip. */
  commit(): void {
    this.commits += 1;
    this.call('commit');
  }

  wait(ms: number): void {
    if (ms > 0) this.waitedMs += ms;
  }

  snapshot(): MeterSnapshot {
    const projectedMs =
      this.calls * COST_MODEL.perCallMs +
      this.cellsRead * COST_MODEL.perCellReadMs +
      this.cellsWritten * COST_MODEL.perCellWrittenMs +
      this.flushes * COST_MODEL.perFlushMs +
      this.waitedMs;
    return {
      calls: this.calls,
      callsByMethod: Object.fromEntries([...this.byMethod.entries()].sort(([a], [b]) => a.localeCompare(b))),
      cellsRead: this.cellsRead,
      cellsWritten: this.cellsWritten,
      flushes: this.flushes,
      formulasWritten: this.formulasWritten,
      commits: this.commits,
      queuedChanges: this.queuedChanges,
      waitedMs: this.waitedMs,
      projectedMs: Math.round(projectedMs * 1000) / 1000,
    };
  }

  reset(): void {
    this.calls = 0;
    this.byMethod.clear();
    this.cellsRead = 0;
    this.cellsWritten = 0;
    this.flushes = 0;
    this.formulasWritten = 0;
    this.commits = 0;
    this.queuedChanges = 0;
    this.waitedMs = 0;
  }
}
