// A Batch inputs, Orders or Waste row naming a code that matches no lot or batch (a typo: COCO-901)
// took stock from some lot the count cannot name, so that lot is shown with more on hand than it has.
// Never silent: the Stock sheet lists every such row and the production sidebar those it read, each with
// the codes nearest to it.
import { closestCodes } from './closest-codes';
import { codeKey } from './codes';
import type { KeyedProblem } from './problems';
import { rowText, type TypedRow } from './rows';

export interface MovementTables {
  batchInputs: readonly TypedRow[];
  orders: readonly TypedRow[];
  waste: readonly TypedRow[];
}

/** Of the rows naming a code that matches no lot, this many are offered the closest codes (each a search of every code). */
const CLOSEST_FOR = 20;

const CODE_COLUMN = { batchInputs: 'lot', orders: 'batchCode', waste: 'lot' } as const;
const TOOK = { batchInputs: 'used', orders: 'shipped', waste: 'wasted' } as const;

/**
 * The rows of `tables` whose code is no key of `known` (codeKey'd lot numbers and batch codes, as first
 * written). `known` is null when some could not be read — Receipts or Batches missing, or its code
 * column: then every code of theirs would "match nothing", and the missing sheet is what to say.
 */
export function movementsOfNoLot(tables: MovementTables, known: ReadonlyMap<string, string> | null): KeyedProblem[] {
  if (known === null) return [];
  const found: KeyedProblem[] = [];
  for (const sheet of ['batchInputs', 'orders', 'waste'] as const) {
    const column = CODE_COLUMN[sheet];
    for (const row of tables[sheet]) {
      const code = rowText(row, column);
      if (code === '' || known.has(codeKey(code))) continue;
      const closest = found.length < CLOSEST_FOR ? closestCodes(known.values(), code, { limit: 3 }) : [];
      const meant = closest.length > 0 ? ` (closest: ${closest.join(', ')})` : '';
      found.push({
        sheet,
        row: row.row,
        column,
        message: `${code} matches no lot or batch${meant}: the lot this row ${TOOK[sheet]} is shown with more on hand than it has.`,
      });
    }
  }
  return found;
}
