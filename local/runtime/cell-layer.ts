// A sparse per-cell property (number format, font weight, validation, formula text …): only cells that
// differ from the default are stored, never maxRows × maxColumns. Two stores, newest wins:
// - single cells in a Map (setNumberFormats, a small setNumberFormat, formulas);
// - large uniform fills as rectangles (getRange('A:J').setNumberFormat('@') on a 1,000,000-row sheet is
//   one entry, not ten million). A fill removes the cells and rectangles it covers, so a cell entry is
//   always newer than any rectangle under it, and rectangles are searched newest first.
// Structural edits move both with dimension-shift rules.
import type { Rect } from './a1';
import { positionAfterDelete, positionAfterInsert, spanAfterDelete, spanAfterInsert, type Span } from './dimension-shift';

/** Larger than the 18,278-column limit, so row * KEY + column is unique. */
const KEY = 32768;
/** Fills larger than this many cells are kept as one rectangle. */
const RECT_THRESHOLD = 1024;
/** A cell explicitly back to the default, hiding an older rectangle beneath it. */
const DEFAULT: unique symbol = Symbol('default');

interface Fill<T> {
  rows: Span;
  columns: Span;
  /** undefined: the default, hiding older fills beneath. */
  value: T | undefined;
}

function contains(span: Span, position: number): boolean {
  return position >= span.start && position < span.start + span.count;
}

function within(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.start + inner.count <= outer.start + outer.count;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.start + b.count && b.start < a.start + a.count;
}

export class CellLayer<T> {
  private cells = new Map<number, T | typeof DEFAULT>();
  private fills: Fill<T>[] = [];

  /** Stored entries (cells plus rectangles); 0 means every cell has the default. */
  get size(): number {
    return this.cells.size + this.fills.length;
  }

  get(row: number, column: number): T | undefined {
    const cell = this.cells.get(row * KEY + column);
    if (cell !== undefined) return cell === DEFAULT ? undefined : cell;
    if (this.fills.length === 0) return undefined;
    for (let index = this.fills.length - 1; index >= 0; index -= 1) {
      const fill = this.fills[index]!;
      if (contains(fill.rows, row) && contains(fill.columns, column)) return fill.value;
    }
    return undefined;
  }

  set(row: number, column: number, value: T | undefined): void {
    if (value !== undefined) {
      this.cells.set(row * KEY + column, value);
      return;
    }
    const hidesOlder = this.fills.some((fill) => fill.value !== undefined && contains(fill.rows, row) && contains(fill.columns, column));
    if (hidesOlder) this.cells.set(row * KEY + column, DEFAULT);
    else this.cells.delete(row * KEY + column);
  }

  fill(rect: Rect, value: T | undefined): void {
    const rows = { start: rect.row, count: rect.numRows };
    const columns = { start: rect.column, count: rect.numColumns };
    this.deleteCellsIn(rect);
    const covered = (fill: Fill<T>) => within(fill.rows, rows) && within(fill.columns, columns);
    this.fills = this.fills.filter((fill) => !covered(fill));
    const hidesOlder = this.fills.some((fill) => fill.value !== undefined && overlaps(fill.rows, rows) && overlaps(fill.columns, columns));
    if (value === undefined && !hidesOlder) return;
    if (rect.numRows * rect.numColumns > RECT_THRESHOLD) {
      this.fills.push({ rows, columns, value });
      return;
    }
    const stored = value ?? DEFAULT;
    for (let row = rect.row; row < rect.row + rect.numRows; row += 1) {
      for (let column = rect.column; column < rect.column + rect.numColumns; column += 1) this.cells.set(row * KEY + column, stored);
    }
  }

  clear(rect: Rect): void {
    if (this.size > 0) this.fill(rect, undefined);
  }

  private deleteCellsIn(rect: Rect): void {
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

  private cellEntries(): [row: number, column: number, value: T | typeof DEFAULT][] {
    return [...this.cells].map(([key, value]) => [Math.floor(key / KEY), key % KEY, value]);
  }

  private moveCells(move: (row: number, column: number) => [number, number] | null): void {
    const next = new Map<number, T | typeof DEFAULT>();
    for (const [row, column, value] of this.cellEntries()) {
      const moved = move(row, column);
      if (moved) next.set(moved[0] * KEY + moved[1], value);
    }
    this.cells = next;
  }

  /** Moves fills along one dimension; those containing `inheritFrom` also cover the inserted lines. */
  private moveFills(
    dimension: 'rows' | 'columns',
    shift: (span: Span) => Span | null,
    inserted: Span | null,
    inheritFrom: number | null,
  ): void {
    this.fills = this.fills.flatMap((fill) => {
      const span = fill[dimension];
      let moved = shift(span);
      if (moved === null) return [];
      if (inserted && inheritFrom !== null && contains(span, inheritFrom)) {
        const start = Math.min(moved.start, inserted.start);
        const end = Math.max(moved.start + moved.count, inserted.start + inserted.count);
        moved = { start, count: end - start };
      }
      return [{ ...fill, [dimension]: moved }];
    });
  }

  /** New rows at `at`…; with `inheritFrom` (a row position before the insert) they copy that row's entries, as Sheets does for formats. */
  insertRows(at: number, count: number, inheritFrom: number | null): void {
    const source = inheritFrom === null ? [] : this.cellEntries().filter(([row]) => row === inheritFrom);
    this.moveCells((row, column) => [positionAfterInsert(row, at, count), column]);
    this.moveFills('rows', (span) => spanAfterInsert(span, at, count), { start: at, count }, inheritFrom);
    for (const [, column, value] of source) {
      for (let row = at; row < at + count; row += 1) this.cells.set(row * KEY + column, value);
    }
  }

  deleteRows(at: number, count: number): void {
    this.moveCells((row, column) => {
      const moved = positionAfterDelete(row, at, count);
      return moved === null ? null : [moved, column];
    });
    this.moveFills('rows', (span) => spanAfterDelete(span, at, count), null, null);
  }

  insertColumns(at: number, count: number, inheritFrom: number | null): void {
    const source = inheritFrom === null ? [] : this.cellEntries().filter(([, column]) => column === inheritFrom);
    this.moveCells((row, column) => [row, positionAfterInsert(column, at, count)]);
    this.moveFills('columns', (span) => spanAfterInsert(span, at, count), { start: at, count }, inheritFrom);
    for (const [row, , value] of source) {
      for (let column = at; column < at + count; column += 1) this.cells.set(row * KEY + column, value);
    }
  }

  deleteColumns(at: number, count: number): void {
    this.moveCells((row, column) => {
      const moved = positionAfterDelete(column, at, count);
      return moved === null ? null : [row, moved];
    });
    this.moveFills('columns', (span) => spanAfterDelete(span, at, count), null, null);
  }

  clearAll(): void {
    this.cells.clear();
    this.fills = [];
  }
}
