// A forward trace from a lot only ever looks at the Batch inputs rows that consumed a lot it reached.
// At the Sheets ceiling the Batch ID column of Batch inputs is a quarter of a million cells while those
// rows are a few thousand, clustered in time — so the sheets layer reads the Lot column whole and the
// Batch IDs only of these rows, level by level (sub-assemblies), using these two steps.
import { codeKey } from '../codes';
import { positionsOf, type LotGraph } from './lot-graph';
import type { TraceStart } from './resolve';

/** The lots a forward trace starts from, as compared. */
export function startLotKeys(graph: LotGraph, start: TraceStart): string[] {
  return start.receipts.map((position) => codeKey(graph.index.receipts.lotNumber[position] ?? ''));
}

/** Positions of the Batch inputs rows that consumed any of these lots. */
export function inputsConsuming(graph: LotGraph, lotKeys: readonly string[]): number[] {
  return lotKeys.flatMap((key) => positionsOf(graph.inputsByLot, key));
}

/** The batch codes (as compared) of the batches those inputs went into; needs their Batch IDs read. */
export function lotsMadeFrom(graph: LotGraph, inputPositions: readonly number[]): string[] {
  const { index } = graph;
  const codes = new Set<string>();
  for (const position of inputPositions) {
    for (const batch of positionsOf(graph.batchesById, codeKey(index.batchInputs.batchId[position] ?? ''))) {
      const code = codeKey(index.batches.batchCode[batch] ?? '');
      if (code) codes.add(code);
    }
  }
  return [...codes];
}
