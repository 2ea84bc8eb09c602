// The real cost of a batch: what the lots it used cost, lot by lot, instead of an average. A receipt
// lot costs its Receipts Cost over its Quantity (per its own unit); a batch costs the sum over its Batch
// inputs of quantity × the input's cost per unit, and a sub-assembly batch's cost per unit comes from
// its own inputs, at any depth — a Cost or Unit cost written in its row counts only for a batch whose
// inputs were never recorded. The production sidebar and its save cost runs with this same book. A lot
// without a cost is never taken as 0: the figure is incomplete and says which lots (sheet and row) are
// missing, so the maker can fill them in.
import { codeKey } from '../codes';
import { rowNumber, rowText, rowUnit, type TypedRow } from '../rows';
import { convert, PIECES, type Unit } from '../units';
import { findLoops } from '../trace/loops';

/** Typed rows of the columns COST_COLUMNS names (the sheets layer's cost-reader). */
export interface CostTables {
  receipts: readonly TypedRow[];
  batches: readonly TypedRow[];
  batchInputs: readonly TypedRow[];
  /** For a batch without a Unit: its product's unit. */
  products: readonly TypedRow[];
  /** Receipts rows whose Cost cell could not be read: named "unreadable", not "blank". */
  unreadableCostRows?: ReadonlySet<number>;
}

export const COST_COLUMNS = {
  receipts: ['lotNumber', 'quantity', 'unit', 'cost'],
  batches: ['batchId', 'batchCode', 'sku', 'quantityMade', 'unit', 'cost', 'unitCost'],
  batchInputs: ['batchId', 'lot', 'quantity', 'unit'],
  products: ['sku', 'unit'],
} as const;

/** A lot whose cost is not known, said so the maker can find the cell. */
export interface MissingCost {
  /** Lot number or batch code as written. */
  code: string;
  sheet: 'Receipts' | 'Batches' | 'Batch inputs';
  row: number | null;
  why: string;
}

/** The cost of one unit of a lot or batch, in its own unit. perUnit is null exactly when something is missing. */
export interface CostPerUnit {
  code: string;
  unit: Unit | null;
  perUnit: number | null;
  missing: MissingCost[];
}

export interface InputUse {
  lot: string;
  quantity: number;
  /** A unit symbol or parsed unit. */
  unit: Unit | null;
}

/** A run's or a batch's cost. cost and unitCost are null when any input lacks a cost (never a partial figure). */
export interface RunCost {
  cost: number | null;
  unitCost: number | null;
  /** The sum of the inputs whose cost is known: shown as "at least", never as the cost. */
  known: number;
  missing: MissingCost[];
}

/**
 * Sum quantity × cost per unit over the inputs. `costOf` gives each input's cost per unit (undefined:
 * the lot is not one we know). The same function costs a run in the sidebar and when it is saved.
 */
export function runCost(
  inputs: readonly InputUse[],
  quantityMade: number | null,
  costOf: (lot: string) => CostPerUnit | undefined,
): RunCost {
  let known = 0;
  const missing: MissingCost[] = [];
  const seen = new Set<string>();
  const miss = (found: MissingCost) => {
    const key = `${codeKey(found.code)}|${found.sheet}|${found.row ?? ''}|${found.why}`;
    if (seen.has(key)) return;
    seen.add(key);
    missing.push(found);
  };
  for (const input of inputs) {
    const lot = costOf(input.lot);
    if (!lot) {
      miss({ code: input.lot, sheet: 'Batch inputs', row: null, why: 'is neither a lot in Receipts nor a batch in Batches' });
      continue;
    }
    if (!input.unit) {
      miss({ code: input.lot, sheet: 'Batch inputs', row: null, why: 'has no Unit to cost its quantity by' });
      continue;
    }
    if (lot.perUnit === null || !lot.unit) {
      for (const each of lot.missing) miss(each);
      continue;
    }
    const quantity = convert(input.quantity, input.unit, lot.unit);
    if (quantity === null) {
      miss({
        code: lot.code,
        sheet: 'Batch inputs',
        row: null,
        why: `is kept by ${lot.unit.kind} (${lot.unit.symbol}): ${input.unit.symbol} cannot be converted to it`,
      });
      continue;
    }
    known += quantity * lot.perUnit;
  }
  const complete = missing.length === 0;
  const cost = complete ? roundCents(known) : null;
  const unitCost = cost !== null && quantityMade !== null && quantityMade > 0 ? cost / quantityMade : null;
  return { cost, unitCost, known: roundCents(known), missing };
}

/** Money to the cent the Cost column holds; float dust (0.30000000000000004) never reaches a cell. */
export function roundCents(amount: number): number {
  return Math.round(amount * 100) / 100;
}

/** Every lot's and batch's cost per unit, by code key; batches costed from their inputs, on demand. */
export class CostBook {
  private readonly lots = new Map<string, CostPerUnit>();
  private readonly batchRows = new Map<string, TypedRow>();
  private readonly inputsOf = new Map<string, { row: number; use: InputUse }[]>();
  /** Batch inputs rows that cannot be costed (no readable Quantity or Unit): never skipped, which would undercount. */
  private readonly unreadableInputs = new Map<string, MissingCost[]>();
  private readonly batchCosts = new Map<string, BatchCost>();
  private readonly inLoop = new Map<string, string[]>();

  constructor(tables: CostTables) {
    for (const row of tables.receipts) {
      const code = rowText(row, 'lotNumber');
      if (code !== '' && !this.lots.has(codeKey(code))) this.lots.set(codeKey(code), receiptCost(row, code, tables.unreadableCostRows));
    }
    const productUnit = new Map(tables.products.map((row) => [codeKey(rowText(row, 'sku')), rowUnit(row, 'unit')]));
    const batchCodeById = new Map<string, string>();
    for (const row of tables.batches) {
      const code = rowText(row, 'batchCode');
      if (code === '' || this.batchRows.has(codeKey(code))) continue;
      const unit = rowUnit(row, 'unit') ?? productUnit.get(codeKey(rowText(row, 'sku'))) ?? PIECES;
      this.batchRows.set(codeKey(code), { ...row, values: { ...row.values, unit } });
      batchCodeById.set(codeKey(rowText(row, 'batchId')), code);
    }
    const edges: { from: string; to: string }[] = [];
    for (const row of tables.batchInputs) {
      const code = batchCodeById.get(codeKey(rowText(row, 'batchId')));
      if (!code) continue;
      const key = codeKey(code);
      const lot = rowText(row, 'lot');
      const quantity = rowNumber(row, 'quantity');
      const unit = rowUnit(row, 'unit');
      edges.push({ from: key, to: codeKey(lot) });
      if (key === codeKey(lot)) this.inLoop.set(key, [code]);
      if (quantity === null || !unit) {
        const why = quantity === null ? 'has no Quantity that can be read' : 'has no Unit that can be read';
        const list = this.unreadableInputs.get(key) ?? [];
        list.push({ code: lot, sheet: 'Batch inputs', row: row.row, why });
        this.unreadableInputs.set(key, list);
        continue;
      }
      const list = this.inputsOf.get(key) ?? [];
      list.push({ row: row.row, use: { lot, quantity, unit } });
      this.inputsOf.set(key, list);
    }
    for (const loop of findLoops(edges))
      for (const key of loop)
        this.inLoop.set(
          key,
          loop.map((each) => this.writtenCode(each)),
        );
  }

  /** A lot's or a batch's cost per unit; undefined for a code that is neither. */
  costPerUnit(code: string): CostPerUnit | undefined {
    const lot = this.lots.get(codeKey(code));
    if (lot) return lot;
    const batch = this.batchCost(code);
    return batch && { code: batch.code, unit: batch.unit, perUnit: batch.unitCost, missing: batch.missing };
  }

  /** The batch's cost from its own inputs (or its Cost cell when no input is recorded); undefined for no batch. */
  batchCost(code: string): BatchCost | undefined {
    const key = codeKey(code);
    if (!this.batchRows.has(key)) return undefined;
    // Sub-assemblies first, deepest first, on a stack of our own: a chain of any depth never overflows
    // the call stack. Loops were found above, so what is left to walk has no cycle and the walk ends.
    const stack = [key];
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as string;
      if (this.batchCosts.has(top)) {
        stack.pop();
        continue;
      }
      const pending = this.inLoop.has(top)
        ? []
        : (this.inputsOf.get(top) ?? [])
            .map((input) => codeKey(input.use.lot))
            .filter((each) => !this.lots.has(each) && this.batchRows.has(each) && !this.batchCosts.has(each));
      if (pending.length > 0) stack.push(...pending);
      else this.batchCosts.set(top, this.costOne(top));
    }
    return this.batchCosts.get(key);
  }

  /** Every batch code, in sheet order. */
  batchCodes(): string[] {
    return [...this.batchRows.values()].map((row) => rowText(row, 'batchCode'));
  }

  /** One batch, its sub-assemblies already costed. */
  private costOne(key: string): BatchCost {
    const row = this.batchRows.get(key) as TypedRow;
    const code = rowText(row, 'batchCode');
    const unit = rowUnit(row, 'unit');
    const quantityMade = rowNumber(row, 'quantityMade');
    const where = { code, sheet: 'Batches' as const, row: row.row };
    const about = { code, unit, sku: rowText(row, 'sku'), quantityMade };
    const inputs = this.inputsOf.get(key) ?? [];
    const unreadable = this.unreadableInputs.get(key) ?? [];
    const loop = this.inLoop.get(key);
    const none = (why: string): BatchCost => ({ cost: null, unitCost: null, known: 0, missing: [{ ...where, why }], ...about });
    // A batch that contains itself through others has no cost: a loop is a mistyped lot to fix.
    if (loop) return none(`is in a loop of batches using each other (${loop.join(' → ')})`);
    if (inputs.length === 0 && unreadable.length === 0) {
      // Made before Lotline recorded its inputs: a Cost (or else a Unit cost) typed by hand is the only figure there is.
      const typed = rowNumber(row, 'cost');
      const typedPerUnit = rowNumber(row, 'unitCost');
      if (typed === null && typedPerUnit !== null && quantityMade !== null && quantityMade > 0) {
        const cost = roundCents(typedPerUnit * quantityMade);
        return { cost, unitCost: typedPerUnit, known: cost, missing: [], ...about };
      }
      if (typed === null && typedPerUnit !== null) return none('has no quantity made');
      if (typed === null) return none('has no Batch inputs and no Cost or Unit cost');
      if (quantityMade === null || quantityMade <= 0) return { ...none('has no quantity made'), cost: typed, known: typed };
      return { cost: typed, unitCost: typed / quantityMade, known: typed, missing: [], ...about };
    }
    const cost = runCost(
      inputs.map((input) => input.use),
      quantityMade,
      (lot) => this.lots.get(codeKey(lot)) ?? perUnitOf(this.batchCosts.get(codeKey(lot))),
    );
    // Name the Batch inputs row of an input nobody can cost, so the maker finds it.
    const missing = cost.missing.map((each) =>
      each.sheet === 'Batch inputs' && each.row === null
        ? { ...each, row: inputs.find((input) => codeKey(input.use.lot) === codeKey(each.code))?.row ?? null }
        : each,
    );
    missing.push(...unreadable);
    if (quantityMade === null || quantityMade <= 0) missing.push({ ...where, why: 'has no quantity made' });
    const complete = missing.length === 0;
    return { ...cost, cost: complete ? cost.cost : null, unitCost: complete ? cost.unitCost : null, missing, ...about };
  }

  private writtenCode(key: string): string {
    const row = this.batchRows.get(key);
    return row ? rowText(row, 'batchCode') : key;
  }
}

/** A batch's cost, with its code as written and the unit its Quantity made is counted in. */
export type BatchCost = RunCost & { code: string; unit: Unit | null; sku: string; quantityMade: number | null };

function perUnitOf(batch: BatchCost | undefined): CostPerUnit | undefined {
  return batch && { code: batch.code, unit: batch.unit, perUnit: batch.unitCost, missing: batch.missing };
}

function receiptCost(row: TypedRow, code: string, unreadable: ReadonlySet<number> | undefined): CostPerUnit {
  const unit = rowUnit(row, 'unit');
  const quantity = rowNumber(row, 'quantity');
  const cost = rowNumber(row, 'cost');
  const at = { code, sheet: 'Receipts' as const, row: row.row };
  const why =
    cost === null
      ? unreadable?.has(row.row)
        ? 'has a Cost that cannot be read'
        : 'has no Cost recorded'
      : !unit
        ? 'has no Unit'
        : quantity === null || quantity <= 0
          ? 'has no Quantity to divide its Cost by'
          : null;
  if (why !== null || cost === null || !unit || quantity === null)
    return { code, unit, perUnit: null, missing: [{ ...at, why: why ?? '' }] };
  return { code, unit, perUnit: cost / quantity, missing: [] };
}

/** "COCO-0923-01 (Receipts row 12) has no Cost recorded". */
export function describeMissingCost(missing: MissingCost): string {
  const where = missing.row !== null ? ` (${missing.sheet} row ${missing.row})` : '';
  return `${missing.code}${where} ${missing.why}`.trim();
}
