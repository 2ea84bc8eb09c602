// The lots the sidebar proposes for each BoM line: usable lots of the line's component in FEFO order
// (FIFO when none has an expiry date), taking from the first until the line is covered and splitting
// it across the next ones when one is not enough. What all usable stock cannot cover is a shortfall,
// with why the other lots cannot be taken that day (expired by then, held, used up).
import { codeKey } from '../codes';
import type { Day } from '../days';
import { round } from '../on-hand';
import { convert, type Unit } from '../units';
import type { Catalog, ComponentKind } from './catalog';
import type { ScaledLine } from './scale';
import type { Stock, StockLot } from './stock';
import { fefoOrder, whyUnusable } from './usable';

/** One lot the maker may take for a line, in the line's unit. */
export interface LotSuggestion {
  /** Lot number or batch code as first written. */
  code: string;
  /** Received (material lot) or made (batch). */
  since: Day | null;
  expires: Day | null;
  /** What is left of it for this line, in the line's unit (after earlier lines of the same run took theirs). */
  onHand: number;
  /** Proposed for this line, in the line's unit; 0 for a lot offered but not needed. */
  quantity: number;
}

export interface LineSuggestion {
  bomRow: number;
  /** Material code or sub-assembly SKU, as written in the BoM. */
  component: string;
  /** The material's or product's name. */
  name: string;
  kind: ComponentKind;
  /** Scaled quantity the line needs. */
  quantity: number;
  /** The BoM line's unit symbol: every quantity of the line is in it. */
  unit: string;
  /** Every usable lot with stock, in the order to take them; the first ones carry the proposal. */
  lots: LotSuggestion[];
  /** Needed but not in usable stock, in the line's unit; 0 when covered. */
  shortfall: number;
  /**
   * When short: why the component's other lots in the stock cannot go into a run made that day —
   * expired by then, received after it, held, used up — one sentence a lot, newest first.
   */
  unavailable: string[];
  /** Sentences for the maker besides the shortfall: lots left out because their unit does not convert… */
  problems: string[];
}

/**
 * Lots for each scaled BoM line of a run made on `made`. A lot two lines share (the same component
 * twice) is not proposed twice: a later line sees what the earlier ones left.
 */
export function suggestLots(lines: readonly ScaledLine[], stock: Stock, catalog: Catalog, made: Day): LineSuggestion[] {
  // Taken by earlier lines, in each lot's own unit.
  const taken = new Map<string, number>();
  return lines.map((line) => {
    const kind = catalog.componentKind(line.component);
    const problems: string[] = [];
    if (kind === 'material' && !catalog.material(line.component)) {
      problems.push(`${line.component} is neither a material code on Materials nor a SKU on Products.`);
    }
    const candidates: { lot: StockLot; unit: Unit; available: number }[] = [];
    for (const lot of usableLots(stock, line.component, kind, made)) {
      if (lot.unit === null || lot.onHand === null) continue; // never usable: see whyUnusable
      const available = convert(lot.onHand - (taken.get(lot.key) ?? 0), lot.unit, line.unit);
      if (available === null) {
        problems.push(
          `${lot.code} is kept in ${lot.unit.symbol} and this line is in ${line.unit.symbol}: ${lot.unit.kind} and ${line.unit.kind} do not convert, so it is not offered.`,
        );
      } else if (round(available) > 0) candidates.push({ lot, unit: lot.unit, available: round(available) });
    }

    let need = line.quantity;
    const lots = candidates.map(({ lot, unit, available }) => {
      const quantity = round(Math.min(need, available));
      need = round(need - quantity);
      if (quantity > 0) taken.set(lot.key, (taken.get(lot.key) ?? 0) + (convert(quantity, line.unit, unit) ?? 0));
      return { code: lot.code, since: lot.since, expires: lot.expires, onHand: available, quantity };
    });
    return {
      bomRow: line.bomRow,
      component: line.component,
      name: catalog.componentName(line.component),
      kind,
      quantity: line.quantity,
      unit: line.unit.symbol,
      lots,
      shortfall: need,
      unavailable: need > 0 ? whyNotAvailable(stock, line.component, kind, made) : [],
      problems,
    };
  });
}

/** Why each lot of a component that a run made on `made` cannot take is left out, newest first. */
export function whyNotAvailable(stock: Stock, component: string, kind: ComponentKind, made: Day): string[] {
  const wanted = kind === 'material' ? 'lot' : 'batch';
  const reasons: string[] = [];
  const lots = (stock.byComponent.get(codeKey(component)) ?? []).filter((lot) => lot.kind === wanted);
  for (const lot of [...lots].sort((a, b) => -fefoOrder(a, b))) {
    const reason = whyUnusable(lot, made) ?? ((lot.onHand as number) <= 0 ? `${wanted} ${lot.code} is used up.` : null);
    if (reason) reasons.push(reason.charAt(0).toUpperCase() + reason.slice(1));
  }
  return reasons;
}

/** Receipt lots of a material, or batches of a product, a run made on `made` may take; FEFO order. */
export function usableLots(stock: Stock, component: string, kind: ComponentKind, made: Day): StockLot[] {
  const wanted = kind === 'material' ? 'lot' : 'batch';
  return (stock.byComponent.get(codeKey(component)) ?? [])
    .filter((lot) => lot.kind === wanted && whyUnusable(lot, made) === null && (lot.onHand as number) > 0)
    .sort(fefoOrder);
}
