// The key columns of the big tables, as the sheets layer reads them in its first pass. Reading cells
// is what a trace costs at the 10-million-cell ceiling (platform/apps-script.md, "What calls cost"),
// so a trace starts from these few columns only and asks for details of the rows it hits later.
//
// Every table is parallel arrays: position i of each array is one record, `row` its 1-based sheet
// row (blank rows already skipped). Codes are as written, trimmed; they are compared with codeKey.

export interface ReceiptKeys {
  row: number[];
  lotNumber: string[];
  /**
   * Suppliers' own lot numbers, read only when a start code matches no lot, batch code or batch ID:
   * resolveStart says `needSupplierLots`, the sheets layer reads the column and calls addSupplierLots.
   */
  supplierLot?: string[];
}

export interface BatchKeys {
  row: number[];
  batchId: string[];
  batchCode: string[];
  /**
   * Optional. With it, the "34 of 412 customers" count asks only for order lines of the same
   * products; without it, for every order line in the period (correct, but more cells to read).
   */
  sku?: string[];
}

export interface BatchInputKeys {
  row: number[];
  batchId: string[];
  lot: string[];
}

export interface OrderKeys {
  row: number[];
  batchCode: string[];
  /**
   * Order numbers, read only when a start code matches nothing else: resolveStart says
   * `needOrderNumbers`, the sheets layer reads the column and calls addOrderNumbers.
   */
  order?: string[];
}

export interface WasteKeys {
  row: number[];
  lot: string[];
}

export interface LotIndex {
  receipts: ReceiptKeys;
  batches: BatchKeys;
  batchInputs: BatchInputKeys;
  orders: OrderKeys;
  waste: WasteKeys;
}

/** The tables of a LotIndex: the ones a trace asks detail rows of. */
export type IndexedTable = keyof LotIndex;

export const INDEXED_TABLES: readonly IndexedTable[] = ['receipts', 'batches', 'batchInputs', 'orders', 'waste'];

export function emptyLotIndex(): LotIndex {
  return {
    receipts: { row: [], lotNumber: [], supplierLot: [] },
    batches: { row: [], batchId: [], batchCode: [] },
    batchInputs: { row: [], batchId: [], lot: [] },
    orders: { row: [], batchCode: [] },
    waste: { row: [], lot: [] },
  };
}

/**
 * Parallel arrays of unequal length are a bug in the caller, not the maker's data: say so loudly
 * rather than trace from misaligned rows.
 */
export function checkLotIndex(index: LotIndex): void {
  for (const table of INDEXED_TABLES) {
    const columns = Object.entries(index[table]) as [string, unknown[] | undefined][];
    const length = index[table].row.length;
    for (const [name, values] of columns) {
      if (values !== undefined && values.length !== length) {
        throw new Error(`LotIndex.${table}.${name} has ${values.length} entries but ${table}.row has ${length}`);
      }
    }
  }
}
