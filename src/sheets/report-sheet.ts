// Reports go to a new sheet, never an existing one: one setValues for the whole report, one call to
// bold the titles and headers. Every string cell is plain-text formatted first, so nothing a maker or
// a customer typed (`=HYPERLINK(…)`, `0923`, `2023-09-14`) is evaluated or reinterpreted.
import { layOutReport, type Report } from '../domain/report-grid';
import { numberFormatOf, sheetValue } from './write-cells';
import type { Workbook } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const SHEET_NAME_LIMIT = 100;

/** A sheet name not yet taken (compared as Sheets does, ignoring case), at most 100 characters. */
export function uniqueSheetName(workbook: Workbook, wanted: string): string {
  const taken = new Set(workbook.sheets().map((sheet) => sheet.getName().toLowerCase()));
  const base = wanted.slice(0, SHEET_NAME_LIMIT).trim();
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = base.slice(0, SHEET_NAME_LIMIT - suffix.length).trim() + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

export function writeReportSheet(workbook: Workbook, wantedName: string, report: Report): Sheet {
  const grid = layOutReport(report);
  const sheet = workbook.insertSheet(uniqueSheetName(workbook, wantedName));
  const rows = grid.values.length;
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (grid.width > maxColumns) sheet.insertColumnsAfter(maxColumns, grid.width - maxColumns);
  const range = sheet.getRange(1, 1, rows, grid.width);
  range.setNumberFormats(grid.values.map((row) => row.map(numberFormatOf)));
  range.setValues(grid.values.map((row) => row.map((cell) => sheetValue(cell, typeof cell === 'string' ? 'text' : 'number'))));
  range.setFontWeights(grid.bold.map((row) => row.map((isBold) => (isBold ? 'bold' : 'normal'))));
  sheet.setFrozenRows(grid.frozenRows);
  return sheet;
}
