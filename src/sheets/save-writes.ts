// A save writes rows into one or more sheets and then one Log row, and is all or nothing: a receipt
// without its Log row, three presses of Save leaving three lots, or a batch without its inputs would
// each be a record nobody can trust. So everything the rows need is made ready before the first row is
// written — each sheet with the columns its values go in (add-columns.ts), the Log created or completed
// (log.ts) — and when a write still fails (a protected sheet, a sheet deleted meanwhile), everything
// written is taken back, last first, and the failure is reported with its sheet.
import { takeBack } from './undo';
import { sheetSpec, type ColumnSpec, type SheetKey } from '../domain/workbook';
import { addColumnsAtRightEnd } from './add-columns';
import { appendLogRow, prepareLog } from './log';
import type { AppendedRows, Table } from './table';
import type { Workbook } from './workbook';
import type { WritableCell } from './write-cells';

export interface RowsToAppend {
  key: SheetKey;
  /** Keyed by the column keys of workbook.ts (domain records: ReceiptRecord, BatchRecord…). */
  records: readonly object[];
  /** Columns whose value a blank cell already means (a batch's Unit is its product's): not added for it. */
  impliedByBlank?: readonly string[];
}

export interface WrittenRows {
  key: SheetKey;
  sheet: string;
  firstRow: number;
  count: number;
}

/** Known columns a save added at the right end of a sheet so that no value was dropped. */
export interface AddedColumnsNote {
  sheet: string;
  columns: string[];
}

export type SaveWrite =
  { ok: true; written: WrittenRows[]; addedColumns: AddedColumnsNote[] } | { ok: false; sheet: string; message: string };

export interface LogEntry {
  action: string;
  /** The Log's sentence, told where the rows went. */
  details: (written: readonly WrittenRows[]) => string;
}

/** Call under the document lock, after everything to write was checked against what was read under it. */
export function writeAllOrNothing(workbook: Workbook, rows: readonly RowsToAppend[], log: LogEntry): SaveWrite {
  const undo: (() => void)[] = [];
  const addedColumns: AddedColumnsNote[] = [];
  let sheet = '';
  try {
    const targets: { rows: RowsToAppend; table: Table }[] = [];
    for (const each of rows) {
      if (each.records.length === 0) continue;
      const table = workbook.table(each.key);
      sheet = table?.name ?? sheetSpec(each.key).name;
      if (!table) throw new Error('the sheet is missing');
      table.prepareForWriting();
      const missing = columnsNeeded(table, each);
      if (missing.length > 0) {
        const added = addColumnsAtRightEnd(table, missing);
        undo.push(added.undo);
        addedColumns.push({ sheet: added.sheet, columns: added.columns });
      }
      targets.push({ rows: each, table });
    }
    sheet = 'Log';
    const logSheet = prepareLog(workbook);
    if (logSheet.undo) undo.push(logSheet.undo);
    if (logSheet.added) addedColumns.push({ sheet: logSheet.added.sheet, columns: logSheet.added.columns });

    const written: WrittenRows[] = [];
    for (const { rows: each, table } of targets) {
      sheet = table.name;
      const appended: AppendedRows = table.appendRows(cellsOf(each));
      undo.push(() => table.removeAppended(appended));
      written.push({ key: each.key, sheet: table.name, firstRow: appended.firstRow, count: appended.count });
    }
    sheet = logSheet.table.name;
    appendLogRow(workbook, logSheet.table, log.action, log.details(written) + addedColumnsClause(addedColumns));
    return { ok: true, written, addedColumns };
  } catch (error) {
    takeBack(undo);
    return { ok: false, sheet, message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Known columns the sheet lacks that a record has a value for. A blank cell of a choice column means
 * its first choice (Condition OK, Status Available), so that value needs no column.
 */
function columnsNeeded(table: Table, rows: RowsToAppend): ColumnSpec[] {
  const carries = (column: ColumnSpec, value: WritableCell | undefined) =>
    value !== null && value !== undefined && value !== '' && value !== column.choices?.[0];
  return table.spec.columns.filter(
    (column) =>
      !table.has(column.key) &&
      !(rows.impliedByBlank ?? []).includes(column.key) &&
      cellsOf(rows).some((record) => carries(column, record[column.key])),
  );
}

function cellsOf(rows: RowsToAppend): readonly Record<string, WritableCell | undefined>[] {
  return rows.records as readonly Record<string, WritableCell | undefined>[];
}

/** "Receipts row 58", "Batch inputs rows 310–315", as the maker's sheets are named. */
export function describeWritten(written: readonly WrittenRows[]): string {
  return written
    .map(({ sheet, firstRow, count }) => (count === 1 ? `${sheet} row ${firstRow}` : `${sheet} rows ${firstRow}–${firstRow + count - 1}`))
    .join(', ');
}

function addedColumnsClause(added: readonly AddedColumnsNote[]): string {
  if (added.length === 0) return '';
  return `; added ${added.map(({ sheet, columns }) => `${columns.join(', ')} to ${sheet}`).join(' and ')} at the right end`;
}
