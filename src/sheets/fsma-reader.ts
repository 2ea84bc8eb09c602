// What the FDA traceability spreadsheet reads: only the columns its key data elements come from, each
// table once (read-table.ts), with the columns each sheet has and its name and headers as the maker
// wrote them, for the missing-elements list.
import type { FsmaRecords } from '../domain/fsma/records';
import type { Problem, SheetLabels } from '../domain/problems';
import type { SheetKey } from '../domain/workbook';
import { sheetSpec } from '../domain/workbook';
import { readTable } from './read-table';
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
        notChecked.push(`This spreadsheet has no ${sheetSpec(key).name} sheet: its events could not be checked.`);
      continue;
    }
    const present = wanted.filter((column) => table.has(column));
    const read = readTable(workbook, key, present);
    records[key] = read.rows;
    records.columns[key] = present;
    labels.sheets[key] = table.name;
    labels.headers[key] = Object.fromEntries(present.map((column) => [column, table.headerOf(column)]));
    unreadable.push(...read.problems);
  }
  return { records, labels, unreadable, notChecked };
}
