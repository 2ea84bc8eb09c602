// What the Record waste… sidebar shows beside a code: the lot or batch it names, with its on hand (the
// count of ../on-hand.ts, the same a trace's mass balance and a production run use), unit and status —
// or, for a code that names nothing, the nearest codes that exist: nearly always it is a typo.
import type { LotLookup, WasteLot } from '../../contract/waste';
import { excerpt } from '../excerpt';
import { findLot, type Stock, type StockLot } from '../production/stock';
import { closestCodes } from '../closest-codes';
import { unitChoices } from '../units';

export function lookUpLot(stock: Stock, asked: string): LotLookup {
  const lot = findLot(stock, asked);
  if (lot) return { found: true, asked, lot: wasteLotOf(lot) };
  const nearest = nearestLots(stock, asked);
  return { found: false, asked, nearest, message: notFoundMessage(asked, nearest) };
}

export function wasteLotOf(lot: StockLot): WasteLot {
  const shown: WasteLot = {
    code: lot.code,
    kind: lot.kind,
    of: lot.component,
    where: `${lot.kind === 'lot' ? 'Receipts' : 'Batches'} row ${lot.row}`,
    unit: lot.unit?.symbol ?? '',
    units: lot.unit ? unitChoices(lot.unit) : [],
    onHand: lot.onHand,
    status: lot.status || (lot.kind === 'lot' ? 'Available' : 'Released'),
  };
  const why = whyNotCountable(lot);
  if (why) shown.why = why;
  return shown;
}

/** Why waste cannot be checked against this lot's on hand, or null. */
export function whyNotCountable(lot: StockLot): string | null {
  if (lot.duplicated) return `${lot.code} names more than one lot in Receipts and Batches; rename one first.`;
  if (!lot.unit) return `${lot.code} has no unit Lotline reads on ${lot.kind === 'lot' ? 'Receipts' : 'Batches'} row ${lot.row}.`;
  if (lot.onHand === null)
    return `The on hand of ${lot.code} cannot be counted: a quantity or unit of it cannot be read (Trace this lot lists which).`;
  return null;
}

export function notFoundMessage(asked: string, nearest: readonly string[]): string {
  if (asked.trim() === '') return 'Enter a lot number or batch code.';
  const list = nearest.length > 1 ? `${nearest.slice(0, -1).join(', ')} or ${nearest.at(-1)}` : (nearest[0] ?? '');
  const guess = list !== '' ? ` Did you mean ${list}?` : '';
  return `There is no lot or batch ${excerpt(asked.trim())} on Receipts or Batches.${guess}`;
}

/** Lot numbers and batch codes fewest edits from the typed code. The nearest only: COCO-AA is COCO-A mistyped, and COCO-B beside it would be a guess. */
export function nearestLots(stock: Stock, asked: string, limit = 3): string[] {
  return closestCodes(
    [...stock.lots.values()].map((lot) => lot.code),
    asked,
    { limit, beyondBest: 0 },
  );
}

/** Codes to suggest in the code field: lots and batches with stock, the most recent first. */
export function codesWithStock(stock: Stock, limit: number): string[] {
  const withStock = [...stock.lots.values()].filter((lot) => !lot.duplicated && lot.onHand !== null && lot.onHand > 0);
  withStock.sort((a, b) => (b.since ?? '').localeCompare(a.since ?? '') || b.row - a.row);
  return withStock.slice(0, limit).map((lot) => lot.code);
}
