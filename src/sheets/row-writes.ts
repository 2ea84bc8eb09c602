// How Table.appendRows puts records into a sheet: our known columns only, those standing side by side
// in one range (one format call and one setValues for all the rows — all of them, unless the maker
// inserted a column among ours), and how the cells are given back when the save is taken back.
import type { ColumnSpec } from '../domain/workbook';
import { formatForNewCells, sheetValue, type WritableCell } from './write-cells';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** What one run of side-by-side columns held before it was written over. */
export interface OverwrittenCells {
  /** 0-based first column. */
  start: number;
  width: number;
  /** Values, with the formula where a cell had one. */
  values: unknown[][];
  formats: string[][];
}

/** Rows appendRows wrote, as removeAppended takes them back. */
export interface AppendedRows {
  firstRow: number;
  count: number;
  /** Rows added at the sheet's end to make room. */
  grownBy: number;
  /** When the maker's checkboxes or formulas stand below the new rows, what our cells held; else null. */
  overwritten: OverwrittenCells[] | null;
}

export interface WriteOptions {
  /** A row whose formats are the columns' own (the first data row): a date column keeps its date format. Null: ISO. */
  formatsFromRow: number | null;
  /** Keep what the cells held, to put it back (the rows written are not the sheet's last). */
  keepOverwritten: boolean;
}

/**
 * Write the records from `firstRow` on, each value in its column's cell, text as text. One read of the
 * format row per run of columns with a date in it; with keepOverwritten, three reads per run.
 */
export function writeRecords(
  sheet: Sheet,
  columns: readonly { column: ColumnSpec; position: number }[],
  firstRow: number,
  records: readonly Record<string, WritableCell | undefined>[],
  options: WriteOptions,
): OverwrittenCells[] | null {
  const overwritten: OverwrittenCells[] | null = options.keepOverwritten ? [] : null;
  for (const run of sideBySide([...columns].sort((a, b) => a.position - b.position))) {
    const start = (run[0] as { position: number }).position;
    const range = sheet.getRange(firstRow, start + 1, records.length, run.length);
    const dated = run.some(({ column }) => column.kind === 'day' || column.kind === 'timestamp');
    const own =
      dated && options.formatsFromRow !== null
        ? (sheet.getRange(options.formatsFromRow, start + 1, 1, run.length).getNumberFormats()[0] ?? [])
        : [];
    const formats = run.map(({ column }, index) => formatForNewCells(column.kind, own[index] ?? null));
    if (overwritten) overwritten.push({ start, width: run.length, ...cellsOf(range) });
    range.setNumberFormats(records.map(() => formats));
    range.setValues(records.map((record) => run.map(({ column }) => sheetValue(record[column.key], column.kind))));
  }
  return overwritten;
}

/** Give the cells of `count` rows from `firstRow` back what they held: formats first, so a formula is one again. */
export function restoreOverwritten(sheet: Sheet, firstRow: number, count: number, overwritten: readonly OverwrittenCells[]): void {
  for (const { start, width, values, formats } of overwritten) {
    const range = sheet.getRange(firstRow, start + 1, count, width);
    range.setNumberFormats(formats);
    range.setValues(values as (string | number | boolean | Date)[][]);
  }
}

/** What a range holds before it is written over: values, a formula where there was one, and formats. */
function cellsOf(range: Range): { values: unknown[][]; formats: string[][] } {
  const values = range.getValues();
  const formulas = range.getFormulas();
  return {
    values: values.map((row, r) => row.map((value, c) => formulas[r]?.[c] || value)),
    formats: range.getNumberFormats(),
  };
}

function sideBySide<T extends { position: number }>(columns: readonly T[]): T[][] {
  const runs: T[][] = [];
  for (const column of columns) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && column.position === last.position + 1) run.push(column);
    else runs.push([column]);
  }
  return runs;
}
