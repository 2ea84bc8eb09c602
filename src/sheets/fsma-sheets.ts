// One critical tracking event's table on a new sheet, as FDA sorts and filters it: the header in row 1
// (bold, frozen), one record a row, no merged cells, and the whole table in one setValues. Text is
// kept text (an apostrophe on a new sheet's automatic format: a lot code "0923" or a customer called
// "=HYPERLINK(…)" is never reinterpreted); a day is written as "YYYY-MM-DD" without one, which Sheets
// stores as a real date, so the date columns sort as dates.
import type { FsmaTable } from '../domain/fsma/records';
import type { ReportName } from '../domain/report-name';
import { reportValue, uniqueSheetName } from './report-sheet';
import type { Workbook } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The names the sheets will have, found before any is written: the glossary names the others. */
export function fsmaSheetNames<K extends string>(workbook: Workbook, leads: Record<K, string>, tail: string): Record<K, string> {
  const names = {} as Record<K, string>;
  for (const key of Object.keys(leads) as K[]) names[key] = uniqueSheetName(workbook, { lead: leads[key], tail } satisfies ReportName);
  return names;
}

/** `inserted` hears of the sheet as soon as it exists, so that a failure after it can take it out again. */
export function writeFsmaTable(workbook: Workbook, name: string, table: FsmaTable, inserted: (sheet: Sheet) => void): Sheet {
  const sheet = workbook.insertSheet(name);
  inserted(sheet);
  const width = table.columns.length;
  const height = table.rows.length + 1;
  // A new sheet has 1000 rows and 26 columns.
  if (height > 1000) sheet.insertRowsAfter(1000, height - 1000);
  const kinds = table.columns.map((column) => column.kind);
  const values = [
    table.columns.map((column) => reportValue(column.header)),
    ...table.rows.map((row) =>
      row.map((cell, index) => (cell === null ? '' : kinds[index] === 'day' && typeof cell === 'string' ? cell : reportValue(cell))),
    ),
  ];
  sheet.getRange(1, 1, height, width).setValues(values);
  sheet.getRange(1, 1, 1, width).setFontWeight('bold');
  sheet.setFrozenRows(1);
  table.columns.forEach((column, index) => {
    let chars = column.header.length;
    for (let row = 0; row < table.rows.length && row < 200; row++) chars = Math.max(chars, String(table.rows[row]?.[index] ?? '').length);
    sheet.setColumnWidth(index + 1, 16 + Math.min(chars, 48) * 7);
  });
  return sheet;
}
