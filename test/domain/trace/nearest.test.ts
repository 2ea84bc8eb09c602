// "No lot LAV-0923-1 — did you mean LAV-0923-01?"
import { linkLots } from '../../../src/domain/trace/lot-graph';
import { emptyLotIndex } from '../../../src/domain/trace/lot-index';
import { editDistanceWithin, nearestCodes } from '../../../src/domain/trace/nearest';

function indexWith(lots: string[], batchCodes: string[] = [], batchIds: string[] = []) {
  const index = emptyLotIndex();
  index.receipts = { row: lots.map((_, i) => i + 2), lotNumber: lots, supplierLot: lots.map(() => '') };
  index.batches = {
    row: batchCodes.map((_, i) => i + 2),
    batchCode: batchCodes,
    batchId: batchIds.length ? batchIds : batchCodes.map((_, i) => `MFG-${i}`),
  };
  return index;
}

describe('edit distance, given up on past a limit', () => {
  test.each([
    ['LAV-0923-01', 'LAV-0923-01', 2, 0],
    ['LAV-0923-1', 'LAV-0923-01', 2, 1],
    ['LAV-0932-01', 'LAV-0923-01', 2, 2],
    ['KITTEN', 'SITTING', 3, 3],
    ['KITTEN', 'SITTING', 2, null],
    ['', 'AB', 2, 2],
    ['ABC', '', 2, null],
    ['COCO-1023-01', 'LAV-0923-01', 3, null],
  ])('%s → %s within %i is %p', (a, b, max, expected) => {
    expect(editDistanceWithin(a, b, max)).toBe(expected);
  });

  test('agrees with the full computation on many pairs', () => {
    const full = (a: string, b: string) => {
      const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
      for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
      for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) {
          const row = rows[i] as number[];
          const above = rows[i - 1] as number[];
          row[j] = Math.min(
            (above[j] as number) + 1,
            (row[j - 1] as number) + 1,
            (above[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
          );
        }
      return (rows[a.length] as number[])[b.length] as number;
    };
    const words = [
      'LAV-0923-01',
      'LAV-0923-1',
      'LA-0923-01',
      'LAV0923-01',
      'LAV-9023-01',
      'COCO-1023-01',
      'FB-231001-01',
      'MFG-0056',
      'A',
      '',
    ];
    for (const a of words)
      for (const b of words)
        for (const max of [1, 2, 3]) {
          const distance = full(a, b);
          expect([a, b, max, editDistanceWithin(a, b, max)]).toEqual([a, b, max, distance <= max ? distance : null]);
        }
  });
});

describe('nearest codes', () => {
  test('the typo first, lots before other kinds, nothing far away', () => {
    const graph = linkLots(indexWith(['LAV-0923-01', 'LAV-0823-01', 'COCO-1023-01'], ['LSOAP-231015-01']));
    const near = nearestCodes(graph, 'lav-0923-1');
    expect(near.map((n) => [n.code, n.distance])).toEqual([
      ['LAV-0923-01', 1],
      ['LAV-0823-01', 2],
    ]);
    expect(nearestCodes(graph, 'LSOAP-23101501').map((n) => [n.code, n.kind])).toEqual([['LSOAP-231015-01', 'batchCode']]);
    expect(nearestCodes(graph, 'ZZZZZZZZ')).toEqual([]);
  });

  test('finds a typo among 100,000 codes', () => {
    const lots = Array.from(
      { length: 100_000 },
      (_, n) =>
        `M${String(n % 400).padStart(3, '0')}-${String((n % 12) + 1).padStart(2, '0')}${20 + (n % 4)}-${String(Math.floor(n / 4800)).padStart(2, '0')}-${n}`,
    );
    const graph = linkLots(indexWith(lots));
    nearestCodes(graph, 'warm-up');
    const wanted = lots[50123] as string;
    const near = nearestCodes(graph, wanted.replace('-10-', '-1-'));
    expect(near[0]).toEqual({ code: wanted, kind: 'receiptLot', distance: 1 });
  });
});
