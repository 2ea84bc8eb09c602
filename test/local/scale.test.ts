// Storage that scales to the benchmark's ~9 million cells without allocating maxRows × maxColumns.
import { MESSAGES } from '../../local/runtime';
import { errorOf, fresh } from './helpers';

const ROWS = 500_000;

function bigSheet() {
  const context = fresh();
  context.sheet.setDimensionsForTest(1000, 10);
  const rows = Array.from({ length: ROWS }, (_, i) => [`LOT-${i}`, i, 'kg', 2.5, true, '', 'note', i % 7, 'x', 'y']);
  context.sheet.loadRowsForTest(rows);
  return context;
}

describe('a 500,000 × 10 sheet', () => {
  const { runtime, spreadsheet, sheet } = bigSheet();

  it('loads without metering, growing the sheet to fit', () => {
    expect(runtime.meter.snapshot().calls).toBe(0);
    expect([sheet.getMaxRows(), sheet.getLastRow(), sheet.getLastColumn()]).toEqual([ROWS, ROWS, 10]);
    expect(spreadsheet.totalCells()).toBe(ROWS * 10);
  });

  it('reads one whole column about as fast as plain JavaScript builds the same arrays, and meters it', () => {
    runtime.meter.reset();
    // Best of three, against a baseline measured under the same load, so a busy machine does not fail the test.
    const best = (work: () => unknown) =>
      Math.min(
        ...[1, 2, 3].map(() => {
          const started = performance.now();
          work();
          return performance.now() - started;
        }),
      );
    let column: unknown[][] = [];
    const reading = best(() => (column = sheet.getRange(1, 2, ROWS, 1).getValues()));
    const baseline = best(() => Array.from({ length: ROWS }, (_, i) => [i]));
    expect(column[ROWS - 1]).toEqual([ROWS - 1]);
    expect(reading).toBeLessThan(baseline * 5 + 50); // typically ~35 ms against ~25 ms
    expect(runtime.meter.snapshot()).toMatchObject({ calls: 3, cellsRead: 3 * ROWS });
  });

  it('stores loaded values raw, without typed-input reading', () => {
    sheet.loadRowsForTest([['0923', '=not a formula']], 10);
    expect(sheet.getRange('A10:B10').getValues()).toEqual([['0923', '=not a formula']]);
    expect(sheet.getRange('B10').getFormula()).toBe('');
  });

  it('still enforces the cell ceiling, with a hint', () => {
    const small = fresh().sheet;
    expect(() => small.loadRowsForTest([['x']], 400_000)).toThrow(`${MESSAGES.cellLimit} (loadRowsForTest: shrink the sheet first`);
    expect(errorOf(() => small.setDimensionsForTest(400_000, 26))).toBe(MESSAGES.cellLimit);
  });
});

describe('an empty sheet of 1,000,000 rows', () => {
  it('costs nothing until written', () => {
    const { sheet } = fresh();
    sheet.setDimensionsForTest(1_000_000, 10);
    const started = performance.now();
    sheet.getRange('J1000000').setValue('last');
    sheet.getRange('A:J').setNumberFormat('@');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([1_000_000, 10]);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
