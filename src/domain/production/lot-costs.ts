// What a lot or a batch a production run takes costs a unit, for the sidebar to show the run's cost as the
// maker picks lots, and for the save to write Batches Cost and Unit cost. A receipt lot: its Receipts Cost
// over its Quantity. A sub-assembly batch: the cost of its own Batch inputs over its quantity made, at any
// depth — what its row says counts only when no input was recorded (../cost, as the Batch costs report).
// A lot without a cost is never 0: its CostPerUnit has perUnit null and says why.
import { codeKey } from '../codes';
import { CostBook, runCost, type CostPerUnit, type RunCost } from '../cost';
import { rowText, type TypedRow } from '../rows';
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

/**
 * A cost-per-unit lookup over the tables: undefined for a code that is neither a lot nor a batch. The
 * Batch costs report's book (../cost), so a run is costed in the sidebar, at its save and in the report
 * by one rule; rows of only some lots do, as long as every row of those lots and their inputs is there.
 */
export function lotCosts(tables: CostedTables): (code: string) => CostPerUnit | undefined {
  const book = new CostBook(tables);
  return (code) => book.costPerUnit(code);
}

/** The batches among `codes`: a reader of only some rows reads their Batch inputs next (a batch is costed from its inputs). */
export function batchesCostedFromInputs(batches: readonly TypedRow[], codes: Iterable<string>): TypedRow[] {
  const wanted = new Set([...codes].map(codeKey));
  return batches.filter((row) => wanted.has(codeKey(rowText(row, 'batchCode'))));
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
