// On hand of one lot, as workbook.md defines it: a receipt lot = received − used in batch inputs −
// wasted; a batch = made − shipped − used as input of other batches − wasted. Orders may ship a receipt
// lot as it is (material resold), so shipped counts for both. Shared by a trace's mass balance and the
// production run's stock, so both say the same number for the same lot.
//
// A quantity that cannot be counted (unit of another kind, unreadable cell) leaves on hand unknown:
// never guessed, because a wrong on hand would let a production run use stock that is not there.
import type { KeyedProblem } from './problems';
import { rowUnit, type TypedRow } from './rows';
import { convert, PIECES, type Unit } from './units';

/** One row that took stock out of the lot. */
export interface LotMovement {
  row: number;
  /** null when the cell was blank or unreadable (already reported where it was read). */
  quantity: number | null;
  /** null when blank or unknown. Order lines have no unit: their quantity is in the lot's own unit. */
  unit: Unit | null;
}

export interface LotMovements {
  /** Batch inputs rows consuming the lot. */
  used: readonly LotMovement[];
  /** Orders rows shipping it (unit ignored: an order line counts in the lot's unit). */
  shipped: readonly LotMovement[];
  /** Waste rows discarding it. */
  wasted: readonly LotMovement[];
}

export interface OnHandLot {
  /** As first written, for messages. */
  code: string;
  kind: 'lot' | 'batch';
  /** Its Receipts or Batches row, where a negative on hand is reported; null when it has none. */
  row: number | null;
  /** Stock unit: the receipt's, or the batch's (see batchStockUnit). */
  unit: Unit | null;
  /** Received (lot) or made (batch). */
  quantityIn: number | null;
}

export interface OnHand {
  used: number;
  shipped: number;
  wasted: number;
  /** null when any quantity could not be counted, or the lot has no unit or no quantity in. */
  onHand: number | null;
  /** How many movements could not be counted. */
  uncounted: number;
  /** The sheets those were on: their figure (used, shipped, wasted) is then only what could be counted, a floor. */
  uncountedIn: ('batchInputs' | 'orders' | 'waste')[];
}

/** Where problems go; ProblemList collects them once each. */
export interface ProblemSink {
  add(problem: KeyedProblem): void;
}

/** Everything the lot's movements add up to, in its own unit, with what could not be counted reported. */
export function countOnHand(lot: OnHandLot, movements: LotMovements, problems: ProblemSink): OnHand {
  let uncounted = 0;
  const uncountedIn = new Set<'batchInputs' | 'orders' | 'waste'>();
  const lotUnit = lot.unit;

  const count = (movement: LotMovement, sheet: 'batchInputs' | 'waste'): number => {
    if (movement.quantity === null || !lotUnit || !movement.unit) {
      uncounted++;
      uncountedIn.add(sheet);
      return 0;
    }
    const converted = convert(movement.quantity, movement.unit, lotUnit);
    if (converted === null) {
      uncounted++;
      uncountedIn.add(sheet);
      problems.add({
        sheet,
        row: movement.row,
        column: 'unit',
        message: `${movement.quantity} ${movement.unit.symbol} of ${lot.code} cannot be counted against the lot, which is kept in ${lotUnit.symbol}: ${movement.unit.kind} and ${lotUnit.kind} do not convert.`,
      });
      return 0;
    }
    return converted;
  };

  let used = 0;
  for (const movement of movements.used) used += count(movement, 'batchInputs');
  let shipped = 0;
  for (const movement of movements.shipped) {
    if (movement.quantity === null) {
      uncounted++;
      uncountedIn.add('orders');
    } else shipped += movement.quantity;
  }
  let wasted = 0;
  for (const movement of movements.wasted) wasted += count(movement, 'waste');

  const out = used + shipped + wasted;
  const onHand = lot.quantityIn !== null && uncounted === 0 && lotUnit ? round(lot.quantityIn - out) : null;
  if (onHand !== null && onHand < 0 && lot.row !== null) {
    problems.add({
      sheet: lot.kind === 'lot' ? 'receipts' : 'batches',
      row: lot.row,
      column: lot.kind === 'lot' ? 'quantity' : 'quantityMade',
      message: `on hand of ${lot.code} comes to ${onHand} ${lotUnit?.symbol ?? ''}: ${round(out)} was used, shipped or wasted but only ${lot.quantityIn} ${lot.kind === 'lot' ? 'received' : 'made'}.`,
    });
  }
  return { used: round(used), shipped: round(shipped), wasted: round(wasted), onHand, uncounted, uncountedIn: [...uncountedIn] };
}

/** Quantities shown to 6 decimals: 0.5 l − 0.26 l is 0.24, not 0.24000000000000002. */
export function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** A batch's stock unit: its own Unit, else its product's, else pieces (workbook.md: Products Unit defaults to pcs). */
export function batchStockUnit(batch: TypedRow, product: TypedRow | undefined): Unit {
  return rowUnit(batch, 'unit') ?? (product ? rowUnit(product, 'unit') : null) ?? PIECES;
}

/**
 * A quantity as a report shows it: to 3 decimals — a millilitre of a litre, a gram of a kilo — so 1675.647127 ml
 * converted from fluid ounces reads 1675.647. Counting keeps every decimal (round); only what is written is cut.
 */
export function shownQuantity(value: number): number {
  return Math.round(value * 1000) / 1000;
}
