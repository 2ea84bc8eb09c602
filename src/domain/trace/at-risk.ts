// "Lots at risk": when a traced batch turns out bad, the next question is what else was made from the
// same ingredient lots. For every lot found in the traced batches (at any level), the batches outside
// the trace that also consumed it.
import { codeKey } from '../codes';
import { positionsOf, type LotGraph } from './lot-graph';
import type { LotAtRisk, TracedLot } from './trace-types';

export function findLotsAtRisk(graph: LotGraph, backward: readonly TracedLot[], forward: readonly TracedLot[]): LotAtRisk[] {
  const { index } = graph;
  const inTrace = new Set<number>();
  for (const lot of [...backward, ...forward]) for (const row of lot.batchRows) inTrace.add(row);
  const codeOf = new Map(backward.map((lot) => [lot.key, lot.code]));

  const atRisk = new Map<number, LotAtRisk>();
  for (const ingredient of backward) {
    if (ingredient.level === 0) continue;
    const sharedWith = [...new Set(ingredient.links.map((link) => codeOf.get(link.other) ?? link.other))];
    for (const input of positionsOf(graph.inputsByLot, ingredient.key)) {
      for (const batch of positionsOf(graph.batchesById, codeKey(index.batchInputs.batchId[input] ?? ''))) {
        const row = index.batches.row[batch] as number;
        if (inTrace.has(row)) continue;
        let entry = atRisk.get(row);
        if (!entry) {
          entry = {
            batchRow: row,
            batchCode: index.batches.batchCode[batch]?.trim() ?? '',
            batchId: index.batches.batchId[batch]?.trim() ?? '',
            sharedLots: [],
            sharedWith: [],
          };
          atRisk.set(row, entry);
        }
        if (!entry.sharedLots.includes(ingredient.code)) entry.sharedLots.push(ingredient.code);
        for (const code of sharedWith) if (!entry.sharedWith.includes(code)) entry.sharedWith.push(code);
      }
    }
  }
  const byCode = (a: string, b: string) => (codeKey(a) < codeKey(b) ? -1 : codeKey(a) > codeKey(b) ? 1 : 0);
  for (const entry of atRisk.values()) {
    entry.sharedLots.sort(byCode);
    entry.sharedWith.sort(byCode);
  }
  return [...atRisk.values()].sort((a, b) => a.batchRow - b.batchRow);
}
