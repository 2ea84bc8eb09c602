import { typeRows } from '../../src/domain/rows';
import { sheetSpec } from '../../src/domain/workbook';

const spec = sheetSpec('receipts');
const options = {
  spec,
  sheetName: 'Receipts',
  headerOf: (key: string) => spec.columns.find((c) => c.key === key)?.header ?? key,
  timeZone: 'America/New_York',
};

function raw(columns: Record<string, unknown[]>, firstRow = 2) {
  const length = Math.max(...Object.values(columns).map((c) => c.length));
  return { firstRow, length, columns: new Map(Object.entries(columns)) };
}

describe('typed rows', () => {
  it('skips blank rows wherever they are and keeps sheet row numbers', () => {
    const { rows, problems } = typeRows(
      raw({
        lotNumber: ['LAV-0923-01', '', ' COCO-1 '],
        quantity: ['1,200', '', 30],
        unit: ['g', ' ', 'kg'],
        received: ['2023-09-14', '', new Date('2023-09-15T04:00:00Z')],
      }),
      options,
    );
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.row)).toEqual([2, 4]);
    expect(rows[0]?.values.quantity).toBe(1200);
    expect(rows[1]?.values.lotNumber).toBe('COCO-1');
    expect(rows[1]?.values.received).toBe('2023-09-15');
  });

  it('reports every unreadable or missing value with sheet, row and column', () => {
    const { problems } = typeRows(
      raw({ lotNumber: ['LAV-1', ''], quantity: ['lots', 5], unit: ['cups', 'g'], received: ['2023-02-30', '2023-01-01'] }),
      options,
    );
    expect(problems).toEqual([
      {
        sheet: 'Receipts',
        row: 2,
        column: 'Received',
        message: '"2023-02-30" is not a date: use a date cell, or text like 2023-09-14 or 9/14/2023',
      },
      { sheet: 'Receipts', row: 2, column: 'Quantity', message: '"lots" is not a number' },
      { sheet: 'Receipts', row: 2, column: 'Unit', message: expect.stringContaining('"cups" is not a unit') },
      { sheet: 'Receipts', row: 3, column: 'Lot number', message: 'Lot number is required but the cell is empty' },
    ]);
  });

  it('reads an amount of money past a currency sign typed with it, and only in a money column', () => {
    const { rows, problems } = typeRows(
      raw({
        lotNumber: ['A', 'B', 'C', 'D', 'E'],
        cost: ['$25.00', ' 1,200.50 $', '€ 9', '-$3', '$lots'],
        quantity: ['$5', 1, 1, 1, 1],
      }),
      options,
    );
    expect(rows.map((row) => row.values.cost)).toEqual([25, 1200.5, 9, -3, null]);
    expect(problems).toEqual([
      { sheet: 'Receipts', row: 2, column: 'Quantity', message: '"$5" is not a number' },
      // Unreadable even without its sign: said as typed.
      { sheet: 'Receipts', row: 6, column: 'Cost', message: '"$lots" is not a number' },
    ]);
  });

  it('takes a blank status as the first allowed value', () => {
    const { rows } = typeRows(raw({ lotNumber: ['A'], status: [''] }), options);
    expect(rows[0]?.values.status).toBe('Available');
  });

  it('reads numeric and date text as the spreadsheet’s locale writes it', () => {
    const { rows, problems } = typeRows(
      raw({ lotNumber: ['A', 'B'], quantity: ['1,5', '1.200'], received: ['14.09.2023', '01.10.2023'] }),
      {
        ...options,
        locale: 'de_DE',
      },
    );
    expect(problems).toEqual([]);
    expect(rows.map((row) => [row.values.quantity, row.values.received])).toEqual([
      [1.5, '2023-09-14'],
      [1200, '2023-10-01'],
    ]);
  });

  it('reports text the locale could read two ways at its cell', () => {
    const { rows, problems } = typeRows(raw({ lotNumber: ['A'], quantity: ['1,200'] }), { ...options, locale: 'de_DE' });
    expect(rows[0]?.values.quantity).toBeNull();
    expect(problems).toEqual([
      { sheet: 'Receipts', row: 2, column: 'Quantity', message: expect.stringContaining('"1,200" could be 1.2 or 1200') },
    ]);
  });

  it('reports a cell showing a formula error, never 0 or blank', () => {
    const { rows, problems } = typeRows(
      raw({ lotNumber: ['A', '#REF!'], quantity: ['#N/A', 2], received: ['#VALUE!', '2023-01-01'] }),
      options,
    );
    expect(rows[0]?.values.quantity).toBeNull();
    expect(problems).toEqual([
      { sheet: 'Receipts', row: 2, column: 'Received', message: 'shows #VALUE!: fix the formula' },
      { sheet: 'Receipts', row: 2, column: 'Quantity', message: 'shows #N/A: fix the formula' },
      { sheet: 'Receipts', row: 3, column: 'Lot number', message: 'shows #REF!: fix the formula' },
    ]);
  });
});

describe('a quantity typed with its unit ("500 ml")', () => {
  const read = (quantity: unknown, unit: unknown, locale?: string) =>
    typeRows(raw({ lotNumber: ['LAV-1'], received: ['2023-09-14'], quantity: [quantity], unit: [unit] }), { ...options, locale });

  it.each([
    ['500 ml', '', 500, 'ml'],
    ['500ml', '', 500, 'ml'],
    [' 2 kg ', 'kg', 2, 'kg'],
    ['1,200 g', '', 1200, 'g'],
    ['12 bars', '', 12, 'bars'],
    ['12 bar', 'pcs', 12, 'pcs'],
  ])('%p with the Unit %p is %p %s, and no problem', (quantity, unit, amount, symbol) => {
    const { rows, problems } = read(quantity, unit);
    expect(problems).toEqual([]);
    expect(rows[0]?.values.quantity).toBe(amount);
    expect((rows[0]?.values.unit as { symbol: string }).symbol).toBe(symbol);
  });

  it('is read with the decimal comma of a German spreadsheet', () => {
    const { rows, problems } = read('0,5 l', '', 'de_DE');
    expect(problems).toEqual([]);
    expect(rows[0]?.values.quantity).toBe(0.5);
  });

  it('with another unit in the Unit column is a problem at the quantity: which one is meant is not known', () => {
    const { rows, problems } = read('500 ml', 'g');
    expect(rows[0]?.values.quantity).toBeNull();
    expect(problems).toEqual([
      {
        sheet: 'Receipts',
        row: 2,
        column: 'Quantity',
        message: '"500 ml" is in ml, but the row\'s unit is g: write the number alone, in the unit it is in',
      },
    ]);
  });

  it('keeps a mistyped Unit cell said, and what is not an amount and a unit unread', () => {
    expect(read('500 ml', 'mls').problems.map((problem) => problem.column)).toEqual(['Unit']);
    for (const text of ['about 500 ml', '2 x 500 ml', '500 cups', 'ml'])
      expect(read(text, '').problems.map((problem) => problem.column)).toEqual(['Quantity', 'Unit']);
  });
});
