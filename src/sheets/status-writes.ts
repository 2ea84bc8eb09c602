// Holds and releases: the one change Lotline makes to a Receipts or Batches row — its Status cell, and
// nothing else of the row (workbook.md, "Existing cells"). Read under the document lock: the code and
// the Status of exactly the rows asked for, a span of neighbouring rows per call. Written in runs:
// neighbouring rows getting the same Status take one setValues (Apps Script's RangeList.setValue would
// take one call per sheet, but the local runtime has no getRangeList, and the tests must run what ships).
// All or nothing: a sheet without a Status column gets it at its right end first, the Log is made ready
// before the first cell is written, and when a write fails every cell is given back what it held.
import { readChoice, readText } from '../domain/cell-values';
import type { HeldSheet, RowNow, StatusChange } from '../domain/holds/changes';
import { columnSpec, sheetSpec } from '../domain/workbook';
import { addColumnsAtRightEnd } from './add-columns';
import { planRowSpans } from './blocks';
import { appendLogRow, prepareLog } from './log';
import { takeBack } from './undo';
import type { Workbook } from './workbook';
import type { SheetValue } from './write-cells';

const CODE_COLUMN: Record<HeldSheet, string> = { receipts: 'lotNumber', batches: 'batchCode' };

export interface HeldRows {
  /** False when the sheet does not exist. */
  exists: boolean;
  name: string;
  hasStatus: boolean;
  now: Map<number, RowNow>;
  /** The Status cells as they are, to give back if the save fails. */
  before: Map<number, SheetValue>;
}

/** The code and Status of these rows, as the sheet holds them now. */
export function readHeldRows(workbook: Workbook, sheet: HeldSheet, rows: readonly number[]): HeldRows {
  const table = workbook.table(sheet);
  const result: HeldRows = {
    exists: table !== null,
    name: table?.name ?? sheetSpec(sheet).name,
    hasStatus: table?.has('status') ?? false,
    now: new Map(),
    before: new Map(),
  };
  if (!table || rows.length === 0) return result;
  const choices = columnSpec(sheet, 'status').choices ?? [];
  for (const span of planRowSpans(rows, 2)) {
    const read = table.readColumns([CODE_COLUMN[sheet], 'status'], span);
    const codes = read.columns.get(CODE_COLUMN[sheet]) ?? [];
    const statuses = read.columns.get('status');
    for (let index = 0; index < read.length; index++) {
      const row = read.firstRow + index;
      const cell = statuses?.[index] ?? '';
      const typed = readChoice(cell, choices);
      result.now.set(row, { code: readText(codes[index]).trim(), status: typed.ok ? typed.value : readText(cell).trim() });
      result.before.set(row, cell as SheetValue);
    }
  }
  // Read again after a reopen (a stale cached layout): the table knows its columns now.
  result.name = table.name;
  result.hasStatus = table.has('status');
  return result;
}

export type StatusWrite = { ok: true; addedStatusColumn: string[] } | { ok: false; sheet: string; message: string };

/** Call under the document lock, after every change was checked against what readHeldRows read under it. */
export function writeStatuses(
  workbook: Workbook,
  changes: readonly StatusChange[],
  before: Record<HeldSheet, ReadonlyMap<number, SheetValue>>,
  log: { action: string; details: string },
): StatusWrite {
  const undo: (() => void)[] = [];
  const addedStatusColumn: string[] = [];
  let sheet = '';
  try {
    const targets: { key: HeldSheet; column: number; changes: StatusChange[] }[] = [];
    for (const key of ['receipts', 'batches'] as const) {
      const mine = changes.filter((change) => change.sheet === key);
      if (mine.length === 0) continue;
      const table = workbook.table(key);
      sheet = table?.name ?? key;
      if (!table) throw new Error('the sheet is missing');
      table.prepareForWriting();
      if (!table.has('status')) {
        const added = addColumnsAtRightEnd(table, [columnSpec(key, 'status')]);
        undo.push(added.undo);
        addedStatusColumn.push(added.sheet);
      }
      targets.push({ key, column: (table.layout.positions.get('status') as number) + 1, changes: mine });
    }
    sheet = 'Log';
    const logSheet = prepareLog(workbook);
    if (logSheet.undo) undo.push(logSheet.undo);

    for (const { key, column, changes: mine } of targets) {
      const table = workbook.table(key);
      if (!table) throw new Error('the sheet is missing');
      sheet = table.name;
      for (const run of runsOf(mine)) {
        const range = table.sheet.getRange(run.firstRow, column, run.statuses.length, 1);
        const old = run.statuses.map((_, index) => [before[key].get(run.firstRow + index) ?? '']);
        range.setValues(run.statuses.map((status) => [status]));
        undo.push(() => range.setValues(old));
      }
    }
    sheet = logSheet.table.name;
    const added = addedStatusColumn.length > 0 ? `; added a Status column at the right end of ${addedStatusColumn.join(' and ')}` : '';
    appendLogRow(workbook, logSheet.table, log.action, log.details + added);
    return { ok: true, addedStatusColumn };
  } catch (error) {
    takeBack(undo);
    return { ok: false, sheet, message: error instanceof Error ? error.message : String(error) };
  }
}

/** Neighbouring rows getting the same Status, as one range each. */
function runsOf(changes: readonly StatusChange[]): { firstRow: number; statuses: string[] }[] {
  const runs: { firstRow: number; statuses: string[] }[] = [];
  for (const change of [...changes].sort((a, b) => a.row - b.row)) {
    const last = runs[runs.length - 1];
    if (last && last.firstRow + last.statuses.length === change.row && last.statuses[0] === change.to) last.statuses.push(change.to);
    else runs.push({ firstRow: change.row, statuses: [change.to] });
  }
  return runs;
}
