// The maker's spreadsheet as the add-on sees it: sheets found by name (case-insensitive, trimmed),
// each read once per execution. Every Apps Script call is a round trip, so what is read is kept.
import type { Day } from '../domain/days';
import { lookalikeTab, type Lookalike, type Tab } from '../domain/lookalike-tab';
import { SHEETS, sheetSpec, type SheetKey, type SheetSpec } from '../domain/workbook';
import type { LayoutCache } from './layout-cache';
import { Table, type WatchedCell } from './table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function sheetNameKey(name: string): string {
  return name.trim().toLowerCase();
}

/** A report sheet's name ends with its time ("LAV-0923-01 trace 231015 1405", "… (2)"). */
const REPORT_TAB = /\d{6} \d{4}(?: \(\d+\))?$/;

/** Tabs whose row 1 is read to find one that looks like a missing sheet: one call each. */
const LOOKALIKE_HEADER_READS = 10;

export class Workbook {
  private sheetList: Sheet[] | null = null;
  private zone: string | null = null;
  private localeName: string | null = null;
  private readonly tables = new Map<SheetKey, Table | null>();
  private watch: { sheet: string; cell: WatchedCell } | null = null;
  private headersOfOtherTabs: Tab[] | null = null;

  constructor(
    readonly spreadsheet: Spreadsheet,
    /** Where the sheets' columns were last time; null to always ask Google (see layout-cache.ts). */
    private readonly layouts: LayoutCache | null = null,
  ) {}

  static active(layouts: LayoutCache | null = null): Workbook {
    return new Workbook(SpreadsheetApp.getActiveSpreadsheet(), layouts);
  }

  /** Remember the layouts this execution learnt (one property write, only when something changed). */
  saveLayouts(): void {
    if (!this.layouts) return;
    for (const [key, table] of this.tables) {
      if (table?.isVerified)
        this.layouts.remember(key, { name: table.name, header: table.header.map((cell) => String(cell ?? '')), rows: table.lastRow });
      else if (table === null) this.layouts.forget(key);
    }
    this.layouts.save();
  }

  sheets(): Sheet[] {
    if (!this.sheetList) this.sheetList = this.spreadsheet.getSheets();
    return this.sheetList;
  }

  findSheet(name: string): Sheet | null {
    const wanted = sheetNameKey(name);
    return this.sheets().find((sheet) => sheetNameKey(sheet.getName()) === wanted) ?? null;
  }

  /**
   * When the sheet of `key` is missing: the tab of another name that looks like it (lookalike-tab.ts),
   * or null. By name it costs nothing (the list of sheets is known); by header it reads row 1 of at most
   * LOOKALIKE_HEADER_READS other tabs, once per execution, and only when a sentence about a missing
   * sheet is being written. Report sheets (named with their time) are never it.
   */
  lookalikeOf(key: SheetKey): Lookalike | null {
    if (this.findSheet(sheetSpec(key).name)) return null;
    const known = new Set(SHEETS.map((spec) => sheetNameKey(spec.name)));
    const others = this.sheets().filter((sheet) => !known.has(sheetNameKey(sheet.getName())) && !REPORT_TAB.test(sheet.getName().trim()));
    const byName = lookalikeTab(
      sheetSpec(key),
      others.map((sheet) => ({ name: sheet.getName(), header: [] })),
    );
    if (byName) return byName;
    this.headersOfOtherTabs ??= others.slice(0, LOOKALIKE_HEADER_READS).map((sheet) => ({
      name: sheet.getName(),
      header: sheet.getRange('1:1').getValues()[0] ?? [],
    }));
    return lookalikeTab(sheetSpec(key), this.headersOfOtherTabs);
  }

  /** Today's calendar day where the spreadsheet is (its time zone, not the script's). */
  today(): Day {
    return this.localTime(new Date(), 'yyyy-MM-dd');
  }

  /** A moment written as the spreadsheet's clock shows it (Utilities.formatDate patterns). */
  localTime(moment: Date, pattern: string): string {
    return Utilities.formatDate(moment, this.timeZone(), pattern);
  }

  /** The cell the maker is on, on whatever sheet; null when there is none. */
  currentCell(): GoogleAppsScript.Spreadsheet.Range | null {
    return this.spreadsheet.getCurrentCell();
  }

  /**
   * The spreadsheet's time zone: date cells are midnight there. Asked once per execution and never
   * remembered across executions: after a maker changes it in File ▸ Settings, Google gives every date
   * cell as midnight in the new zone, and a remembered old zone would read each one a day off.
   */
  timeZone(): string {
    this.zone ??= this.spreadsheet.getSpreadsheetTimeZone();
    return this.zone;
  }

  /**
   * The spreadsheet's locale ('en_US', 'de_DE', …): how numbers and dates typed as text are read. Asked
   * once per execution, and only when some text needs it (rows.ts): never remembered across executions,
   * since a maker who changes it in File ▸ Settings must not have 1.200 read the old way.
   */
  readonly locale = (): string => {
    this.localeName ??= this.spreadsheet.getSpreadsheetLocale();
    return this.localeName;
  };

  /** A tracking table, or null when its sheet does not exist. */
  table(key: SheetKey): Table | null {
    if (!this.tables.has(key)) {
      const spec = sheetSpec(key);
      const table = this.tableFromCache(key, spec) ?? this.discover(spec);
      if (table && this.watch && sheetNameKey(table.name) === this.watch.sheet) table.watched = this.watch.cell;
      this.tables.set(key, table);
    }
    return this.tables.get(key) ?? null;
  }

  /**
   * The sheet is there with this column: every value of it can be read. When not (a tab renamed, a column
   * deleted), a code or row not found in it is not one that is not there.
   */
  hasColumn(key: SheetKey, column: string): boolean {
    return this.table(key)?.has(column) ?? false;
  }

  private discover(spec: SheetSpec): Table | null {
    const sheet = this.findSheet(spec.name);
    return sheet ? Table.open(sheet, spec) : null;
  }

  private tableFromCache(key: SheetKey, spec: SheetSpec): Table | null {
    const cached = this.layouts?.sheet(key);
    if (!cached) return null;
    let sheet: Sheet;
    try {
      // A sheet-qualified A1 reference asks Google nothing; a renamed sheet fails on it.
      sheet = this.spreadsheet.getRange(`'${cached.name.replace(/'/g, "''")}'!A1`).getSheet();
    } catch {
      return null;
    }
    return Table.fromCache(sheet, spec, cached.header, cached.rows, () => this.findSheet(spec.name));
  }

  /**
   * Keep the value of this cell if a later read of its sheet covers it (see WatchedCell); call before
   * the tables are opened. Returns the watch, whose `seen` says whether a read took the value.
   */
  watchCell(range: GoogleAppsScript.Spreadsheet.Range): WatchedCell {
    const cell: WatchedCell = { row: range.getRow(), column: range.getColumn(), seen: false, value: undefined };
    this.watch = { sheet: sheetNameKey(range.getSheet().getName()), cell };
    return cell;
  }

  /** A table this execution already opened, without opening one. */
  openedTable(key: SheetKey): Table | null {
    return this.tables.get(key) ?? null;
  }

  /** A new sheet, placed last when the sheets were listed already, else where Sheets puts it. */
  insertSheet(name: string): Sheet {
    if (!this.sheetList) return this.spreadsheet.insertSheet(name);
    const sheet = this.spreadsheet.insertSheet(name, this.sheetList.length);
    this.sheetList.push(sheet);
    return sheet;
  }

  /** Forget what was read of a sheet after writing to its structure. */
  forget(key: SheetKey): void {
    this.tables.delete(key);
  }

  /** A table this execution made itself (a new sheet whose header it wrote): nothing to ask Google. */
  adopt(key: SheetKey, table: Table): void {
    this.tables.set(key, table);
  }

  /** List the sheets again: another execution may have added one since (a trace takes no lock). */
  forgetSheets(): void {
    this.sheetList = null;
    for (const [key, table] of this.tables) if (table === null) this.tables.delete(key);
  }

  /** Remove a sheet this execution created, when the save it was for is taken back. */
  deleteSheet(sheet: Sheet): void {
    this.spreadsheet.deleteSheet(sheet);
    if (this.sheetList) this.sheetList = this.sheetList.filter((listed) => listed !== sheet);
    for (const [key, table] of this.tables) if (table?.sheet === sheet) this.tables.delete(key);
  }
}
