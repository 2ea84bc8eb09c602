// FDA traceability spreadsheet… (FSMA 204) through the built bundle, on a small fresh-salsa maker's
// workbook (fresh herbs, tomatoes, peppers and onions are on the Food Traceability List): for SALSA over
// October 2023 the Receiving sheet has one row per receipt of a lot its batches used, Transformation one
// row per input lot of its two batches, Shipping one row per order line to a Wholesale customer — each
// element taken from the sheets — while consumer sales are absent, the line with a blank Customer type is
// listed as not known, and the glossary says first which elements are missing, at their sheet, row and
// column. A lot-code filter narrows to the records carrying the codes; bad input writes nothing.
import { callFromClient, createRuntimeWithBundle, scriptRunOf } from '../../local/runtime';
import { RECEIVING_COLUMNS, SHIPPING_COLUMNS, TRANSFORMATION_COLUMNS } from '../../src/domain/fsma/columns';
import type * as Lotline from '../../src/index';
import { FOOD, LOCATION } from '../fixtures/salsa-maker';
import { dateCell, type SheetContents } from '../fixtures/sheet-values';

const OURS = 'Riverbend Salsa Co., 209-555-0100, 7 River Rd, Lodi, CA 95240';
const FARM_AT = 'Green Valley Farm, 209-555-0131, 12 Orchard Rd, Lodi, CA 95240';
const PRODUCE_AT = 'Sunrise Produce, 400 Market St, Stockton, CA 95202';
const OCTOBER = { location: LOCATION, from: '2023-10-01', to: '2023-10-31', lotCodes: [], products: ['SALSA'] };

function openWorkbook(contents: SheetContents = FOOD) {
  const { runtime, bundle } = createRuntimeWithBundle({ userEmail: 'maker@example.com' });
  for (const [name, rows] of Object.entries(contents)) runtime.spreadsheet.insertSheet(name).loadRowsForTest(rows);
  bundle.open('LIMITED');
  return { runtime, bundle, server: scriptRunOf<typeof Lotline>(bundle) };
}
type Opened = ReturnType<typeof openWorkbook>;
type Made = Extract<Awaited<ReturnType<Opened['server']['makeFdaSpreadsheet']>>, { ok: true }>;

const valuesOf = (opened: Opened, name: string): unknown[][] => {
  const sheet = opened.runtime.spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn()).getValues();
};
// The runtime's cells are Dates of its own realm: not `instanceof` this one's Date.
const isDate = (cell: unknown): cell is Date => Object.prototype.toString.call(cell) === '[object Date]';
const dayText = (cell: unknown) => (isDate(cell) ? cell.toISOString().slice(0, 10) : String(cell));
/** A table's rows as records by header; dates as the day New York shows (cells hold its midnight). */
const recordsOf = (opened: Opened, name: string) => {
  const [header, ...rows] = valuesOf(opened, name);
  return rows.map((row) =>
    Object.fromEntries(
      (header as string[]).map((h, i) => {
        const cell = row[i];
        return [h, isDate(cell) ? dayText(new Date(cell.getTime() + 12 * 3600 * 1000)) : cell];
      }),
    ),
  );
};
/** The glossary's table under the header row that starts with `headers`, down to the first blank row. */
const glossaryTable = (opened: Opened, name: string, ...headers: string[]) => {
  const values = valuesOf(opened, name);
  const at = values.findIndex((row) => headers.every((header, i) => row[i] === header));
  if (at < 0) return null;
  const header = values[at] as string[];
  const rows: Record<string, unknown>[] = [];
  for (let r = at + 1; r < values.length && values[r]!.some((cell) => cell !== ''); r++)
    rows.push(Object.fromEntries(header.filter((h) => h !== '').map((h, i) => [h, values[r]![i]])));
  return { at, rows };
};
async function make(opened: Opened, request: Record<string, unknown>): Promise<Made> {
  const result = await opened.server.makeFdaSpreadsheet(request as never);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problems)}`);
  return result;
}

describe('FDA traceability spreadsheet for SALSA over October 2023', () => {
  let opened: Opened;
  let made: Made;
  let sheetsBefore: string[];
  beforeAll(async () => {
    opened = openWorkbook();
    sheetsBefore = opened.runtime.spreadsheet.getSheets().map((sheet) => sheet.getName());
    const setup = await opened.server.loadFdaSpreadsheet();
    expect(setup.location).toEqual({ name: '', phone: '', street: '', city: '', state: '', zip: '' });
    expect(setup.products.map((p) => p.sku)).toEqual(['SALSA', 'GUAC']);
    made = await make(opened, OCTOBER);
  });

  const sheet = (kind: 'glossary' | 'receiving' | 'transformation' | 'shipping') =>
    made.sheets.find((name) => name.startsWith(`FDA ${kind} `)) as string;

  it('writes four new sheets — glossary first, then one per critical tracking event — each name within 31 characters', () => {
    expect(made.sheets).toHaveLength(4);
    expect(made.sheets.map((name) => name.replace(/ \d{6} \d{4}$/, ''))).toEqual([
      'FDA glossary',
      'FDA receiving',
      'FDA transformation',
      'FDA shipping',
    ]);
    for (const name of made.sheets) expect(name.length).toBeLessThanOrEqual(31);
    // New sheets only (and the Log, made by the first action that writes one).
    expect(opened.runtime.spreadsheet.getSheets().map((s) => s.getName())).toEqual([...sheetsBefore, ...made.sheets, 'Log']);
    expect(opened.runtime.spreadsheet.getActiveSheet().getName()).toBe(sheet('glossary'));
    expect(made).toMatchObject({ receiving: 6, transformation: 10, shipping: 3, notKnown: 1 });
  });

  it('each event sheet: the key data elements as its one header row, frozen, a record a row', () => {
    const expected = { receiving: RECEIVING_COLUMNS, transformation: TRANSFORMATION_COLUMNS, shipping: SHIPPING_COLUMNS };
    for (const [kind, columns] of Object.entries(expected) as [keyof typeof expected, typeof RECEIVING_COLUMNS][]) {
      const values = valuesOf(opened, sheet(kind));
      expect(values[0]).toEqual(columns.map((column) => column.header));
      expect(values.slice(1).every((row) => row.some((cell) => cell !== ''))).toBe(true);
      const tab = opened.runtime.spreadsheet.getSheetByName(sheet(kind))!;
      expect(tab.getFrozenRows()).toBe(1);
    }
    expect(RECEIVING_COLUMNS.map((c) => c.header)).toEqual(
      expect.arrayContaining([
        'Traceability lot code',
        'Immediate previous source',
        'Reference document type',
        'Reference document number',
      ]),
    );
  });

  it('Receiving: one row per receipt of a lot SALSA used, received in October, its elements from Receipts and Suppliers', () => {
    const rows = recordsOf(opened, sheet('receiving'));
    expect(rows.map((row) => row['Lot number'])).toEqual([
      'TOM-1002-01',
      'CIL-1002-01',
      'ONI-1003-01',
      'JAL-1003-01',
      'LIME-1004-01',
      'TOM-1010-01',
    ]);
    expect(rows[0]).toEqual({
      'Traceability lot code': 'GVF-T-7781',
      Quantity: 40,
      'Unit of measure': 'kg',
      'Product description': 'Roma tomatoes (TOM)',
      'Immediate previous source': FARM_AT,
      'Receiving location': OURS,
      'Date received': '2023-10-02',
      'Traceability lot code source': FARM_AT,
      'Reference document type': 'Invoice',
      'Reference document number': 'INV-4411',
      'Lot number': 'TOM-1002-01',
    });
    // No supplier lot: our lot number stands in, with our location as its source.
    expect(rows[2]).toMatchObject({
      'Traceability lot code': 'ONI-1003-01',
      'Immediate previous source': PRODUCE_AT,
      'Traceability lot code source': OURS,
      'Reference document type': 'Packing slip',
      'Reference document number': 'PS-2209',
    });
    expect(rows[3]).toMatchObject({ 'Reference document type': '', 'Reference document number': '5521' });
    expect(rows[4]).toMatchObject({
      'Traceability lot code': 'SP-L-1180',
      Quantity: 10,
      'Unit of measure': 'l',
      'Reference document number': '',
    });
    const dates = valuesOf(opened, sheet('receiving'))
      .slice(1)
      .map((row) => row[6]);
    expect(dates.every(isDate)).toBe(true);
  });

  it('Transformation: one row per input lot of the two SALSA batches made in October', () => {
    const rows = recordsOf(opened, sheet('transformation'));
    // Each input by the code it arrived with: the supplier's lot, else ours (ONI-1003-01).
    expect(rows.map((row) => [row['New traceability lot code'], row['Input traceability lot code']])).toEqual([
      ['SALSA-231005-01', 'GVF-T-7781'],
      ['SALSA-231005-01', 'GVF-C-7790'],
      ['SALSA-231005-01', 'ONI-1003-01'],
      ['SALSA-231005-01', 'SP-J-5521'],
      ['SALSA-231005-01', 'SP-L-1180'],
      ['SALSA-231012-01', 'GVF-T-7802'],
      ['SALSA-231012-01', 'GVF-C-7790'],
      ['SALSA-231012-01', 'ONI-1003-01'],
      ['SALSA-231012-01', 'SP-J-5521'],
      ['SALSA-231012-01', 'SP-L-1180'],
    ]);
    expect(rows[1]).toEqual({
      'Input traceability lot code': 'GVF-C-7790',
      'Input product description': 'Fresh cilantro (CIL)',
      'Input quantity used': 2.5,
      'Input unit of measure': 'kg',
      'New traceability lot code': 'SALSA-231005-01',
      'Traceability lot code source': OURS,
      'Date transformation completed': '2023-10-05',
      'Product description': 'Fresh herb salsa (SALSA)',
      Quantity: 120,
      'Unit of measure': 'jars',
      'Reference document type': 'Batch record',
      'Reference document number': 'MFG-0001',
    });
    // The input as Batch inputs recorded it (3500 ml), the batch's blank Unit as its product's.
    expect(rows[9]).toMatchObject({
      'Input traceability lot code': 'SP-L-1180',
      'Input quantity used': 3500,
      'Input unit of measure': 'ml',
      Quantity: 100,
      'Unit of measure': 'jars',
      'Date transformation completed': '2023-10-12',
      'Reference document number': 'MFG-0003',
    });
  });

  it('Shipping: one row per order line to a Wholesale customer; consumer sales and the blank type are not in it', () => {
    const rows = recordsOf(opened, sheet('shipping'));
    expect(rows.map((row) => row['Reference document number'])).toEqual(['5001', '5004', '5008']);
    expect(rows[0]).toEqual({
      'Traceability lot code': 'SALSA-231005-01',
      Quantity: 24,
      'Unit of measure': 'jars',
      'Product description': 'Fresh herb salsa (SALSA)',
      'Immediate subsequent recipient': 'Corner Market, 88 Elm St, Lodi, CA 95240',
      'Ship-from location': OURS,
      'Date shipped': '2023-10-09',
      'Traceability lot code source': OURS,
      'Reference document type': 'Order',
      'Reference document number': '5001',
    });
    expect(rows[1]).toMatchObject({ 'Immediate subsequent recipient': 'Fresh Foods Co-op', Quantity: 36 });
    // What a customer typed stays text: never a formula.
    expect(rows[2]!['Immediate subsequent recipient']).toBe('=HYPERLINK("http://x.example","Deli"), 1 Bay St, Lodi, CA 95240');
    const tab = opened.runtime.spreadsheet.getSheetByName(sheet('shipping'))!;
    expect(
      tab
        .getRange(2, 1, 3, SHIPPING_COLUMNS.length)
        .getFormulas()
        .flat()
        .every((f) => f === ''),
    ).toBe(true);
    const all = valuesOf(opened, sheet('shipping')).flat().map(String).join('|');
    for (const consumer of ['Jane Doe', 'Sam Patel', '5002', '5007', 'Hilltop Deli', 'GUAC']) expect(all).not.toContain(consumer);
  });

  it('the glossary says first what is not complete, then lists each missing element at its sheet, row and column', () => {
    const values = valuesOf(opened, sheet('glossary'));
    const lines = values
      .map((row) => String(row[0]))
      .join('\n')
      .replace(/\n {3}/g, ' ');
    expect(lines).toMatch(
      /^FDA traceability spreadsheet \(FSMA 204\) of product SALSA, 2023-10-01 to 2023-10-31, made \d{4}-\d{2}-\d{2} \d{2}:\d{2} by maker@example\.com\.\nNot complete: 6 key data elements missing, 1 order line not known to be shipping or not/,
    );
    const missing = glossaryTable(opened, sheet('glossary'), 'Missing element')!;
    const notKnown = glossaryTable(opened, sheet('glossary'), 'Customer')!;
    const columns = glossaryTable(opened, sheet('glossary'), 'Sheet', 'Column')!;
    // What is missing comes right after the answer, before what the sheets hold.
    const title = values.findIndex((row) => row[0] === 'Missing key data elements');
    expect(missing.at).toBe(title + 1);
    const above = values
      .slice(0, title)
      .map((row) => String(row[0]))
      .filter((line) => line !== '');
    expect(
      above
        .join('\n')
        .replace(/\n {3}/g, ' ')
        .split('\n'),
    ).toHaveLength(2);
    const holds = glossaryTable(opened, sheet('glossary'), 'Sheet', 'Rows')!;
    expect(missing.at).toBeLessThan(holds.at);
    expect(holds.rows).toEqual([
      { Sheet: sheet('receiving'), Rows: 6, 'One row per': 'receipt of a lot (§1.1345)' },
      { Sheet: sheet('transformation'), Rows: 10, 'One row per': 'input lot of a batch (§1.1350): 2 batches' },
      {
        Sheet: sheet('shipping'),
        Rows: 3,
        'One row per':
          'order line to a wholesale customer (§1.1340); 2 sales to consumers left out: not shipping under the rule; 1 order line with no Customer type not in it: not known whether shipped to a wholesale customer (listed below)',
      },
    ]);
    expect(holds.at).toBeLessThan(notKnown.at);
    expect(notKnown.at).toBeLessThan(columns.at);
    const brief = missing.rows.map((m) => [m['Missing element'], m['FDA sheet'], m['FDA row'], m.Sheet, m.Row, m.Column]);
    expect(brief).toEqual([
      ['Traceability lot code', sheet('receiving'), 4, 'Receipts', 4, 'Supplier lot'],
      ['Immediate previous source', sheet('receiving'), '', 'Suppliers', 3, 'Phone'],
      ['Reference document type', sheet('receiving'), 5, 'Receipts', 5, 'Reference document'],
      ['Reference document type and number', sheet('receiving'), 6, 'Receipts', 6, 'Reference document'],
      ['Immediate subsequent recipient', sheet('shipping'), 3, 'Orders', 5, 'Address'],
      ['Immediate subsequent recipient', sheet('shipping'), '', 'Orders', '', ''],
    ]);
    expect(missing.rows).toHaveLength(made.missing);
    expect(missing.rows.find((m) => m.Column === 'Supplier lot')!['What is missing']).toMatch(/our Lot number ONI-1003-01 stands in/);
    // The blank Customer type is listed, never taken as a consumer sale.
    expect(notKnown.rows).toEqual([
      {
        Customer: 'Hilltop Deli',
        'Customer type': 'not known — check',
        'Order lines': 1,
        'Batch codes': 'SALSA-231005-01',
        Shipped: '2023-10-11',
        'Orders rows': '4',
      },
    ]);
    expect(columns.rows.map((row) => row.Column)).toEqual(expect.arrayContaining(['Traceability lot code', 'Reference document number']));
    const terms = glossaryTable(opened, sheet('glossary'), 'Term')!;
    expect(terms.rows).toContainEqual({ Term: 'g, kg, oz, lb', Meaning: 'grams, kilograms, ounces, pounds' });
  });

  it('remembers the location for the next time, writes a Log row and changes none of the maker’s sheets', async () => {
    expect((await opened.server.loadFdaSpreadsheet()).location).toEqual(LOCATION);
    const log = valuesOf(opened, 'Log');
    expect(log.at(-1)![2]).toBe('FDA traceability spreadsheet');
    expect(String(log.at(-1)![3])).toMatch(
      /^Made the FDA spreadsheet of product SALSA, 2023-10-01 to 2023-10-31 .*6 receipts, 10 input lots, 3 wholesale shipments/,
    );
    for (const name of Object.keys(FOOD)) expect(valuesOf(opened, name)).toEqual(FOOD[name]!.map((row) => row.map((cell) => cell)));
  });
});

describe('FDA traceability spreadsheet by lot code', () => {
  it('a receipt lot (by our lot number or the supplier’s): its receipt and every batch input that used it, no shipment', async () => {
    const opened = openWorkbook();
    const byOurs = await make(opened, { ...OCTOBER, from: '', to: '', products: [], lotCodes: ['cil-1002-01'] });
    expect(byOurs).toMatchObject({ receiving: 1, transformation: 3, shipping: 0 });
    const transformation = recordsOf(opened, byOurs.sheets[2]!);
    expect(transformation.map((row) => row['New traceability lot code'])).toEqual(['SALSA-231005-01', 'GUAC-231006-01', 'SALSA-231012-01']);
    expect(transformation.every((row) => row['Input traceability lot code'] === 'GVF-C-7790')).toBe(true);
    const bySupplier = await make(opened, { ...OCTOBER, from: '', to: '', products: [], lotCodes: ['GVF-C-7790'] });
    expect(bySupplier).toMatchObject({ receiving: 1, transformation: 3 });
    expect(recordsOf(opened, bySupplier.sheets[1]!)[0]!['Lot number']).toBe('CIL-1002-01');
  });

  it('a batch code: its input lots and its wholesale shipments; its consumer sale absent, its blank type listed', async () => {
    const opened = openWorkbook();
    const made = await make(opened, { ...OCTOBER, products: [], lotCodes: ['SALSA-231005-01'] });
    expect(made).toMatchObject({ receiving: 0, transformation: 5, shipping: 1, notKnown: 1 });
    expect(recordsOf(opened, made.sheets[3]!).map((row) => row['Reference document number'])).toEqual(['5001']);
    expect(valuesOf(opened, made.sheets[1]!)).toEqual([RECEIVING_COLUMNS.map((column) => column.header)]);
  });
});

describe('FDA traceability spreadsheet: what the records lack is said, never guessed', () => {
  const headerOf = (name: string) => FOOD[name]![0] as string[];
  const without = (name: string, column: string): unknown[][] => {
    const at = headerOf(name).indexOf(column);
    return FOOD[name]!.map((row) => row.filter((_, i) => i !== at));
  };

  it('Orders with no Customer type column: no line is shipping or a consumer sale, each is listed as not known', async () => {
    const opened = openWorkbook({ ...FOOD, Orders: without('Orders', 'Customer type') });
    const made = await make(opened, OCTOBER);
    // 5001–5004, 5007, 5008: every SALSA line shipped in October.
    expect(made).toMatchObject({ shipping: 0, notKnown: 6 });
    expect(valuesOf(opened, made.sheets[3]!)).toHaveLength(1);
    const missing = glossaryTable(opened, made.sheets[0]!, 'Missing element')!;
    expect(missing.rows).toContainEqual(
      expect.objectContaining({ Sheet: 'Orders', Row: '', 'What is missing': expect.stringMatching(/^there is no Customer type column/) }),
    );
    const notKnown = glossaryTable(opened, made.sheets[0]!, 'Customer', 'Customer type')!;
    expect(notKnown.rows.map((row) => [row.Customer, row['Order lines'], row['Orders rows']])).toEqual([
      ['Corner Market', 1, '2'],
      ['Jane Doe', 1, '3'],
      ['Hilltop Deli', 1, '4'],
      ['Fresh Foods Co-op', 1, '5'],
      ['Sam Patel', 1, '8'],
      ['=HYPERLINK("http://x.example","Deli")', 1, '9'],
    ]);
  });

  it('a lot sold on as received ships under its supplier’s code; a cell that cannot be read is listed', async () => {
    const orders = FOOD.Orders!.map((row) => [...row]);
    const header = headerOf('Orders');
    const line = header.map(() => '' as unknown);
    Object.assign(line, {
      [header.indexOf('Order')]: '5009',
      [header.indexOf('Shipped')]: dateCell('2023-10-07'),
      [header.indexOf('Customer')]: 'Corner Market',
      [header.indexOf('Address')]: '88 Elm St, Lodi, CA 95240',
      [header.indexOf('Batch code')]: 'AVO-1005-01',
      [header.indexOf('Quantity')]: 5,
      [header.indexOf('Customer type')]: 'Wholesale',
    });
    orders.push(line);
    const receipts = FOOD.Receipts!.map((row) => [...row]);
    receipts[1]![headerOf('Receipts').indexOf('Quantity')] = 'a crate';
    const opened = openWorkbook({ ...FOOD, Orders: orders, Receipts: receipts });
    const made = await make(opened, { ...OCTOBER, products: [], lotCodes: ['AVO-1005-01', 'TOM-1002-01'] });
    const shipped = recordsOf(opened, made.sheets[3]!);
    expect(shipped).toEqual([
      expect.objectContaining({
        'Traceability lot code': 'GVF-A-7795',
        Quantity: 5,
        'Unit of measure': 'kg',
        'Product description': 'Avocados (AVO)',
        'Traceability lot code source': FARM_AT,
        'Reference document number': '5009',
      }),
    ]);
    // TOM-1002-01's Quantity "a crate" is left blank and listed, not taken as 0.
    const received = recordsOf(opened, made.sheets[1]!);
    expect(received.find((row) => row['Lot number'] === 'TOM-1002-01')!.Quantity).toBe('');
    const unreadable = glossaryTable(opened, made.sheets[0]!, 'Sheet', 'Row', 'Column', 'Problem')!;
    expect(unreadable.rows).toEqual([expect.objectContaining({ Sheet: 'Receipts', Row: 2, Column: 'Quantity' })]);
    expect(valuesOf(opened, made.sheets[0]!)[3]![0]).toMatch(/^Not complete: 1 key data element missing, 1 cell that/);
  });
});

describe('FDA traceability spreadsheet: bad input gets a sentence at its field, and nothing is written', () => {
  let opened: Opened;
  let sheetsBefore: number;
  beforeAll(() => {
    opened = openWorkbook();
    sheetsBefore = opened.runtime.spreadsheet.getSheets().length;
  });
  afterEach(async () => {
    expect(opened.runtime.spreadsheet.getSheets().length).toBe(sheetsBefore);
    expect((await opened.server.loadFdaSpreadsheet()).location.name).toBe('');
  });

  it('a period that ends before it starts', async () => {
    const result = await opened.server.makeFdaSpreadsheet({ ...OCTOBER, from: '2023-10-31', to: '2023-10-01' });
    expect(!result.ok && result.problems).toEqual([
      { field: 'to', message: expect.stringMatching(/ends \(2023-10-01\) before it starts \(2023-10-31\)/) },
    ]);
  });

  it('lot codes that exist nowhere, with the closest codes that do', async () => {
    const result = await opened.server.makeFdaSpreadsheet({ ...OCTOBER, lotCodes: ['SALSA-231005-1', 'GVF-C-779O'] });
    expect(!result.ok && result.problems).toEqual([
      {
        field: 'lotCodes',
        message: expect.stringMatching(
          /^No receipt, supplier lot or batch has the code SALSA-231005-1\. The closest that exist: SALSA-231005-01/,
        ),
      },
      { field: 'lotCodes', message: expect.stringMatching(/code GVF-C-779O\. The closest that exist: GVF-C-7790/) },
    ]);
  });

  it('a product that is not on Products, and a blank location element', async () => {
    const result = await opened.server.makeFdaSpreadsheet({ ...OCTOBER, location: { ...LOCATION, zip: ' ' }, products: ['SALSAA'] });
    expect(!result.ok && result.problems).toEqual([
      { field: 'zip', message: "Enter your ZIP code: FDA's traceability records name every location by it." },
      { field: 'products', message: expect.stringMatching(/SKU SALSAA\. The closest that exist: SALSA/) },
    ]);
  });

  it('nothing matching', async () => {
    const product = await opened.server.makeFdaSpreadsheet({ ...OCTOBER, from: '2022-01-01', to: '2022-12-31' });
    expect(!product.ok && product.problems).toEqual([
      {
        field: 'products',
        message:
          'Nothing matches product SALSA, 2022-01-01 to 2022-12-31: no receipt, batch or wholesale shipment — the spreadsheet would be empty.',
      },
    ]);
    const period = await opened.server.makeFdaSpreadsheet({ ...OCTOBER, products: [], from: '2024-01-01', to: '' });
    expect(!period.ok && period.problems[0]!.field).toBe('from');
  });

  it('a request the types refuse: a day that does not exist', async () => {
    await expect(callFromClient(opened.bundle, 'makeFdaSpreadsheet', [{ ...OCTOBER, from: '2023-02-30' }])).rejects.toThrow(
      /The start of the period: use a real date/,
    );
  });
});
