// What "Batch costs" reads: only the columns a cost needs (at the Sheets ceiling every column of Orders
// is seconds of reading), and what could not be read said in sentences for the top of the report.
import { lookalikeSentence } from './missing-sheet';
import { COST_COLUMNS, type CostTables } from '../domain/cost';
import type { WrittenCost } from '../domain/cost/batch-costs-report';
import { rowNumber, rowText, type TypedRow } from '../domain/rows';
import { sheetSpec } from '../domain/workbook';
import { readTable } from './read-table';
import type { Workbook } from './workbook';

type CostSheet = 'receipts' | 'batches' | 'batchInputs' | 'products' | 'orders';

const COLUMNS: Record<CostSheet, readonly string[]> = {
  ...COST_COLUMNS,
  orders: ['shipped', 'batchCode', 'quantity'],
};

/** Without these a figure cannot be worked out at all: their absence is said at the top. */
const NEEDED: Record<CostSheet, readonly string[]> = {
  receipts: ['lotNumber', 'quantity', 'unit', 'cost'],
  batches: ['batchId', 'batchCode', 'quantityMade'],
  batchInputs: ['batchId', 'lot', 'quantity', 'unit'],
  products: [],
  orders: ['shipped', 'batchCode', 'quantity'],
};

/** Problems of one column, counted, with the first few named: at the ceiling there may be thousands. */
const NAMED_PROBLEMS = 3;

export interface CostRead {
  tables: CostTables;
  /** Null when there is no Orders sheet: the cost of goods shipped is then not worked out. */
  orders: TypedRow[] | null;
  written: Map<string, WrittenCost>;
  notChecked: string[];
}

export function readCosts(workbook: Workbook): CostRead {
  const notChecked: string[] = [];
  let unreadableCostRows = new Set<number>();
  const read = (key: CostSheet): TypedRow[] | null => {
    const table = workbook.table(key);
    if (!table) {
      if (key !== 'products') notChecked.push(`there is no ${sheetSpec(key).name} sheet.${lookalikeSentence(workbook, key)}`);
      return null;
    }
    const present = COLUMNS[key].filter((column) => table.has(column));
    for (const column of NEEDED[key]) {
      if (!table.has(column)) notChecked.push(`${table.name} has no "${table.headerOf(column)}" column.`);
    }
    if (present.length === 0) return [];
    const { rows, problems } = readTable(workbook, key, present);
    const byColumn = new Map<string, { rows: number[]; first: string }>();
    for (const problem of problems) {
      if (problem.row === undefined || problem.column === undefined) continue;
      const entry = byColumn.get(problem.column) ?? { rows: [], first: problem.message };
      entry.rows.push(problem.row);
      byColumn.set(problem.column, entry);
    }
    for (const [column, { rows: at, first }] of byColumn) {
      const listed = at.slice(0, NAMED_PROBLEMS).join(', ');
      notChecked.push(
        `${table.name} ${column}: ${at.length.toLocaleString('en-US')} ${at.length === 1 ? 'cell' : 'cells'} not read (row${at.length === 1 ? '' : 's'} ${listed}${at.length > NAMED_PROBLEMS ? ' and more' : ''}; the first: ${first}).`,
      );
    }
    if (key === 'receipts') {
      const costHeader = table.has('cost') ? table.headerOf('cost') : null;
      unreadableCostRows = new Set(problems.filter((problem) => problem.column === costHeader).map((problem) => problem.row as number));
    }
    return rows;
  };
  const receipts = read('receipts') ?? [];
  const batches = read('batches') ?? [];
  const batchInputs = read('batchInputs') ?? [];
  const products = read('products') ?? [];
  const orders = read('orders');
  const written = new Map<string, WrittenCost>();
  for (const row of batches) {
    const code = rowText(row, 'batchCode');
    if (code !== '' && !written.has(code))
      written.set(code, { row: row.row, cost: rowNumber(row, 'cost'), unitCost: rowNumber(row, 'unitCost') });
  }
  return { tables: { receipts, batches, batchInputs, products, unreadableCostRows }, orders, written, notChecked };
}
