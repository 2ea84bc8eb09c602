// The values of one sheet: dense per-row arrays up to the sheet's content (not up to maxRows), with
// formula texts in a sparse layer. A 500,000 × 10 sheet is 500,000 small arrays; reading one column of
// it is one pass. Nothing here knows about metering, protection or typed input — LocalRange does that.
// A formula cell's slot holds a marker (so it counts as content, whatever it computes); its value
// comes from the spreadsheet's formula engine (formulas.ts) when read.
import type { Rect } from './a1';
import { CellLayer } from './cell-layer';
import { FORMULA_PLACEHOLDER, isDate, type StoredCell } from './cell-values';
import { contentChanged } from './formulas';

type Row = StoredCell[];

export class SheetGrid {
  private rows: (Row | undefined)[] = [];
  /** Formula text of formula cells; their value slot holds FORMULA_PLACEHOLDER. */
  readonly formulas = new CellLayer<string>();
  /** The value a formula cell was loaded with (an .xlsx keeps each formula's last value). */
  readonly lastResults = new CellLayer<StoredCell>();
  /** A formula cell's computed value; set by the sheet, which knows the spreadsheet's engine. */
  evaluate: (row: number, column: number) => StoredCell = () => FORMULA_PLACEHOLDER;
  private lastRowCache: number | null = 0;
  private lastColumnCache: number | null = 0;

  /** What getValue shows: a formula cell's computed value. */
  cell(row: number, column: number): StoredCell {
    const value = this.rows[row - 1]?.[column - 1] ?? '';
    return value === FORMULA_PLACEHOLDER && this.formulas.size > 0 ? this.evaluate(row, column) : value;
  }

  /** What the cell stores: FORMULA_PLACEHOLDER for a formula cell. */
  rawCell(row: number, column: number): StoredCell {
    return this.rows[row - 1]?.[column - 1] ?? '';
  }

  formulaAt(row: number, column: number): string | undefined {
    return this.formulas.size > 0 ? this.formulas.get(row, column) : undefined;
  }

  lastResultAt(row: number, column: number): StoredCell | undefined {
    return this.lastResults.size > 0 ? this.lastResults.get(row, column) : undefined;
  }

  /** A formula with the value it was last computed to, as an .xlsx carries it; the engine recomputes it. */
  loadFormula(row: number, column: number, formula: string, lastResult: StoredCell | undefined): void {
    this.write(row, column, '', formula);
    this.lastResults.set(row, column, lastResult === '' ? undefined : lastResult);
  }

  /** Every stored date replaced by what `move` makes of it (a time zone change: see LocalSpreadsheet). */
  moveDates(move: (date: Date) => Date): void {
    for (const row of this.rows) {
      if (!row) continue;
      for (let index = 0; index < row.length; index += 1) {
        const value = row[index];
        if (isDate(value)) row[index] = move(value);
      }
    }
  }

  /** A fresh 2-D copy; stored Dates come back as new objects of the script's own Date constructor. */
  read(rect: Rect, ScriptDate: DateConstructor): unknown[][] {
    const out: unknown[][] = new Array(rect.numRows);
    const first = rect.column - 1;
    for (let index = 0; index < rect.numRows; index += 1) {
      const source = this.rows[rect.row - 1 + index];
      const line: unknown[] = new Array(rect.numColumns);
      for (let offset = 0; offset < rect.numColumns; offset += 1) {
        let value = source === undefined ? undefined : source[first + offset];
        if (value === FORMULA_PLACEHOLDER && this.formulas.size > 0) value = this.evaluate(rect.row + index, rect.column + offset);
        line[offset] = value === undefined ? '' : typeof value === 'object' ? new ScriptDate(value.getTime()) : value;
      }
      out[index] = line;
    }
    return out;
  }

  write(row: number, column: number, value: StoredCell, formula?: string): void {
    contentChanged();
    if (this.lastResults.size > 0) this.lastResults.set(row, column, undefined);
    if (formula !== undefined) {
      this.formulas.set(row, column, formula);
      value = FORMULA_PLACEHOLDER;
    } else if (this.formulas.size > 0) {
      this.formulas.set(row, column, undefined);
    }
    let line = this.rows[row - 1];
    if (line === undefined) {
      if (value === '') return;
      line = [];
      this.rows[row - 1] = line;
    }
    if (value === '' && column > line.length) return;
    while (line.length < column - 1) line.push('');
    line[column - 1] = value;
    this.noteWrite(row, column, value !== '');
  }

  clear(rect: Rect): void {
    contentChanged();
    this.formulas.clear(rect);
    this.lastResults.clear(rect);
    const lastRow = Math.min(rect.row + rect.numRows - 1, this.rows.length);
    for (let row = rect.row; row <= lastRow; row += 1) {
      const line = this.rows[row - 1];
      if (!line) continue;
      const end = Math.min(rect.column + rect.numColumns - 1, line.length);
      for (let column = rect.column; column <= end; column += 1) line[column - 1] = '';
      if (line.every((value) => value === '')) this.rows[row - 1] = undefined;
    }
    this.lastRowCache = null;
    this.lastColumnCache = null;
  }

  private noteWrite(row: number, column: number, content: boolean): void {
    if (content) {
      if (this.lastRowCache !== null) this.lastRowCache = Math.max(this.lastRowCache, row);
      if (this.lastColumnCache !== null) this.lastColumnCache = Math.max(this.lastColumnCache, column);
    } else {
      if (this.lastRowCache !== null && row >= this.lastRowCache) this.lastRowCache = null;
      if (this.lastColumnCache !== null && column >= this.lastColumnCache) this.lastColumnCache = null;
    }
  }

  /** The last row holding a value or formula; 0 when there is none. Formats do not count. */
  lastRow(): number {
    if (this.lastRowCache === null) {
      let row = this.rows.length;
      while (row > 0 && !this.rows[row - 1]?.some((value) => value !== '')) row -= 1;
      this.rows.length = row;
      this.lastRowCache = row;
    }
    return this.lastRowCache;
  }

  lastColumn(): number {
    if (this.lastColumnCache === null) {
      let last = 0;
      for (const line of this.rows) {
        if (!line) continue;
        let column = line.length;
        while (column > last && line[column - 1] === '') column -= 1;
        if (column > last) last = column;
      }
      this.lastColumnCache = last;
    }
    return this.lastColumnCache;
  }

  /** Last column with content within one row (0 when the row is empty). */
  lastColumnOfRow(row: number): number {
    const line = this.rows[row - 1];
    if (!line) return 0;
    let column = line.length;
    while (column > 0 && line[column - 1] === '') column -= 1;
    return column;
  }

  insertRows(at: number, count: number): void {
    contentChanged();
    this.formulas.insertRows(at, count, null);
    this.lastResults.insertRows(at, count, null);
    if (at - 1 < this.rows.length) {
      const old = this.rows.length;
      this.rows.length = old + count;
      this.rows.copyWithin(at - 1 + count, at - 1, old);
      this.rows.fill(undefined, at - 1, at - 1 + count);
    }
    this.lastRowCache = null;
  }

  deleteRows(at: number, count: number): void {
    contentChanged();
    this.formulas.deleteRows(at, count);
    this.lastResults.deleteRows(at, count);
    if (at - 1 < this.rows.length) this.rows.splice(at - 1, count);
    this.lastRowCache = null;
    this.lastColumnCache = null;
  }

  insertColumns(at: number, count: number): void {
    contentChanged();
    this.formulas.insertColumns(at, count, null);
    this.lastResults.insertColumns(at, count, null);
    const blanks = new Array<StoredCell>(count).fill('');
    for (const line of this.rows) if (line && line.length >= at) line.splice(at - 1, 0, ...blanks);
    this.lastColumnCache = null;
  }

  deleteColumns(at: number, count: number): void {
    contentChanged();
    this.formulas.deleteColumns(at, count);
    this.lastResults.deleteColumns(at, count);
    for (let index = 0; index < this.rows.length; index += 1) {
      const line = this.rows[index];
      if (!line || line.length < at) continue;
      line.splice(at - 1, count);
      if (line.every((value) => value === '')) this.rows[index] = undefined;
    }
    this.lastRowCache = null;
    this.lastColumnCache = null;
  }

  clearAll(): void {
    contentChanged();
    this.rows = [];
    this.formulas.clearAll();
    this.lastResults.clearAll();
    this.lastRowCache = 0;
    this.lastColumnCache = 0;
  }

  /**
   * Bulk load for tests and benchmarks: values stored as given (no typed-input reading), null/undefined
   * as empty, Dates from any realm copied. Throws on anything a cell cannot hold.
   */
  load(rows: readonly (readonly unknown[])[], startRow: number): void {
    contentChanged();
    if (this.formulas.size > 0) {
      const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
      if (width > 0) this.formulas.clear({ row: startRow, column: 1, numRows: rows.length, numColumns: width });
      if (width > 0) this.lastResults.clear({ row: startRow, column: 1, numRows: rows.length, numColumns: width });
    }
    for (let index = 0; index < rows.length; index += 1) {
      const source = rows[index]!;
      const line: StoredCell[] = new Array(source.length);
      for (let column = 0; column < source.length; column += 1) {
        const value = source[column];
        if (value === null || value === undefined) line[column] = '';
        else if (typeof value === 'object') {
          if (!isDate(value))
            throw new Error(`loadRowsForTest: row ${startRow + index}, column ${column + 1} holds an object that is not a Date`);
          line[column] = new Date(Date.prototype.getTime.call(value));
        } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') line[column] = value;
        else throw new Error(`loadRowsForTest: row ${startRow + index}, column ${column + 1} holds a ${typeof value}`);
      }
      this.rows[startRow - 1 + index] = line;
    }
    this.lastRowCache = null;
    this.lastColumnCache = null;
  }
}
