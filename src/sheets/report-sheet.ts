// Reports go to a new sheet, never an existing one: one setValues for the whole report, one call to
// bold the titles and headers. The sheet is new, so its cells have the automatic format, where an
// apostrophe in front of a string keeps it text and is not stored: nothing a maker or a customer
// typed (`=HYPERLINK(…)`, `0923`, `2023-09-14`) is evaluated or reinterpreted, at no extra call.
import { layOutReport, type Report, type ReportCell } from '../domain/report-grid';
import { sheetValue } from './write-cells';
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
  range.setValues(grid.values.map((row) => row.map(reportValue)));
  range.setFontWeights(grid.bold.map((row) => row.map((isBold) => (isBold ? 'bold' : 'normal'))));
  sheet.setFrozenRows(grid.frozenRows);
  return sheet;
}

function reportValue(cell: ReportCell): string | number | boolean | Date {
  if (typeof cell === 'string') return cell === '' ? '' : `'${cell}`;
  return sheetValue(cell, 'number');
}
