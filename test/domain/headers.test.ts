import { columnLetter, locateColumns } from '../../src/domain/headers';
import { sheetSpec } from '../../src/domain/workbook';

describe('columns found by header', () => {
  const receipts = sheetSpec('receipts').columns;

  it('finds columns in any order, ignoring case, extra spaces and user columns', () => {
    const layout = locateColumns(['My notes', 'received', '  LOT   NUMBER ', 'Quantity', 'Unit', 'Supplier', 'Material code'], receipts);
    expect(layout.positions.get('lotNumber')).toBe(2);
    expect(layout.positions.get('received')).toBe(1);
    expect(layout.missingRequired).toEqual([]);
    expect([...layout.positions.values()]).not.toContain(0);
  });

  it('accepts common spellings as aliases', () => {
    const layout = locateColumns(['Lot #', 'Date received', 'Material code', 'Supplier', 'Qty', 'UOM'], receipts);
    expect(layout.positions.get('lotNumber')).toBe(0);
    expect(layout.positions.get('received')).toBe(1);
    expect(layout.positions.get('quantity')).toBe(4);
    expect(layout.positions.get('unit')).toBe(5);
  });

  it('prefers the exact header over an alias', () => {
    const layout = locateColumns(['Lot', 'Lot number'], receipts);
    expect(layout.positions.get('lotNumber')).toBe(1);
  });

  it('reports missing required columns and duplicates', () => {
    const layout = locateColumns(['Lot number', 'Lot number', 'Received'], receipts);
    expect(layout.missingRequired.map((c) => c.header)).toEqual(['Material code', 'Supplier', 'Quantity', 'Unit']);
    expect(layout.duplicates).toEqual([{ column: expect.objectContaining({ header: 'Lot number' }), position: 1 }]);
  });

  it('names columns with letters', () => {
    expect([0, 25, 26, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
  });
});
