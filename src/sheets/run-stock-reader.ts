// What a production run reads when only some lots matter — the trace's way (trace-reader.ts): first
// the code columns, then only the rows that hold the codes wanted, in spans of neighbouring rows.
//
// Saving (SaveCodes, readRunLots): the Batch ID column whole, the codes of the new batch code's pattern,
// and the lots the run names — its input lots, its waste lots and its new batch code — with every row
// of Receipts and Batches holding one of those codes (so a duplicate is still seen),
// every Batch inputs, Orders and Waste row that moves one (found by code-finder.ts), and for the cost,
// the inputs of the sub-assembly batches among them, at any depth. Opening (readOfferSheets): Receipts
// and Batches whole (any lot of a BoM component may be offered), Batch inputs' Lot, Quantity and Unit
// whole (nearly every row moves such a lot), but of Orders and Waste only the rows that move one, and
// of Batch inputs' Batch ID and of the cost columns only the rows a lot offered is costed from. A small
// table is read whole instead (one call is cheaper than finding its rows).
//
// Each lot's on hand and cost is then counted by the same domain functions (stockOnHand, lotCosts) from
// rows that are exactly the rows the full read would give them: every row holding its code is there, and
// rows holding other codes are left out, not guessed at. What the narrow read cannot say is problems in
// rows it did not read (an unreadable quantity on an order line of a finished product): those are for
// Check my records and the trace, not for a run that does not take that lot.
import { codeKey } from '../domain/codes';
import { batchesCostedFromInputs } from '../domain/production/lot-costs';
import {
  catalogOf,
  CATALOG_COLUMNS,
  COSTED_COLUMNS,
  STOCK_COLUMNS,
  type CatalogTables,
  type CostedTables,
  type StockTables,
} from '../domain/production';
import type { Problem } from '../domain/problems';
import { rowsByCode, rowText, type TypedRow } from '../domain/rows';
import type { SheetKey } from '../domain/workbook';
import { appendAll } from '../domain/append-all';
import { planRowSpans } from './blocks';
import { findCodeRows, findSequenceRows } from './code-finder';
import { readCodeColumns } from './code-columns';
import { readTable, tablesReader, typeTableRows } from './read-table';
import type { PartTable, ReadInParts } from './stock-parts';
import type { Workbook } from './workbook';

/** Sheets without which no run can be proposed or saved; Orders and Waste may not exist yet. */
export const RUN_NEEDED: readonly SheetKey[] = ['products', 'bom', 'receipts', 'batches', 'batchInputs'];

const both = (stock: readonly string[], costed: readonly string[]) => [...new Set([...stock, ...costed])];
const RECEIPT_COLUMNS = both(STOCK_COLUMNS.receipts, COSTED_COLUMNS.receipts);
const BATCH_COLUMNS = both(STOCK_COLUMNS.batches, COSTED_COLUMNS.batches);

/** The catalog, read whole (small): Products with the columns stock needs too. */
export function readRunCatalog(workbook: Workbook): { catalog: CatalogTables; problems: Problem[]; missing: SheetKey[] } {
  const { read, problems } = tablesReader(workbook, RUN_NEEDED);
  const catalog: CatalogTables = {
    products: read('products', [...new Set([...CATALOG_COLUMNS.products, ...STOCK_COLUMNS.products])]),
    materials: read('materials', CATALOG_COLUMNS.materials),
    bom: read('bom', CATALOG_COLUMNS.bom),
  };
  // Opening a table asks Google only for the list of sheets, once: the stock tables are known missing now.
  return { catalog, problems, missing: RUN_NEEDED.filter((key) => !workbook.table(key)) };
}

/**
 * What a save knows of the code columns. Batch IDs are read whole: the next one is one past the highest
 * (MFG-0001, MFG-0002, …), so every one counts. Lot numbers and batch codes are not: the new batch code
 * is counted only from the codes of its own pattern (LSOAP-240902-01, -02…), and the lots the run names
 * are looked for by their codes — each found by Google's search (code-finder.ts), or the column read
 * when a search could miss one. Every row found is read with the columns stock and cost need, once.
 */
export class SaveCodes {
  /** codeKey of every Batch ID used. */
  readonly batchIds: Set<string>;
  private readonly byId = new Map<string, number[]>();
  private readonly cache: Record<'receipts' | 'batches', Map<number, TypedRow | null>> = { receipts: new Map(), batches: new Map() };
  private readonly byKey: Record<'receipts' | 'batches', Map<string, number[]>> = { receipts: new Map(), batches: new Map() };
  private readonly searched: Record<'receipts' | 'batches', Set<string>> = { receipts: new Set(), batches: new Set() };
  private readonly filed: Record<'receipts' | 'batches', Set<number>> = { receipts: new Set(), batches: new Set() };
  private readonly whole: Record<'receipts' | 'batches', boolean | null> = { receipts: null, batches: null };

  constructor(private readonly workbook: Workbook) {
    const ids = readCodeColumns(workbook, 'batches', ['batchId']);
    ids.rows.forEach((row, index) => {
      const key = codeKey(ids.codes.batchId?.[index] ?? '');
      if (key === '') return;
      const list = this.byId.get(key);
      if (list) list.push(row);
      else this.byId.set(key, [row]);
    });
    this.batchIds = new Set(this.byId.keys());
  }

  /**
   * The lot numbers and batch codes (as keys) that are `prefix`, digits, `suffix`: all a new code of that
   * pattern is numbered from. From a small table, all its codes (read whole: one call).
   */
  namespaceLike(prefix: string, suffix: string): string[] {
    const keys: string[] = [];
    for (const [sheet, column] of [
      ['receipts', 'lotNumber'],
      ['batches', 'batchCode'],
    ] as const) {
      if (this.readWhole(sheet)) {
        keys.push(...this.byKey[sheet].keys());
        continue;
      }
      const found = findSequenceRows(this.workbook, sheet, column, prefix, suffix);
      for (const row of readRowsOf(this.workbook, sheet, [column], found.rows).rows) keys.push(codeKey(rowText(row, column)));
    }
    return keys;
  }

  /** Every Receipts row holding one of these lot numbers. */
  receiptsOf(keys: Iterable<string>): TypedRow[] {
    return this.rowsOf('receipts', 'lotNumber', keys);
  }

  /** Every Batches row holding one of these batch codes. */
  batchesOf(keys: Iterable<string>): TypedRow[] {
    return this.rowsOf('batches', 'batchCode', keys);
  }

  /** Every Batches row with one of these Batch IDs. */
  batchesWithIds(ids: Iterable<string>): TypedRow[] {
    return this.rowsAt(
      'batches',
      [...ids].flatMap((id) => this.byId.get(codeKey(id)) ?? []),
    );
  }

  /** A small table read whole, once, every row filed under its code: true when it is one. */
  private readWhole(sheet: 'receipts' | 'batches'): boolean {
    const columns = sheet === 'receipts' ? RECEIPT_COLUMNS : BATCH_COLUMNS;
    if (this.whole[sheet] === null) {
      this.whole[sheet] = isSmall(this.workbook, sheet, columns);
      if (this.whole[sheet]) {
        const column = sheet === 'receipts' ? 'lotNumber' : 'batchCode';
        for (const row of readTable(this.workbook, sheet, columns).rows) {
          this.cache[sheet].set(row.row, row);
          this.filed[sheet].add(row.row);
          const key = codeKey(rowText(row, column));
          const list = this.byKey[sheet].get(key);
          if (list) list.push(row.row);
          else this.byKey[sheet].set(key, [row.row]);
        }
      }
    }
    return this.whole[sheet];
  }

  private rowsOf(sheet: 'receipts' | 'batches', column: string, keys: Iterable<string>): TypedRow[] {
    const wanted = [...new Set([...keys].map(codeKey))].filter((key) => key !== '');
    const unsearched = this.readWhole(sheet) ? [] : wanted.filter((key) => !this.searched[sheet].has(key));
    if (unsearched.length > 0) {
      const found = findCodeRows(this.workbook, sheet, column, unsearched);
      unsearched.forEach((key) => this.searched[sheet].add(key));
      // What was found is read, then filed under the code it holds (a search finds more than asked);
      // a row read before for another reason (a Batch ID) is filed now.
      for (const row of this.rowsAt(sheet, found.rows)) {
        if (this.filed[sheet].has(row.row)) continue;
        this.filed[sheet].add(row.row);
        const key = codeKey(rowText(row, column));
        const list = this.byKey[sheet].get(key);
        if (list) list.push(row.row);
        else this.byKey[sheet].set(key, [row.row]);
      }
    }
    return this.rowsAt(
      sheet,
      wanted.flatMap((key) => this.byKey[sheet].get(key) ?? []),
    );
  }

  /** These rows with the columns stock and cost need, each read once, in sheet order. */
  private rowsAt(sheet: 'receipts' | 'batches', rows: Iterable<number>): TypedRow[] {
    const wanted = [...new Set(rows)].sort((a, b) => a - b);
    const toRead = wanted.filter((row) => !this.cache[sheet].has(row));
    if (toRead.length > 0) {
      const read = readRowsOf(this.workbook, sheet, sheet === 'receipts' ? RECEIPT_COLUMNS : BATCH_COLUMNS, toRead);
      for (const row of toRead) this.cache[sheet].set(row, null);
      for (const row of read.rows) this.cache[sheet].set(row.row, row);
    }
    return wanted.map((row) => this.cache[sheet].get(row)).filter((row): row is TypedRow => row !== null && row !== undefined);
  }
}

/** Some rows of a table, some columns, read span by span and typed: only the rows asked for are returned. */
export function readRowsOf(
  workbook: Workbook,
  key: SheetKey,
  columns: readonly string[],
  rows: Iterable<number>,
): { rows: TypedRow[]; problems: Problem[] } {
  const wanted = new Set(rows);
  const table = workbook.table(key);
  const result: { rows: TypedRow[]; problems: Problem[] } = { rows: [], problems: [] };
  if (!table || wanted.size === 0) return result;
  for (const span of planRowSpans(wanted, columns.length)) {
    const raw = table.readColumns(columns, span);
    const typed = typeTableRows(workbook, table, raw);
    appendAll(
      result.rows,
      typed.rows.filter((row) => wanted.has(row.row)),
    );
    for (const problem of typed.problems) if (problem.row !== undefined && wanted.has(problem.row)) result.problems.push(problem);
  }
  return result;
}

/** Up to this many cells a table's few columns are read whole: one call, where finding its rows first costs two or more. */
const SMALL_READ_CELLS = 5_000;

function isSmall(workbook: Workbook, key: SheetKey, columns: readonly string[]): boolean {
  const table = workbook.table(key);
  return table !== null && Math.max(0, table.lastRow - 1) * columns.length <= SMALL_READ_CELLS;
}

/** The rows of a table whose code column holds one of `keys`, with `columns` (the code column among them). */
function rowsHolding(
  workbook: Workbook,
  key: SheetKey,
  column: string,
  columns: readonly string[],
  keys: ReadonlySet<string>,
): { rows: TypedRow[]; problems: Problem[] } {
  let read: { rows: TypedRow[]; problems: Problem[] };
  if (isSmall(workbook, key, columns)) read = readTable(workbook, key, columns);
  else {
    const found = findCodeRows(workbook, key, column, keys);
    let rows = found.rows;
    if (found.how === 'searched by prefix') {
      // Found by their codes' first characters: their code first (one column), then the rest of those that hold one.
      const codes = readRowsOf(workbook, key, [column], rows).rows;
      rows = codes.filter((row) => keys.has(codeKey(rowText(row, column)))).map((row) => row.row);
    }
    read = readRowsOf(workbook, key, columns, rows);
  }
  // A search finds more than asked (any cell with a character outside ASCII, any case): keep the codes asked.
  const held = read.rows.filter((row) => keys.has(codeKey(rowText(row, column))));
  const kept = new Set(held.map((row) => row.row));
  return { rows: held, problems: read.problems.filter((problem) => problem.row !== undefined && kept.has(problem.row)) };
}

/** Where the cost reader finds Receipts and Batches rows: read on demand (a save) or already read (opening). */
interface RowSource {
  receiptsOf(keys: Iterable<string>): TypedRow[];
  batchesOf(keys: Iterable<string>): TypedRow[];
  batchesWithIds(ids: Iterable<string>): TypedRow[];
}

const byRow = (a: TypedRow, b: TypedRow) => a.row - b.row;

/**
 * The rows lotCosts needs to cost `codes` exactly as it would from whole tables: every row of each code,
 * and for each batch (costed from its inputs), every Batches row sharing its Batch ID (the
 * ID → batch map keeps the last), every row of those rows' codes, its Batch inputs rows, and so on down.
 */
function readCostTables(workbook: Workbook, source: RowSource, products: readonly TypedRow[], codes: Iterable<string>): CostedTables {
  const receipts = new Map<number, TypedRow>();
  const batches = new Map<number, TypedRow>();
  const inputs = new Map<number, TypedRow>();
  const seenCodes = new Set<string>();
  const seenIds = new Set<string>();
  let pending = [...new Set([...codes].map(codeKey))].filter((key) => key !== '');
  while (pending.length > 0) {
    pending.forEach((key) => seenCodes.add(key));
    for (const row of source.receiptsOf(pending)) receipts.set(row.row, row);
    const rows = source.batchesOf(pending);
    for (const row of rows) batches.set(row.row, row);
    const ids = batchesCostedFromInputs(rows, pending)
      .map((row) => codeKey(rowText(row, 'batchId')))
      .filter((id) => id !== '' && !seenIds.has(id));
    ids.forEach((id) => seenIds.add(id));
    const next = new Set<string>();
    if (ids.length > 0) {
      const sharing = source.batchesWithIds(ids);
      for (const row of sharing) batches.set(row.row, row);
      for (const row of source.batchesOf(sharing.map((row) => codeKey(rowText(row, 'batchCode'))))) batches.set(row.row, row);
      for (const row of rowsHolding(workbook, 'batchInputs', 'batchId', COSTED_COLUMNS.batchInputs, new Set(ids)).rows) {
        inputs.set(row.row, row);
        const lot = codeKey(rowText(row, 'lot'));
        if (lot !== '' && !seenCodes.has(lot)) next.add(lot);
      }
    }
    pending = [...next];
  }
  return {
    receipts: [...receipts.values()].sort(byRow),
    batches: [...batches.values()].sort(byRow),
    batchInputs: [...inputs.values()].sort(byRow),
    products,
  };
}

/** What a save reads for the lots it names (see the top of this file). */
export interface RunLots {
  stock: StockTables;
  costs: CostedTables;
}

export function readRunLots(
  workbook: Workbook,
  codes: SaveCodes,
  products: readonly TypedRow[],
  /** Every code the run names: input lots, waste lots, the new batch code. */
  named: Iterable<string>,
  /** The lots to cost: the run's input lots. */
  costed: Iterable<string>,
): RunLots {
  const keys = new Set([...named].map(codeKey).filter((key) => key !== ''));
  const stock: StockTables = {
    receipts: codes.receiptsOf(keys),
    batches: codes.batchesOf(keys),
    batchInputs: rowsHolding(workbook, 'batchInputs', 'lot', STOCK_COLUMNS.batchInputs, keys).rows,
    orders: rowsHolding(workbook, 'orders', 'batchCode', STOCK_COLUMNS.orders, keys).rows,
    waste: rowsHolding(workbook, 'waste', 'lot', STOCK_COLUMNS.waste, keys).rows,
    products,
  };
  return { stock, costs: readCostTables(workbook, codes, products, costed) };
}

/** What opening the sidebar reads (see the top of this file); costs are read once the lots offered are known. */
export interface OfferSheets {
  catalog: CatalogTables;
  /** Only the lots of BoM components (and any row sharing one's code), with every row that moves them. */
  stock: StockTables;
  batchIds: Set<string>;
  lotNamespace: Set<string>;
  /** Every lot number and batch code, by codeKey, as first written; null when Receipts or Batches, or its code column, is missing. */
  codesAsWritten: Map<string, string> | null;
  /** Every Waste row's Lot (Waste is small beside Orders): one typed wrong is said on opening. */
  wasteLots: readonly TypedRow[];
  problems: Problem[];
  missing: SheetKey[];
  /** The rows lotCosts needs for these lots (the offered ones), read now. */
  costsOf(codes: Iterable<string>): CostedTables;
}

/** `readAlready`: Receipts, Batches and Batch inputs as the parts read them (stock-parts.ts), else read here whole. */
export function readOfferSheets(workbook: Workbook, readAlready: ReadInParts | null = null): OfferSheets {
  const { catalog, problems, missing } = readRunCatalog(workbook);
  const whole = (key: PartTable, columns: readonly string[]) => {
    if (readAlready) {
      appendAll(problems, readAlready.problems[key]);
      return readAlready.rows[key];
    }
    const read = readTable(workbook, key, columns);
    appendAll(problems, read.problems);
    return read.rows;
  };
  // Without their cost columns: those are read for the lots offered only (costsOf).
  const receipts = whole('receipts', STOCK_COLUMNS.receipts);
  const batches = whole('batches', STOCK_COLUMNS.batches);
  const batchInputs = whole('batchInputs', STOCK_COLUMNS.batchInputs);

  const components = new Set<string>();
  const known = catalogOf(catalog);
  for (const product of known.allProducts()) for (const line of known.bomOf(product.sku)) components.add(codeKey(line.component));
  // The codes of lots a run may take, and every row holding one of them (a duplicate of a component's
  // lot, whatever it is, makes both unusable, as in the full count).
  const keys = new Set<string>();
  for (const row of receipts) if (components.has(codeKey(rowText(row, 'materialCode')))) keys.add(codeKey(rowText(row, 'lotNumber')));
  for (const row of batches) if (components.has(codeKey(rowText(row, 'sku')))) keys.add(codeKey(rowText(row, 'batchCode')));
  keys.delete('');
  const holds = (column: string) => (row: TypedRow) => keys.has(codeKey(rowText(row, column)));
  const orders = rowsHolding(workbook, 'orders', 'batchCode', STOCK_COLUMNS.orders, keys);
  const waste = rowsHolding(workbook, 'waste', 'lot', STOCK_COLUMNS.waste, keys);
  appendAll(problems, orders.problems);
  appendAll(problems, waste.problems);
  const stock: StockTables = {
    receipts: receipts.filter(holds('lotNumber')),
    batches: batches.filter(holds('batchCode')),
    batchInputs,
    orders: orders.rows,
    waste: waste.rows,
    products: catalog.products,
  };

  const receiptsByLot = rowsByCode(receipts, 'lotNumber');
  const batchesByCode = rowsByCode(batches, 'batchCode');
  const batchesById = rowsByCode(batches, 'batchId');
  const pick = (map: Map<string, TypedRow[]>, keys: Iterable<string>) => [...new Set(keys)].flatMap((key) => map.get(codeKey(key)) ?? []);
  // The cost columns of the rows a cost is figured from, read once each; a blank cell is no cost, as in a whole read.
  const costed: Record<'receipts' | 'batches', Map<number, TypedRow>> = { receipts: new Map(), batches: new Map() };
  const withCosts = (sheet: 'receipts' | 'batches', rows: readonly TypedRow[]): TypedRow[] => {
    const columns = COSTED_COLUMNS[sheet].filter((column) => !(STOCK_COLUMNS[sheet] as readonly string[]).includes(column));
    const toRead = rows.filter((row) => !costed[sheet].has(row.row));
    if (toRead.length > 0) {
      const read = readRowsOf(
        workbook,
        sheet,
        columns,
        toRead.map((row) => row.row),
      );
      appendAll(problems, read.problems);
      const found = new Map(read.rows.map((row) => [row.row, row]));
      for (const row of toRead) {
        const values = { ...row.values };
        for (const column of columns) values[column] = found.get(row.row)?.values[column] ?? null;
        costed[sheet].set(row.row, { ...row, values });
      }
    }
    return rows.map((row) => costed[sheet].get(row.row) as TypedRow);
  };
  const source: RowSource = {
    receiptsOf: (keys) => withCosts('receipts', pick(receiptsByLot, keys)),
    batchesOf: (keys) => withCosts('batches', pick(batchesByCode, keys)),
    batchesWithIds: (ids) => withCosts('batches', pick(batchesById, ids)),
  };
  return {
    catalog,
    stock,
    batchIds: new Set(batchesById.keys()),
    lotNamespace: new Set([...receiptsByLot.keys(), ...batchesByCode.keys()]),
    codesAsWritten:
      !workbook.hasColumn('receipts', 'lotNumber') || !workbook.hasColumn('batches', 'batchCode')
        ? null
        : new Map([
            ...[...batchesByCode].map(([key, rows]) => [key, rowText(rows[0], 'batchCode')] as const),
            ...[...receiptsByLot].map(([key, rows]) => [key, rowText(rows[0], 'lotNumber')] as const),
          ]),
    wasteLots: readTable(workbook, 'waste', ['lot']).rows,
    problems,
    missing,
    costsOf: (codes) => readCostTables(workbook, source, catalog.products, codes),
  };
}
