// One line of a shop's export as read, before it is matched to the maker's products: what the shop
// wrote, with where it came from, and why it is left out when it is.
import type { LeftOutReason } from '../../contract/orders';
import type { Day } from '../days';
import { headerKey } from '../headers';

export interface ExportLine {
  file: string;
  /** The record in the file, 1 = the header row. */
  line: number;
  order: string;
  /** The ship day read, null when unreadable (then `shippedText` says what was written). */
  shipped: Day | null;
  shippedText: string;
  shippedColumn: string;
  customer: string;
  email: string;
  address: string;
  shopSku: string;
  item: string;
  quantityText: string;
  quantityColumn: string;
  channel: string;
  lineId: string;
  /** The headers the SKU, item name and Line ID were read from, for a problem to name. */
  skuColumn: string;
  itemColumn: string;
  lineIdColumn: string;
  leftOut?: { reason: LeftOutReason; message: string };
}

/** A parsed export: its header row and data records, with each header's position by header key. */
export class ExportTable {
  private readonly positions = new Map<string, number>();
  /** Headers written more than once, by header key: their 1-based column numbers. */
  private readonly repeated = new Map<string, number[]>();
  /** Repeated headers a reader asked for: which of the columns holds the value is anyone's guess. */
  readonly ambiguous = new Set<string>();

  constructor(
    readonly file: string,
    readonly headers: readonly string[],
    readonly records: readonly (readonly string[])[],
  ) {
    headers.forEach((header, position) => {
      const key = headerKey(header);
      const first = this.positions.get(key);
      if (first === undefined) this.positions.set(key, position);
      else if (key !== '') this.repeated.set(key, [...(this.repeated.get(key) ?? [first + 1]), position + 1]);
    });
  }

  /** The 1-based columns of a header written more than once, else null. */
  columnsOf(header: string): number[] | null {
    return this.repeated.get(headerKey(header)) ?? null;
  }

  has(header: string): boolean {
    return this.positions.has(headerKey(header));
  }

  /** The cell under a header, trimmed; '' when the column is absent. */
  cell(record: readonly string[], header: string): string {
    const key = headerKey(header);
    if (this.repeated.has(key)) this.ambiguous.add(header);
    const position = this.positions.get(key);
    return position === undefined ? '' : (record[position] ?? '').trim();
  }
}

/** The parts of an address that are filled in, joined as one line. */
export function joinAddress(parts: readonly string[]): string {
  return parts.filter((part) => part !== '').join(', ');
}
