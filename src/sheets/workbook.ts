// The maker's spreadsheet as the add-on sees it: sheets found by name (case-insensitive, trimmed),
// each read once per execution. Every Apps Script call is a round trip, so what is read is kept.
import { SHEETS, sheetSpec, type SheetKey } from '../domain/workbook';
import { Table } from './table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function sheetNameKey(name: string): string {
  return name.trim().toLowerCase();
}

export class Workbook {
  private sheetList: Sheet[] | null = null;
  private zone: string | null = null;
  private readonly tables = new Map<SheetKey, Table | null>();

  constructor(readonly spreadsheet: Spreadsheet) {}

  static active(): Workbook {
    return new Workbook(SpreadsheetApp.getActiveSpreadsheet());
  }

  sheets(): Sheet[] {
    if (!this.sheetList) this.sheetList = this.spreadsheet.getSheets();
    return this.sheetList;
  }

  findSheet(name: string): Sheet | null {
    const wanted = sheetNameKey(name);
    return this.sheets().find((sheet) => sheetNameKey(sheet.getName()) === wanted) ?? null;
  }

  /** The spreadsheet's time zone: date cells are midnight there. */
  timeZone(): string {
    if (!this.zone) this.zone = this.spreadsheet.getSpreadsheetTimeZone();
    return this.zone;
  }

  /** A tracking table, or null when its sheet does not exist. */
  table(key: SheetKey): Table | null {
    if (!this.tables.has(key)) {
      const spec = sheetSpec(key);
      const sheet = this.findSheet(spec.name);
      this.tables.set(key, sheet ? Table.open(sheet, spec) : null);
    }
    return this.tables.get(key) ?? null;
  }

  /** A table this execution already opened, without opening one. */
  openedTable(key: SheetKey): Table | null {
    return this.tables.get(key) ?? null;
  }

  insertSheet(name: string): Sheet {
    const sheet = this.spreadsheet.insertSheet(name, this.sheets().length);
    this.sheets().push(sheet);
    return sheet;
  }

  /** Forget what was read of a sheet after writing to its structure. */
  forget(key: SheetKey): void {
    this.tables.delete(key);
  }

  static readonly specs = SHEETS;
}
