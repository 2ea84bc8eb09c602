// The one spreadsheet the add-on is bound to: its sheets, the active sheet and selection, protections,
// developer metadata and the 10,000,000-cell ceiling. setSelectionForTest is a control handle (a
// person selecting cells), not Apps Script.
import { parseA1, type Rect } from './a1';
import { arity, integerArg, signatureFail, stringArg } from './arguments';
import type { RuntimeContext } from './context';
import { LocalDeveloperMetadata, metadataArguments, type MetadataPlace } from './developer-metadata';
import { FormulaEngine } from './formulas';
import { memberOf, ProtectionTypeEnum, type EnumValue, type ProtectionTypeName } from './enums';
import type { Surface } from './google-surface';
import { MESSAGES } from './messages';
import { LocalProtection } from './protection';
import type { LocalRange } from './range';
import { LocalSheet } from './sheet';
import { resolveSelection } from './selection';
import { epochFromWallClock, isTimeZone, wallClock } from './time-zone';
import type { UiState } from './ui-state';

const SPREADSHEET = 'SpreadsheetApp.Spreadsheet';
export const MAX_CELLS = 10_000_000;
const MAX_SHEET_NAME = 100;

export interface SpreadsheetOptions {
  id: string;
  name: string;
}

type SpreadsheetSurface = Surface<
  GoogleAppsScript.Spreadsheet.Spreadsheet,
  | 'getId'
  | 'getName'
  | 'getUrl'
  | 'getSheets'
  | 'getSheetByName'
  | 'getSheetById'
  | 'insertSheet'
  | 'deleteSheet'
  | 'getActiveSheet'
  | 'setActiveSheet'
  | 'getActiveRange'
  | 'getCurrentCell'
  | 'getSpreadsheetTimeZone'
  | 'setSpreadsheetTimeZone'
  | 'getSpreadsheetLocale'
  | 'setSpreadsheetLocale'
  | 'toast'
  | 'getRange'
  | 'getProtections'
  | 'getDeveloperMetadata'
  | 'addDeveloperMetadata'
>;

export class LocalSpreadsheet implements SpreadsheetSurface {
  private readonly sheets: LocalSheet[] = [];
  private active: LocalSheet;
  private protections: LocalProtection[] = [];
  private metadata: LocalDeveloperMetadata[] = [];
  private nextSheetId = 1_500_000_001;
  private nextMetadataId = 1;
  /** Computes every formula cell's value, across the sheets. */
  readonly formulaEngine = new FormulaEngine(
    () => this.sheets,
    () => this.ctx.timeZone,
  );

  constructor(
    private readonly ctx: RuntimeContext,
    private readonly ui: UiState,
    private readonly options: SpreadsheetOptions,
  ) {
    this.active = new LocalSheet(ctx, this, 'Sheet1', 0, 1000, 26);
    this.sheets.push(this.active);
  }

  private call(method: string, counted = true): void {
    this.ctx.call(`${SPREADSHEET}.${method}`, counted);
  }

  // ---- runtime internals ----

  totalCells(): number {
    return this.sheets.reduce((total, sheet) => total + sheet.maxRows * sheet.maxColumns, 0);
  }

  ensureCellBudget(extraCells: number): void {
    if (extraCells > 0 && this.totalCells() + extraCells > MAX_CELLS) this.ctx.fail(MESSAGES.cellLimit);
  }

  checkSheetName(name: string, renaming: LocalSheet | null): void {
    if (name.trim() === '') this.ctx.fail(MESSAGES.sheetNameBlank);
    if (name.length > MAX_SHEET_NAME) this.ctx.fail(MESSAGES.sheetNameTooLong);
    // Google refuses a name that differs from a taken one only in case.
    const taken = this.sheets.some((sheet) => sheet !== renaming && sheet.sheetName.toLowerCase() === name.toLowerCase());
    if (taken) this.ctx.fail(MESSAGES.sheetExists(name));
  }

  indexOfSheet(sheet: LocalSheet): number {
    return this.sheets.indexOf(sheet);
  }

  activeSheetForRuntime(): LocalSheet {
    return this.active;
  }

  activateSheet(sheet: LocalSheet): void {
    this.active = sheet;
  }

  visibleSheetCount(): number {
    return this.sheets.filter((sheet) => !sheet.hidden).length;
  }

  protectionsOf(sheet: LocalSheet): LocalProtection[] {
    this.protections = this.protections.filter((protection) => !protection.removed);
    return this.protections.filter((protection) => protection.sheet === sheet);
  }

  addProtection(sheet: LocalSheet, type: ProtectionTypeName, rect: Rect): LocalProtection {
    const protection = new LocalProtection(
      this.ctx,
      sheet,
      type,
      { start: rect.row, count: rect.numRows },
      { start: rect.column, count: rect.numColumns },
    );
    this.protections.push(protection);
    return protection;
  }

  liveMetadata(): LocalDeveloperMetadata[] {
    this.metadata = this.metadata.filter((item) => !item.removed);
    return [...this.metadata];
  }

  addMetadata(key: string, value: string | null, visibility: EnumValue<'DOCUMENT' | 'PROJECT'>, place: MetadataPlace): void {
    this.metadata.push(new LocalDeveloperMetadata(this.ctx, this, this.nextMetadataId++, key, value, visibility, place));
  }

  selectedRange(): LocalRange | null {
    const selection = this.active.selection;
    const last = selection?.ranges[selection.ranges.length - 1];
    return last ? this.active.rangeAt(last) : null;
  }

  selectedCell(): LocalRange | null {
    const current = this.active.selection?.current;
    return current ? this.active.rangeAt({ row: current.row, column: current.column, numRows: 1, numColumns: 1 }) : null;
  }

  /** A sheet by exact name, for tests (no metering). */
  sheetForTest(name: string): LocalSheet {
    const sheet = this.sheets.find((candidate) => candidate.sheetName === name);
    if (!sheet) throw new Error(`sheetForTest: no sheet named ${name} (sheets: ${this.sheets.map((s) => s.sheetName).join(', ')})`);
    return sheet;
  }

  // ---- Apps Script ----

  getId(): string {
    this.call('getId');
    return this.options.id;
  }

  getName(): string {
    this.call('getName');
    return this.options.name;
  }

  getUrl(): string {
    this.call('getUrl');
    return `https://docs.google.com/spreadsheets/d/${this.options.id}/edit`;
  }

  getSheets(): LocalSheet[] {
    this.call('getSheets');
    return [...this.sheets];
  }

  /** Exact, case-sensitive name; null when absent. */
  getSheetByName(...args: [name: string]): LocalSheet | null {
    this.call('getSheetByName');
    arity(this.ctx, `${SPREADSHEET}.getSheetByName`, args, 1, 1);
    const name = stringArg(this.ctx, `${SPREADSHEET}.getSheetByName`, args, 0);
    return this.sheets.find((sheet) => sheet.sheetName === name) ?? null;
  }

  getSheetById(...args: [id: number]): LocalSheet | null {
    this.call('getSheetById');
    arity(this.ctx, `${SPREADSHEET}.getSheetById`, args, 1, 1);
    const id = integerArg(this.ctx, `${SPREADSHEET}.getSheetById`, args, 0, 'sheet id');
    return this.sheets.find((sheet) => sheet.id === id) ?? null;
  }

  /** insertSheet(), (index), (name), (name, index): a 1000 × 26 sheet that becomes the active one. */
  insertSheet(...args: [nameOrIndex?: string | number | object, index?: number | object]): LocalSheet {
    const method = `${SPREADSHEET}.insertSheet`;
    this.call('insertSheet');
    const count = arity(this.ctx, method, args, 0, 2);
    let name: string | null = null;
    let index = this.sheets.length;
    if (count >= 1 && typeof args[0] === 'string') {
      name = args[0];
      if (count === 2) index = integerArg(this.ctx, method, args, 1, 'sheet index');
    } else if (count === 1) {
      index = integerArg(this.ctx, method, args, 0, 'sheet index');
    } else if (count === 2) {
      signatureFail(this.ctx, method, args);
    }
    if (index < 0 || index > this.sheets.length) this.ctx.fail(`The sheet index ${index} is out of range (0–${this.sheets.length}).`);
    if (name === null) {
      let number = this.sheets.length + 1;
      while (this.sheets.some((sheet) => sheet.sheetName.toLowerCase() === `sheet${number}`)) number += 1;
      name = `Sheet${number}`;
    }
    this.checkSheetName(name, null);
    this.ensureCellBudget(1000 * 26);
    const sheet = new LocalSheet(this.ctx, this, name, this.nextSheetId++, 1000, 26);
    this.sheets.splice(index, 0, sheet);
    this.active = sheet;
    this.ctx.wrote(0);
    return sheet;
  }

  deleteSheet(...args: [sheet: LocalSheet]): void {
    this.call('deleteSheet');
    const [sheet] = args;
    if (args.length !== 1 || !(sheet instanceof LocalSheet) || !this.sheets.includes(sheet)) {
      return signatureFail(this.ctx, `${SPREADSHEET}.deleteSheet`, args);
    }
    if (this.sheets.length === 1) this.ctx.fail(MESSAGES.removeAllSheets);
    if (this.protectionsOf(sheet).some((p) => p.protectionType === 'SHEET' && !p.allows(this.ctx.userEmail))) {
      this.ctx.fail(MESSAGES.protectedCell);
    }
    const index = this.sheets.indexOf(sheet);
    this.sheets.splice(index, 1);
    sheet.deleted = true;
    this.protections = this.protections.filter((protection) => protection.sheet !== sheet);
    this.metadata = this.metadata.filter((item) => item.place.sheet !== sheet);
    if (this.active === sheet) this.active = this.sheets[Math.max(0, index - 1)]!;
    this.ctx.wrote(0);
  }

  getActiveSheet(): LocalSheet {
    this.call('getActiveSheet');
    return this.active;
  }

  setActiveSheet(...args: [sheet: LocalSheet, restoreSelection?: boolean]): LocalSheet {
    this.call('setActiveSheet');
    const [sheet] = args;
    if (args.length < 1 || args.length > 2 || !(sheet instanceof LocalSheet) || !this.sheets.includes(sheet)) {
      return signatureFail(this.ctx, `${SPREADSHEET}.setActiveSheet`, args);
    }
    this.active = sheet;
    return sheet;
  }

  getActiveRange(): LocalRange | null {
    this.call('getActiveRange');
    return this.selectedRange();
  }

  getCurrentCell(): LocalRange | null {
    this.call('getCurrentCell');
    return this.selectedCell();
  }

  getSpreadsheetTimeZone(): string {
    this.call('getSpreadsheetTimeZone');
    return this.ctx.timeZone;
  }

  /**
   * As in Sheets (File ▸ Settings ▸ Time zone): a date cell keeps the day and time it shows, so the
   * moment it stands for moves — getValues then gives it as that wall-clock time in the new zone.
   */
  setSpreadsheetTimeZone(...args: [timezone: string]): void {
    this.call('setSpreadsheetTimeZone');
    arity(this.ctx, `${SPREADSHEET}.setSpreadsheetTimeZone`, args, 1, 1);
    const zone = stringArg(this.ctx, `${SPREADSHEET}.setSpreadsheetTimeZone`, args, 0);
    if (!isTimeZone(zone)) this.ctx.fail(`Invalid argument: timeZone (${zone})`);
    const from = this.ctx.timeZone;
    const move = (date: Date) => new Date(epochFromWallClock(wallClock(date.getTime(), from), zone));
    for (const sheet of this.sheets) sheet.grid.moveDates(move);
    this.ctx.timeZone = zone;
  }

  getSpreadsheetLocale(): string {
    this.call('getSpreadsheetLocale');
    return this.ctx.spreadsheetLocale;
  }

  /** Like Sheets, later typed input follows the new locale; what is already stored stays as it is. */
  setSpreadsheetLocale(...args: [locale: string]): void {
    this.call('setSpreadsheetLocale');
    arity(this.ctx, `${SPREADSHEET}.setSpreadsheetLocale`, args, 1, 1);
    const locale = stringArg(this.ctx, `${SPREADSHEET}.setSpreadsheetLocale`, args, 0);
    if (!/^[a-z]{2,3}(_[A-Z]{2})?$/.test(locale)) this.ctx.fail(`Invalid argument: locale (${locale})`);
    this.ctx.spreadsheetLocale = locale;
  }

  toast(...args: [msg: string, title?: string, timeoutSeconds?: number | null]): void {
    this.call('toast');
    const [message, title, timeout] = args;
    const texty = (value: unknown) => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
    if (args.length < 1 || args.length > 3 || !texty(message) || (args.length >= 2 && !texty(title))) {
      return signatureFail(this.ctx, `${SPREADSHEET}.toast`, args);
    }
    this.ui.toasts.push({ message: String(message), title: title === undefined ? '' : String(title), timeoutSeconds: timeout ?? 5 });
  }

  /** 'Sheet name'!A1:B2, or plain A1 on the active sheet. */
  getRange(...args: [a1Notation: string]): LocalRange {
    this.call('getRange', false);
    arity(this.ctx, `${SPREADSHEET}.getRange`, args, 1, 1);
    const a1 = stringArg(this.ctx, `${SPREADSHEET}.getRange`, args, 0);
    const ref = parseA1(a1);
    if (!ref) return this.ctx.fail(MESSAGES.rangeNotFound);
    const sheet = ref.sheetName === null ? this.active : this.sheets.find((candidate) => candidate.sheetName === ref.sheetName);
    if (!sheet) return this.ctx.fail(MESSAGES.rangeNotFound);
    return sheet.rangeFromA1(a1);
  }

  getProtections(...args: [type: unknown]): LocalProtection[] {
    this.call('getProtections');
    const type = memberOf(ProtectionTypeEnum, args[0]);
    if (!type || typeof args[0] === 'string' || args.length !== 1) return signatureFail(this.ctx, `${SPREADSHEET}.getProtections`, args);
    return this.sheets.flatMap((sheet) => this.protectionsOf(sheet)).filter((protection) => protection.protectionType === type.name());
  }

  getDeveloperMetadata(): LocalDeveloperMetadata[] {
    this.call('getDeveloperMetadata');
    return this.liveMetadata().filter((item) => item.place.type === 'SPREADSHEET');
  }

  addDeveloperMetadata(...args: [key: string, value?: string, visibility?: unknown]): this {
    this.call('addDeveloperMetadata');
    const { key, value, visibility } = metadataArguments(this.ctx, `${SPREADSHEET}.addDeveloperMetadata`, args);
    this.addMetadata(key, value, visibility, { type: 'SPREADSHEET', sheet: null, span: null });
    return this;
  }

  // ---- control handles (not Apps Script) ----

  /**
   * What a person selected: ranges in A1 (optionally 'Sheet'!A1; all on one sheet, the last one is the
   * active range) and the current cell (default: the first cell of the last range). Activates that sheet.
   */
  setSelectionForTest(ranges: string | readonly string[], currentCell?: string): void {
    const { sheet, selection } = resolveSelection(typeof ranges === 'string' ? [ranges] : ranges, currentCell, (name) =>
      name === null ? this.active : this.sheetForTest(name),
    );
    this.active = sheet;
    sheet.selection = selection;
  }

  clearSelectionForTest(): void {
    for (const sheet of this.sheets) sheet.selection = null;
  }

  toString(): string {
    return 'Spreadsheet';
  }
}
