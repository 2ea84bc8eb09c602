// One trace's walk through the lot namespace: builds each TracedLot once, and checks, once per lot or
// batch met, the problems that belong to it — duplicated codes and batch IDs, inputs naming a batch
// ID that does not exist, batches with no inputs, batches consuming themselves.
import { codeKey } from '../codes';
import { positionsOf, type LotGraph } from './lot-graph';
import { nearestCodes } from './nearest';
import type { ProblemList } from '../problems';
import type { TracedLot } from './trace-types';

export function unknownLotMessage(graph: LotGraph, code: string, what: string): string {
  const near = nearestCodes(graph, code, 3).filter((candidate) => candidate.kind === 'receiptLot' || candidate.kind === 'batchCode');
  const hint = near.length > 0 ? ` Closest: ${near.map((candidate) => candidate.code).join(', ')}.` : '';
  return `${what} lot "${code.trim()}", which is neither a lot number on Receipts nor a batch code on Batches.${hint}`;
}

export function sortedUnique(values: readonly number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

/** A Batch inputs position consuming a lot, with the Batches positions of the batch ID it names. */
export interface UseAt {
  position: number;
  batches: readonly number[];
}

export class LotWalk {
  private readonly usesByLot = new Map<string, UseAt[]>();
  private readonly checkedIds = new Set<string>();

  constructor(
    private readonly graph: LotGraph,
    readonly problems: ProblemList,
  ) {}

  lot(key: string, level: number, parentPath: readonly string[]): TracedLot {
    const { index } = this.graph;
    const receipts = positionsOf(this.graph.receiptsByLot, key);
    const batches = positionsOf(this.graph.batchesByCode, key);
    const code =
      (receipts.length > 0 ? index.receipts.lotNumber[receipts[0] as number] : index.batches.batchCode[batches[0] as number])?.trim() ??
      key;
    this.checkDuplicates(code, receipts, batches);
    const uses = this.usesOf(key).map((use) => ({
      row: index.batchInputs.row[use.position] as number,
      batchRows: use.batches.map((batch) => index.batches.row[batch] as number),
    }));
    return {
      key,
      code,
      level,
      path: [...parentPath, code],
      receiptRows: receipts.map((position) => index.receipts.row[position] as number),
      batchRows: batches.map((position) => index.batches.row[position] as number),
      links: [],
      uses,
      shipRows: positionsOf(this.graph.ordersByCode, key).map((position) => index.orders.row[position] as number),
      wasteRows: positionsOf(this.graph.wasteByLot, key).map((position) => index.waste.row[position] as number),
    };
  }

  /** Batch inputs rows of one batch, by its batch ID. */
  inputsOf(batch: number): readonly number[] {
    const { index } = this.graph;
    const id = index.batches.batchId[batch] ?? '';
    const idKey = codeKey(id);
    const inputs = positionsOf(this.graph.inputsByBatchId, idKey);
    this.checkBatchId(idKey);
    if (inputs.length === 0) {
      this.problems.add({
        sheet: 'batches',
        row: index.batches.row[batch] as number,
        column: 'batchId',
        message: `batch ${id} (${index.batches.batchCode[batch] ?? ''}) has no rows on Batch inputs, so what went into it cannot be traced.`,
      });
    }
    return inputs;
  }

  selfUse(input: number): void {
    const { index } = this.graph;
    this.problems.add({
      sheet: 'batchInputs',
      row: index.batchInputs.row[input] as number,
      column: 'lot',
      message: `batch ${index.batchInputs.batchId[input] ?? ''} lists its own batch code ${index.batchInputs.lot[input]?.trim() ?? ''} as an input; a batch cannot consume itself.`,
    });
  }

  usesOf(key: string): UseAt[] {
    let uses = this.usesByLot.get(key);
    if (uses) return uses;
    const { index } = this.graph;
    uses = positionsOf(this.graph.inputsByLot, key).map((position) => {
      const idKey = codeKey(index.batchInputs.batchId[position] ?? '');
      const batches = positionsOf(this.graph.batchesById, idKey);
      if (batches.length === 0) {
        this.problems.add({
          sheet: 'batchInputs',
          row: index.batchInputs.row[position] as number,
          column: 'batchId',
          message: `batch ID ${index.batchInputs.batchId[position]?.trim() ?? ''} is on no row of Batches, so the batch that used lot ${index.batchInputs.lot[position]?.trim() ?? ''} is unknown.`,
        });
      } else this.checkBatchId(idKey);
      return { position, batches };
    });
    this.usesByLot.set(key, uses);
    return uses;
  }

  private checkBatchId(idKey: string): void {
    if (this.checkedIds.has(idKey)) return;
    this.checkedIds.add(idKey);
    const { index } = this.graph;
    const batches = positionsOf(this.graph.batchesById, idKey);
    const first = batches[0];
    if (first === undefined) return;
    for (const batch of batches.slice(1)) {
      this.problems.add({
        sheet: 'batches',
        row: index.batches.row[batch] as number,
        column: 'batchId',
        message: `batch ID ${index.batches.batchId[batch]?.trim() ?? ''} is also on Batches row ${index.batches.row[first]}; each batch needs its own ID, or its inputs are counted for both.`,
      });
    }
  }

  private checkDuplicates(code: string, receipts: readonly number[], batches: readonly number[]): void {
    if (receipts.length + batches.length < 2) return;
    const { index } = this.graph;
    const rows = [
      ...receipts.map((position) => ({ sheet: 'receipts' as const, column: 'lotNumber', row: index.receipts.row[position] as number })),
      ...batches.map((position) => ({ sheet: 'batches' as const, column: 'batchCode', row: index.batches.row[position] as number })),
    ];
    const [first, ...others] = rows;
    if (!first) return;
    const firstPlace = `${first.sheet === 'receipts' ? 'Receipts' : 'Batches'} row ${first.row}`;
    for (const other of others) {
      this.problems.add({
        ...other,
        message: `${code} is also the ${first.sheet === 'receipts' ? 'lot number' : 'batch code'} on ${firstPlace}; a code must name one lot only, so this trace counts both as one.`,
      });
    }
  }
}
