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

  it('reads one whole column of a big sheet and meters it', () => {
    runtime.meter.reset();
    const column = sheet.getRange(1, 2, ROWS, 1).getValues();
    expect(column[ROWS - 1]).toEqual([ROWS - 1]);
    expect(runtime.meter.snapshot()).toMatchObject({ calls: 1, cellsRead: ROWS });
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
  it('takes a value at its last row and a format over whole columns', () => {
    const { sheet } = fresh();
    sheet.setDimensionsForTest(1_000_000, 10);
    sheet.getRange('J1000000').setValue('last');
    sheet.getRange('A:J').setNumberFormat('@');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([1_000_000, 10]);
    expect(sheet.getRange('A999999').getNumberFormat()).toBe('@');
  });
});
