// One tracking table: its sheet, where its known columns are, and how far its rows go. Reads fetch
// only the columns a job names, one getValues per block of neighbouring columns; appends write all
// new rows in one setValues, leaving the maker's own columns empty.
//
// A table opened from the layout cache (layout-cache.ts) has not asked Google anything yet: its first
// full read takes the header row along with the data and checks it; if the columns moved, the table
// is opened again the slow way and the read repeated. Until then its row count is only a hint.
import { columnLetter, headerKey, locateColumns, type ColumnLayout } from '../domain/headers';
import { isBlank } from '../domain/cell-values';
import type { SheetSpec } from '../domain/workbook';
import { planColumnBlocks } from './blocks';
import { restoreOverwritten, writeRecords, type AppendedRows } from './row-writes';
import { lastRecordIndex, lastRecordRow } from './table-end';
import { sheetValue, type WritableCell } from './write-cells';

export type { AppendedRows } from './row-writes';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface ColumnRead {
  /** Sheet row of index 0 in every column array. */
  firstRow: number;
  /** Raw cell values, by column key; a column the sheet lacks is absent. */
  columns: Map<string, unknown[]>;
  /** Number of rows read. */
  length: number;
}

/**
 * A cell the caller wants the value of if a read happens to cover it (1-based row and column), so
 * that it costs no call of its own: the current cell of a trace, when it is a code the trace reads anyway.
 */
export interface WatchedCell {
  row: number;
  column: number;
  seen: boolean;
  value: unknown;
}

/** How a table opened from the cache finds its sheet again, the slow way, when the cache was wrong. */
export type Rediscover = () => Sheet | null;

export class Table {
  /** False until Google has confirmed the header (always true for a table opened the slow way). */
  private verified: boolean;
  /** Called with the fresh table after it was opened again because the cache was stale. */
  onReopen: ((table: Table) => void) | null = null;
  /** See WatchedCell. */
  watched: WatchedCell | null = null;

  private constructor(
    public sheet: Sheet,
    readonly spec: SheetSpec,
    public header: unknown[],
    public layout: ColumnLayout,
    /** Last row holding anything, header included (0 for an empty sheet); a hint until verified. */
    public lastRow: number,
    private readonly rediscover: Rediscover | null,
  ) {
    this.verified = rediscover === null;
  }

  static open(sheet: Sheet, spec: SheetSpec): Table {
    const { header, lastRow } = readHeader(sheet);
    return new Table(sheet, spec, header, locateColumns(header, spec.columns), lastRow, null);
  }

  /** A sheet this execution just created with this header row: nothing to ask Google. */
  static created(sheet: Sheet, spec: SheetSpec, header: string[]): Table {
    return new Table(sheet, spec, header, locateColumns(header, spec.columns), 1, null);
  }

  /** A table as the layout cache remembers it; nothing is asked of Google until it is read. */
  static fromCache(sheet: Sheet, spec: SheetSpec, header: string[], rowsHint: number, rediscover: Rediscover): Table {
    return new Table(sheet, spec, header, locateColumns(header, spec.columns), rowsHint, rediscover);
  }

  get isVerified(): boolean {
    return this.verified;
  }

  /** The sheet's last row as Google has it now (a cached table's is only a hint): asked once an execution. */
  exactLastRow(): number {
    if (!this.verified) this.reopen();
    return this.lastRow;
  }

  private writable = false;

  private maxRows: number | null = null;

  /** Last row a read of this execution saw a record in (0: none seen); see table-end.ts. */
  private lastRecordSeen = 0;

  /**
   * The exact last row and the header as Google has them now, not the cache's word: what writing
   * needs. Costs nothing for a table opened the slow way in this execution.
   */
  prepareForWriting(): void {
    if (this.writable || (this.verified && !this.rediscover)) return;
    // The sheet was found by name; only its size and header need asking, not the list of sheets.
    this.reopen(false);
    this.maxRows = this.sheet.getMaxRows();
    this.writable = true;
  }

  /** A header row written since the table was opened (columns added at its right end). */
  adoptHeader(header: unknown[]): void {
    this.header = header;
    this.layout = locateColumns(header, this.spec.columns);
    this.lastRow = Math.max(this.lastRow, 1);
  }

  /** The last row of the table's records: its last row with data in its own columns (table-end.ts). */
  private recordEnd(): number {
    if (this.lastRow <= 1 || this.lastRecordSeen >= this.lastRow) return this.lastRow;
    const positions = [...this.layout.positions.values()];
    const found = lastRecordRow(this.sheet, positions, Math.max(2, this.lastRecordSeen + 1), this.lastRow);
    return found ?? Math.max(1, this.lastRecordSeen);
  }

  private noteRecords(firstRow: number, columns: Iterable<readonly unknown[]>): void {
    for (const cells of columns) this.lastRecordSeen = Math.max(this.lastRecordSeen, firstRow + lastRecordIndex(cells));
  }

  /** Open again the slow way: the sheet by name, its size and its header row. */
  private reopen(findSheetAgain = true): void {
    const sheet = (findSheetAgain ? this.rediscover?.() : null) ?? this.sheet;
    const { header, lastRow } = readHeader(sheet);
    this.sheet = sheet;
    this.header = header;
    this.layout = locateColumns(header, this.spec.columns);
    this.lastRow = lastRow;
    this.verified = true;
    this.onReopen?.(this);
  }

  get name(): string {
    return this.sheet.getName();
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
    if (!this.verified) {
      // A column the cache says is missing may have been added since: ask Google before saying so.
      const unverifiable = span !== undefined || keys.some((key) => !this.has(key));
      if (!unverifiable) {
        const read = this.readWithHeader(keys);
        if (read) return read;
      }
      this.reopen();
    }
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
      this.notice(values, fromRow, block);
      wanted.forEach((key, index) => {
        const offset = (positions[index] as number) - block.start;
        if (offset < 0 || offset >= block.width) return;
        columns.set(
          key,
          values.map((row) => row[offset]),
        );
      });
    }
    this.noteRecords(fromRow, columns.values());
    return { firstRow: fromRow, columns, length };
  }

  private notice(values: unknown[][], firstRow: number, block: { start: number; width: number }): void {
    const watched = this.watched;
    if (!watched) return;
    const row = values[watched.row - firstRow];
    const offset = watched.column - 1 - block.start;
    if (row === undefined || offset < 0 || offset >= block.width) return;
    watched.seen = true;
    watched.value = row[offset];
  }

  /**
   * Append one record with Sheet.appendRow, which Sheets places below the last row and which needs no
   * read: for the add-on's own Log, whose columns the add-on wrote. The strings must be ones Sheets
   * reads back as the same text (appendRow reads them as typed).
   */
  appendOneRow(record: Record<string, WritableCell | undefined>): void {
    if (this.layout.positions.size === 0)
      throw new Error(`The ${this.name} sheet has none of the columns ${this.spec.columns.map((c) => c.header).join(', ')}.`);
    const width = Math.max(...this.layout.positions.values()) + 1;
    const row: (string | number | boolean | Date)[] = new Array(width).fill('');
    for (const column of this.spec.columns) {
      const position = this.layout.positions.get(column.key);
      if (position !== undefined) row[position] = sheetValue(record[column.key], column.kind);
    }
    this.sheet.appendRow(row);
    this.lastRow += 1;
  }

  /**
   * Read whole columns from row 1 to the sheet's end without knowing its size (open-ended A1 ranges:
   * no call for the size), checking the header cells against the cached layout. Null when they differ.
   */
  private readWithHeader(keys: readonly string[]): ColumnRead | null {
    const positions = keys.map((key) => this.layout.positions.get(key) as number);
    const blocks: { start: number; values: unknown[][] }[] = [];
    for (const block of planColumnBlocks(positions, Math.max(1, this.lastRow))) {
      const a1 = `${columnLetter(block.start)}1:${columnLetter(block.start + block.width - 1)}`;
      const values = this.sheet.getRange(a1).getValues();
      this.notice(values, 1, block);
      const headerRow = values[0] ?? [];
      for (const position of positions) {
        const offset = position - block.start;
        if (offset < 0 || offset >= block.width) continue;
        if (headerKey(headerRow[offset]) !== headerKey(this.header[position])) return null;
      }
      blocks.push({ start: block.start, values });
    }
    // Open-ended ranges run to the sheet's last row; trailing blank rows are not records.
    let length = 0;
    const columns = new Map<string, unknown[]>();
    keys.forEach((key, index) => {
      const position = positions[index] as number;
      const block = blocks.find((b) => position >= b.start && position < b.start + (b.values[0]?.length ?? 0));
      const cells = (block?.values ?? []).slice(1).map((row) => row[position - (block?.start ?? 0)]);
      let last = cells.length;
      while (last > 0 && isBlank(cells[last - 1])) last--;
      length = Math.max(length, last);
      columns.set(key, cells);
    });
    this.noteRecords(2, columns.values());
    for (const [key, cells] of columns) columns.set(key, cells.slice(0, length));
    this.verified = true;
    this.lastRow = Math.max(this.lastRow, length + 1);
    return { firstRow: 2, columns, length };
  }

  /**
   * Append records right after the last record: whole rows, in the columns we know, leaving the maker's
   * own columns untouched (not even their format). Known columns that stand side by side — all of them,
   * unless the maker inserted a column among ours — take one format call and one setValues for all the
   * rows. A date column keeps the date format of its first data row (one read per such run of columns).
   */
  appendRows(records: readonly Record<string, WritableCell | undefined>[]): AppendedRows {
    this.prepareForWriting();
    const end = this.recordEnd();
    const firstRow = end + 1;
    if (records.length === 0) return { firstRow, count: 0, grownBy: 0, overwritten: null };
    const needed = firstRow + records.length - 1;
    const maxRows = this.maxRows ?? this.sheet.getMaxRows();
    const grownBy = Math.max(0, needed - maxRows);
    if (grownBy > 0) this.sheet.insertRowsAfter(maxRows, grownBy);
    this.maxRows = Math.max(maxRows, needed);
    const columns = this.spec.columns
      .filter((column) => this.has(column.key))
      .map((column) => ({ column, position: this.layout.positions.get(column.key) as number }));
    const overwritten = writeRecords(this.sheet, columns, firstRow, records, {
      // The first data row holds the column's own date format, when it has one.
      formatsFromRow: end >= 2 ? 2 : null,
      // Checkboxes or formulas of the maker's below the last record: the rows written are not the last.
      keepOverwritten: this.lastRow > end,
    });
    this.lastRow = Math.max(this.lastRow, needed);
    this.lastRecordSeen = needed;
    return { firstRow, count: records.length, grownBy, overwritten };
  }

  /**
   * Take back rows appendRows wrote in this execution (what it returned), when a later write of the same
   * save failed. When they are the last rows of the sheet, deleting them and putting back the empty rows
   * it had leaves the sheet as it was; Sheets refuses to delete every non-frozen row, and then their
   * cells are emptied instead (blank rows are no records). When the maker's checkboxes or formulas stand
   * below, our cells get back what they held.
   */
  removeAppended(appended: AppendedRows): void {
    const { firstRow, count, grownBy, overwritten } = appended;
    if (count <= 0) return;
    if (overwritten) restoreOverwritten(this.sheet, firstRow, count, overwritten);
    else {
      try {
        this.sheet.deleteRows(firstRow, count);
        const emptied = count - grownBy;
        if (emptied > 0) this.sheet.insertRowsAfter(firstRow - 1, emptied);
        if (this.maxRows !== null) this.maxRows -= grownBy;
      } catch {
        this.sheet.getRange(firstRow, 1, count, this.sheet.getMaxColumns()).clearContent();
      }
      this.lastRow = Math.min(this.lastRow, firstRow - 1);
    }
    this.lastRecordSeen = Math.min(this.lastRecordSeen, firstRow - 1);
  }
}

function readHeader(sheet: Sheet): { header: unknown[]; lastRow: number } {
  // getDataRange sizes the table in one call; its first row is the header.
  const dataRange = sheet.getDataRange();
  const lastRow = dataRange.getNumRows();
  const header = sheet.getRange(1, 1, 1, dataRange.getNumColumns()).getValues()[0] ?? [];
  return { header, lastRow: lastRow === 1 && header.every(isBlank) ? 0 : lastRow };
}
