// The Stock sheet is the add-on's own: found by name, cleared and written whole each time, one
// setValues per block of the report (report-grid.ts), titles and headers bold. A tab called Stock that
// Lotline did not make (its first cell does not start "Made by Lotline") is a maker's own and is never
// cleared: they are asked to rename it. Clearing takes the formats too, so the cells are automatic again
// and an apostrophe in front of text keeps it text (report-sheet.ts): nothing a maker typed is evaluated.
//
// Complete or nothing: a sheet that cannot be written whole is emptied again but for its first row and a
// sentence saying so, or taken out when this run created it.
import { layOutReport, type Report } from '../domain/report-grid';
import { STOCK_SHEET_MARK, STOCK_SHEET_NAME } from '../domain/stock/stock-report';
import { messageOf, reportValue } from './report-sheet';
import type { Workbook } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Rows a Stock sheet keeps at least: a short one is not cut off right under its last line. */
const KEPT_ROWS = 100;

/** The Stock sheet, or why it cannot be written, before anything is written. */
export function stockSheetToWrite(workbook: Workbook): { sheet: Sheet | null } {
  const sheet = workbook.findSheet(STOCK_SHEET_NAME);
  if (!sheet) return { sheet: null };
  const first = sheet.getRange(1, 1).getValue();
  const text = typeof first === 'string' ? first.trim() : '';
  if (text.startsWith(STOCK_SHEET_MARK) || (first === '' && sheet.getLastRow() === 0)) return { sheet };
  throw new Error(
    `the sheet "${sheet.getName()}" was not made by Lotline (its cell A1 does not start "${STOCK_SHEET_MARK}"), so it is not overwritten: rename it, and choose Stock again.`,
  );
}

export function writeStockSheet(workbook: Workbook, existing: Sheet | null, report: Report): Sheet {
  const layout = layOutReport(report);
  const sheet = existing ?? workbook.insertSheet(STOCK_SHEET_NAME);
  try {
    if (existing) sheet.clear();
    fitSize(sheet, layout.height, layout.width);
    for (const block of layout.blocks) {
      sheet.getRange(block.firstRow, 1, block.rows.length, block.width).setValues(block.rows.map((row) => row.map(reportValue)));
    }
    for (const bold of layout.boldRows) sheet.getRange(bold.row, 1, 1, bold.width).setFontWeight('bold');
    sheet.setFrozenRows(layout.frozenRows);
    layout.columnChars.forEach((chars, index) => sheet.setColumnWidth(index + 1, 16 + chars * 7));
  } catch (error) {
    throw new Error(`the Stock sheet could not be written (${messageOf(error)}) ${undoStockSheet(workbook, sheet, existing !== null)}`, {
      cause: error,
    });
  }
  return sheet;
}

/**
 * Take back a Stock sheet whose run failed after it was written (its Log row): a new one is removed, an
 * old one emptied but for its first row and why. Returns how that went, as the end of a sentence.
 */
export function undoStockSheet(workbook: Workbook, sheet: Sheet, existed: boolean): string {
  try {
    if (!existed) {
      workbook.deleteSheet(sheet);
      return 'and the half-written sheet was removed.';
    }
    const first = sheet.getRange(1, 1).getValue();
    sheet.clear();
    sheet.setFrozenRows(0);
    sheet
      .getRange(1, 1, 2, 1)
      .setValues([
        [typeof first === 'string' && first.startsWith(STOCK_SHEET_MARK) ? `'${first}` : `'${STOCK_SHEET_MARK}`],
        ["'Not finished: choose Stock again."],
      ]);
    return 'and the sheet was emptied, so that no half of it is taken for the whole.';
  } catch (error) {
    return `and the half-written sheet "${sheet.getName()}" could not be emptied (${messageOf(error)}): do not rely on it.`;
  }
}

/**
 * Rows and columns enough for the report and few more: every cell of a sheet counts towards the
 * spreadsheet's 10 million, and a workbook at the ceiling has little room left. Columns go first, so
 * the rows added are only as wide as the report.
 */
function fitSize(sheet: Sheet, height: number, width: number): void {
  const columns = sheet.getMaxColumns();
  if (columns > width) sheet.deleteColumns(width + 1, columns - width);
  else if (columns < width) sheet.insertColumnsAfter(columns, width - columns);
  const rows = sheet.getMaxRows();
  const wantedRows = Math.max(height, KEPT_ROWS);
  if (rows < height) sheet.insertRowsAfter(rows, height - rows);
  else if (rows > wantedRows) sheet.deleteRows(wantedRows + 1, rows - wantedRows);
}
