// What a production run reads: the catalog (Products, Materials, BoM — small, read whole) and the
// columns stock on hand is counted from (STOCK_COLUMNS) and lots' costs figured from (COSTED_COLUMNS), each table in one getValues per block of
// neighbouring columns. Products is read once for both. The same read serves opening the sidebar and
// saving, so a save costs the same calls on any size of workbook.
import {
  CATALOG_COLUMNS,
  COSTED_COLUMNS,
  STOCK_COLUMNS,
  type CatalogTables,
  type CostedTables,
  type StockTables,
} from '../domain/production';
import type { Problem } from '../domain/problems';
import { sheetSpec, type SheetKey } from '../domain/workbook';
import { codeKey } from '../domain/codes';
import { readCodeColumns } from './code-columns';
import { tablesReader } from './read-table';
import type { Workbook } from './workbook';

export interface ProductionSheets {
  catalog: CatalogTables;
  stock: StockTables;
  /** The same rows, with the columns a lot's cost per unit is figured from (lot-costs.ts). */
  costs: CostedTables;
  /** Unreadable cells, missing required columns. */
  problems: Problem[];
  /** Sheets a run needs that the workbook lacks (by key): nothing can be made or saved without them. */
  missing: SheetKey[];
}

/** Sheets without which no run can be proposed or saved; Orders and Waste may not exist yet. */
const NEEDED: readonly SheetKey[] = ['products', 'bom', 'receipts', 'batches', 'batchInputs'];

export function readProductionSheets(workbook: Workbook): ProductionSheets {
  const { read, problems, missing } = tablesReader(workbook, NEEDED);
  const productColumns = [...new Set([...CATALOG_COLUMNS.products, ...STOCK_COLUMNS.products])];
  const products = read('products', productColumns);
  const catalog: CatalogTables = {
    products,
    materials: read('materials', CATALOG_COLUMNS.materials),
    bom: read('bom', CATALOG_COLUMNS.bom),
  };
  const both = (stock: readonly string[], costed: readonly string[]) => [...new Set([...stock, ...costed])];
  const stock: StockTables = {
    receipts: read('receipts', both(STOCK_COLUMNS.receipts, COSTED_COLUMNS.receipts)),
    batches: read('batches', both(STOCK_COLUMNS.batches, COSTED_COLUMNS.batches)),
    batchInputs: read('batchInputs', both(STOCK_COLUMNS.batchInputs, COSTED_COLUMNS.batchInputs)),
    orders: read('orders', STOCK_COLUMNS.orders),
    waste: read('waste', STOCK_COLUMNS.waste),
    products,
  };
  const costs: CostedTables = { receipts: stock.receipts, batches: stock.batches, batchInputs: stock.batchInputs, products };
  return { catalog, stock, costs, problems, missing };
}

/** What stops a run from being saved, said so the maker can fix it. */
export function missingSheetMessages(missing: readonly SheetKey[]): string[] {
  return missing.map(
    (key) => `This spreadsheet has no ${sheetSpec(key).name} sheet: choose Extensions ▸ Lotline ▸ Set up tracking sheets.`,
  );
}

/** The sheets a save writes that lack a required column: a value for it would be dropped. */
export function missingColumnMessages(workbook: Workbook, keys: readonly SheetKey[]): string[] {
  const messages: string[] = [];
  for (const key of keys) {
    const table = workbook.table(key);
    const missing = table?.layout.missingRequired.map((column) => `"${column.header}"`) ?? [];
    if (table && missing.length > 0)
      messages.push(
        `The ${table.name} sheet has no ${missing.join(', ')} column: choose Extensions ▸ Lotline ▸ Set up tracking sheets to add it.`,
      );
  }
  return messages;
}

/** The codes new ones must not repeat: Batch IDs, and the lot namespace (lot numbers and batch codes), as keys. */
export function readRunCodes(workbook: Workbook): { batchIds: Set<string>; lotNamespace: Set<string> } {
  const batches = readCodeColumns(workbook, 'batches', ['batchId', 'batchCode']);
  const receipts = readCodeColumns(workbook, 'receipts', ['lotNumber']);
  const keys = (codes: readonly string[] | undefined) => new Set((codes ?? []).filter((code) => code !== '').map(codeKey));
  const lotNamespace = keys(receipts.codes.lotNumber);
  for (const code of keys(batches.codes.batchCode)) lotNamespace.add(code);
  return { batchIds: keys(batches.codes.batchId), lotNamespace };
}
