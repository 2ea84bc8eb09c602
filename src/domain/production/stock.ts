// Stock on hand of every receipt lot and every batch, for proposing lots to a production run and for
// checking at save time that they are still there. On hand is counted by ../on-hand.ts, the same count
// a trace's mass balance shows, so the sidebar and a trace never disagree about a lot.
import { codeKey } from '../codes';
import type { Day } from '../days';
import { batchStockUnit, countOnHand, type LotMovement } from '../on-hand';
import { rowDay, rowNumber, rowText, rowUnit, type TypedRow } from '../rows';
import { ProblemList, type KeyedProblem } from '../problems';
import type { Unit } from '../units';
import { BATCH_STATUSES, RECEIPT_STATUSES } from '../workbook';

/**
 * Typed rows (rows.ts typeRows, or the sheets layer's readTable) of the sheets stock is counted from,
 * each read with STOCK_COLUMNS: one column block per sheet, whole, because any row may move a lot.
 */
export interface StockTables {
  receipts: readonly TypedRow[];
  batches: readonly TypedRow[];
  batchInputs: readonly TypedRow[];
  orders: readonly TypedRow[];
  waste: readonly TypedRow[];
  /** For a batch without a Unit: its product's unit is its stock unit. */
  products: readonly TypedRow[];
}

export const STOCK_COLUMNS: Readonly<Record<keyof StockTables, readonly string[]>> = {
  receipts: ['lotNumber', 'received', 'materialCode', 'quantity', 'unit', 'expires', 'status'],
  batches: ['batchId', 'made', 'sku', 'batchCode', 'quantityMade', 'unit', 'expires', 'status'],
  batchInputs: ['lot', 'quantity', 'unit'],
  orders: ['batchCode', 'quantity'],
  waste: ['lot', 'quantity', 'unit'],
  products: ['sku', 'unit'],
};

/** A receipt lot or a batch, with what is left of it. */
export interface StockLot {
  /** codeKey of the code. */
  key: string;
  /** Lot number or batch code as first written. */
  code: string;
  kind: 'lot' | 'batch';
  /** Its Receipts or Batches row. */
  row: number;
  /** What it is: the receipt's material code, or the batch's SKU, as written. */
  component: string;
  /** Received (lot) or made (batch). */
  since: Day | null;
  expires: Day | null;
  /** Its Expires cell holds something that cannot be read: whether it is still usable is not known. */
  expiresUnread: boolean;
  /** Receipts: Available | Quarantined | Rejected | Recalled; Batches: Released | Quarantined | Recalled | Destroyed. Blank is the first. */
  status: string;
  /** Stock unit: the receipt's; the batch's, else its product's, else pcs. */
  unit: Unit | null;
  /** Received or made, in `unit`. */
  quantityIn: number | null;
  /** In `unit`; null when a movement could not be counted (see problems). May be negative: reported. */
  onHand: number | null;
  /** Another Receipts or Batches row has the same code, so which lot a movement took is unknowable. */
  duplicated: boolean;
}

export interface Stock {
  /** Every lot and batch by codeKey. */
  lots: ReadonlyMap<string, StockLot>;
  /** Lots of each material code and batches of each SKU (by codeKey), in sheet order. */
  byComponent: ReadonlyMap<string, readonly StockLot[]>;
  /** codeKey of every Batch ID already used, so a new one is never a second. */
  batchIds: ReadonlySet<string>;
  /** Duplicated codes, unit mismatches, negative on hand: by sheet and column key (toProblem names them). */
  problems: KeyedProblem[];
}

export function stockOnHand(tables: StockTables): Stock {
  const problems = new ProblemList();
  const lots = new Map<string, StockLot>();
  const productsBySku = new Map<string, TypedRow>();
  for (const product of tables.products) {
    const key = codeKey(rowText(product, 'sku'));
    if (key !== '' && !productsBySku.has(key)) productsBySku.set(key, product);
  }

  // Rows whose code an earlier row has: not lots of their own (their movements are the first's), but still
  // of their material or product, so that product's stock says "not counted" rather than nothing.
  const shadows: StockLot[] = [];
  const addLot = (lot: StockLot, sheet: 'receipts' | 'batches') => {
    if (lot.key === '') return;
    const first = lots.get(lot.key);
    if (!first) {
      lots.set(lot.key, lot);
      return;
    }
    // The first row wins, as in a trace; both stay out of production runs until the maker fixes it.
    first.duplicated = true;
    shadows.push({ ...lot, duplicated: true });
    problems.add({
      sheet,
      row: lot.row,
      column: sheet === 'receipts' ? 'lotNumber' : 'batchCode',
      message: `${lot.code} is also the ${first.kind === 'lot' ? 'lot number' : 'batch code'} on ${first.kind === 'lot' ? 'Receipts' : 'Batches'} row ${first.row}; a code must name one lot only, so neither is offered for production until one is renamed.`,
    });
  };

  for (const receipt of tables.receipts) {
    const code = rowText(receipt, 'lotNumber');
    addLot(
      {
        key: codeKey(code),
        code,
        kind: 'lot',
        row: receipt.row,
        component: rowText(receipt, 'materialCode'),
        since: rowDay(receipt, 'received'),
        expires: rowDay(receipt, 'expires'),
        expiresUnread: receipt.unread?.includes('expires') ?? false,
        // A blank Status is the first choice (workbook.md), and so is a Status column the sheet does not have:
        // the Stock sheet counts such a lot as Available and says so; the sidebar must offer the same lots.
        status: rowText(receipt, 'status') || RECEIPT_STATUSES[0],
        unit: rowUnit(receipt, 'unit'),
        quantityIn: rowNumber(receipt, 'quantity'),
        onHand: null,
        duplicated: false,
      },
      'receipts',
    );
  }
  const batchIds = new Set<string>();
  for (const batch of tables.batches) {
    const id = codeKey(rowText(batch, 'batchId'));
    if (id !== '') batchIds.add(id);
    const code = rowText(batch, 'batchCode');
    const sku = rowText(batch, 'sku');
    addLot(
      {
        key: codeKey(code),
        code,
        kind: 'batch',
        row: batch.row,
        component: sku,
        since: rowDay(batch, 'made'),
        expires: rowDay(batch, 'expires'),
        expiresUnread: batch.unread?.includes('expires') ?? false,
        status: rowText(batch, 'status') || BATCH_STATUSES[0],
        unit: batchStockUnit(batch, productsBySku.get(codeKey(sku))),
        quantityIn: rowNumber(batch, 'quantityMade'),
        onHand: null,
        duplicated: false,
      },
      'batches',
    );
  }

  const movements = new Map<string, { used: LotMovement[]; shipped: LotMovement[]; wasted: LotMovement[] }>();
  const record = (rows: readonly TypedRow[], codeColumn: string, kind: 'used' | 'shipped' | 'wasted') => {
    for (const row of rows) {
      const key = codeKey(rowText(row, codeColumn));
      // A movement of a code that is no lot is the trace's to report; it takes nothing from stock.
      if (!lots.has(key)) continue;
      let moves = movements.get(key);
      if (!moves) movements.set(key, (moves = { used: [], shipped: [], wasted: [] }));
      moves[kind].push({ row: row.row, quantity: rowNumber(row, 'quantity'), unit: rowUnit(row, 'unit') });
    }
  };
  record(tables.batchInputs, 'lot', 'used');
  record(tables.orders, 'batchCode', 'shipped');
  record(tables.waste, 'lot', 'wasted');

  const none = { used: [], shipped: [], wasted: [] };
  const byComponent = new Map<string, StockLot[]>();
  const file = (lot: StockLot) => {
    const component = codeKey(lot.component);
    const list = byComponent.get(component);
    if (list) list.push(lot);
    else byComponent.set(component, [lot]);
  };
  for (const lot of lots.values()) {
    lot.onHand = countOnHand(lot, movements.get(lot.key) ?? none, problems).onHand;
    file(lot);
  }
  shadows.forEach(file);
  return { lots, byComponent, batchIds, problems: problems.items };
}

/** The lot or batch a code names, whatever its spelling. */
export function findLot(stock: Stock, code: string): StockLot | undefined {
  return stock.lots.get(codeKey(code));
}
