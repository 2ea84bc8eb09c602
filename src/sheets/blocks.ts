// Which getValues calls read a set of columns. One call costs about as much as reading ~1,600 cells
// (cost model in platform/apps-script.md: 50 ms a call, 30 µs a cell), so neighbouring columns are
// read together, and a small gap between them is read too when that is cheaper than another call.

export const CALL_COST_MS = 50;
export const CELL_READ_COST_MS = 0.03;

export interface ColumnBlock {
  /** 0-based first column. */
  start: number;
  /** Number of columns. */
  width: number;
}

export function planColumnBlocks(positions: Iterable<number>, rowCount: number): ColumnBlock[] {
  const sorted = [...new Set(positions)].sort((a, b) => a - b);
  const blocks: ColumnBlock[] = [];
  for (const position of sorted) {
    const last = blocks[blocks.length - 1];
    if (last) {
      const gap = position - (last.start + last.width);
      if (gap * rowCount * CELL_READ_COST_MS < CALL_COST_MS) {
        last.width = position - last.start + 1;
        continue;
      }
    }
    blocks.push({ start: position, width: 1 });
  }
  return blocks;
}

export interface RowSpan {
  fromRow: number;
  toRow: number;
}

/**
 * Spans of sheet rows that cover the rows a job hits. Hits cluster (orders are appended in time order
 * and a batch ships within weeks), so neighbouring hits are read as one span; a gap is read through
 * when reading it costs less than one more call.
 */
export function planRowSpans(rows: Iterable<number>, columnCount: number, alongside: Iterable<number> = []): RowSpan[] {
  const wanted = new Set(rows);
  // Rows another read wants anyway (with fewer columns) come along where they lie next to a span, by
  // the same gap rule, instead of costing calls of their own; a run of them touching no wanted row is
  // left to that other read.
  const sorted = [...new Set([...wanted, ...alongside])].sort((a, b) => a - b);
  const spans: (RowSpan & { wanted: boolean })[] = [];
  const gapLimit = CALL_COST_MS / (CELL_READ_COST_MS * Math.max(1, columnCount));
  for (const row of sorted) {
    const last = spans[spans.length - 1];
    if (last && row - last.toRow - 1 <= gapLimit) last.toRow = row;
    else spans.push({ fromRow: row, toRow: row, wanted: false });
    if (wanted.has(row)) (spans[spans.length - 1] as { wanted: boolean }).wanted = true;
  }
  return spans.filter((span) => span.wanted).map(({ fromRow, toRow }) => ({ fromRow, toRow }));
}
