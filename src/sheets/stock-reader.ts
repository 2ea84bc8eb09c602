// What "Stock" reads: every table stock is counted from, in only the columns the Stock sheet shows or
// counts with (STOCK_SHEET_COLUMNS), each in one getValues per block of neighbouring columns
// (read-table.ts). Unreadable cells are kept by sheet and column key, so a figure they touch is said to
// be uncounted; missing sheets and columns are listed for the top of the sheet.
import type { KeyedProblem, SheetLabels } from '../domain/problems';
import { STOCK_SHEET_COLUMNS, type StockInput, type StockSheetKey } from '../domain/stock/figures';
import type { TypedRow } from '../domain/rows';
import { readTable } from './read-table';
import type { Workbook } from './workbook';

export type StockRead = Omit<StockInput, 'today' | 'settings'>;

export function readStockSheets(workbook: Workbook): StockRead {
  const tables = {} as Record<StockSheetKey, readonly TypedRow[]>;
  const unreadable: KeyedProblem[] = [];
  const missingSheets: StockSheetKey[] = [];
  const missingColumns: { sheet: StockSheetKey; column: string }[] = [];
  const labels: Required<SheetLabels> = { sheets: {}, headers: {} };
  for (const key of Object.keys(STOCK_SHEET_COLUMNS) as StockSheetKey[]) {
    const table = workbook.table(key);
    if (!table) {
      missingSheets.push(key);
      tables[key] = [];
      continue;
    }
    const wanted: readonly string[] = STOCK_SHEET_COLUMNS[key];
    // Every column asked for, present or not: a table opened from the layout cache asks Google again
    // when one is missing (it may have been added since), and only then are they known to be missing.
    const read = readTable(workbook, key, wanted);
    const present = wanted.filter((column) => table.has(column));
    for (const column of wanted) if (!present.includes(column)) missingColumns.push({ sheet: key, column });
    labels.sheets[key] = table.name;
    const headers: Record<string, string> = {};
    const keyOfHeader = new Map<string, string>();
    for (const column of present) {
      headers[column] = table.headerOf(column);
      keyOfHeader.set(table.headerOf(column), column);
    }
    labels.headers[key] = headers;
    tables[key] = read.rows;
    for (const problem of read.problems) {
      const column = problem.column === undefined ? undefined : keyOfHeader.get(problem.column);
      // A required column the sheet lacks is in missingColumns, said once at the top.
      if (problem.column !== undefined && column === undefined) continue;
      const keyed: KeyedProblem = { sheet: key, message: problem.message };
      if (problem.row !== undefined) keyed.row = problem.row;
      if (column !== undefined) keyed.column = column;
      unreadable.push(keyed);
    }
  }
  return { tables, unreadable, missingSheets, missingColumns, labels };
}
