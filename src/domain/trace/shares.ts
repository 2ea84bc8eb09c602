// "Quantity of the traced lot in it", for every batch reached forward. A batch made directly with the
// lot holds what its input rows say; a batch made with a sub-assembly holds the sub-assembly's share
// in proportion: 40 ml of a 250 ml blend that took 200 ml of lavender oil holds 32 ml of it. Batches
// are visited in an order where every sub-assembly comes before its users; a batch inside a loop
// (reported as a problem) or after one has no share.
import { rowNumber, rowUnit } from '../rows';
import { convert, type Unit } from '../units';
import { DetailBook } from './details';
import type { LotBalance } from './balance';
import type { TracedLot } from './trace-types';

export interface TracedShare {
  quantity: number;
  unit: Unit;
}

/** By lot key: how much of the traced lot(s) each forward lot holds, in the unit the maker used it in. */
export function tracedShares(
  forward: readonly TracedLot[],
  balances: ReadonlyMap<string, LotBalance>,
  book: DetailBook,
): Map<string, TracedShare | null> {
  const shares = new Map<string, TracedShare | null>();
  const starts = forward.filter((lot) => lot.level === 0);
  const startKeys = new Set(starts.map((lot) => lot.key));
  const tracedUnit =
    workingUnit(forward, startKeys, book) ??
    starts.map((lot) => balances.get(lot.key)?.unit).find((found): found is Unit => Boolean(found));
  if (!tracedUnit) return shares;
  for (const lot of starts) {
    const balance = balances.get(lot.key);
    const whole = balance?.quantityIn ?? null;
    const inTraced = whole !== null && balance?.unit ? convert(whole, balance.unit, tracedUnit) : null;
    shares.set(lot.key, inTraced === null ? null : { quantity: inTraced, unit: tracedUnit });
  }

  // Kahn's order over the links among forward lots.
  const byKey = new Map(forward.map((lot) => [lot.key, lot]));
  const waiting = new Map<string, number>();
  const users = new Map<string, TracedLot[]>();
  for (const lot of forward) {
    if (lot.level === 0) continue;
    const from = new Set(lot.links.map((link) => link.other).filter((key) => byKey.has(key)));
    waiting.set(lot.key, from.size);
    for (const key of from) {
      const list = users.get(key);
      if (list) list.push(lot);
      else users.set(key, [lot]);
    }
  }
  const ready = [...starts];
  for (let next = 0; next < ready.length; next++) {
    const done = ready[next] as TracedLot;
    for (const user of users.get(done.key) ?? []) {
      const left = (waiting.get(user.key) ?? 0) - 1;
      waiting.set(user.key, left);
      if (left === 0) {
        shares.set(user.key, shareOf(user, shares, balances, book, tracedUnit, startKeys));
        ready.push(user);
      }
    }
  }
  for (const lot of forward) if (!shares.has(lot.key)) shares.set(lot.key, null);
  return shares;
}

/**
 * The unit the maker measures the traced lot in when making batches (30 ml of an oil bought by the
 * litre): that of the first Batch inputs row that consumed it.
 */
function workingUnit(forward: readonly TracedLot[], startKeys: ReadonlySet<string>, book: DetailBook): Unit | null {
  for (const lot of forward) {
    for (const link of lot.links) {
      if (link.sheet === 'batchInputs' && startKeys.has(link.other)) {
        const found = rowUnit(book.row('batchInputs', link.row), 'unit');
        if (found) return found;
      }
    }
  }
  return null;
}

function shareOf(
  lot: TracedLot,
  shares: ReadonlyMap<string, TracedShare | null>,
  balances: ReadonlyMap<string, LotBalance>,
  book: DetailBook,
  tracedUnit: Unit,
  startKeys: ReadonlySet<string>,
): TracedShare | null {
  let total = 0;
  for (const link of lot.links) {
    if (link.sheet !== 'batchInputs') continue;
    const input = book.row('batchInputs', link.row);
    const quantity = rowNumber(input, 'quantity');
    const inputUnit = rowUnit(input, 'unit');
    if (quantity === null || !inputUnit) return null;
    if (startKeys.has(link.other)) {
      // Made directly with a traced lot: the input row says how much.
      const direct = convert(quantity, inputUnit, tracedUnit);
      if (direct === null) return null;
      total += direct;
      continue;
    }
    const from = shares.get(link.other);
    const source = balances.get(link.other);
    const inSourceUnit = source?.unit ? convert(quantity, inputUnit, source.unit) : null;
    if (!from || inSourceUnit === null || !source?.quantityIn) return null;
    total += (inSourceUnit / source.quantityIn) * from.quantity;
  }
  return { quantity: Math.round(total * 1e6) / 1e6, unit: tracedUnit };
}
