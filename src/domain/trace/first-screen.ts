// The first screen of a trace report (traceability.md, "The answer first"): whether the trace is
// complete — or each thing it could not check —, how many customers to contact of how many bought the
// same products, and how many batches and units are involved. What a maker needs in the first minute
// of a recall, before any table; the tables below hold the detail.
import { codeKey } from '../codes';
import { shownQuantity } from '../on-hand';
import { rowText } from '../rows';
import type { LotBalance, MovementSheet } from './balance';
import type { DetailBook } from './details';
import type { RecallCount } from './report-model';
import type { Trace, TracedLot } from './trace-types';

export interface FirstScreenFacts {
  trace: Trace;
  book: DetailBook;
  balances: ReadonlyMap<string, LotBalance>;
  recall: RecallCount;
  notChecked: readonly string[];
  problems: number;
  /** Why the batches reached may be more than found (a missing sheet or column, named); empty when all were read. */
  unknownBatches: readonly string[];
  /** The same for the lots in what was traced. */
  lotsIn: string;
}

/** The sentences under the report's title, the status first. */
export function firstScreenLines(facts: FirstScreenFacts): string[] {
  const { trace, notChecked, recall } = facts;
  const lines = [statusLine(notChecked), ...notChecked, `To contact: ${recall.line}`];
  lines.push(...batchLines(facts));
  if (trace.direction !== 'forward') lines.push(`Lots in it: ${facts.lotsIn} — see "Source lots".`);
  lines.push(
    facts.problems === 0
      ? 'Problems met on the way: none.'
      : `Problems met on the way: ${facts.problems} — listed under "Problems" with the sheet and row to fix.`,
  );
  return lines;
}

/** "Complete", only when nothing stands between the report and an all-clear (not-checked.ts). */
export function statusLine(notChecked: readonly string[]): string {
  if (notChecked.length === 0) return 'Complete: everything this trace needs could be read.';
  const things = notChecked.length === 1 ? '1 thing' : `${notChecked.length} things`;
  return `NOT COMPLETE — ${things} could not be checked, so more batches or customers may be affected:`;
}

/**
 * How many batches, of which products, and their units made, shipped and on hand: the batches traced
 * (a batch code, or the batches an order shipped) and every batch made with what was traced.
 */
function batchLines(facts: FirstScreenFacts): string[] {
  const { trace } = facts;
  const involved = new Map<string, TracedLot>();
  for (const lot of [...trace.backward.filter((lot) => lot.level === 0), ...trace.forward]) {
    if (lot.batchRows.length > 0 && !involved.has(lot.key)) involved.set(lot.key, lot);
  }
  const batches = [...involved.values()];
  const unknown = trace.direction === 'backward' ? [] : facts.unknownBatches;
  const maybeMore = unknown.length > 0 ? `, maybe more: ${unknown.join('; ')}` : '';
  if (batches.length === 0) {
    return [
      unknown.length === 0 ? 'Batches involved: none — no batch was made with it.' : `Batches involved: not known: ${unknown.join('; ')}.`,
    ];
  }
  // One product however its SKU is typed ("LSOAP", "lsoap "), named as first written (workbook.md, Codes).
  const bySku = new Map<string, { sku: string; lots: TracedLot[] }>();
  for (const lot of batches) {
    const batch = lot.batchRows.map((row) => facts.book.row('batches', row)).find(Boolean);
    const sku = rowText(batch, 'sku') || 'no SKU';
    const group = bySku.get(codeKey(sku)) ?? { sku, lots: [] };
    group.lots.push(lot);
    bySku.set(codeKey(sku), group);
  }
  const kinds = [...bySku.values()].map(({ sku, lots }) => `${lots.length} of ${sku}`);
  const count = kinds.length === 1 ? kinds[0] : `${batches.length} (${kinds.join(', ')})`;
  const lines = [`Batches involved: ${count}${maybeMore}.`];
  for (const { sku, lots } of bySku.values()) lines.push(`${sku}: ${unitsLine(lots.map((lot) => facts.balances.get(lot.key)))}.`);
  return lines;
}

/**
 * "300 pcs made, 170 shipped, 12 used in other batches, 118 on hand", summed over the batches of one
 * unit. A movement whose sheet could not be read is "not known", never 0 (balance.ts, notCounted).
 */
function unitsLine(balances: readonly (LotBalance | undefined)[]): string {
  type Sum = {
    made: number;
    /** Batches whose Quantity made could not be read: never a 0 in its place. */
    madeUnread: number;
    moved: Record<MovementSheet, number>;
    unread: Set<MovementSheet>;
    /** Movements with a quantity that could not be counted: the sum is a floor. */
    partial: Set<MovementSheet>;
    onHand: number;
    onHandKnown: boolean;
  };
  const units = new Map<string, Sum>();
  for (const balance of balances) {
    const unit = balance?.unit?.symbol ?? 'units';
    const sum: Sum = units.get(unit) ?? {
      made: 0,
      madeUnread: 0,
      moved: { orders: 0, batchInputs: 0, waste: 0 },
      unread: new Set(),
      partial: new Set(),
      onHand: 0,
      onHandKnown: true,
    };
    if (balance?.quantityIn === null || balance?.quantityIn === undefined) sum.madeUnread += 1;
    else sum.made += balance.quantityIn;
    sum.moved.orders += balance?.shipped ?? 0;
    sum.moved.batchInputs += balance?.used ?? 0;
    sum.moved.waste += balance?.wasted ?? 0;
    for (const sheet of balance?.notCounted ?? []) sum.unread.add(sheet);
    for (const sheet of balance?.partial ?? []) sum.partial.add(sheet);
    if (!balance || balance.onHand === null || !balance.complete || balance.notCounted.length > 0) sum.onHandKnown = false;
    else sum.onHand += balance.onHand;
    units.set(unit, sum);
  }
  return [...units.entries()]
    .map(([unit, sum]) => {
      const unread = sum.madeUnread === 1 ? "one batch's Quantity made not read" : `${sum.madeUnread} batches' Quantity made not read`;
      const parts = [
        sum.madeUnread === 0
          ? `${shown(sum.made)} ${unit} made`
          : sum.made > 0
            ? `at least ${shown(sum.made)} ${unit} made (${unread})`
            : `made not known (${unread})`,
      ];
      for (const [sheet, words] of MOVEMENT_WORDS) {
        if (sum.unread.has(sheet)) parts.push(`${words} not known`);
        else if (sum.partial.has(sheet)) parts.push(`at least ${shown(sum.moved[sheet])} ${words} (a quantity not read)`);
        else if (sum.moved[sheet] !== 0 || (sheet === 'orders' && sum.moved.batchInputs === 0))
          parts.push(`${shown(sum.moved[sheet])} ${words}`);
      }
      parts.push(sum.onHandKnown ? `${shown(sum.onHand)} on hand` : 'on hand not known (see "Mass balance")');
      return parts.join(', ');
    })
    .join('; ');
}

const MOVEMENT_WORDS: readonly [MovementSheet, string][] = [
  ['orders', 'shipped'],
  ['batchInputs', 'used in other batches'],
  ['waste', 'wasted'],
];

function shown(quantity: number): string {
  return String(shownQuantity(quantity));
}
