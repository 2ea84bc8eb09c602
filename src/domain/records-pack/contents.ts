// Which records a pack holds: the batches in scope, every lot each used at every level (a lot that is
// itself a batch code — a fragrance blend — is followed into that batch's inputs), and the order lines
// that shipped those batches. The quantity of a lot used in a batch is a batch record FDA may see; the
// BoM's quantities per standard batch are the formula, which this module never reads.
import { codeKey } from '../codes';
import type { TypedRow } from '../rows';
import type { PackScope } from './scope';

export interface PackContents {
  batches: TypedRow[];
  /** Batch inputs rows reached, with the batch code of the finished batch they are part of. */
  inputs: { input: TypedRow; forBatchCode: string; level: number }[];
  shipments: TypedRow[];
}

const text = (row: TypedRow, key: string): string => {
  const value = row.values[key];
  return typeof value === 'string' ? value : '';
};

function inScope(batch: TypedRow, scope: PackScope): boolean {
  if (scope.kind === 'batch') return codeKey(text(batch, 'batchCode')) === codeKey(scope.batchCode);
  const made = batch.values.made;
  if (typeof made !== 'string' || made < scope.from || made > scope.to) return false;
  return scope.kind === 'period' || codeKey(text(batch, 'sku')) === codeKey(scope.sku);
}

export function packContents(
  scope: PackScope,
  batches: readonly TypedRow[],
  batchInputs: readonly TypedRow[],
  orders: readonly TypedRow[],
): PackContents {
  const chosen = batches.filter((batch) => inScope(batch, scope));
  const byCode = new Map(batches.map((batch) => [codeKey(text(batch, 'batchCode')), batch]));
  const inputsOf = new Map<string, TypedRow[]>();
  for (const input of batchInputs) {
    const id = codeKey(text(input, 'batchId'));
    inputsOf.set(id, [...(inputsOf.get(id) ?? []), input]);
  }
  const inputs: PackContents['inputs'] = [];
  for (const batch of chosen) {
    const forBatchCode = text(batch, 'batchCode');
    // A loop in the records (a blend that names itself) is walked once.
    const visited = new Set<string>();
    const walk = (current: TypedRow, level: number) => {
      const id = codeKey(text(current, 'batchId'));
      if (visited.has(id)) return;
      visited.add(id);
      for (const input of inputsOf.get(id) ?? []) {
        inputs.push({ input, forBatchCode, level });
        const subAssembly = byCode.get(codeKey(text(input, 'lot')));
        if (subAssembly) walk(subAssembly, level + 1);
      }
    };
    walk(batch, 1);
  }
  const shippedCodes = new Set(chosen.map((batch) => codeKey(text(batch, 'batchCode'))));
  const shipments = orders.filter((order) => shippedCodes.has(codeKey(text(order, 'batchCode'))));
  return { batches: chosen, inputs, shipments };
}
