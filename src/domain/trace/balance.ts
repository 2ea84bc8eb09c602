// Mass balance of one lot: on hand as workbook.md defines it (counted in ../on-hand.ts, shared with
// the production run's stock), and the percentage accounted for. A quantity that cannot be counted
// leaves on hand unknown and shows as a gap in that percentage: mock-recall practice wants 100%, and
// a gap is shown, never hidden.
import { rowDay, rowNumber, rowText, rowUnit } from '../rows';
import { countOnHand, round, type LotMovement } from '../on-hand';
import type { Unit } from '../units';
import { DetailBook } from './details';
import type { ProblemList } from '../problems';
import type { TracedLot } from './trace-types';

/** The sheets that move stock out of a lot (workbook.md, "Quantities the add-on derives"). */
export type MovementSheet = 'batchInputs' | 'orders' | 'waste';

/** A movement sheet the trace could not read (missing, or a column it needs missing), and why in words. */
export interface UnreadMovements {
  sheet: MovementSheet;
  why: string;
}

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
  /**
   * On hand, or when some movement could not be counted (complete false), what the readable ones leave:
   * the unreadable ones took stock out too, so a negative value is an overdraw whatever they say.
   */
  onHand: number | null;
  /** False when a movement could not be counted: used, shipped, wasted and on hand are then the readable part only. */
  complete: boolean;
  /** The movements of which a quantity could not be counted: their figure is at least what it says. */
  partial: MovementSheet[];
  /**
   * Movement sheets not read at all (the report says so at its top): their column is unknown, not 0, and
   * so are on hand and the percentage accounted for.
   */
  notCounted: MovementSheet[];
  /** (used + shipped + wasted + on hand ≥ 0) / in, in percent; null when nothing came in. */
  accountedPct: number | null;
  /** Why the numbers do not add up, in words. */
  notes: string[];
}

export function balanceOf(lot: TracedLot, book: DetailBook, problems: ProblemList, unread: readonly UnreadMovements[] = []): LotBalance {
  const receipt = lot.receiptRows.map((row) => book.row('receipts', row)).find(Boolean);
  const batch = lot.batchRows.map((row) => book.row('batches', row)).find(Boolean);
  const kind = lot.receiptRows.length > 0 || lot.batchRows.length === 0 ? 'lot' : 'batch';
  const own = kind === 'lot' ? receipt : batch;
  const lotUnit = kind === 'lot' ? rowUnit(receipt, 'unit') : batch ? book.batchUnit(batch) : null;
  const quantityIn = kind === 'lot' ? rowNumber(receipt, 'quantity') : rowNumber(batch, 'quantityMade');
  const row = (kind === 'lot' ? lot.receiptRows[0] : lot.batchRows[0]) ?? null;

  const movement = (table: 'batchInputs' | 'orders' | 'waste', at: number): LotMovement => {
    const found = book.row(table, at);
    return { row: at, quantity: rowNumber(found, 'quantity'), unit: rowUnit(found, 'unit') };
  };
  const tally = countOnHand(
    { code: lot.code, kind, row, unit: lotUnit, quantityIn },
    {
      used: lot.uses.map((use) => movement('batchInputs', use.row)),
      shipped: lot.shipRows.map((at) => movement('orders', at)),
      wasted: lot.wasteRows.map((at) => movement('waste', at)),
    },
    problems,
  );

  const notes: string[] = [];
  const { uncounted } = tally;
  const readable = quantityIn !== null && lotUnit ? round(quantityIn - tally.used - tally.shipped - tally.wasted) : null;
  // Stock the unreadable rows took is unknown, so a positive rest says nothing; a negative one is an
  // overdraw whatever they hold (a movement only takes stock out).
  const overdrawn = uncounted > 0 && readable !== null && readable < 0;
  // A sheet that could not be read at all may hold any number of movements: nothing is known of on hand
  // but an overdraw, and nothing is accounted for (never a 100% on a balance that was not checked).
  const notCounted = [...new Set(unread.map((gap) => gap.sheet))];
  const onHand =
    notCounted.length > 0 ? (readable !== null && readable < 0 ? readable : null) : (tally.onHand ?? (overdrawn ? readable : null));
  if (notCounted.length > 0) notes.push(`not counted: ${[...new Set(unread.map((gap) => gap.why))].join('; ')}`);
  if (uncounted > 0) {
    const movements: ['batchInputs' | 'orders' | 'waste', number][] = [
      ...lot.uses.map((use): ['batchInputs', number] => ['batchInputs', use.row]),
      ...lot.shipRows.map((at): ['orders', number] => ['orders', at]),
      ...lot.wasteRows.map((at): ['waste', number] => ['waste', at]),
    ];
    // A row the trace did not manage to read at all was reported nowhere yet.
    for (const [table, at] of movements) {
      if (!book.row(table, at))
        problems.add({ sheet: table, row: at, message: `this row of ${lot.code} could not be read, so its balance is incomplete.` });
    }
    const counted = `${uncounted} ${uncounted === 1 ? 'quantity' : 'quantities'} could not be counted (see problems)`;
    notes.push(overdrawn ? `incomplete: ${counted}; the others already take out more than came in` : counted);
    if (overdrawn && row !== null) {
      problems.add({
        sheet: kind === 'lot' ? 'receipts' : 'batches',
        row,
        column: kind === 'lot' ? 'quantity' : 'quantityMade',
        message: `on hand of ${lot.code} comes to ${readable} ${lotUnit?.symbol ?? ''} or less: ${round(tally.used + tally.shipped + tally.wasted)} was used, shipped or wasted but only ${quantityIn} ${kind === 'lot' ? 'received' : 'made'}, and ${uncounted === 1 ? 'one more quantity' : `${uncounted} more quantities`} could not be counted.`,
      });
    }
  }
  if (!lotUnit) notes.push(`the ${kind === 'lot' ? 'receipt' : 'batch'} has no unit we know`);
  const accounted = tally.used + tally.shipped + tally.wasted + Math.max(onHand ?? 0, 0);
  return {
    key: lot.key,
    code: (kind === 'lot' ? rowText(own, 'lotNumber') : rowText(own, 'batchCode')) || lot.code,
    kind,
    row,
    unit: lotUnit,
    quantityIn,
    used: tally.used,
    shipped: tally.shipped,
    wasted: tally.wasted,
    onHand,
    complete: uncounted === 0,
    partial: tally.uncountedIn,
    notCounted,
    accountedPct: quantityIn && notCounted.length === 0 ? Math.round((accounted / quantityIn) * 1000) / 10 : null,
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
  const source =
    receiptRow !== undefined ? book.row('receipts', receiptRow) : batchRow !== undefined ? book.row('batches', batchRow) : undefined;
  const since = receiptRow !== undefined ? rowDay(source, 'received') : rowDay(source, 'made');
  if (!since || !source) return;
  const what =
    receiptRow !== undefined
      ? `lot ${lot.code} it used was received (${since}, Receipts row ${source.row})`
      : `batch ${lot.code} it used was made (${since}, Batches row ${source.row})`;
  for (const use of lot.uses) {
    for (const row of use.batchRows) {
      const made = rowDay(book.row('batches', row), 'made');
      if (made && made < since) problems.add({ sheet: 'batches', row, column: 'made', message: `made ${made}, before ${what}.` });
    }
  }
}
