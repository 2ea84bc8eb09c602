// What the FDA traceability spreadsheet reads: only the columns its key data elements come from, each
// table once (read-table.ts), with the columns each sheet has and its name and headers as the maker
// wrote them, for the missing-elements list. Orders' Customer type is read as the text it holds: a
// blank choice cell elsewhere means its first value (Consumer), but here a blank must stay blank — a
// line whose type is not known is listed as such, never left out as a consumer sale.
import { lookalikeSentence } from './missing-sheet';
import type { FsmaRecords } from '../domain/fsma/records';
import type { Problem, SheetLabels } from '../domain/problems';
import { sheetSpec, type SheetKey, type SheetSpec } from '../domain/workbook';
import { readTable, typeTableRows, type TableRead } from './read-table';
import type { Workbook } from './workbook';

const COLUMNS = {
  receipts: ['lotNumber', 'received', 'materialCode', 'supplier', 'supplierLot', 'quantity', 'unit', 'referenceDocument'],
  suppliers: ['supplier', 'phone', 'address'],
  materials: ['materialCode', 'material'],
  products: ['sku', 'product', 'unit'],
  batches: ['batchId', 'made', 'sku', 'batchCode', 'quantityMade', 'unit'],
  batchInputs: ['batchId', 'lot', 'quantity', 'unit'],
  orders: ['order', 'shipped', 'customer', 'address', 'sku', 'batchCode', 'quantity', 'customerType'],
} as const satisfies Partial<Record<SheetKey, readonly string[]>>;

/** Without these the events cannot be told at all; Suppliers, Materials and Products only describe them. */
const EVENT_SHEETS: readonly SheetKey[] = ['receipts', 'batches', 'batchInputs', 'orders'];

export interface FsmaRead {
  records: FsmaRecords;
  labels: SheetLabels;
  unreadable: Problem[];
  /** Sentences: a sheet the workbook lacks, so its events could not be checked. */
  notChecked: string[];
}

export function readFsmaRecords(workbook: Workbook): FsmaRead {
  const records: FsmaRecords = {
    receipts: [],
    suppliers: [],
    materials: [],
    products: [],
    batches: [],
    batchInputs: [],
    orders: [],
    columns: {},
  };
  const labels: Required<SheetLabels> = { sheets: {}, headers: {} };
  const unreadable: Problem[] = [];
  const notChecked: string[] = [];
  for (const [key, wanted] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, readonly string[]][]) {
    const table = workbook.table(key);
    if (!table) {
      if (EVENT_SHEETS.includes(key))
        notChecked.push(
          `This spreadsheet has no ${sheetSpec(key).name} sheet: its events could not be checked.${lookalikeSentence(workbook, key)}`,
        );
      continue;
    }
    // Only the columns it has: asking for one it lacks would send a cached table to Google again.
    const present = wanted.filter((column) => table.has(column));
    for (const column of table.layout.missingRequired)
      if (wanted.includes(column.key))
        unreadable.push({
          sheet: table.name,
          row: 1,
          column: column.header,
          message: `the sheet has no "${column.header}" column: what comes from it is left blank`,
        });
    const read = key === 'orders' ? readOrders(workbook, present) : readTable(workbook, key, present);
    records[key] = read.rows;
    records.columns[key] = present;
    labels.sheets[key] = table.name;
    labels.headers[key] = Object.fromEntries(present.map((column) => [column, table.headerOf(column)]));
    unreadable.push(...read.problems);
  }
  return { records, labels, unreadable, notChecked };
}

/** Orders' Customer type as plain text: "" when blank, "Retail" as written (then not understood). */
const ORDERS_AS_WRITTEN: SheetSpec = {
  ...sheetSpec('orders'),
  columns: sheetSpec('orders').columns.map((column) =>
    column.key === 'customerType' ? { key: column.key, header: column.header, required: false, kind: 'text' } : column,
  ),
};

/** readTable for Orders, its cells typed by ORDERS_AS_WRITTEN: the same one read of the columns. */
function readOrders(workbook: Workbook, keys: readonly string[]): TableRead {
  const table = workbook.table('orders');
  if (!table) return { exists: false, rows: [], problems: [] };
  const typed = typeTableRows(workbook, table, table.readColumns(keys), ORDERS_AS_WRITTEN);
  return { exists: true, rows: typed.rows, problems: typed.problems };
}
