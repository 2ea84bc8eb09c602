// What every Range is: a fixed rectangle of one sheet. In Apps Script a Range is a lazy reference —
// building one (getRange, getCell, offset) and asking its coordinates costs no round trip, so those
// are not metered; everything that reads or changes cells is.
// The Range class is split over range-base (reference), range-formats (formatting, validation) and
// range (values, protection, metadata) to keep each file to one idea.
import { cellA1, formatA1, type Openness, type Rect } from './a1';
import { arity, integerArg } from './arguments';
import type { RuntimeContext } from './context';
import { MESSAGES } from './messages';
import type { LocalRange } from './range';
import type { LocalSheet } from './sheet';

export const RANGE = 'SpreadsheetApp.Range';

export abstract class RangeBase {
  constructor(
    protected readonly ctx: RuntimeContext,
    protected readonly sheet: LocalSheet,
    protected readonly rect: Readonly<Rect>,
    protected readonly open: Readonly<Openness>,
  ) {}

  /** Entry of a public method; refuses work on a deleted sheet, or past a sheet that has since shrunk. */
  protected call(method: string, counted = true): void {
    this.ctx.call(`${RANGE}.${method}`, counted);
    if (this.sheet.deleted) this.ctx.fail(`The sheet of range ${this.a1()} has been deleted.`);
    const { row, column, numRows, numColumns } = this.rect;
    if (counted && (row + numRows - 1 > this.sheet.maxRows || column + numColumns - 1 > this.sheet.maxColumns)) {
      this.ctx.fail(MESSAGES.outsideDimensions);
    }
  }

  /** The rectangle, for the runtime's own use (selection, validation rules). */
  rectForRuntime(): Rect {
    return { ...this.rect };
  }

  sheetForRuntime(): LocalSheet {
    return this.sheet;
  }

  protected get cellCount(): number {
    return this.rect.numRows * this.rect.numColumns;
  }

  protected a1(): string {
    return formatA1(this.rect, this.open);
  }

  protected cellName(rowOffset: number, columnOffset: number): string {
    return `${this.sheet.sheetName}!${cellA1(this.rect.row + rowOffset, this.rect.column + columnOffset)}`;
  }

  /** setValues-style data must have exactly the range's shape; Google's words when it has not. */
  protected checkShape(data: readonly (readonly unknown[])[]): void {
    if (data.length !== this.rect.numRows) this.ctx.fail(MESSAGES.rowsMismatch(data.length, this.rect.numRows));
    for (const row of data) {
      if (row.length !== this.rect.numColumns) this.ctx.fail(MESSAGES.columnsMismatch(row.length, this.rect.numColumns));
    }
  }

  /** A fresh 2-D array of the range's shape. */
  protected grid<T>(cell: (row: number, column: number) => T): T[][] {
    const out: T[][] = new Array(this.rect.numRows);
    for (let i = 0; i < this.rect.numRows; i += 1) {
      const line: T[] = new Array(this.rect.numColumns);
      for (let j = 0; j < this.rect.numColumns; j += 1) line[j] = cell(this.rect.row + i, this.rect.column + j);
      out[i] = line;
    }
    return out;
  }

  getRow(): number {
    this.call('getRow', false);
    return this.rect.row;
  }

  getColumn(): number {
    this.call('getColumn', false);
    return this.rect.column;
  }

  getNumRows(): number {
    this.call('getNumRows', false);
    return this.rect.numRows;
  }

  getNumColumns(): number {
    this.call('getNumColumns', false);
    return this.rect.numColumns;
  }

  getLastRow(): number {
    this.call('getLastRow');
    return this.rect.row + this.rect.numRows - 1;
  }

  getLastColumn(): number {
    this.call('getLastColumn');
    return this.rect.column + this.rect.numColumns - 1;
  }

  /** '' for the range of a sheet protection, which spans the whole sheet without a reference. */
  getA1Notation(): string {
    this.call('getA1Notation', false);
    return this.open.openRows && this.open.openColumns ? '' : this.a1();
  }

  getSheet(): LocalSheet {
    this.call('getSheet', false);
    return this.sheet;
  }

  getCell(...args: [row: number, column: number]): LocalRange {
    const method = `${RANGE}.getCell`;
    this.call('getCell', false);
    arity(this.ctx, method, args, 2, 2);
    const row = integerArg(this.ctx, method, args, 0, 'row');
    const column = integerArg(this.ctx, method, args, 1, 'column');
    if (row < 1 || column < 1 || row > this.rect.numRows || column > this.rect.numColumns) this.ctx.fail('Cell reference out of range');
    return this.sheet.rangeAt({ row: this.rect.row + row - 1, column: this.rect.column + column - 1, numRows: 1, numColumns: 1 });
  }

  offset(...args: [rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number]): LocalRange {
    const method = `${RANGE}.offset`;
    this.call('offset', false);
    const count = arity(this.ctx, method, args, 2, 4);
    const rowOffset = integerArg(this.ctx, method, args, 0, 'row offset');
    const columnOffset = integerArg(this.ctx, method, args, 1, 'column offset');
    const numRows = count >= 3 ? integerArg(this.ctx, method, args, 2, 'number of rows') : this.rect.numRows;
    const numColumns = count >= 4 ? integerArg(this.ctx, method, args, 3, 'number of columns') : this.rect.numColumns;
    return this.sheet.checkedRange(this.rect.row + rowOffset, this.rect.column + columnOffset, numRows, numColumns);
  }

  toString(): string {
    return 'Range';
  }
}
