import { planColumnBlocks } from '../../src/sheets/blocks';

describe('column blocks for reading', () => {
  it('reads neighbouring columns in one call', () => {
    expect(planColumnBlocks([3, 1, 2], 100_000)).toEqual([{ start: 1, width: 3 }]);
  });

  it('keeps far columns of a big table apart: a call is cheaper than the gap', () => {
    expect(planColumnBlocks([0, 4], 50_000)).toEqual([
      { start: 0, width: 1 },
      { start: 4, width: 1 },
    ]);
  });

  it('reads a small gap on a short table rather than making another call', () => {
    expect(planColumnBlocks([0, 4], 100)).toEqual([{ start: 0, width: 5 }]);
  });
});
