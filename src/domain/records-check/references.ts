// Rows that point at a lot or a batch: Batch inputs (a lot used by a batch), Orders (a batch or lot
// shipped) and Waste (a lot or batch discarded). Each must name a code that exists — a code that does
// not is where a trace stops — and must not happen before the thing it names existed.
import { codeKey } from '../codes';
import { rowDay, rowText, type TypedRow } from '../rows';
import type { LotBook, LotEntry } from './lot-book';
import type { CheckedSheet, Finding, RecordsInput } from './types';

/** A Batch inputs row resolved: the batch that used the lot, and the lot it used (either may be absent). */
export interface ResolvedInput {
  row: TypedRow;
  batch: TypedRow | undefined;
  lot: LotEntry | undefined;
}

export interface Resolved {
  inputs: ResolvedInput[];
  /** Orders rows and the lot or batch each ships (absent when its code matches nothing or is blank). */
  shipments: { row: TypedRow; lot: LotEntry | undefined }[];
  wasted: { row: TypedRow; lot: LotEntry | undefined }[];
}

const didYouMean = (near: string) => (near ? ` The closest code that exists is ${near}.` : '');

export function checkReferences(input: RecordsInput, book: LotBook, findings: Finding[]): Resolved {
  const has = (sheet: CheckedSheet, column: string) => input.places[sheet]?.positions[column] !== undefined;
  // Without both sheets of the lot namespace, a code missing from the one there is may be in the other.
  const namespaceKnown = input.tables.receipts !== undefined && input.tables.batches !== undefined;
  const resolved: Resolved = { inputs: [], shipments: [], wasted: [] };

  for (const row of input.tables.batchInputs ?? []) {
    const id = rowText(row, 'batchId');
    const code = rowText(row, 'lot');
    const batch = book.batchIds.get(codeKey(id));
    const lot = book.lots.get(codeKey(code));
    resolved.inputs.push({ row, batch, lot });
    if (has('batchInputs', 'batchId') && input.tables.batches !== undefined) {
      if (id === '')
        findings.push(missing('batchInputs', row, 'batchId', 'No Batch ID: the lot on this row is used by no batch a trace can find.'));
      else if (!batch)
        findings.push({
          kind: 'unknownBatchId',
          severity: 'breaks',
          sheet: 'batchInputs',
          row: row.row,
          column: 'batchId',
          message: `No batch has Batch ID ${id}: a trace of ${code || 'this lot'} stops here.${didYouMean(book.nearestBatchId(id))}`,
        });
    }
    if (has('batchInputs', 'lot') && namespaceKnown) {
      if (code === '') findings.push(missing('batchInputs', row, 'lot', 'No lot: what this batch used cannot be traced.'));
      else if (!lot)
        findings.push({
          kind: 'unknownLot',
          severity: 'breaks',
          sheet: 'batchInputs',
          row: row.row,
          column: 'lot',
          message: `No receipt lot or batch has the code ${code}: ${id || 'the batch'} cannot be traced back to it.${didYouMean(book.nearestLot(code))}`,
        });
    }
    const made = rowDay(batch, 'made');
    const since = lot ? rowDay(lot.row, lot.sheet === 'receipts' ? 'received' : 'made') : null;
    if (lot && made && since && made < since)
      findings.push({
        kind: 'usedBeforeReceived',
        severity: 'weakens',
        sheet: 'batchInputs',
        row: row.row,
        column: 'lot',
        message: `${id} was made on ${made}, before ${lot.code} was ${lot.sheet === 'receipts' ? 'received' : 'made'} (${since}): one of the dates, or the lot, is wrong.`,
      });
  }

  for (const row of input.tables.orders ?? []) {
    const code = rowText(row, 'batchCode');
    const lot = book.lots.get(codeKey(code));
    resolved.shipments.push({ row, lot });
    if (!has('orders', 'batchCode')) continue;
    if (code === '')
      findings.push({
        kind: 'noBatchCode',
        severity: 'breaks',
        sheet: 'orders',
        row: row.row,
        column: 'batchCode',
        message: `Order line with no batch code${orderOf(row)}: no recall can find this customer (Link order lines to batches… fills it).`,
      });
    else if (!lot && namespaceKnown)
      findings.push({
        kind: 'unknownShipped',
        severity: 'breaks',
        sheet: 'orders',
        row: row.row,
        column: 'batchCode',
        message: `No batch or receipt lot has the code ${code}: this customer is missing from every recall.${didYouMean(book.nearestLot(code))}`,
      });
    const shipped = rowDay(row, 'shipped');
    const made = lot ? rowDay(lot.row, lot.sheet === 'receipts' ? 'received' : 'made') : null;
    if (lot && shipped && made && shipped < made)
      findings.push({
        kind: 'shippedBeforeMade',
        severity: 'weakens',
        sheet: 'orders',
        row: row.row,
        column: has('orders', 'shipped') ? 'shipped' : 'batchCode',
        message: `Shipped on ${shipped}, before ${lot.code} was ${lot.sheet === 'receipts' ? 'received' : 'made'} (${made}): the date or the batch code is wrong.`,
      });
  }

  for (const row of input.tables.waste ?? []) {
    const code = rowText(row, 'lot');
    const lot = book.lots.get(codeKey(code));
    resolved.wasted.push({ row, lot });
    if (!has('waste', 'lot') || !namespaceKnown) continue;
    if (code === '') findings.push({ ...missing('waste', row, 'lot', 'No lot: what was wasted is not known.'), severity: 'weakens' });
    else if (!lot)
      findings.push({
        kind: 'unknownWasted',
        severity: 'weakens',
        sheet: 'waste',
        row: row.row,
        column: 'lot',
        message: `No receipt lot or batch has the code ${code}: this waste is counted against nothing.${didYouMean(book.nearestLot(code))}`,
      });
  }
  return resolved;
}

function missing(sheet: CheckedSheet, row: TypedRow, column: string, message: string): Finding {
  return { kind: 'missingCode', severity: 'breaks', sheet, row: row.row, column, message };
}

function orderOf(row: TypedRow): string {
  const sku = rowText(row, 'sku');
  return sku ? ` (${sku})` : '';
}
