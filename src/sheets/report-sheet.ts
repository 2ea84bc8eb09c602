// Reports go to a new sheet, never an existing one: one setValues per table, as wide as that table,
// and titles and headers bold. The sheet is new, so its cells have the automatic format, where an
// apostrophe in front of a string keeps it text and is not stored: nothing a maker or a customer
// typed (`=HYPERLINK(…)`, `0923`, `2023-09-14`) is evaluated or reinterpreted, at no extra call.
//
// Complete or nothing (traceability.md): a report that cannot be written whole is taken out again,
// and the maker is told why.
import { layOutReport, type Report, type ReportCell } from '../domain/report-grid';
import { fitReportName, uniqueReportName, type ReportName } from '../domain/report-name';
import { sheetValue } from './write-cells';
import type { Workbook } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Sheets refuses a cell of more than 50,000 characters, and the apostrophe that keeps text text counts. */
export const CELL_CHARACTER_LIMIT = 50_000;

/** A sheet name not yet taken, within 31 characters (compared as Sheets does, ignoring case). */
export function uniqueSheetName(workbook: Workbook, name: ReportName): string {
  const taken = new Set<string>();
  for (const sheet of workbook.sheets()) {
    const existing = sheet.getName().toLowerCase();
    taken.add(existing);
    // An older, longer name collides with ours once an .xlsx download cuts it to 31.
    taken.add(existing.slice(0, 31));
  }
  return uniqueReportName(name, (candidate) => taken.has(candidate.toLowerCase()));
}

/**
 * A new sheet under the wanted name, or the first free variant of it. The name carries the time to the
 * minute, so it is almost always free: try it first rather than list the sheets to check.
 */
function insertNewSheet(workbook: Workbook, name: ReportName): Sheet {
  try {
    return workbook.insertSheet(fitReportName(name));
  } catch {
    return workbook.insertSheet(uniqueSheetName(workbook, name));
  }
}

/** Writes the report to a new sheet; on any failure the partial sheet is deleted and the error says so. */
export function writeReportSheet(workbook: Workbook, name: ReportName, report: Report): Sheet {
  const layout = layOutReport(report);
  const sheet = insertNewSheet(workbook, name);
  try {
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
  } catch (error) {
    throw new Error(`the report could not be written (${messageOf(error)}) ${removeReportSheet(workbook, sheet)}`, { cause: error });
  }
  return sheet;
}

/** A note in the corner of the spreadsheet (Sheets' toast): where a report went, when nothing there needs an answer. */
export function toastReport(workbook: Workbook, title: string, message: string): void {
  workbook.spreadsheet.toast(message, title, 10);
}

/**
 * Take a report sheet out again, when what had to follow it (its Log row) failed. Returns how that went,
 * as the end of a sentence for the maker.
 */
export function removeReportSheet(workbook: Workbook, sheet: Sheet): string {
  try {
    workbook.spreadsheet.deleteSheet(sheet);
    return `and its half-written sheet was removed.`;
  } catch (error) {
    return `and its half-written sheet "${sheet.getName()}" could not be removed (${messageOf(error)}): delete it by hand.`;
  }
}

/** A value as written: text stays text and fits a cell, shortened with "…" when it would not. */
export function reportValue(cell: ReportCell): string | number | boolean | Date {
  if (typeof cell !== 'string') return sheetValue(cell, 'number');
  if (cell === '') return '';
  return `'${fitCell(cell, CELL_CHARACTER_LIMIT - 1)}`;
}

/** At most `limit` characters, the last of them "…" when something was cut (never half a character). */
export function fitCell(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let end = limit - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** An error's own sentence; Apps Script's service errors are Errors, but anything may be thrown. */
export function messageOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error) return String((error as { message: unknown }).message);
  return String(error);
}
