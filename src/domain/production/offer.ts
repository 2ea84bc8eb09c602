// The stock a production-run sidebar is sent once, when it opens, so that picking a product, changing
// the quantity or the date made proposes lots in the sidebar itself with suggestLots, without asking
// the server again. Only lots a run could take are sent — of a component on some BoM, usable status,
// countable, something on hand, not expired before the first day the sidebar may be run for — and of
// each component only the first ones in FEFO order: a maker takes the oldest stock first, and a
// workbook at the Sheets ceiling holds tens of thousands of open lots. Of the others only why the
// newest few cannot be taken is sent, for a line short of stock to say. Saving checks everything again.
import { codeKey } from '../codes';
import type { Day } from '../days';
import type { Catalog } from './catalog';
import type { Stock, StockLot } from './stock';
import { fefoOrder, whyUnusable } from './usable';

/** Lots offered per component: more than any run splits a line across, few enough to send at the ceiling. */
export const LOTS_OFFERED_PER_COMPONENT = 20;

/** Lots of a component the sidebar is not sent, said at its line when stock falls short, newest first. */
export const LOTS_WITHHELD_PER_COMPONENT = 5;

export interface ComponentOffer {
  /** codeKey of the material code or SKU. */
  key: string;
  /** The first usable lots in FEFO order. */
  lots: StockLot[];
  /** Usable lots beyond those, not sent. */
  more: number;
  /**
   * Why the newest lots not sent cannot be taken — held, used up, expired by the first day — so a line
   * short of stock can say why ("lot OLV-0923-01 is Quarantined."). One sentence a lot.
   */
  withheld: string[];
  /** Lots not sent beyond those. */
  withheldMore: number;
}

/**
 * Lots of `stock` a run made on `from` or later may take for a BoM of `catalog`. A lot received after
 * `from` is kept (usable for a later date made); an expired one is not (never usable again).
 */
export function lotsToOffer(stock: Stock, catalog: Catalog, from: Day, perComponent = LOTS_OFFERED_PER_COMPONENT): ComponentOffer[] {
  const components = new Set<string>();
  for (const product of catalog.allProducts()) for (const line of catalog.bomOf(product.sku)) components.add(codeKey(line.component));
  const offered: ComponentOffer[] = [];
  for (const key of components) {
    const usable: StockLot[] = [];
    const withheld: { lot: StockLot; reason: string }[] = [];
    for (const lot of stock.byComponent.get(key) ?? []) {
      // Judged on the lot's own receipt day when it came later, so only status, expiry and counting decide.
      const reason = whyUnusable(lot, lot.since !== null && lot.since > from ? lot.since : from) ?? usedUp(lot);
      if (reason === null) usable.push(lot);
      else withheld.push({ lot, reason });
    }
    if (usable.length === 0 && withheld.length === 0) continue;
    const lots = usable.sort(fefoOrder).slice(0, perComponent);
    // The newest first: the lots a maker would expect to still have.
    withheld.sort((a, b) => -fefoOrder(a.lot, b.lot));
    const said = withheld.slice(0, LOTS_WITHHELD_PER_COMPONENT);
    offered.push({
      key,
      lots,
      more: usable.length - lots.length,
      withheld: said.map((entry) => capitalized(entry.reason)),
      withheldMore: withheld.length - said.length,
    });
  }
  return offered;
}

/** A usable lot with nothing left of it. */
function usedUp(lot: StockLot): string | null {
  if (lot.onHand !== null && lot.onHand > 0) return null;
  return `${lot.kind === 'lot' ? 'lot' : 'batch'} ${lot.code} is used up.`;
}

function capitalized(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/**
 * A Stock made of offered lots only, for suggestLots in the sidebar. It knows no Batch IDs and no
 * other codes: the sidebar proposes, the server allocates.
 */
export function stockOf(lots: readonly StockLot[]): Stock {
  const byKey = new Map<string, StockLot>();
  const byComponent = new Map<string, StockLot[]>();
  for (const lot of lots) {
    if (byKey.has(lot.key)) continue;
    byKey.set(lot.key, lot);
    const component = codeKey(lot.component);
    const list = byComponent.get(component);
    if (list) list.push(lot);
    else byComponent.set(component, [lot]);
  }
  return { lots: byKey, byComponent, batchIds: new Set(), problems: [] };
}
