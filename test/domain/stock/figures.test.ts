// The Stock sheet's figures on little workbooks a maker could check by hand: the guide's fragrance oil
// (200 ml a batch, 3 batches a week, a 2 l bottle: about 3 weeks), what counts as usable, the reorder
// point and lead time, products released and held, and every figure the sheets cannot support said as
// such — never 0.
import { addDays, type Day } from '../../../src/domain/days';
import { locateColumns } from '../../../src/domain/headers';
import type { KeyedProblem } from '../../../src/domain/problems';
import { typeRows } from '../../../src/domain/rows';
import { STOCK_SHEET_COLUMNS, stockFigures, type StockInput, type StockSheetKey } from '../../../src/domain/stock/figures';
import { DEFAULT_STOCK_SETTINGS, storedStockSettings } from '../../../src/domain/stock/settings';
import { NOT_COUNTED, stockReport, STOCK_SHEET_MARK } from '../../../src/domain/stock/stock-report';
import { sheetSpec } from '../../../src/domain/workbook';
import { TIME_ZONE, type SheetContents } from '../../fixtures/sheet-values';
import { smallWorkbook, type SmallTables } from '../../fixtures/small-workbook';

const TODAY: Day = '2024-03-01';
const ago = (days: number) => addDays(TODAY, -days);

/** Sheet contents typed as the sheets layer reads them: by header, unreadable cells kept by column key. */
function inputOf(contents: SheetContents, today = TODAY, settings = DEFAULT_STOCK_SETTINGS): StockInput {
  const input: StockInput = {
    today,
    settings,
    tables: {} as StockInput['tables'],
    unreadable: [],
    missingSheets: [],
    missingColumns: [],
    labels: { sheets: {}, headers: {} },
  };
  const unreadable: KeyedProblem[] = [];
  const missingSheets: StockSheetKey[] = [];
  const missingColumns: { sheet: StockSheetKey; column: string }[] = [];
  for (const key of Object.keys(STOCK_SHEET_COLUMNS) as StockSheetKey[]) {
    const spec = sheetSpec(key);
    const name = Object.keys(contents).find((candidate) => candidate.toLowerCase() === spec.name.toLowerCase());
    if (!name) {
      missingSheets.push(key);
      input.tables[key] = [];
      continue;
    }
    const [header = [], ...body] = contents[name]!;
    const { positions } = locateColumns(header, spec.columns);
    const raw = new Map<string, unknown[]>();
    const keyOfHeader = new Map<string, string>();
    for (const column of STOCK_SHEET_COLUMNS[key] as readonly string[]) {
      const position = positions.get(column);
      if (position === undefined) {
        missingColumns.push({ sheet: key, column });
        continue;
      }
      raw.set(
        column,
        body.map((row) => row[position]),
      );
      keyOfHeader.set(String(header[position]), column);
    }
    const typed = typeRows(
      { firstRow: 2, length: body.length, columns: raw },
      { spec, sheetName: name, headerOf: (column) => String(header[positions.get(column) ?? -1] ?? column), timeZone: TIME_ZONE },
    );
    input.tables[key] = typed.rows;
    for (const problem of typed.problems)
      unreadable.push({ sheet: key, row: problem.row!, column: keyOfHeader.get(problem.column!)!, message: problem.message });
  }
  return { ...input, unreadable, missingSheets, missingColumns };
}

const figuresOf = (tables: SmallTables, today = TODAY, settings = DEFAULT_STOCK_SETTINGS) =>
  stockFigures(inputOf(smallWorkbook(tables), today, settings));

/** The guide: 200 ml of fragrance oil a batch, 3 batches a week for the last 8 weeks, and a 2 l bottle on hand. */
function guideExample(extra: Partial<Record<string, Record<string, unknown>[]>> = {}): SmallTables {
  const batches: Record<string, unknown>[] = [];
  const inputs: Record<string, unknown>[] = [];
  for (let week = 0; week < 8; week++)
    for (const day of [0, 2, 4]) {
      const id = `MFG-${batches.length + 1}`;
      batches.push({ batchId: id, made: ago(55 - 7 * week - day), sku: 'SOAP', batchCode: `SOAP-${batches.length + 1}`, quantityMade: 20 });
      inputs.push({ batchId: id, lot: 'FO-OLD', quantity: 200, unit: 'ml' });
    }
  return {
    suppliers: [{ supplier: 'Aroma Source', leadTimeDays: 7 }],
    materials: [{ materialCode: 'FO', material: 'Fragrance oil', unit: 'ml', supplier: 'Aroma Source', reorderAt: 1000 }],
    products: [{ sku: 'SOAP', product: 'Soap bar', unit: 'bars' }],
    receipts: [
      // 4.8 l bought before, all of it used by the 24 batches; the 2 l bottle untouched.
      { lotNumber: 'FO-OLD', received: ago(70), materialCode: 'FO', supplier: 'Aroma Source', quantity: 4.8, unit: 'l' },
      { lotNumber: 'FO-NEW', received: ago(3), materialCode: 'FO', supplier: 'Aroma Source', quantity: 2, unit: 'l' },
    ],
    batches,
    batchInputs: inputs,
    ...extra,
  };
}

describe("the guide's fragrance oil", () => {
  const figures = figuresOf(guideExample());
  const oil = figures.materials.find((material) => material.code === 'FO')!;

  test('600 ml a week over 24 batches, a 2 l bottle usable: about 3 weeks of cover', () => {
    expect(figures.useWindow).toEqual({ from: ago(55), to: TODAY, days: 56 });
    expect(oil).toMatchObject({ unit: 'ml', usable: 2000, usableLots: 1, usePerWeek: 600, batches: 24, weeksOfCover: 3.3 });
    expect(oil.weeksOfCover).toBeCloseTo(3, 0);
  });

  test('it runs out in 23 days (2000 ÷ 85.7 ml a day) and is to be reordered 7 days before, the supplier’s lead time', () => {
    expect(oil.runsOut).toBe(addDays(TODAY, 23));
    expect(oil).toMatchObject({ leadTimeDays: 7, leadTimeFrom: 'Suppliers', reorderBy: addDays(TODAY, 16) });
  });

  test("the material's own Lead time wins over its supplier's", () => {
    const tables = guideExample();
    tables.materials![0]!.leadTimeDays = 20;
    const own = figuresOf(tables).materials[0]!;
    expect(own).toMatchObject({ leadTimeDays: 20, leadTimeFrom: 'Materials', reorderBy: addDays(TODAY, 3) });
  });

  test('above its reorder point of 1000 ml it is not marked; at 2000 ml it is', () => {
    expect(oil.atOrBelowReorder).toBe(false);
    const tables = guideExample();
    tables.materials![0]!.reorderAt = 2000;
    const low = figuresOf(tables).materials[0]!;
    expect(low.atOrBelowReorder).toBe(true);
    expect(low.notes[0]).toBe('at or below its reorder point');
  });

  test('the used-up lot is not listed; the bottle is, with its supplier', () => {
    const lots = figures.lots.filter((lot) => lot.kind === 'lot');
    expect(lots.map((lot) => [lot.code, lot.onHand, lot.unit, lot.supplier])).toEqual([['FO-NEW', 2, 'l', 'Aroma Source']]);
    // The 24 soap batches, 20 bars each, follow the lots.
    expect(figures.lots.slice(1).map((lot) => [lot.kind, lot.onHand])).toEqual(Array.from({ length: 24 }, () => ['batch', 20]));
  });

  test('a workbook begun 3 weeks ago averages over those 3 weeks, not 8', () => {
    const tables = guideExample();
    tables.batches = tables.batches!.filter((batch) => (batch.made as string) >= ago(20));
    tables.batchInputs = tables.batchInputs!.filter((input) => tables.batches!.some((batch) => batch.batchId === input.batchId));
    tables.receipts![0]!.quantity = (tables.batchInputs.length * 200) / 1000;
    const short = figuresOf(tables);
    expect(short.useWindow.days).toBeLessThanOrEqual(21);
    expect(short.materials[0]!.usePerWeek).toBeCloseTo((tables.batchInputs.length * 200 * 7) / short.useWindow.days, 1);
  });
});

describe('usable on hand', () => {
  const tables = (receipts: Record<string, unknown>[]): SmallTables => ({
    materials: [{ materialCode: 'LAV', material: 'Lavender oil', unit: 'ml' }],
    receipts: receipts.map((receipt, i) => ({
      lotNumber: `LAV-${i + 1}`,
      received: ago(40),
      materialCode: 'LAV',
      supplier: 'Lavender Fields',
      unit: 'ml',
      ...receipt,
    })),
  });

  test('only Available, unexpired lots count; held and expired ones are listed, marked, and left out', () => {
    const figures = figuresOf(
      tables([
        { quantity: 500, status: 'Available' },
        { quantity: 1000, status: 'Quarantined' },
        { quantity: 1000, expires: ago(1) },
        { quantity: 250, expires: TODAY },
      ]),
    );
    expect(figures.materials[0]).toMatchObject({ usable: 750, usableLots: 2 });
    const marks = Object.fromEntries(figures.lots.map((lot) => [lot.code, lot.marks.join('; ')]));
    expect(marks).toEqual({
      'LAV-1': '',
      'LAV-2': 'held: Quarantined',
      'LAV-3': 'expired',
      'LAV-4': 'expires within 30 days',
    });
    expect(figures.lots.find((lot) => lot.code === 'LAV-3')!.daysLeft).toBe(-1);
  });

  test('lots expiring within the setting’s days are marked, and not beyond', () => {
    const receipts = [
      { quantity: 1, expires: addDays(TODAY, 30) },
      { quantity: 1, expires: addDays(TODAY, 31) },
    ];
    expect(figuresOf(tables(receipts)).lots.map((lot) => lot.expiringSoon)).toEqual([true, false]);
    const ten = storedStockSettings({ expiringWithinDays: 10 });
    expect(figuresOf(tables(receipts), TODAY, ten).lots.map((lot) => lot.expiringSoon)).toEqual([false, false]);
    // A setting that is no number of days is the default, never 0.
    expect(storedStockSettings({ expiringWithinDays: 0 })).toEqual(DEFAULT_STOCK_SETTINGS);
    expect(storedStockSettings('30')).toEqual(DEFAULT_STOCK_SETTINGS);
  });

  test('lots in litres count towards a material kept in millilitres; grams do not, and say so', () => {
    const figures = figuresOf(tables([{ quantity: 0.5, unit: 'l' }, { quantity: 100 }]));
    expect(figures.materials[0]!.usable).toBe(600);
    const mixed = figuresOf(
      tables([
        { quantity: 0.5, unit: 'l' },
        { quantity: 100, unit: 'g' },
      ]),
    );
    expect(mixed.materials[0]!.usable).toBeNull();
    expect(mixed.materials[0]!.notes.join('; ')).toMatch(/usable not counted: the on hand of LAV-2 cannot be counted/);
    expect(mixed.notCounted).toContainEqual(
      expect.objectContaining({
        sheet: 'Receipts',
        row: 3,
        column: 'Unit',
        message: expect.stringMatching(/LAV-2 is kept in g, which does not convert to LAV's unit ml/),
      }),
    );
  });

  test('an unreadable Quantity leaves the lot and the material uncounted, named with its row, never 0', () => {
    const figures = figuresOf(tables([{ quantity: 500 }, { quantity: '1OO' }]));
    expect(figures.lots.find((lot) => lot.code === 'LAV-2')).toMatchObject({ onHand: null, marks: ['not counted (see the top)'] });
    expect(figures.materials[0]!.usable).toBeNull();
    expect(figures.notCounted).toContainEqual(expect.objectContaining({ sheet: 'Receipts', row: 3, column: 'Quantity' }));
    const report = stockReport(figures, { at: '2024-03-01 09:00', by: 'maker@example.com' }).report;
    const materials = report.tables.find((table) => table.title.startsWith('Materials'))!;
    expect(materials.rows[0]![3]).toBe(NOT_COUNTED);
  });
});

describe('use per week that cannot be counted', () => {
  test('a typo in a Batch inputs quantity in the window: not counted, and the row named', () => {
    const tables = guideExample();
    tables.batchInputs![5]!.quantity = '2OO';
    const figures = figuresOf(tables);
    const oil = figures.materials[0]!;
    expect(oil).toMatchObject({ usePerWeek: null, weeksOfCover: null, runsOut: null, reorderBy: null });
    expect(oil.notes.join('; ')).toMatch(/use not counted: Batch inputs row 7 cannot be counted/);
    expect(figures.notCounted).toContainEqual(expect.objectContaining({ sheet: 'Batch inputs', row: 7, column: 'Quantity' }));
  });

  test('a use whose batch has no Made date cannot be placed in the 8 weeks: not counted', () => {
    const tables = guideExample();
    tables.batchInputs![0]!.batchId = 'MFG-999';
    const figures = figuresOf(tables);
    expect(figures.materials[0]!.usePerWeek).toBeNull();
    expect(figures.notCounted).toContainEqual(
      expect.objectContaining({
        sheet: 'Batch inputs',
        row: 2,
        column: 'Batch ID',
        message: expect.stringMatching(/cannot be placed in time/),
      }),
    );
  });
});

describe('what the sheets lack', () => {
  test('without a Reorder at column, the top says no material is checked against a reorder point', () => {
    const contents = smallWorkbook(guideExample());
    const materials = contents.Materials!;
    const at = materials[0]!.indexOf('Reorder at');
    contents.Materials = materials.map((row) => row.filter((_, i) => i !== at));
    const figures = stockFigures(inputOf(contents));
    expect(figures.notChecked).toContain('Materials has no "Reorder at" column: no material is checked against a reorder point.');
    expect(figures.materials[0]!.atOrBelowReorder).toBeNull();
  });

  test('a Reorder at that cannot be read is said, not taken as none', () => {
    const tables = guideExample();
    tables.materials![0]!.reorderAt = 'lots';
    const figures = figuresOf(tables);
    expect(figures.materials[0]!.atOrBelowReorder).toBeNull();
    expect(figures.materials[0]!.notes).toContain('Reorder at cannot be read: not checked');
    expect(figures.notCounted).toContainEqual(expect.objectContaining({ sheet: 'Materials', row: 2, column: 'Reorder at' }));
    const { report } = stockReport(figures, { at: '2024-03-01 09:00', by: 'maker@example.com' });
    expect(report.heading).toContain('1 material could not be checked against a reorder point: FO.');
    expect(report.tables.find((table) => table.title.startsWith('Materials'))!.rows[0]![5]).toBe('not checked');
  });

  test('an Orders sheet with no Batch code column leaves every on hand uncounted, said at the top', () => {
    const tables = guideExample({ orders: [{ order: '#1', customer: 'Ann', batchCode: 'SOAP-1', quantity: 2 }] });
    const contents = smallWorkbook(tables);
    const at = contents.Orders![0]!.indexOf('Batch code');
    contents.Orders = contents.Orders!.map((row) => row.filter((_, i) => i !== at));
    const figures = stockFigures(inputOf(contents));
    expect(figures.notChecked[0]).toMatch(/^Orders has rows but no column naming the lot they took: no on hand is counted\.$/);
    expect(figures.lots.every((lot) => lot.onHand === null)).toBe(true);
    expect(figures.materials[0]!.usable).toBeNull();
  });
});

describe('products', () => {
  test('released and held batches apart, in the product’s unit; an expired released batch on its own', () => {
    const figures = figuresOf({
      products: [{ sku: 'SOAP', product: 'Soap bar', unit: 'bars' }],
      batches: [
        { batchId: 'M1', made: ago(10), sku: 'SOAP', batchCode: 'S-1', quantityMade: 100 },
        { batchId: 'M2', made: ago(9), sku: 'SOAP', batchCode: 'S-2', quantityMade: 50, status: 'Quarantined' },
        { batchId: 'M3', made: ago(300), sku: 'SOAP', batchCode: 'S-3', quantityMade: 40, expires: ago(5) },
        { batchId: 'M4', made: ago(8), sku: 'SOAP', batchCode: 'S-4', quantityMade: 30 },
      ],
      // A Batch inputs sheet with no rows: no batch was used in another.
      batchInputs: [],
      orders: [
        { order: '#1', customer: 'Ann', batchCode: 'S-1', quantity: 30 },
        { order: '#2', customer: 'Bob', batchCode: 'S-4', quantity: 30 },
      ],
    });
    expect(figures.products).toEqual([
      { sku: 'SOAP', name: 'Soap bar', unit: 'bars', released: 70, expired: 40, held: 50, batches: 3, notes: [] },
    ]);
    expect(figures.lots.map((lot) => [lot.code, lot.onHand, lot.unit, lot.marks.join('; ')])).toEqual([
      ['S-3', 40, 'bars', 'expired'],
      ['S-1', 70, 'bars', ''],
      ['S-2', 50, 'bars', 'held: Quarantined'],
    ]);
  });
});

describe('the report', () => {
  const written = stockReport(figuresOf(guideExample()), { at: '2024-03-01 09:00', by: 'maker@example.com' });

  test('its first line says Lotline made it, when, and that it is overwritten, on one row', () => {
    expect(written.report.heading[0]).toBe(`${STOCK_SHEET_MARK} 2024-03-01 09:00, overwritten each time`);
    expect(written.report.heading[0]!.length).toBeLessThanOrEqual(56);
  });

  test('the answer comes next: nothing at its reorder point, nothing expiring', () => {
    expect(written.report.heading[2]).toBe('No material counted is at or below its reorder point.');
    expect(written.report.heading[3]).toBe('0 lots and batches with stock expire within 30 days.');
    expect(written.logSummary).toMatch(/^25 lots and batches with stock, 0 materials at or below the reorder point/);
  });
});

test('past 1,000 problems the rest are counted by sheet and column, their first rows named', () => {
  const receipts = Array.from({ length: 1205 }, (_, i) => ({
    lotNumber: `LAV-${i}`,
    received: ago(10),
    materialCode: 'LAV',
    supplier: 'Lavender Fields',
    quantity: i < 5 ? 100 : 'about 100',
    unit: 'ml',
  }));
  const figures = figuresOf({ materials: [{ materialCode: 'LAV', material: 'Lavender oil', unit: 'ml' }], receipts });
  expect(figures.notCounted).toHaveLength(1200);
  const table = stockReport(figures, { at: '2024-03-01 09:00', by: 'maker@example.com' }).report.tables[0]!;
  expect(table.title).toBe('What could not be read or counted (1,200)');
  expect(table.rows).toHaveLength(1001);
  expect(table.rows[1000]).toEqual([
    'Receipts',
    null,
    'Quantity',
    '200 more, in rows 1007, 1008, 1009 and others; the first: "about 100" is not a number',
  ]);
});

describe('a lot whose Expires cannot be read, in Receipts with no Status column', () => {
  test('is still not counted usable: taking every lot as Available keeps what could not be read', () => {
    const figures = stockFigures(
      inputOf({
        Materials: [
          ['Material code', 'Material', 'Unit'],
          ['FO', 'Fragrance oil', 'ml'],
        ],
        Receipts: [
          ['Lot number', 'Received', 'Material code', 'Supplier', 'Quantity', 'Unit', 'Expires'],
          ['FO-1', ago(3), 'FO', 'Aroma Source', 500, 'ml', 'next spring'],
        ],
        Batches: [['Batch ID', 'Made', 'SKU', 'Batch code', 'Quantity made']],
        'Batch inputs': [['Batch ID', 'Lot', 'Quantity', 'Unit']],
      }),
    );
    expect(figures.notChecked.join(' ')).toContain('has no "Status" column');
    expect(figures.materials[0]?.usable).toBeNull();
    expect(figures.lots[0]?.marks).toContain('Expires cannot be read (see the top)');
  });
});

describe('a batch code that is also a receipt lot number', () => {
  test("its product's stock says not counted, never 0", () => {
    const input = inputOf({
      Products: [
        ['SKU', 'Product', 'Unit'],
        ['LS', 'Lavender soap', 'bars'],
      ],
      Materials: [
        ['Material code', 'Material', 'Unit'],
        ['OLV', 'Olive oil', 'g'],
      ],
      Receipts: [
        ['Lot number', 'Received', 'Material code', 'Supplier', 'Quantity', 'Unit', 'Status'],
        ['LS-0210', ago(30), 'OLV', 'Oils Inc', 1000, 'g', 'Available'],
      ],
      Batches: [
        ['Batch ID', 'Made', 'SKU', 'Batch code', 'Quantity made', 'Status'],
        ['MFG-1', ago(20), 'LS', 'LS-0210', 10, 'Released'],
      ],
      'Batch inputs': [['Batch ID', 'Lot', 'Quantity', 'Unit']],
    });
    const figures = stockFigures(input);
    const soap = figures.products.find((product) => product.sku === 'LS')!;
    expect(soap.released === null || soap.held === null).toBe(true);
    expect(soap.notes.join(' ')).toContain('not counted: LS-0210');
  });
});
