// What the sidebar proposes, computed in the page from what loadProductionRun sent once: the catalog
// as the server read it and the lots a run may take. The same domain code as the server's (scaleBom,
// suggestLots, defaultExpiry), so picking a product, a quantity or a date made costs no server call
// and proposes nothing that saving would refuse.
import { codeKey } from '../../src/domain/codes';
import type { Day } from '../../src/domain/days';
import {
  catalogOf,
  defaultExpiry,
  scaleBom,
  stockOf,
  suggestLots,
  type Catalog,
  type LineSuggestion,
  type Product,
  type Stock,
  type StockLot,
} from '../../src/domain/production';
import { offeredStockLots, type ProductionSetup, type RunProblem } from '../../src/contract/production';
import { runCost, type CostPerUnit, type RunCost } from '../../src/domain/cost';
import { parseUnit } from '../../src/domain/units';

export interface Proposal {
  product: Product;
  lines: LineSuggestion[];
  /** The product or its BoM needs fixing in the sheets, or the quantity is not one to make. */
  problems: RunProblem[];
}

export class RunPlan {
  readonly catalog: Catalog;
  private stock: Stock;
  /** Usable lots not sent, per component key. */
  private more = new Map<string, number>();
  /** Why lots not sent cannot be taken, and how many more there are, per component key. */
  private withheld = new Map<string, { reasons: string[]; more: number }>();
  /** Each offered lot's cost per unit, or why it has none, by code key. */
  private costs = new Map<string, CostPerUnit>();

  constructor(setup: ProductionSetup) {
    this.catalog = catalogOf(setup.catalog);
    this.stock = stockOf([]);
    this.useStock(setup.stock);
  }

  /** Lots loaded again for another first day (an earlier date made). */
  useStock(offered: ProductionSetup['stock']): void {
    this.stock = stockOf(offered.flatMap(offeredStockLots));
    this.more = new Map(offered.map((component) => [component.component, component.more]));
    this.withheld = new Map(
      offered.map((component) => [component.component, { reasons: component.withheld ?? [], more: component.withheldMore ?? 0 }]),
    );
    this.costs = new Map();
    for (const component of offered)
      component.lots.forEach(([code, , , , , unit], index) => {
        const cost = component.costs?.[index];
        if (cost === undefined) return;
        const known = typeof cost === 'number';
        // The server's sentences say which lot lacks a cost and where: shown as they are.
        const missing = known ? [] : cost.map((why) => ({ code: '', sheet: 'Receipts' as const, row: null, why }));
        this.costs.set(codeKey(code), { code, unit: parseUnit(unit), perUnit: known ? cost : null, missing });
      });
  }

  /** What the chosen lots cost, by the same sum the save writes (null figures when one has no cost). */
  cost(inputs: readonly { lot: string; quantity: number; unit: string }[], quantityMade: number | null): RunCost {
    const uses = inputs.map((input) => ({ lot: input.lot, quantity: input.quantity, unit: parseUnit(input.unit) }));
    return runCost(uses, quantityMade, (code) => this.costs.get(codeKey(code)));
  }

  products(): Product[] {
    return this.catalog.allProducts();
  }

  /** The BoM scaled to the quantity, each line with lots proposed for a run made on `made`. */
  propose(sku: string, quantityToMake: number, made: Day): Proposal | null {
    const product = this.catalog.product(sku);
    if (!product) return null;
    const scaled = scaleBom(product, this.catalog.bomOf(product.sku), quantityToMake);
    const lines = suggestLots(scaled.lines, this.stock, this.catalog, made).map((line) =>
      line.shortfall > 0 ? { ...line, unavailable: [...line.unavailable, ...this.withheldReasons(line.component)] } : line,
    );
    return { product, lines, problems: scaled.problems };
  }

  /** Lots of a component the server did not send (held, used up, expired before the first day), said by why. */
  private withheldReasons(component: string): string[] {
    const withheld = this.withheld.get(codeKey(component));
    if (!withheld) return [];
    const more = withheld.more > 0 ? [`${withheld.more} older lot${withheld.more === 1 ? ' is' : 's are'} not usable either.`] : [];
    return [...withheld.reasons, ...more];
  }

  lot(code: string): StockLot | undefined {
    return this.stock.lots.get(codeKey(code));
  }

  /** How many usable lots of a component the sidebar was not sent (the first ones in FEFO order were). */
  notListed(component: string): number {
    return this.more.get(codeKey(component)) ?? 0;
  }

  /** The earlier of the shelf life and the soonest expiry of the chosen lots. */
  expiry(product: Product, made: Day, chosenLots: readonly string[]): Day | null {
    return defaultExpiry(
      made,
      product.shelfLifeDays,
      chosenLots.map((code) => this.lot(code)?.expires ?? null),
    );
  }
}
