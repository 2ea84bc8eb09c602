// The cheap first pass of a trace: only the code columns that link the tables (lot → batch → order),
// as trimmed text with their sheet rows. At the Sheets ceiling these few columns are most of what a
// trace reads; everything else is read later, only for the rows the trace reaches.
import { isBlank, readCode } from '../domain/cell-values';
import type { SheetKey } from '../domain/workbook';
import type { Workbook } from './workbook';

export interface CodeColumns {
  /** False when the sheet does not exist. */
  exists: boolean;
  /** 1-based sheet row of each record; rows blank in every requested column are skipped. */
  rows: number[];
  /** Codes as written (trimmed), parallel to rows; '' where the cell is blank. */
  codes: Record<string, string[]>;
  /** Requested columns the sheet lacks, as column keys. */
  missingKeys: string[];
  sheetName: string;
}

export function readCodeColumns(workbook: Workbook, key: SheetKey, columnKeys: readonly string[]): CodeColumns {
  const table = workbook.table(key);
  const codes: Record<string, string[]> = {};
  for (const column of columnKeys) codes[column] = [];
  if (!table) return { exists: false, rows: [], codes, missingKeys: [], sheetName: key };
  const present = columnKeys.filter((column) => table.has(column));
  const missingKeys = columnKeys.filter((column) => !table.has(column));
  const read = table.readColumns(present);
  const rows: number[] = [];
  const arrays = present.map((column) => read.columns.get(column) ?? []);
  const outputs = present.map((column) => codes[column] as string[]);
  for (let index = 0; index < read.length; index++) {
    let blank = true;
    for (const array of arrays) if (!isBlank(array[index])) blank = false;
    if (blank) continue;
    rows.push(read.firstRow + index);
    for (let c = 0; c < arrays.length; c++) (outputs[c] as string[]).push(readCode((arrays[c] as unknown[])[index]));
  }
  for (const column of columnKeys) if (!present.includes(column)) codes[column] = rows.map(() => '');
  return { exists: true, rows, codes, missingKeys, sheetName: table.name };
}
