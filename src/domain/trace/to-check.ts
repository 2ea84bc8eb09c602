// The rows a maker must look at before trusting a recall list: order lines, Batch inputs and Waste rows
// whose code matches no lot (unmatched.ts) and that could be what was traced. An order line is kept
// when its SKU is one of the traced batches' (or it names none) and it shipped in the period the
// traced batches shipped — or, with no shipments, on or after the first of them was made; a row whose
// code is a typo away from a traced lot is kept whatever it says.
import { codeKey } from '../codes';
import type { Day } from '../days';
import type { KeyedProblem } from '../problems';
import { rowDay, rowNumber, rowText, rowUnit } from '../rows';
import { DetailBook, cellText } from './details';
import type { ShipmentLine } from './recall';
import { section, type TraceSection } from './report-model';
import type { Trace } from './trace-types';
import type { UnmatchedSheet } from './unmatched';

export interface ToCheck {
  sheet: UnmatchedSheet;
  row: number;
  /** As written on the row. */
  code: string;
  closest: string | null;
  nearTraced: boolean;
  /** Orders: the order number. */
  order: string;
  /** Batch inputs: the batch that took it. */
  batchId: string;
  /** Shipped (Orders) or Date (Waste). */
  day: Day | null;
  customer: string;
  email: string;
  address: string;
  sku: string;
  quantity: number | null;
  unit: string | null;
}

export function rowsToCheck(trace: Trace, book: DetailBook, lines: readonly ShipmentLine[]): ToCheck[] {
  const skus = new Set<string>();
  const made: Day[] = [];
  for (const lot of trace.forward) {
    for (const row of lot.batchRows) {
      const batch = book.row('batches', row);
      const sku = codeKey(rowText(batch, 'sku'));
      if (sku !== '') skus.add(sku);
      const day = rowDay(batch, 'made');
      if (day) made.push(day);
    }
  }
  for (const line of lines) if (line.sku !== '') skus.add(codeKey(line.sku));
  const shipped = lines.map((line) => line.shipped).filter((day): day is Day => day !== null);
  const from = shipped.length > 0 ? shipped.reduce(min) : made.length > 0 ? made.reduce(min) : startDay(trace, book);
  const to = shipped.length > 0 ? shipped.reduce(max) : null;
  const inPeriod = (day: Day | null) => day === null || ((from === null || day >= from) && (to === null || day <= to));

  const found: ToCheck[] = [];
  for (const unmatched of trace.unmatched.rows) {
    const row = book.row(unmatched.sheet, unmatched.row);
    const sku = unmatched.sheet === 'orders' ? rowText(row, 'sku') : '';
    const day = unmatched.sheet === 'orders' ? rowDay(row, 'shipped') : unmatched.sheet === 'waste' ? rowDay(row, 'date') : null;
    if (unmatched.sheet === 'orders' && !unmatched.nearTraced) {
      if (sku !== '' && !skus.has(codeKey(sku))) continue;
      if (!inPeriod(day)) continue;
    }
    found.push({
      ...unmatched,
      order: rowText(row, 'order'),
      batchId: unmatched.sheet === 'batchInputs' ? rowText(row, 'batchId') : '',
      day,
      customer: rowText(row, 'customer'),
      email: rowText(row, 'email'),
      address: rowText(row, 'address'),
      sku,
      quantity: rowNumber(row, 'quantity'),
      unit: rowUnit(row, 'unit')?.symbol ?? null,
    });
  }
  return found;
}

/** The row as a problem at its code cell, saying why it matters to this trace. */
export function toCheckProblem(item: ToCheck): KeyedProblem {
  const closest = item.closest ? ` (closest: ${item.closest})` : '';
  const what =
    item.sheet === 'orders'
      ? `batch code "${item.code}" matches no lot number or batch code${closest}, and this order line could have shipped what was traced: correct the code, then trace again.`
      : `lot "${item.code}" matches no lot number or batch code${closest}, a lot this trace reached: if it is that lot, correct the code, then trace again.`;
  return { sheet: item.sheet, row: item.row, column: item.sheet === 'orders' ? 'batchCode' : 'lot', message: what };
}

/** Where the row is and what it names, for a recall list's "To check" cell. */
export function toCheckNote(item: ToCheck, sheetName: string): string {
  const closest = item.closest ? `; closest: ${item.closest}` : '';
  return `${sheetName} row ${item.row}: batch code "${item.code}" matches no lot${closest}`;
}

export function toCheckTable(items: readonly ToCheck[], sheetName: (sheet: UnmatchedSheet) => string): TraceSection {
  return section(
    'toCheck',
    'To check',
    [
      'Sheet',
      'Row',
      'Code as written',
      'Closest existing code',
      'Order',
      'Batch ID',
      'Date',
      'Customer',
      'Email',
      'SKU',
      'Quantity',
      'Unit',
    ],
    items.map((item) => [
      sheetName(item.sheet),
      item.row,
      cellText(item.code),
      item.closest,
      cellText(item.order),
      cellText(item.batchId),
      item.day,
      cellText(item.customer),
      cellText(item.email),
      cellText(item.sku),
      item.quantity,
      item.unit,
    ]),
    'These rows name a code that matches no lot, and could be what was traced. Check each: correct its code, then trace again.',
  );
}

/** With no shipments and no batch: the traced lot's own received (or made) day. */
function startDay(trace: Trace, book: DetailBook): Day | null {
  const start = trace.forward.find((lot) => lot.level === 0) ?? trace.backward.find((lot) => lot.level === 0);
  const receipt = start?.receiptRows[0];
  if (receipt !== undefined) return rowDay(book.row('receipts', receipt), 'received');
  const batch = start?.batchRows[0];
  return batch !== undefined ? rowDay(book.row('batches', batch), 'made') : null;
}

const min = (a: Day, b: Day) => (a < b ? a : b);
const max = (a: Day, b: Day) => (a > b ? a : b);
