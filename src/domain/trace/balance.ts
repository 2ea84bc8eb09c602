// Mass balance of one lot, as workbook.md defines on-hand: a receipt lot = received − used in batch
// inputs − wasted; a batch = made − shipped − used as input of other batches − wasted. Orders may
// ship a receipt lot as it is (material resold), so shipped counts for both. A quantity that cannot
// be counted (unit of another kind, unreadable cell) leaves on-hand unknown and shows as a gap in the
// percentage accounted for: mock-recall practice wants 100%, and a gap is shown, never hidden.
import { convert, type Unit } from '../units';
import { DetailBook, day, numberOf, text, unit } from './details';
import type { ProblemList } from './trace-problems';
import type { TracedLot } from './trace-types';

export interface LotBalance {
  key: string;
  code: string;
  kind: 'lot' | 'batch';
  /** Receipts row or Batches row of the lot (the first, when the code is duplicated). */
  row: number | null;
  /** The lot's own unit: the receipt's, or the batch's (else its product's, else pcs). */
  unit: Unit | null;
  /** Received (lot) or made (batch). */
  quantityIn: number | null;
  used: number;
  shipped: number;
  wasted: number;
  onHand: number | null;
  /** (used + shipped + wasted + on hand ≥ 0) / in, in percent; null when nothing came in. */
  accountedPct: number | null;
  /** Why the numbers do not add up, in words. */
  notes: string[];
}

export function balanceOf(lot: TracedLot, book: DetailBook, problems: ProblemList): LotBalance {
  const receipt = lot.receiptRows.map((row) => book.row('receipts', row)).find(Boolean);
  const batch = lot.batchRows.map((row) => book.row('batches', row)).find(Boolean);
  const kind = lot.receiptRows.length > 0 || lot.batchRows.length === 0 ? 'lot' : 'batch';
  const own = kind === 'lot' ? receipt : batch;
  const lotUnit = kind === 'lot' ? unit(receipt, 'unit') : batch ? book.batchUnit(batch) : null;
  const notes: string[] = [];
  let uncounted = 0;

  const count = (quantity: number | null, from: Unit | null, where: { sheet: 'batchInputs' | 'waste'; row: number }): number => {
    if (quantity === null || !lotUnit) {
      uncounted++;
      return 0;
    }
    if (!from) {
      uncounted++;
      return 0;
    }
    const converted = convert(quantity, from, lotUnit);
    if (converted === null) {
      uncounted++;
      problems.add({
        ...where,
        column: 'unit',
        message: `${quantity} ${from.symbol} of ${lot.code} cannot be counted against the lot, which is kept in ${lotUnit.symbol}: ${from.kind} and ${lotUnit.kind} do not convert.`,
      });
      return 0;
    }
    return converted;
  };

  const quantityIn = kind === 'lot' ? numberOf(receipt, 'quantity') : numberOf(batch, 'quantityMade');
  let used = 0;
  for (const use of lot.uses) {
    const input = book.row('batchInputs', use.row);
    used += count(numberOf(input, 'quantity'), unit(input, 'unit'), { sheet: 'batchInputs', row: use.row });
  }
  // Orders have no unit column: a line's quantity is in the unit of the lot it ships.
  let shipped = 0;
  for (const row of lot.shipRows) {
    const quantity = numberOf(book.row('orders', row), 'quantity');
    if (quantity === null) uncounted++;
    else shipped += quantity;
  }
  let wasted = 0;
  for (const row of lot.wasteRows) {
    const waste = book.row('waste', row);
    wasted += count(numberOf(waste, 'quantity'), unit(waste, 'unit'), { sheet: 'waste', row });
  }

  if (uncounted > 0) notes.push(`${uncounted} ${uncounted === 1 ? 'quantity' : 'quantities'} could not be counted (see problems)`);
  if (!lotUnit) notes.push(`the ${kind === 'lot' ? 'receipt' : 'batch'} has no unit we know`);
  const out = used + shipped + wasted;
  const onHand = quantityIn !== null && uncounted === 0 && lotUnit ? round(quantityIn - out) : null;
  const row = (kind === 'lot' ? lot.receiptRows[0] : lot.batchRows[0]) ?? null;
  if (onHand !== null && onHand < 0 && row !== null) {
    problems.add({
      sheet: kind === 'lot' ? 'receipts' : 'batches',
      row,
      column: kind === 'lot' ? 'quantity' : 'quantityMade',
      message: `on hand of ${lot.code} comes to ${onHand} ${lotUnit?.symbol ?? ''}: ${round(out)} was used, shipped or wasted but only ${quantityIn} ${kind === 'lot' ? 'received' : 'made'}.`,
    });
  }
  const accounted = out + Math.max(onHand ?? 0, 0);
  return {
    key: lot.key,
    code: (kind === 'lot' ? text(own, 'lotNumber') : text(own, 'batchCode')) || lot.code,
    kind,
    row,
    unit: lotUnit,
    quantityIn,
    used: round(used),
    shipped: round(shipped),
    wasted: round(wasted),
    onHand,
    accountedPct: quantityIn ? Math.round((accounted / quantityIn) * 1000) / 10 : null,
    notes,
  };
}

/**
 * Batches made before a lot they used was received (or, for a sub-assembly, made): the record of one
 * of them is wrong, and an inspector will ask which.
 */
export function checkUseBeforeReceipt(lot: TracedLot, book: DetailBook, problems: ProblemList): void {
  const receiptRow = lot.receiptRows[0];
  const batchRow = lot.batchRows[0];
  const source = receiptRow !== undefined ? book.row('receipts', receiptRow) : batchRow !== undefined ? book.row('batches', batchRow) : undefined;
  const since = receiptRow !== undefined ? day(source, 'received') : day(source, 'made');
  if (!since || !source) return;
  const what = receiptRow !== undefined ? `lot ${lot.code} it used was received (${since}, Receipts row ${source.row})` : `batch ${lot.code} it used was made (${since}, Batches row ${source.row})`;
  for (const use of lot.uses) {
    for (const row of use.batchRows) {
      const made = day(book.row('batches', row), 'made');
      if (made && made < since) problems.add({ sheet: 'batches', row, column: 'made', message: `made ${made}, before ${what}.` });
    }
  }
}

/** Quantities shown to 6 decimals: 0.5 l − 0.26 l is 0.24, not 0.24000000000000002. */
export function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
