// A sparse per-cell property (number format, font weight, validation, formula text …): only cells that
// differ from the default are stored, so a 500,000-row sheet with formats on a few columns costs what
// those cells cost, never maxRows × maxColumns. Structural edits move entries with dimension-shift rules.
import type { Rect } from './a1';
import { positionAfterDelete, positionAfterInsert } from './dimension-shift';

/** Larger than the 18,278-column limit, so row * KEY + column is unique and ordered by row. */
const KEY = 32768;

export class CellLayer<T> {
  private cells = new Map<number, T>();

  get size(): number {
    return this.cells.size;
  }

  get(row: number, column: number): T | undefined {
    return this.cells.get(row * KEY + column);
  }

  set(row: number, column: number, value: T | undefined): void {
    if (value === undefined) this.cells.delete(row * KEY + column);
    else this.cells.set(row * KEY + column, value);
  }

  fill(rect: Rect, value: T | undefined): void {
    if (value === undefined) {
      this.clear(rect);
      return;
    }
    for (let row = rect.row; row < rect.row + rect.numRows; row += 1) {
      for (let column = rect.column; column < rect.column + rect.numColumns; column += 1) this.cells.set(row * KEY + column, value);
    }
  }

  clear(rect: Rect): void {
    if (this.cells.size === 0) return;
    const lastRow = rect.row + rect.numRows - 1;
    const lastColumn = rect.column + rect.numColumns - 1;
    if (rect.numRows * rect.numColumns > this.cells.size) {
      for (const key of [...this.cells.keys()]) {
        const row = Math.floor(key / KEY);
        const column = key % KEY;
        if (row >= rect.row && row <= lastRow && column >= rect.column && column <= lastColumn) this.cells.delete(key);
      }
      return;
    }
    for (let row = rect.row; row <= lastRow; row += 1) {
      for (let column = rect.column; column <= lastColumn; column += 1) this.cells.delete(row * KEY + column);
    }
  }

  /** Every stored entry, for moving and copying. */
  *entries(): IterableIterator<[row: number, column: number, value: T]> {
    for (const [key, value] of this.cells) yield [Math.floor(key / KEY), key % KEY, value];
  }

  private rebuild(move: (row: number, column: number) => [number, number] | null): void {
    if (this.cells.size === 0) return;
    const next = new Map<number, T>();
    for (const [row, column, value] of this.entries()) {
      const moved = move(row, column);
      if (moved) next.set(moved[0] * KEY + moved[1], value);
    }
    this.cells = next;
  }

  /** New rows at `at`…; with `inheritFrom` (a row position before the insert) they copy that row's entries, as Sheets does for formats. */
  insertRows(at: number, count: number, inheritFrom: number | null): void {
    const source = inheritFrom === null ? [] : [...this.entries()].filter(([row]) => row === inheritFrom);
    this.rebuild((row, column) => [positionAfterInsert(row, at, count), column]);
    for (const [, column, value] of source) {
      for (let row = at; row < at + count; row += 1) this.set(row, column, value);
    }
  }

  deleteRows(at: number, count: number): void {
    this.rebuild((row, column) => {
      const moved = positionAfterDelete(row, at, count);
      return moved === null ? null : [moved, column];
    });
  }

  insertColumns(at: number, count: number, inheritFrom: number | null): void {
    const source = inheritFrom === null ? [] : [...this.entries()].filter(([, column]) => column === inheritFrom);
    this.rebuild((row, column) => [row, positionAfterInsert(column, at, count)]);
    for (const [row, , value] of source) {
      for (let column = at; column < at + count; column += 1) this.set(row, column, value);
    }
  }

  deleteColumns(at: number, count: number): void {
    this.rebuild((row, column) => {
      const moved = positionAfterDelete(column, at, count);
      return moved === null ? null : [row, moved];
    });
  }

  clearAll(): void {
    this.cells.clear();
  }
}
