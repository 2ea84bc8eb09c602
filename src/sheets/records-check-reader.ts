// What "Check my records" reads: only the columns it checks, each table in as few calls as its column
// layout allows (read-table.ts), and where each table stands — its tab's name, headers and column
// positions, for the report's sentences and cell addresses, and its sheet id, for the links.
import type { KeyedProblem } from '../domain/problems';
import { CHECKED_SHEETS, type CheckedSheet, type RecordsInput, type TablePlace } from '../domain/records-check';
import { readTable } from './read-table';
import type { Workbook } from './workbook';

/** The columns each check needs, and no more: at the Sheets ceiling every column of Orders is 15 s of reading. */
export const RECORDS_COLUMNS: Record<CheckedSheet, readonly string[]> = {
  suppliers: ['supplier', 'contact', 'email', 'phone'],
  materials: ['materialCode'],
  receipts: ['lotNumber', 'received', 'supplier', 'supplierLot', 'quantity', 'unit', 'status'],
  products: ['sku', 'unit'],
  bom: ['sku', 'component'],
  batches: ['batchId', 'made', 'sku', 'batchCode', 'quantityMade', 'unit', 'status'],
  batchInputs: ['batchId', 'lot', 'quantity', 'unit'],
  orders: ['shipped', 'sku', 'batchCode', 'quantity'],
  waste: ['lot', 'quantity', 'unit'],
};

/** Columns whose absence is worth saying at the top: what a check needs, not only what the sheet requires. */
const WORTH_SAYING: Partial<Record<CheckedSheet, readonly string[]>> = {
  suppliers: ['supplier'],
  materials: ['materialCode'],
  receipts: ['lotNumber', 'received', 'supplier', 'supplierLot', 'quantity', 'unit'],
  products: ['sku'],
  bom: ['sku', 'component'],
  batches: ['batchId', 'made', 'batchCode', 'quantityMade'],
  batchInputs: ['batchId', 'lot', 'quantity', 'unit'],
  orders: ['shipped', 'batchCode', 'quantity'],
  waste: ['lot', 'quantity', 'unit'],
};

export interface RecordsRead {
  input: RecordsInput;
  /** Sheet id of each table read, for links to its cells. */
  sheetIds: Partial<Record<CheckedSheet, number>>;
}

export function readRecords(workbook: Workbook): RecordsRead {
  const input: RecordsInput = { tables: {}, places: {}, missingColumns: [], unreadable: [] };
  const sheetIds: RecordsRead['sheetIds'] = {};
  for (const key of CHECKED_SHEETS) {
    const table = workbook.table(key);
    if (!table) {
      const lookalike = workbook.lookalikeOf(key);
      if (lookalike !== null) (input.lookalikes ??= {})[key] = lookalike.name;
      continue;
    }
    const present = RECORDS_COLUMNS[key].filter((column) => table.has(column));
    const read = present.length > 0 ? readTable(workbook, key, present) : { exists: true, rows: [], problems: [] };
    // Read first: a table opened from the layout cache is checked against the sheet by its read.
    const place: TablePlace = { name: table.name, headers: {}, positions: {} };
    const keyOfHeader = new Map<string, string>();
    for (const column of table.spec.columns) {
      const position = table.layout.positions.get(column.key);
      if (position === undefined) continue;
      place.headers[column.key] = table.headerOf(column.key);
      place.positions[column.key] = position;
      keyOfHeader.set(table.headerOf(column.key), column.key);
    }
    input.tables[key] = read.rows;
    input.places[key] = place;
    sheetIds[key] = table.sheet.getSheetId();
    for (const column of WORTH_SAYING[key] ?? []) if (!table.has(column)) input.missingColumns.push({ sheet: key, column });
    for (const problem of read.problems) {
      const column = problem.column === undefined ? undefined : keyOfHeader.get(problem.column);
      const keyed: KeyedProblem & { sheet: CheckedSheet } = { sheet: key, message: problem.message };
      if (problem.row !== undefined) keyed.row = problem.row;
      if (column !== undefined) keyed.column = column;
      input.unreadable.push(keyed);
    }
  }
  return { input, sheetIds };
}
