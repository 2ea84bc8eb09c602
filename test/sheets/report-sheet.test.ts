import { safeSheetName } from '../../src/sheets/report-sheet';

describe('report sheet names', () => {
  it('keep to what Sheets accepts and an .xlsx download keeps', () => {
    expect(safeSheetName('PO:12/3 [A]* trace 2026-11-23 15.51.50')).toBe('PO-12-3 -A-- trace 2026-11-23 15.51.50');
    expect(safeSheetName('x'.repeat(150))).toHaveLength(100);
  });
});
