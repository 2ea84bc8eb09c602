// Reports go to a new sheet, never an existing one: one setValues per table, as wide as that table,
// and titles and headers bold. The sheet is new, so its cells have the automatic format, where an
// apostrophe in front of a string keeps it text and is not stored: nothing a maker or a customer
// typed (`=HYPERLINK(…)`, `0923`, `2023-09-14`) is evaluated or reinterpreted, at no extra call.
import { layOutReport, type Report, type ReportCell } from '../domain/report-grid';
import { sheetValue } from './write-cells';
import type { Workbook } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const SHEET_NAME_LIMIT = 100;

/**
 * A sheet name Sheets accepts and an .xlsx download keeps: at most 100 characters, none of : \ / ? * [ ]
 * (a code may hold them; Excel refuses them in sheet names).
 */
export function safeSheetName(wanted: string): string {
  return wanted
    .replace(/[:\\/?*[\]]/g, '-')
    .slice(0, SHEET_NAME_LIMIT)
    .trim();
}

/** A sheet name not yet taken (compared as Sheets does, ignoring case), at most 100 characters. */
export function uniqueSheetName(workbook: Workbook, wanted: string): string {
  const taken = new Set(workbook.sheets().map((sheet) => sheet.getName().toLowerCase()));
  const base = safeSheetName(wanted);
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = base.slice(0, SHEET_NAME_LIMIT - suffix.length).trim() + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/**
 * A new sheet under the wanted name, or the first free variant of it. The name carries the time to the
 * second, so it is almost always free: try it first rather than list the sheets to check.
 */
function insertNewSheet(workbook: Workbook, wantedName: string): Sheet {
  const name = safeSheetName(wantedName);
  try {
    return workbook.insertSheet(name);
  } catch {
    return workbook.insertSheet(uniqueSheetName(workbook, name));
  }
}

export function writeReportSheet(workbook: Workbook, wantedName: string, report: Report): Sheet {
  const layout = layOutReport(report);
  const sheet = insertNewSheet(workbook, wantedName);
  // A new sheet has 1000 rows and 26 columns.
  if (layout.height > 1000) sheet.insertRowsAfter(1000, layout.height - 1000);
  if (layout.width > 26) sheet.insertColumnsAfter(26, layout.width - 26);
  for (const block of layout.blocks) {
    sheet.getRange(block.firstRow, 1, block.rows.length, block.width).setValues(block.rows.map((row) => row.map(reportValue)));
  }
  for (const bold of layout.boldRows) sheet.getRange(bold.row, 1, 1, bold.width).setFontWeight('bold');
  sheet.setFrozenRows(layout.frozenRows);
  // Widths from the tables' contents (about 7 px a character in Sheets' default font).
  layout.columnChars.forEach((chars, index) => sheet.setColumnWidth(index + 1, 16 + chars * 7));
  return sheet;
}

function reportValue(cell: ReportCell): string | number | boolean | Date {
  if (typeof cell === 'string') return cell === '' ? '' : `'${cell}`;
  return sheetValue(cell, 'number');
}
