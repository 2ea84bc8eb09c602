// What a lot or a batch a production run takes costs a unit, for the sidebar to show the run's cost as the
// maker picks lots, and for the save to write Batches Cost and Unit cost. A receipt lot: its Receipts Cost
// over its Quantity (../cost). A sub-assembly batch: its Batches Unit cost when the cell is filled (what a
// save wrote, or the maker's own figure), else the cost of its own Batch inputs over its quantity made, at
// any depth. A lot without a cost is never 0: its CostPerUnit has perUnit null and says why.
import { codeKey } from '../codes';
import { CostBook, runCost, type CostPerUnit, type InputUse, type MissingCost, type RunCost } from '../cost';
import { batchStockUnit } from '../on-hand';
import { rowNumber, rowText, rowUnit, type TypedRow } from '../rows';
import { parseUnit } from '../units';
import type { BatchRecord, ProductionRunRows } from './run-rows';

/** Typed rows with COSTED_COLUMNS; they may hold only the rows of the lots asked for and of their inputs, recursively. */
export interface CostedTables {
  receipts: readonly TypedRow[];
  batches: readonly TypedRow[];
  batchInputs: readonly TypedRow[];
  products: readonly TypedRow[];
}

export const COSTED_COLUMNS = {
  receipts: ['lotNumber', 'quantity', 'unit', 'cost'],
  batches: ['batchId', 'batchCode', 'sku', 'quantityMade', 'unit', 'cost', 'unitCost'],
  batchInputs: ['batchId', 'lot', 'quantity', 'unit'],
} as const;

/** Deeper than any real BoM: beyond it a chain of batches is a mistake, not a recipe. */
const MAX_DEPTH = 50;

/** A cost-per-unit lookup over the tables: undefined for a code that is neither a lot nor a batch. */
export function lotCosts(tables: CostedTables): (code: string) => CostPerUnit | undefined {
  const receipts = new CostBook({ receipts: tables.receipts, batches: [], batchInputs: [], products: [] });
  const products = new Map(tables.products.map((row) => [codeKey(rowText(row, 'sku')), row]));
  const batches = new Map<string, TypedRow>();
  const idToCode = new Map<string, string>();
  for (const row of tables.batches) {
    const key = codeKey(rowText(row, 'batchCode'));
    if (key === '' || batches.has(key)) continue;
    batches.set(key, row);
    idToCode.set(codeKey(rowText(row, 'batchId')), key);
  }
  const inputs = new Map<string, InputUse[]>();
  for (const row of tables.batchInputs) {
    const batch = idToCode.get(codeKey(rowText(row, 'batchId')));
    const quantity = rowNumber(row, 'quantity');
    if (batch === undefined || quantity === null) continue;
    const list = inputs.get(batch) ?? [];
    list.push({ lot: rowText(row, 'lot'), quantity, unit: rowUnit(row, 'unit') });
    inputs.set(batch, list);
  }
  const done = new Map<string, CostPerUnit | undefined>();
  const costOf = (code: string, path: readonly string[]): CostPerUnit | undefined => {
    const key = codeKey(code);
    const receipt = receipts.costPerUnit(code);
    if (receipt) return receipt;
    if (done.has(key)) return done.get(key);
    const row = batches.get(key);
    if (!row) return undefined;
    const written = rowText(row, 'batchCode');
    const unit = batchStockUnit(row, products.get(codeKey(rowText(row, 'sku'))));
    const where = (why: string): MissingCost => ({ code: written, sheet: 'Batches', row: row.row, why });
    const unitCost = rowNumber(row, 'unitCost');
    let cost: CostPerUnit;
    if (unitCost !== null) cost = { code: written, unit, perUnit: unitCost, missing: [] };
    else if (path.includes(key) || path.length > MAX_DEPTH)
      cost = { code: written, unit, perUnit: null, missing: [where('is among its own inputs, through other batches')] };
    else {
      const used = inputs.get(key) ?? [];
      const typed = rowNumber(row, 'cost');
      const made = rowNumber(row, 'quantityMade');
      if (used.length === 0 && typed !== null && made !== null && made > 0)
        cost = { code: written, unit, perUnit: typed / made, missing: [] };
      else if (used.length === 0) cost = { code: written, unit, perUnit: null, missing: [where('has no Batch inputs and no Unit cost')] };
      else {
        const total = runCost(used, made, (lot) => costOf(lot, [...path, key]));
        const missing = [...total.missing];
        if (total.unitCost === null && missing.length === 0) missing.push(where('has no quantity made'));
        cost = { code: written, unit, perUnit: missing.length === 0 ? total.unitCost : null, missing };
      }
    }
    done.set(key, cost);
    return cost;
  };
  return (code) => costOf(code, []);
}

/** The batch codes among `codes` whose cost comes from their inputs: a reader of only some rows reads those next. */
export function batchesCostedFromInputs(batches: readonly TypedRow[], codes: Iterable<string>): TypedRow[] {
  const wanted = new Set([...codes].map(codeKey));
  return batches.filter((row) => wanted.has(codeKey(rowText(row, 'batchCode'))) && rowNumber(row, 'unitCost') === null);
}

/** The run's rows with Batches Cost and Unit cost filled from its inputs, or blank with why when one has no cost. */
export function costRun(
  rows: ProductionRunRows,
  costOf: (code: string) => CostPerUnit | undefined,
): { rows: ProductionRunRows; cost: RunCost } {
  const [batch] = rows.batches;
  const inputs = rows.batchInputs.map((input) => ({ lot: input.lot, quantity: input.quantity, unit: parseUnit(input.unit) }));
  const cost = runCost(inputs, batch.quantityMade, costOf);
  // The unit cost to a hundredth of a cent: a soap bar's 0.4125 stays exact, float dust does not reach the cell.
  const unitCost = cost.unitCost === null ? null : Math.round(cost.unitCost * 1e4) / 1e4;
  const costed = { ...batch, cost: cost.cost ?? '', unitCost: cost.cost === null ? '' : (unitCost ?? '') } as BatchRecord;
  return { rows: { ...rows, batches: [costed] }, cost: { ...cost, unitCost } };
}
