// The detail rows the sheets layer read for a trace (neededRows), looked up by sheet row, and the
// small whole tables looked up by their codes. Values are as rows.ts typed them: a blank or unreadable
// cell is '' or null here, and its problem was reported when it was read.
import { codeKey } from '../codes';
import { batchStockUnit } from '../on-hand';
import type { Problem } from '../problems';
import { rowText, type TypedRow } from '../rows';
import type { Unit } from '../units';
import type { TraceGap } from './gaps';
import type { IndexedTable } from './lot-index';

export interface TraceDetails {
  receipts: TypedRow[];
  batches: TypedRow[];
  batchInputs: TypedRow[];
  /** The `orders` and the `orderPeers` rows of neededRows, together. */
  orders: TypedRow[];
  waste: TypedRow[];
  suppliers: TypedRow[];
  materials: TypedRow[];
  products: TypedRow[];
  /** Problems met reading these rows (unreadable numbers, dates, units): shown with the trace's own. */
  problems?: Problem[];
  /** Sheets the trace needed and did not find, and columns they lack: what the report could not check. */
  gaps?: TraceGap[];
}

export class DetailBook {
  private readonly byRow: Record<IndexedTable, Map<number, TypedRow>>;
  private readonly suppliers: Map<string, TypedRow>;
  private readonly materials: Map<string, TypedRow>;
  private readonly products: Map<string, TypedRow>;

  constructor(readonly details: TraceDetails) {
    const rowMap = (rows: readonly TypedRow[]) => new Map(rows.map((row) => [row.row, row]));
    this.byRow = {
      receipts: rowMap(details.receipts),
      batches: rowMap(details.batches),
      batchInputs: rowMap(details.batchInputs),
      orders: rowMap(details.orders),
      waste: rowMap(details.waste),
    };
    this.suppliers = byCode(details.suppliers, 'supplier');
    this.materials = byCode(details.materials, 'materialCode');
    this.products = byCode(details.products, 'sku');
  }

  row(table: IndexedTable, row: number): TypedRow | undefined {
    return this.byRow[table].get(row);
  }

  supplier(name: string): TypedRow | undefined {
    return this.suppliers.get(codeKey(name));
  }

  material(code: string): TypedRow | undefined {
    return this.materials.get(codeKey(code));
  }

  product(sku: string): TypedRow | undefined {
    return this.products.get(codeKey(sku));
  }

  batchUnit(batch: TypedRow): Unit | null {
    return batchStockUnit(batch, this.product(rowText(batch, 'sku')));
  }
}

/** First row wins for a repeated code: these small tables are the maker's lists, shown as written. */
function byCode(rows: readonly TypedRow[], key: string): Map<string, TypedRow> {
  const map = new Map<string, TypedRow>();
  for (const row of rows) {
    const code = codeKey(rowText(row, key));
    if (code !== '' && !map.has(code)) map.set(code, row);
  }
  return map;
}

/** A cell for a report: '' becomes null so an empty cell stays empty. */
export function cellText(value: string): string | null {
  return value === '' ? null : value;
}
