// One sheet: its grid of values, its formats, its size, and the Sheet methods of Apps Script.
// Structural edits (insert/delete rows and columns) live in sheet-structure.ts. Methods ending in
// ForTest are control handles for tests and benchmarks, not Apps Script.
import { parseA1, type Openness, type Rect } from './a1';
import { arity, integerArg, signatureFail, stringArg } from './arguments';
import { SheetFormats, type CellFormatDescription } from './cell-formats';
import { prepareCell, type PreparedCell } from './cell-input';
import { normaliseWritable } from './cell-values';
import type { RuntimeContext } from './context';
import { metadataArguments, type LocalDeveloperMetadata } from './developer-metadata';
import { memberOf, ProtectionTypeEnum } from './enums';
import type { Surface } from './google-surface';
import { MESSAGES } from './messages';
import { displayText } from './number-format';
import type { LocalProtection } from './protection';
import { LocalRange } from './range';
import type { Selection } from './selection';
import { SheetGrid } from './sheet-grid';
import { SheetLayout } from './sheet-layout';
import type { LocalSpreadsheet } from './spreadsheet';

export const SHEET = 'SpreadsheetApp.Sheet';

/** Methods of SheetLayout, checked here where `this` is the full sheet. */
type LayoutSurface = Surface<
  GoogleAppsScript.Spreadsheet.Sheet,
  | 'setName'
  | 'getSheetId'
  | 'getParent'
  | 'getIndex'
  | 'activate'
  | 'getMaxRows'
  | 'getMaxColumns'
  | 'insertRowsAfter'
  | 'insertRowsBefore'
  | 'insertRowAfter'
  | 'insertRowBefore'
  | 'insertColumnsAfter'
  | 'insertColumnsBefore'
  | 'insertColumnAfter'
  | 'insertColumnBefore'
  | 'deleteRows'
  | 'deleteRow'
  | 'deleteColumns'
  | 'deleteColumn'
  | 'setFrozenRows'
  | 'getFrozenRows'
  | 'setFrozenColumns'
  | 'getFrozenColumns'
  | 'setColumnWidth'
  | 'getColumnWidth'
  | 'autoResizeColumns'
  | 'autoResizeColumn'
  | 'setTabColor'
  | 'getTabColor'
  | 'hideSheet'
  | 'showSheet'
  | 'isSheetHidden'
>;

type SheetSurface = Surface<
  GoogleAppsScript.Spreadsheet.Sheet,
  | 'getName'
  | 'setName'
  | 'getSheetId'
  | 'getParent'
  | 'getIndex'
  | 'activate'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getMaxRows'
  | 'getMaxColumns'
  | 'getRange'
  | 'getDataRange'
  | 'getSheetValues'
  | 'appendRow'
  | 'protect'
  | 'getProtections'
  | 'getDeveloperMetadata'
  | 'addDeveloperMetadata'
  | 'clear'
  | 'clearContents'
  | 'clearFormats'
  | 'getActiveRange'
  | 'getCurrentCell'
>;

export class LocalSheet extends SheetLayout implements SheetSurface, LayoutSurface {
  readonly grid = new SheetGrid();
  readonly formats = new SheetFormats();
  selection: Selection | null = null;

  constructor(ctx: RuntimeContext, spreadsheet: LocalSpreadsheet, sheetName: string, id: number, maxRows: number, maxColumns: number) {
    super(ctx, spreadsheet, sheetName, id, maxRows, maxColumns);
    this.grid.evaluate = (row, column) => spreadsheet.formulaEngine.value(this, row, column);
  }

  protected self(): LocalSheet {
    return this;
  }

  // ---- references (not metered: Apps Script builds them lazily) ----

  rangeAt(rect: Rect, open: Openness = { openRows: false, openColumns: false }): LocalRange {
    return new LocalRange(this.ctx, this, { ...rect }, { ...open });
  }

  wholeSheetRange(): LocalRange {
    return this.rangeAt({ row: 1, column: 1, numRows: this.maxRows, numColumns: this.maxColumns }, { openRows: true, openColumns: true });
  }

  /** getRange(row, column, numRows, numColumns) with Google's checks and words. */
  checkedRange(row: number, column: number, numRows: number, numColumns: number): LocalRange {
    if (row < 1) this.ctx.fail(MESSAGES.startRowTooSmall);
    if (column < 1) this.ctx.fail(MESSAGES.startColumnTooSmall);
    if (numRows < 1) this.ctx.fail(MESSAGES.rowsAtLeastOne);
    if (numColumns < 1) this.ctx.fail(MESSAGES.columnsAtLeastOne);
    if (row + numRows - 1 > this.maxRows || column + numColumns - 1 > this.maxColumns) this.ctx.fail(MESSAGES.outsideDimensions);
    return this.rangeAt({ row, column, numRows, numColumns });
  }

  /** A1 notation on this sheet; open ends reach the sheet's edge. Anything else is "Range not found". */
  rangeFromA1(a1: string): LocalRange {
    const ref = parseA1(a1);
    if (!ref || (ref.sheetName !== null && ref.sheetName !== this.sheetName)) return this.ctx.fail(MESSAGES.rangeNotFound);
    const row = ref.startRow ?? 1;
    const column = ref.startColumn ?? 1;
    const lastRow = ref.endRow ?? this.maxRows;
    const lastColumn = ref.endColumn ?? this.maxColumns;
    if (lastRow > this.maxRows || lastColumn > this.maxColumns || row > lastRow || column > lastColumn)
      this.ctx.fail(MESSAGES.rangeNotFound);
    const open = { openRows: ref.startRow === null, openColumns: ref.startColumn === null };
    return this.rangeAt({ row, column, numRows: lastRow - row + 1, numColumns: lastColumn - column + 1 }, open);
  }

  getRange(...args: [rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number]): LocalRange {
    const method = `${SHEET}.getRange`;
    this.call('getRange', false);
    const count = arity(this.ctx, method, args, 1, 4);
    if (count === 1) return this.rangeFromA1(stringArg(this.ctx, method, args, 0));
    const row = integerArg(this.ctx, method, args, 0, 'row');
    const column = integerArg(this.ctx, method, args, 1, 'column');
    const numRows = count >= 3 ? integerArg(this.ctx, method, args, 2, 'number of rows') : 1;
    const numColumns = count >= 4 ? integerArg(this.ctx, method, args, 3, 'number of columns') : 1;
    return this.checkedRange(row, column, numRows, numColumns);
  }

  getDataRange(): LocalRange {
    this.call('getDataRange');
    this.ctx.read(0);
    return this.rangeAt({ row: 1, column: 1, numRows: Math.max(1, this.grid.lastRow()), numColumns: Math.max(1, this.grid.lastColumn()) });
  }

  getSheetValues(...args: [startRow: number, startColumn: number, numRows: number, numColumns: number]): unknown[][] {
    const method = `${SHEET}.getSheetValues`;
    this.call('getSheetValues');
    arity(this.ctx, method, args, 4, 4);
    const [row, column, numRows, numColumns] = args.map((_, index) => integerArg(this.ctx, method, args, index, 'position')) as [
      number,
      number,
      number,
      number,
    ];
    const rect = this.checkedRange(row, column, numRows, numColumns).rectForRuntime();
    this.ctx.read(numRows * numColumns);
    return this.grid.read(rect, this.ctx.realm.Date);
  }

  // ---- content ----

  getLastRow(): number {
    this.call('getLastRow');
    this.ctx.read(0);
    return this.grid.lastRow();
  }

  getLastColumn(): number {
    this.call('getLastColumn');
    this.ctx.read(0);
    return this.grid.lastColumn();
  }

  isPlainText(row: number, column: number): boolean {
    return this.formats.numberFormat.get(row, column) === '@';
  }

  /** Stores a prepared cell; a format implied by typed text is applied only where the cell has none. */
  storeCell(row: number, column: number, cell: PreparedCell): void {
    this.grid.write(row, column, cell.value, cell.formula);
    // A value written over a rich-text cell replaces its link too.
    if (this.formats.link.size > 0) this.formats.link.set(row, column, undefined);
    if (cell.impliedFormat && this.formats.numberFormat.get(row, column) === undefined) {
      this.formats.numberFormat.set(row, column, cell.impliedFormat);
    }
  }

  /** Writes after the last row with content; grows the sheet by the row (and columns) it needs. */
  appendRow(...args: [rowContents: unknown[]]): this {
    const method = `${SHEET}.appendRow`;
    this.call('appendRow');
    arity(this.ctx, method, args, 1, 1);
    const values = args[0];
    if (!Array.isArray(values)) return signatureFail(this.ctx, method, args);
    const row = this.grid.lastRow() + 1;
    const width = Math.max(values.length, 1);
    const extraRows = row > this.maxRows ? 1 : 0;
    const extraColumns = Math.max(0, width - this.maxColumns);
    this.spreadsheet.ensureCellBudget((this.maxRows + extraRows) * (this.maxColumns + extraColumns) - this.maxRows * this.maxColumns);
    if (this.maxColumns + extraColumns > 18278) this.ctx.fail(MESSAGES.columnLimit);
    const rect = { row, column: 1, numRows: 1, numColumns: width };
    this.assertEditable(rect);
    const prepared: PreparedCell[] = values.map((value, index) =>
      prepareCell(this.ctx, value, this.isPlainText(row, index + 1), () => `${this.sheetName}!row ${row}, column ${index + 1}`),
    );
    this.maxRows += extraRows;
    this.maxColumns += extraColumns;
    prepared.forEach((cell, index) => this.storeCell(row, index + 1, cell));
    this.ctx.wrote(values.length);
    this.ctx.meter.formulas(prepared.filter((cell) => cell.formula !== undefined).length);
    return this;
  }

  clear(...args: [options?: { formatOnly?: boolean; contentsOnly?: boolean }]): this {
    this.call('clear');
    const options = args[0] ?? {};
    if (typeof options !== 'object' || options === null) return signatureFail(this.ctx, `${SHEET}.clear`, args);
    const whole = this.wholeRect();
    this.assertEditable(whole);
    if (!options.formatOnly) this.grid.clearAll();
    if (!options.contentsOnly) this.formats.clearFormats(whole);
    this.ctx.wrote(0);
    return this;
  }

  clearContents(): this {
    this.call('clearContents');
    this.assertEditable(this.wholeRect());
    this.grid.clearAll();
    this.ctx.wrote(0);
    return this;
  }

  clearFormats(): this {
    this.call('clearFormats');
    const whole = this.wholeRect();
    this.assertEditable(whole);
    this.formats.clearFormats(whole);
    this.ctx.wrote(0);
    return this;
  }

  // ---- protection and metadata ----

  /** A write touching cells a protection keeps from this user fails with Google's words. */
  assertEditable(rect: Rect): void {
    for (const protection of this.spreadsheet.protectionsOf(this)) {
      if (protection.covers(rect) && !protection.allows(this.ctx.userEmail)) this.ctx.fail(MESSAGES.protectedCell);
    }
  }

  /** The sheet's protection if it has one (Google returns the existing one), else a new one. */
  protect(): LocalProtection {
    this.call('protect');
    const existing = this.spreadsheet.protectionsOf(this).find((protection) => protection.protectionType === 'SHEET');
    return existing ?? this.spreadsheet.addProtection(this, 'SHEET', this.wholeRect());
  }

  getProtections(...args: [type: unknown]): LocalProtection[] {
    this.call('getProtections');
    const type = memberOf(ProtectionTypeEnum, args[0]);
    if (!type || typeof args[0] === 'string' || args.length !== 1) return signatureFail(this.ctx, `${SHEET}.getProtections`, args);
    return this.spreadsheet.protectionsOf(this).filter((protection) => protection.protectionType === type.name());
  }

  getDeveloperMetadata(): LocalDeveloperMetadata[] {
    this.call('getDeveloperMetadata');
    return this.spreadsheet.liveMetadata().filter((item) => item.place.type === 'SHEET' && item.place.sheet === this);
  }

  addDeveloperMetadata(...args: [key: string, value?: string, visibility?: unknown]): this {
    this.call('addDeveloperMetadata');
    const { key, value, visibility } = metadataArguments(this.ctx, `${SHEET}.addDeveloperMetadata`, args);
    this.spreadsheet.addMetadata(key, value, visibility, { type: 'SHEET', sheet: this, span: null });
    return this;
  }

  // ---- selection ----

  getActiveRange(): LocalRange | null {
    this.call('getActiveRange');
    return this.spreadsheet.selectedRange();
  }

  getCurrentCell(): LocalRange | null {
    this.call('getCurrentCell');
    return this.spreadsheet.selectedCell();
  }

  // ---- control handles for tests and benchmarks (not Apps Script) ----

  /**
   * Stores rows as given from `startRow` (1-based), without metering or typed-input reading: the fast
   * way to fill a benchmark sheet. Grows maxRows to fit; the 10,000,000-cell ceiling still holds.
   */
  loadRowsForTest(rows: readonly (readonly unknown[])[], startRow = 1): this {
    const lastRow = startRow + rows.length - 1;
    const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
    const newRows = Math.max(this.maxRows, lastRow);
    const newColumns = Math.max(this.maxColumns, width);
    const extra = newRows * newColumns - this.maxRows * this.maxColumns;
    try {
      this.spreadsheet.ensureCellBudget(extra);
    } catch (error) {
      throw new Error(`${(error as Error).message} (loadRowsForTest: shrink the sheet first, e.g. setDimensionsForTest(rows, columns))`, {
        cause: error,
      });
    }
    this.grid.load(rows, startRow);
    this.maxRows = newRows;
    this.maxColumns = newColumns;
    return this;
  }

  /**
   * Stores formulas without metering, each with the value it last computed (an .xlsx keeps it): that
   * value is shown only if the formula engine cannot evaluate the formula. The sheet must be big enough.
   */
  loadFormulasForTest(cells: readonly { row: number; column: number; formula: string; value?: unknown }[]): this {
    for (const { row, column, formula, value } of cells) {
      if (row > this.maxRows || column > this.maxColumns)
        throw new Error(`loadFormulasForTest: row ${row}, column ${column} is outside the sheet`);
      const last = normaliseWritable(value);
      this.grid.loadFormula(row, column, formula.startsWith('=') ? formula : `=${formula}`, last.ok ? last.value : undefined);
    }
    return this;
  }

  /** Selects ranges of this sheet (A1, last one is the active range) and makes it the active sheet. */
  setSelectionForTest(ranges: string | readonly string[], currentCell?: string): this {
    this.spreadsheet.setSelectionForTest(
      (typeof ranges === 'string' ? [ranges] : ranges).map((a1) => `'${this.sheetName.replace(/'/g, "''")}'!${a1}`),
      currentCell,
    );
    return this;
  }

  /** Everything recorded for one cell (formats, validation, wrap, alignment). */
  cellFormatForTest(a1: string): CellFormatDescription {
    const ref = parseA1(a1);
    if (!ref || ref.startRow === null || ref.startColumn === null) throw new Error(`cellFormatForTest: ${a1} is not a cell`);
    return this.formats.describe(ref.startRow, ref.startColumn);
  }

  /** What a person sees in a cell, e.g. to check a write kept '0923' as text. */
  displayForTest(a1: string): string {
    const ref = parseA1(a1);
    if (!ref || ref.startRow === null || ref.startColumn === null) throw new Error(`displayForTest: ${a1} is not a cell`);
    return displayText(
      this.grid.cell(ref.startRow, ref.startColumn),
      this.formats.numberFormat.get(ref.startRow, ref.startColumn),
      this.ctx.timeZone,
    );
  }
}
