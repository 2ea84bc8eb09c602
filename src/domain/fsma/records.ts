// The rows the FDA spreadsheet is made from, as the sheets layer read them (only the columns it needs),
// and the look-ups the three tables share: a receipt, material, product, batch or supplier by its code.
import { codeKey } from '../codes';
import type { Day } from '../days';
import type { KeyedProblem } from '../problems';
import type { TypedRow } from '../rows';
import type { SheetKey } from '../workbook';
import type { Unit } from '../units';
import type { BusinessLocation } from './location';

export interface FsmaRecords {
  receipts: readonly TypedRow[];
  suppliers: readonly TypedRow[];
  materials: readonly TypedRow[];
  products: readonly TypedRow[];
  batches: readonly TypedRow[];
  batchInputs: readonly TypedRow[];
  orders: readonly TypedRow[];
  /** Column keys each sheet has; an optional column it lacks is said once, not on every row. */
  columns: Partial<Record<SheetKey, readonly string[]>>;
}

export interface FsmaContext {
  records: FsmaRecords;
  location: BusinessLocation;
}

export type FsmaCell = string | number | null;

export interface FsmaColumn {
  header: string;
  kind: 'text' | 'number' | 'day';
}

/** One critical tracking event's table: one header row, one record a row. */
export interface FsmaTable {
  /** The sheet's name before its time: "FDA receiving". */
  name: string;
  columns: readonly FsmaColumn[];
  rows: FsmaCell[][];
}

export const text = (row: TypedRow | undefined, key: string): string => {
  const value = row?.values[key];
  return typeof value === 'string' ? value : '';
};
export const numberOf = (row: TypedRow | undefined, key: string): number | null => {
  const value = row?.values[key];
  return typeof value === 'number' ? value : null;
};
export const dayOfRow = (row: TypedRow | undefined, key: string): Day | null => {
  const value = row?.values[key];
  return typeof value === 'string' && value !== '' ? value : null;
};
export const unitOf = (row: TypedRow | undefined, key: string): string => {
  const value = row?.values[key] as Unit | null | undefined;
  return value && typeof value === 'object' ? value.symbol : '';
};

export function indexBy(rows: readonly TypedRow[], key: string): Map<string, TypedRow> {
  const map = new Map<string, TypedRow>();
  // The first row of a code wins, as a trace takes it; a code used twice is for Check my records.
  for (const row of rows) {
    const code = codeKey(text(row, key));
    if (code !== '' && !map.has(code)) map.set(code, row);
  }
  return map;
}

export function groupBy(rows: readonly TypedRow[], key: string): Map<string, TypedRow[]> {
  const map = new Map<string, TypedRow[]>();
  for (const row of rows) {
    const code = codeKey(text(row, key));
    const list = map.get(code);
    if (list) list.push(row);
    else map.set(code, [row]);
  }
  return map;
}

/** "Lavender oil (LAV)": a name with its code, or whichever of them is known. */
export function described(name: string, code: string): string {
  if (name === '') return code;
  return code === '' || codeKey(name) === codeKey(code) ? name : `${name} (${code})`;
}

export function has(records: FsmaRecords, sheet: SheetKey, column: string): boolean {
  return records.columns[sheet]?.includes(column) ?? false;
}

export type FsmaEvent = 'receiving' | 'transformation' | 'shipping';

/**
 * A key data element the records lack: which element, in which FDA sheet and row it is left blank (no
 * row: every row of that sheet), and where in the maker's records it should have come from.
 */
export interface MissingElement extends KeyedProblem {
  element: string;
  event: FsmaEvent;
  /** 1-based row of the FDA sheet where the element is blank or stood in for; absent for a whole sheet. */
  fdaRow?: number;
}

/** Missing elements, once each, in the order met. */
export class MissingList {
  private readonly seen = new Set<string>();
  readonly items: MissingElement[] = [];

  add(missing: MissingElement): void {
    const key = [missing.event, missing.fdaRow, missing.element, missing.sheet, missing.row, missing.column, missing.message].join('|');
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.items.push(missing);
  }
}
