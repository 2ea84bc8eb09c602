// The cost of goods shipped, month by month: each order line's quantity × the unit cost of the very batch
// it was shipped from — beside what an average-cost method would have said, so the maker sees what
// costing by average hides (Craftybase and Katana cost orders at an average).
//
// The average-cost method, as this report defines it: a product's average unit cost is the total cost of
// all its batches costed in full ÷ their total quantity made (a weighted average over every batch, not a
// rolling one); an order line then costs its quantity × its product's average. A batch whose quantity is
// counted in a unit of another kind than the product's first costed batch is left out of that average.
import { codeKey } from '../codes';
import { rowDay, rowNumber, rowText, type TypedRow } from '../rows';
import { convert, type Unit } from '../units';
import { roundCents, type CostBook } from './lot-cost';

export interface MonthCost {
  /** "2023-09". */
  month: string;
  lines: number;
  /** Σ quantity × the batch's unit cost; null when any line's batch cost is unknown (never a partial sum). */
  real: number | null;
  /** The same lines at their product's average unit cost; null when a product has no costed batch. */
  average: number | null;
  /** Lines whose batch cost is unknown, and the batch codes behind them (each once, in order met). */
  unknownLines: number;
  unknownCodes: string[];
  /** Lines whose product has no average (no batch of it costed in full). */
  noAverageLines: number;
}

export interface ShippedCost {
  months: MonthCost[];
  /** Orders rows with no Shipped day: in no month, counted so the report says so. */
  undated: number;
}

interface Average {
  unit: Unit;
  cost: number;
  quantity: number;
}

/** Orders rows need shipped, batchCode and quantity. */
export function shippedCost(book: CostBook, orders: readonly TypedRow[]): ShippedCost {
  const averages = productAverages(book);
  const months = new Map<string, MonthCost & { realSum: number; averageSum: number }>();
  let undated = 0;
  for (const row of orders) {
    const shipped = rowDay(row, 'shipped');
    if (shipped === null) {
      undated++;
      continue;
    }
    const month = shipped.slice(0, 7);
    let entry = months.get(month);
    if (!entry) {
      entry = {
        month,
        lines: 0,
        real: null,
        average: null,
        unknownLines: 0,
        unknownCodes: [],
        noAverageLines: 0,
        realSum: 0,
        averageSum: 0,
      };
      months.set(month, entry);
    }
    entry.lines++;
    const code = rowText(row, 'batchCode');
    const quantity = rowNumber(row, 'quantity');
    const cost = code === '' ? undefined : book.costPerUnit(code);
    if (quantity === null || !cost || cost.perUnit === null) {
      entry.unknownLines++;
      const named = code === '' ? `no batch code (Orders row ${row.row})` : code;
      if (entry.unknownCodes.length < 50 && !entry.unknownCodes.includes(named)) entry.unknownCodes.push(named);
    } else entry.realSum += quantity * cost.perUnit;
    // An order line has no unit of its own: its quantity is in the unit of the batch shipped.
    const sku = code === '' ? undefined : book.batchCost(code)?.sku;
    const average = sku === undefined ? undefined : averages.get(codeKey(sku));
    const inAverageUnit = quantity !== null && cost?.unit && average ? convert(quantity, cost.unit, average.unit) : null;
    if (inAverageUnit === null || !average) entry.noAverageLines++;
    else entry.averageSum += (inAverageUnit * average.cost) / average.quantity;
  }
  const sorted = [...months.values()].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  return {
    months: sorted.map(({ realSum, averageSum, ...month }) => ({
      ...month,
      real: month.unknownLines === 0 ? roundCents(realSum) : null,
      average: month.noAverageLines === 0 ? roundCents(averageSum) : null,
    })),
    undated,
  };
}

/** Each product's total cost over its batches costed in full, and their total quantity, in one unit. */
function productAverages(book: CostBook): Map<string, Average> {
  const averages = new Map<string, Average>();
  for (const code of book.batchCodes()) {
    const batch = book.batchCost(code);
    const made = batch?.quantityMade ?? null;
    if (!batch || batch.cost === null || batch.unitCost === null || !batch.unit || made === null || made <= 0) continue;
    const sku = codeKey(batch.sku);
    const average = averages.get(sku);
    if (!average) {
      averages.set(sku, { unit: batch.unit, cost: batch.cost, quantity: made });
      continue;
    }
    const quantity = convert(made, batch.unit, average.unit);
    if (quantity === null) continue;
    average.cost += batch.cost;
    average.quantity += quantity;
  }
  return averages;
}
