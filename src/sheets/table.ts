// One tracking table: its sheet, where its known columns are, and how far its rows go. Reads fetch
// only the columns a job names, one getValues per block of neighbouring columns; appends write all
// new rows in one setValues, leaving the maker's own columns empty.
import { locateColumns, type ColumnLayout } from '../domain/headers';
import { isBlank } from '../domain/cell-values';
import type { SheetSpec } from '../domain/workbook';
import { planColumnBlocks } from './blocks';
import { numberFormatFor, sheetValue, type WritableCell } from './write-cells';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface ColumnRead {
  /** Sheet row of index 0 in every column array. */
  firstRow: number;
  /** Raw cell values, by column key; a column the sheet lacks is absent. */
  columns: Map<string, unknown[]>;
  /** Number of rows read. */
  length: number;
}

export class Table {
  private constructor(
    readonly sheet: Sheet,
    readonly spec: SheetSpec,
    readonly header: unknown[],
    readonly layout: ColumnLayout,
    /** Last row holding anything, header included (0 for an empty sheet). */
    public lastRow: number,
  ) {}

  static open(sheet: Sheet, spec: SheetSpec): Table {
    // getDataRange sizes the table in one call; its first row is the header.
    const dataRange = sheet.getDataRange();
    const lastRow = dataRange.getNumRows();
    const width = dataRange.getNumColumns();
    const header = sheet.getRange(1, 1, 1, width).getValues()[0] ?? [];
    const empty = lastRow === 1 && header.every(isBlank);
    return new Table(sheet, spec, header, locateColumns(header, spec.columns), empty ? 0 : lastRow);
  }

  get name(): string {
    return this.sheet.getName();
  }

  get dataRowCount(): number {
    return Math.max(0, this.lastRow - 1);
  }

  has(key: string): boolean {
    return this.layout.positions.has(key);
  }

  /** Header text of a known column as the maker wrote it (for messages). */
  headerOf(key: string): string {
    const position = this.layout.positions.get(key);
    const written = position === undefined ? '' : String(this.header[position] ?? '').trim();
    return written || (this.spec.columns.find((c) => c.key === key)?.header ?? key);
  }

  /**
   * Read some columns over a span of data rows (default: all of them). Columns the sheet lacks are
   * skipped; the caller decides whether that matters.
   */
  readColumns(keys: readonly string[], span?: { fromRow: number; toRow: number }): ColumnRead {
    const fromRow = Math.max(2, span?.fromRow ?? 2);
    const toRow = Math.min(this.lastRow, span?.toRow ?? this.lastRow);
    const length = Math.max(0, toRow - fromRow + 1);
    const columns = new Map<string, unknown[]>();
    if (length === 0) {
      for (const key of keys) if (this.has(key)) columns.set(key, []);
      return { firstRow: fromRow, columns, length };
    }
    const wanted = keys.filter((key) => this.has(key));
    const positions = wanted.map((key) => this.layout.positions.get(key) as number);
    for (const block of planColumnBlocks(positions, length)) {
      const values = this.sheet.getRange(fromRow, block.start + 1, length, block.width).getValues();
      wanted.forEach((key, index) => {
        const offset = (positions[index] as number) - block.start;
        if (offset < 0 || offset >= block.width) return;
        columns.set(key, values.map((row) => row[offset]));
      });
    }
    return { firstRow: fromRow, columns, length };
  }

  /**
   * Append records at the bottom: whole rows, in the columns we know, leaving the maker's own columns
   * untouched (not even their format). Known columns that stand side by side — all of them, unless the
   * maker inserted a column among ours — take one format call and one setValues for all the rows.
   */
  appendRows(records: readonly Record<string, WritableCell | undefined>[]): { firstRow: number } {
    const firstRow = this.lastRow + 1;
    if (records.length === 0) return { firstRow };
    const needed = firstRow + records.length - 1;
    const maxRows = this.sheet.getMaxRows();
    if (needed > maxRows) this.sheet.insertRowsAfter(maxRows, needed - maxRows);
    const columns = this.spec.columns
      .filter((column) => this.has(column.key))
      .map((column) => ({ column, position: this.layout.positions.get(column.key) as number }))
      .sort((a, b) => a.position - b.position);
    for (const run of sideBySide(columns)) {
      const start = (run[0] as { position: number }).position;
      const range = this.sheet.getRange(firstRow, start + 1, records.length, run.length);
      const formats = run.map(({ column }) => numberFormatFor(column.kind));
      range.setNumberFormats(records.map(() => formats));
      range.setValues(records.map((record) => run.map(({ column }) => sheetValue(record[column.key], column.kind))));
    }
    this.lastRow = needed;
    return { firstRow };
  }
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
