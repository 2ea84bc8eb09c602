// Read a tracking table's columns into typed rows: the one door from sheet cells to domain values.
import type { Problem } from '../domain/problems';
import { typeRows, type RawColumns, type TypedRow } from '../domain/rows';
import { sheetSpec, type SheetKey, type SheetSpec } from '../domain/workbook';
import type { Table } from './table';
import type { Workbook } from './workbook';

export interface TableRead {
  /** False when the sheet does not exist. */
  exists: boolean;
  rows: TypedRow[];
  problems: Problem[];
}

export function readTable(
  workbook: Workbook,
  key: SheetKey,
  columnKeys?: readonly string[],
  span?: { fromRow: number; toRow: number },
): TableRead {
  const table = workbook.table(key);
  const spec = sheetSpec(key);
  if (!table) return { exists: false, rows: [], problems: [] };
  const keys = columnKeys ?? spec.columns.map((column) => column.key);
  const problems: Problem[] = table.layout.missingRequired
    .filter((column) => keys.includes(column.key))
    .map((column) => ({ sheet: table.name, row: 1, column: column.header, message: `the sheet has no "${column.header}" column` }));
  const typed = typeTableRows(workbook, table, table.readColumns(keys, span), spec);
  return { exists: true, rows: typed.rows, problems: [...problems, ...typed.problems] };
}

/** Cells read from `table` typed as its spec (or `spec`) says, named by its headers, in the spreadsheet's time zone and locale. */
export function typeTableRows(
  workbook: Workbook,
  table: Table,
  raw: RawColumns,
  spec: SheetSpec = table.spec,
): ReturnType<typeof typeRows> {
  return typeRows(raw, {
    spec,
    sheetName: table.name,
    headerOf: (key) => table.headerOf(key),
    timeZone: workbook.timeZone(),
    locale: workbook.locale,
  });
}

/**
 * Several tables read for one use case: each read's problems gathered in one list, and the sheets it
 * needs that the workbook lacks listed, so the caller says once what stops it.
 */
export function tablesReader(workbook: Workbook, needed: readonly SheetKey[]) {
  const problems: Problem[] = [];
  const missing: SheetKey[] = [];
  const read = (key: SheetKey, columns: readonly string[]): TypedRow[] => {
    const table = readTable(workbook, key, columns);
    if (!table.exists && needed.includes(key)) missing.push(key);
    problems.push(...table.problems);
    return table.rows;
  };
  return { read, problems, missing };
}
