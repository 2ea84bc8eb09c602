// Which batches an order line shipped from, when the shop's export does not say: batches of the line's
// SKU that were Released, made on or before the ship date, not expired then and with stock, first
// expiring first (else first made). Lines are linked in ship-date order and what one takes is gone for
// the lines after it in the same plan, so two lines never count the same soap twice. On hand comes from
// the production code's count (stockOnHand), the one a trace's mass balance shows.
import { codeKey } from '../codes';
import type { Day } from '../days';
import { namedFew } from '../named-few';
import { round } from '../on-hand';
import { fefoOrder, whyUnusable } from '../production/usable';
import type { Stock, StockLot } from '../production/stock';
import type { Allocation, BatchChoice, BelowZeroConfirmed } from '../../contract/orders';

/** One thing to link: an imported line, or an Orders row whose Batch code is blank. */
export interface LinkItem {
  sku: string;
  shipped: Day | null;
  quantity: number;
  /** Batches picked by hand: kept as they are, their stock taken all the same. */
  allocations: readonly Allocation[];
}

export type Linked =
  | {
      ok: true;
      allocations: Allocation[];
      warnings: string[];
      /** Hand-picked batches this line takes below zero, each with its on hand after this line. */
      belowZero: BelowZeroConfirmed[];
    }
  | { ok: false; message: string; warnings: string[] };

export const LINK_BY_HAND = 'make a production run first, or pick a batch by hand';

/**
 * Links every item, in ship-date order (undated last; the given order breaks ties), against one running
 * count of stock. Answers in the given order.
 */
export function linkItems(items: readonly LinkItem[], stock: Stock): Linked[] {
  const left = new Map<string, number>();
  const onHandOf = (lot: StockLot) => left.get(lot.key) ?? lot.onHand ?? 0;
  const take = (lot: StockLot, quantity: number) => left.set(lot.key, round(onHandOf(lot) - quantity));
  const order = items.map((_, index) => index).sort((a, b) => byShipDay(items[a]!, items[b]!) || a - b);
  const answers: Linked[] = new Array(items.length);
  for (const index of order) {
    const item = items[index]!;
    answers[index] = item.allocations.length > 0 ? keepByHand(item, stock, onHandOf, take) : propose(item, stock, onHandOf, take);
  }
  return answers;
}

function byShipDay(a: LinkItem, b: LinkItem): number {
  if (a.shipped === b.shipped) return 0;
  if (a.shipped === null) return 1;
  if (b.shipped === null) return -1;
  return a.shipped < b.shipped ? -1 : 1;
}

/** The batches a line of this SKU shipped on this day may come from, first to take first. */
export function usableBatches(stock: Stock, sku: string, shipped: Day | null): StockLot[] {
  const day = shipped ?? '9999-12-31';
  return (stock.byComponent.get(codeKey(sku)) ?? [])
    .filter((lot) => lot.kind === 'batch' && whyUnusable(lot, day) === null)
    .sort(fefoOrder);
}

function propose(
  item: LinkItem,
  stock: Stock,
  onHandOf: (lot: StockLot) => number,
  take: (lot: StockLot, quantity: number) => void,
): Linked {
  const what = `${item.quantity} of ${item.sku || 'an unknown SKU'}`;
  if (item.sku.trim() === '') return { ok: false, message: `the line has no SKU: ${LINK_BY_HAND}.`, warnings: [] };
  if (!(item.quantity > 0)) return { ok: false, message: `the quantity ${item.quantity} cannot be shipped from a batch.`, warnings: [] };
  const batches = usableBatches(stock, item.sku, item.shipped).filter((lot) => onHandOf(lot) > 0);
  const available = round(batches.reduce((sum, lot) => sum + onHandOf(lot), 0));
  if (available < item.quantity) {
    const when = item.shipped ? ` on ${item.shipped}` : '';
    const had =
      available > 0
        ? `only ${available} of ${item.sku} was on hand${when} in Released, unexpired batches`
        : `no Released, unexpired batch of ${item.sku} had stock${when}`;
    // A batch left out because its on hand cannot be counted may be the one it shipped from.
    const uncounted = (stock.byComponent.get(codeKey(item.sku)) ?? []).filter((lot) => lot.kind === 'batch' && lot.onHand === null);
    const codes = uncounted.map((lot) => lot.code);
    const unknown =
      codes.length === 0
        ? ''
        : ` (the on hand of ${namedFew(codes, 3)} cannot be counted: a quantity in ${codes.length === 1 ? 'its' : 'their'} rows cannot be read)`;
    return { ok: false, message: `${what} cannot be linked: ${had}${unknown}; ${LINK_BY_HAND}.`, warnings: [] };
  }
  const allocations: Allocation[] = [];
  let rest = item.quantity;
  for (const lot of batches) {
    if (rest <= 0) break;
    const quantity = Math.min(rest, onHandOf(lot));
    allocations.push({ batchCode: lot.code, quantity });
    take(lot, quantity);
    rest = round(rest - quantity);
  }
  return { ok: true, allocations, warnings: [], belowZero: [] };
}

function keepByHand(
  item: LinkItem,
  stock: Stock,
  onHandOf: (lot: StockLot) => number,
  take: (lot: StockLot, quantity: number) => void,
): Linked {
  const warnings: string[] = [];
  const belowZero: BelowZeroConfirmed[] = [];
  for (const allocation of item.allocations) {
    const lot = stock.lots.get(codeKey(allocation.batchCode));
    if (!lot) continue; // checkAllocations says so
    // Nobody can say it goes below zero, nor that it has enough: said, never counted from 0.
    if (lot.onHand === null) {
      warnings.push(uncountedWarning(lot.code, allocation.quantity));
      continue;
    }
    take(lot, allocation.quantity);
    const after = onHandOf(lot);
    if (after < 0) {
      warnings.push(belowZeroWarning(lot.code, after));
      belowZero.push({ batchCode: lot.code, onHand: after });
    }
  }
  return { ok: true, allocations: [...item.allocations], warnings, belowZero };
}

/** The warning a hand-picked batch whose on hand cannot be counted gets. */
export function uncountedWarning(batchCode: string, quantity: number): string {
  return `${batchCode}'s on hand cannot be counted (a quantity in its rows cannot be read: Check my records lists it), so whether it had ${quantity} left is not known.`;
}

/** The warning a hand-picked batch taken below zero gets; saving looks for the same words. */
export function belowZeroWarning(batchCode: string, onHand: number): string {
  return `${batchCode} would have ${onHand} on hand after this: more is shipped than was made.`;
}

/** A batch a save takes below zero that the maker confirmed: what the Log row says. */
export interface TakenBelowZero {
  batchCode: string;
  onHand: number;
}

export interface BelowZeroCheck {
  /** Per item (by its index), why it may not be saved now. */
  problems: { index: number; batchCode: string; message: string }[];
  /** The batches taken below zero as the maker confirmed, with their on hand after the save. */
  confirmed: TakenBelowZero[];
}

/**
 * Which batches these items, saved together, take below zero (on hand after all of them, counted from
 * stock as it is now), and whether the maker confirmed each: a batch is saved that far below zero only
 * when the sidebar showed it at that on hand or lower. Every item taking from a batch refused is named.
 */
export function checkBelowZero(
  items: readonly LinkItem[],
  stock: Stock,
  confirmed: readonly BelowZeroConfirmed[],
  previewAgain: string,
): BelowZeroCheck {
  const taken = new Map<string, number>();
  for (const item of items)
    for (const allocation of item.allocations) {
      const key = codeKey(allocation.batchCode);
      if (stock.lots.has(key)) taken.set(key, (taken.get(key) ?? 0) + allocation.quantity);
    }
  const shown = new Map(confirmed.map((seen) => [codeKey(seen.batchCode), round(seen.onHand)]));
  const check: BelowZeroCheck = { problems: [], confirmed: [] };
  const refused = new Map<string, string>();
  for (const [key, quantity] of taken) {
    const lot = stock.lots.get(key)!;
    // Uncounted: not known to go below zero (the preview said so as a warning).
    if (lot.onHand === null) continue;
    const after = round(lot.onHand - quantity);
    if (after >= 0) continue;
    const seen = shown.get(key);
    if (seen !== undefined && after >= seen) check.confirmed.push({ batchCode: lot.code, onHand: after });
    else if (seen === undefined)
      refused.set(
        key,
        `${lot.code} would have ${after} on hand after this: more shipped than was made, and the preview did not show that (was more shipped from it since?). Pick another batch, or ${previewAgain}.`,
      );
    else
      refused.set(
        key,
        `${lot.code} would have ${after} on hand after this, not the ${seen} confirmed: more was shipped from it since. Pick another batch, or ${previewAgain}.`,
      );
  }
  items.forEach((item, index) => {
    const keys = new Set(item.allocations.map((allocation) => codeKey(allocation.batchCode)));
    for (const key of keys) {
      const message = refused.get(key);
      if (message !== undefined) check.problems.push({ index, batchCode: stock.lots.get(key)!.code, message });
    }
  });
  return check;
}

/** The Log's words for batches taken below zero as confirmed ("" when none). */
export function describeBelowZero(taken: readonly TakenBelowZero[]): string {
  if (taken.length === 0) return '';
  const batches = taken.map((batch) => `${batch.batchCode} (${batch.onHand} on hand)`).join(', ');
  return `; took ${batches} below zero, as the maker confirmed`;
}

/**
 * What is wrong with a line's batches as picked (several sentences, or none): a batch that does not
 * exist, of another SKU, amounts that do not add up to the line's quantity.
 */
export function checkAllocations(item: LinkItem, stock: Stock): string[] {
  const problems: string[] = [];
  if (item.allocations.length === 0) problems.push(`no batch is picked for ${item.quantity} of ${item.sku}: ${LINK_BY_HAND}.`);
  let total = 0;
  for (const allocation of item.allocations) {
    total += allocation.quantity;
    const lot = stock.lots.get(codeKey(allocation.batchCode));
    if (!(allocation.quantity > 0)) problems.push(`${allocation.quantity} of ${allocation.batchCode} is not a quantity to ship.`);
    if (!lot) problems.push(`there is no batch ${allocation.batchCode} in Batches or Receipts.`);
    else if (lot.kind !== 'batch') problems.push(`${lot.code} is a lot of ${lot.component} received, not a batch of ${item.sku}.`);
    else if (codeKey(lot.component) !== codeKey(item.sku)) problems.push(`batch ${lot.code} is of ${lot.component}, not ${item.sku}.`);
    else if (lot.status !== '' && lot.status.toLowerCase() !== 'released')
      problems.push(`batch ${lot.code} is ${lot.status}: only a Released batch ships (release it on Batches first, if it did ship).`);
  }
  if (item.allocations.length > 0 && round(total) !== round(item.quantity))
    problems.push(`the batches picked add up to ${round(total)}, but the line ships ${item.quantity}.`);
  return problems;
}

/** The batches of these SKUs a maker may pick from, with their stock before this plan. */
export function batchChoices(stock: Stock, skus: Iterable<string>): BatchChoice[] {
  const choices: BatchChoice[] = [];
  const seen = new Set<string>();
  for (const sku of skus) {
    const key = codeKey(sku);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    for (const lot of [...(stock.byComponent.get(key) ?? [])].sort(fefoOrder)) {
      if (lot.kind !== 'batch' || lot.code === '') continue;
      choices.push({
        sku: lot.component,
        batchCode: lot.code,
        made: lot.since,
        expires: lot.expires,
        status: lot.status || 'Released',
        onHand: lot.onHand,
      });
    }
  }
  return choices;
}
