import { planColumnBlocks, planRowSpans } from '../../src/sheets/blocks';

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

describe('row spans for reading the rows a trace hits', () => {
  it('reads clustered hits as one span and far clusters separately', () => {
    expect(planRowSpans([1000, 1003, 1001, 400_000, 400_010], 6)).toEqual([
      { fromRow: 1000, toRow: 1003 },
      { fromRow: 400_000, toRow: 400_010 },
    ]);
  });

  it('reads through a gap only while that is cheaper than a call', () => {
    // 6 columns: a call is worth ~277 rows of gap.
    expect(planRowSpans([10, 250], 6)).toEqual([{ fromRow: 10, toRow: 250 }]);
    expect(planRowSpans([10, 400], 6)).toHaveLength(2);
  });
});

describe('row spans that take other rows along', () => {
  it('grows a span over rows next to it that another read wants, instead of a call for them', () => {
    expect(planRowSpans([100, 120], 8, [90, 95, 121, 130])).toEqual([{ fromRow: 90, toRow: 130 }]);
  });

  it('leaves rows far from every span to their own read', () => {
    // 8 columns: a call is worth ~208 rows of gap.
    expect(planRowSpans([100, 120], 8, [1000])).toEqual([{ fromRow: 100, toRow: 120 }]);
  });

  it('joins spans that grew into each other', () => {
    expect(planRowSpans([100, 1000], 8, [300, 500, 700, 900])).toEqual([{ fromRow: 100, toRow: 1000 }]);
  });
});
