// The sheet as an object in the spreadsheet: name, id, position, size, frozen panes, column widths, tab
// colour, visibility, and the insert/delete methods (whose work is in sheet-structure.ts).
// LocalSheet extends this with content; `self()` hands the full sheet to helpers that need it.
import type { Rect } from './a1';
import { arity, integerArg, signatureFail, stringArg } from './arguments';
import type { RuntimeContext } from './context';
import { MESSAGES } from './messages';
import type { LocalSheet } from './sheet';
import { deleteLines, insertLines, type Dimension } from './sheet-structure';
import type { LocalSpreadsheet } from './spreadsheet';

const SHEET = 'SpreadsheetApp.Sheet';
const DEFAULT_COLUMN_WIDTH = 100;

export abstract class SheetLayout {
  frozenRows = 0;
  frozenColumns = 0;
  readonly columnWidths = new Map<number, number>();
  private tabColor: string | null = null;
  hidden = false;
  deleted = false;

  constructor(
    readonly ctx: RuntimeContext,
    readonly spreadsheet: LocalSpreadsheet,
    public sheetName: string,
    readonly id: number,
    public maxRows: number,
    public maxColumns: number,
  ) {}

  protected abstract self(): LocalSheet;

  protected call(method: string, counted = true): void {
    this.ctx.call(`${SHEET}.${method}`, counted);
    if (this.deleted) this.ctx.fail(`The sheet ${this.sheetName} has been deleted.`);
  }

  wholeRect(): Rect {
    return { row: 1, column: 1, numRows: this.maxRows, numColumns: this.maxColumns };
  }

  getName(): string {
    this.call('getName', false);
    return this.sheetName;
  }

  setName(...args: [name: string]): this {
    this.call('setName');
    arity(this.ctx, `${SHEET}.setName`, args, 1, 1);
    const name = stringArg(this.ctx, `${SHEET}.setName`, args, 0);
    this.spreadsheet.checkSheetName(name, this.self());
    this.sheetName = name;
    return this;
  }

  getSheetId(): number {
    this.call('getSheetId', false);
    return this.id;
  }

  getParent(): LocalSpreadsheet {
    this.call('getParent', false);
    return this.spreadsheet;
  }

  getIndex(): number {
    this.call('getIndex');
    return this.spreadsheet.indexOfSheet(this.self()) + 1;
  }

  activate(): this {
    this.call('activate');
    this.spreadsheet.activateSheet(this.self());
    return this;
  }

  getMaxRows(): number {
    this.call('getMaxRows');
    this.ctx.read(0);
    return this.maxRows;
  }

  getMaxColumns(): number {
    this.call('getMaxColumns');
    this.ctx.read(0);
    return this.maxColumns;
  }

  // ---- insert and delete ----

  private position(method: string, args: readonly unknown[], min: number, max: number, dimension: Dimension): number[] {
    arity(this.ctx, `${SHEET}.${method}`, args, min, max);
    const values = args.map((_, index) => integerArg(this.ctx, `${SHEET}.${method}`, args, index, 'position'));
    const limit = dimension === 'rows' ? this.maxRows : this.maxColumns;
    const [position = 0] = values;
    if (position < 1 || position > limit) this.ctx.fail(dimension === 'rows' ? MESSAGES.rowsOutOfBounds : MESSAGES.columnsOutOfBounds);
    return values;
  }

  private insert(method: string, args: readonly unknown[], dimension: Dimension, where: 'after' | 'before', fixedCount?: number): this {
    this.call(method);
    const [position = 0, howMany = fixedCount ?? 0] = this.position(method, args, fixedCount ? 1 : 2, fixedCount ? 1 : 2, dimension);
    insertLines(this.self(), dimension, where === 'after' ? position + 1 : position, howMany, position);
    this.ctx.wrote(0);
    return this;
  }

  insertRowsAfter(...args: [afterPosition: number, howMany: number]): this {
    return this.insert('insertRowsAfter', args, 'rows', 'after');
  }

  insertRowsBefore(...args: [beforePosition: number, howMany: number]): this {
    return this.insert('insertRowsBefore', args, 'rows', 'before');
  }

  insertRowAfter(...args: [afterPosition: number]): this {
    return this.insert('insertRowAfter', args, 'rows', 'after', 1);
  }

  insertRowBefore(...args: [beforePosition: number]): this {
    return this.insert('insertRowBefore', args, 'rows', 'before', 1);
  }

  insertColumnsAfter(...args: [afterPosition: number, howMany: number]): this {
    return this.insert('insertColumnsAfter', args, 'columns', 'after');
  }

  insertColumnsBefore(...args: [beforePosition: number, howMany: number]): this {
    return this.insert('insertColumnsBefore', args, 'columns', 'before');
  }

  insertColumnAfter(...args: [afterPosition: number]): this {
    return this.insert('insertColumnAfter', args, 'columns', 'after', 1);
  }

  insertColumnBefore(...args: [beforePosition: number]): this {
    return this.insert('insertColumnBefore', args, 'columns', 'before', 1);
  }

  private remove(method: string, args: readonly unknown[], dimension: Dimension, single: boolean): void {
    this.call(method);
    arity(this.ctx, `${SHEET}.${method}`, args, single ? 1 : 2, single ? 1 : 2);
    const position = integerArg(this.ctx, `${SHEET}.${method}`, args, 0, 'position');
    const howMany = single ? 1 : integerArg(this.ctx, `${SHEET}.${method}`, args, 1, 'count');
    deleteLines(this.self(), dimension, position, howMany);
    this.ctx.wrote(0);
  }

  deleteRows(...args: [rowPosition: number, howMany: number]): void {
    this.remove('deleteRows', args, 'rows', false);
  }

  deleteRow(...args: [rowPosition: number]): this {
    this.remove('deleteRow', args, 'rows', true);
    return this;
  }

  deleteColumns(...args: [columnPosition: number, howMany: number]): void {
    this.remove('deleteColumns', args, 'columns', false);
  }

  deleteColumn(...args: [columnPosition: number]): this {
    this.remove('deleteColumn', args, 'columns', true);
    return this;
  }

  // ---- frozen panes, widths, tab, visibility ----

  private freeze(method: string, args: readonly unknown[], dimension: Dimension): number {
    this.call(method);
    arity(this.ctx, `${SHEET}.${method}`, args, 1, 1);
    const count = integerArg(this.ctx, `${SHEET}.${method}`, args, 0, 'count');
    const limit = dimension === 'rows' ? this.maxRows : this.maxColumns;
    if (count < 0) signatureFail(this.ctx, `${SHEET}.${method}`, args);
    if (count >= limit) this.ctx.fail(MESSAGES.frozenTooMany(dimension, limit - 1));
    this.ctx.wrote(0);
    return count;
  }

  setFrozenRows(...args: [rows: number]): void {
    this.frozenRows = this.freeze('setFrozenRows', args, 'rows');
  }

  getFrozenRows(): number {
    this.call('getFrozenRows');
    return this.frozenRows;
  }

  setFrozenColumns(...args: [columns: number]): void {
    this.frozenColumns = this.freeze('setFrozenColumns', args, 'columns');
  }

  getFrozenColumns(): number {
    this.call('getFrozenColumns');
    return this.frozenColumns;
  }

  private column(method: string, args: readonly unknown[], index: number): number {
    const column = integerArg(this.ctx, `${SHEET}.${method}`, args, index, 'column');
    if (column < 1 || column > this.maxColumns) this.ctx.fail(MESSAGES.columnsOutOfBounds);
    return column;
  }

  setColumnWidth(...args: [columnPosition: number, width: number]): this {
    this.call('setColumnWidth');
    arity(this.ctx, `${SHEET}.setColumnWidth`, args, 2, 2);
    const column = this.column('setColumnWidth', args, 0);
    const width = integerArg(this.ctx, `${SHEET}.setColumnWidth`, args, 1, 'width');
    this.columnWidths.set(column, width);
    return this;
  }

  getColumnWidth(...args: [columnPosition: number]): number {
    this.call('getColumnWidth');
    arity(this.ctx, `${SHEET}.getColumnWidth`, args, 1, 1);
    return this.columnWidths.get(this.column('getColumnWidth', args, 0)) ?? DEFAULT_COLUMN_WIDTH;
  }

  /** Width from the longest text shown in each column: about 7 px a character plus padding. */
  autoResizeColumns(...args: [startColumn: number, numColumns: number]): this {
    this.call('autoResizeColumns');
    arity(this.ctx, `${SHEET}.autoResizeColumns`, args, 2, 2);
    const start = this.column('autoResizeColumns', args, 0);
    const count = integerArg(this.ctx, `${SHEET}.autoResizeColumns`, args, 1, 'count');
    if (count < 1 || start + count - 1 > this.maxColumns) this.ctx.fail(MESSAGES.columnsOutOfBounds);
    const sheet = this.self();
    for (let column = start; column < start + count; column += 1) {
      let longest = 0;
      for (let row = 1; row <= sheet.grid.lastRow(); row += 1) longest = Math.max(longest, String(sheet.grid.cell(row, column)).length);
      this.columnWidths.set(column, Math.max(21, longest * 7 + 10));
    }
    return this;
  }

  autoResizeColumn(...args: [columnPosition: number]): this {
    this.call('autoResizeColumn', false);
    arity(this.ctx, `${SHEET}.autoResizeColumn`, args, 1, 1);
    return this.autoResizeColumns(args[0], 1);
  }

  setTabColor(...args: [color: string | null]): this {
    this.call('setTabColor');
    const [color] = args;
    if (args.length !== 1 || (color !== null && typeof color !== 'string')) signatureFail(this.ctx, `${SHEET}.setTabColor`, args);
    this.tabColor = color === null ? null : color.toLowerCase();
    return this;
  }

  getTabColor(): string | null {
    this.call('getTabColor');
    return this.tabColor;
  }

  hideSheet(): this {
    this.call('hideSheet');
    if (this.spreadsheet.visibleSheetCount() <= 1 && !this.hidden) this.ctx.fail(MESSAGES.hideAllSheets);
    this.hidden = true;
    return this;
  }

  showSheet(): this {
    this.call('showSheet');
    this.hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    this.call('isSheetHidden');
    return this.hidden;
  }

  /** Resizes the grid (not Apps Script): e.g. 500,000 × 10 for a benchmark under the 10,000,000-cell ceiling. */
  setDimensionsForTest(maxRows: number, maxColumns: number): this {
    const sheet = this.self();
    if (maxRows < Math.max(1, sheet.grid.lastRow()) || maxColumns < Math.max(1, sheet.grid.lastColumn())) {
      throw new Error(`setDimensionsForTest: ${maxRows} × ${maxColumns} would cut off content`);
    }
    this.spreadsheet.ensureCellBudget(maxRows * maxColumns - this.maxRows * this.maxColumns);
    this.maxRows = maxRows;
    this.maxColumns = maxColumns;
    return this;
  }
}
