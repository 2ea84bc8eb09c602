// The sparse per-cell store behind formats, validation and formulas: newest write wins, big fills stay
// one rectangle, and everything moves with inserted and deleted lines.
import { CellLayer } from '../../local/runtime/cell-layer';

const rect = (row: number, column: number, numRows: number, numColumns: number) => ({ row, column, numRows, numColumns });

describe('CellLayer', () => {
  it('lets the newest write win between cells and large fills', () => {
    const layer = new CellLayer<string>();
    layer.fill(rect(1, 1, 100_000, 3), '@');
    layer.set(5, 2, '0.00');
    expect([layer.get(5, 2), layer.get(6, 2), layer.get(100_001, 2)]).toEqual(['0.00', '@', undefined]);
    layer.fill(rect(1, 2, 100_000, 1), 'yyyy-mm-dd');
    expect([layer.get(5, 2), layer.get(5, 1)]).toEqual(['yyyy-mm-dd', '@']);
    layer.set(7, 1, undefined);
    layer.clear(rect(1, 3, 10, 1));
    expect([layer.get(7, 1), layer.get(8, 1), layer.get(3, 3), layer.get(11, 3)]).toEqual([undefined, '@', undefined, '@']);
  });

  it('keeps a million-row fill as a handful of entries', () => {
    const layer = new CellLayer<string>();
    layer.fill(rect(1, 1, 1_000_000, 10), '@');
    layer.fill(rect(2, 1, 999_999, 10), '@');
    expect(layer.size).toBe(2);
    layer.fill(rect(1, 1, 1_000_000, 10), 'General');
    expect(layer.size).toBe(1);
  });

  it('extends a fill over rows inserted next to the row they inherit from', () => {
    const layer = new CellLayer<string>();
    layer.fill(rect(2, 1, 2000, 1), '@'); // rows 2–2001
    layer.insertRows(2002, 5, 2001); // insertRowsAfter(2001, 5)
    expect([layer.get(2006, 1), layer.get(2007, 1)]).toEqual(['@', undefined]);
    layer.insertRows(1, 1, 1); // before the header: inherits the header's (default) format
    expect([layer.get(1, 1), layer.get(2, 1), layer.get(3, 1), layer.get(2007, 1)]).toEqual([undefined, undefined, '@', '@']);
  });

  it('moves and trims cells and fills on deletes', () => {
    const layer = new CellLayer<string>();
    layer.set(10, 1, 'x');
    layer.fill(rect(5, 2, 2000, 1), 'y');
    layer.deleteRows(3, 4); // rows 3–6 go
    expect([layer.get(6, 1), layer.get(3, 2), layer.get(2, 2), layer.get(2000, 2), layer.get(2001, 2)]).toEqual([
      'x',
      'y',
      undefined,
      'y',
      undefined,
    ]);
    layer.deleteColumns(2, 1);
    expect([layer.get(3, 2), layer.get(6, 1)]).toEqual([undefined, 'x']);
  });
});
