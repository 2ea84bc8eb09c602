// Bad input to Import orders…, through the built add-on as the sidebar sends it: files that are not a
// shop's CSV, lines a maker cannot ship as written, and plans edited into nonsense or naming batches
// that cannot ship. Each is answered with the sentence a maker needs — the file, line and column (or
// the plan's line and field) — and nothing is written: Orders and Log are the same, cell by cell.
import { callFromClient, createRuntimeWithBundle, scriptRunOf, type LocalSheet } from '../../local/runtime';
import type * as Lotline from '../../src/index';
import type { ColumnMapping, OrderImportPlan, PlannedLine } from '../../src/contract/orders';
import { orderExport } from '../fixtures/orders/exports';
import { soapMakerWorkbook } from '../fixtures/soap-maker';

const { sheets: soapMaker } = soapMakerWorkbook();

function openSoapMaker(prepare?: (sheet: (name: string) => LocalSheet) => void) {
  const { runtime, bundle } = createRuntimeWithBundle({ timeZone: 'America/New_York' });
  for (const [name, rows] of Object.entries(soapMaker)) runtime.spreadsheet.insertSheet(name).loadRowsForTest(rows);
  const sheet = (name: string) => runtime.spreadsheet.getSheetByName(name) as LocalSheet;
  prepare?.(sheet);
  bundle.open('LIMITED');
  runtime.setAuthMode('FULL');
  /** Every cell of Orders and Log, values and formulas: what "nothing was written" compares. */
  const cells = () =>
    ['Orders', 'Log'].map((name) => {
      const range = sheet(name).getDataRange();
      return { name, values: range.getValues(), formulas: range.getFormulas() };
    });
  return { runtime, bundle, sheet, cells, server: scriptRunOf<typeof Lotline>(bundle) };
}

/**
 * One workbook for the cases that change nothing before they run: each compares Orders and Log before
 * and after its own call, so a case that wrote would fail itself, and the rest run on the same cells.
 */
let sharedWorkbook: ReturnType<typeof openSoapMaker> | undefined;
const workbookFor = (prepare?: (sheet: (name: string) => LocalSheet) => void) =>
  prepare ? openSoapMaker(prepare) : (sharedWorkbook ??= openSoapMaker());

// One-line exports like the fixtures' first lines, with some cells changed (by header).
const ETSY = orderExport('etsy-sold-order-items.csv').text;
const [ETSY_HEADER, ETSY_ROW] = ETSY.split('\r\n') as [string, string];
const SHOPIFY = orderExport('shopify-orders.csv').text.split('\n');
const SQUARE = orderExport('square-items.csv').text.split('\n');
function oneLine(header: string, row: string, cells: Record<string, string>, separator = ','): string {
  const headers = header.split(',');
  const values = row.split(',');
  for (const [name, value] of Object.entries(cells)) {
    const at = headers.indexOf(name);
    if (at < 0) throw new Error(`no column ${name}`);
    values[at] = value;
  }
  return `${headers.join(separator)}\n${values.join(separator)}\n`;
}
const etsyWith = (cells: Record<string, string> = {}, separator = ',') => oneLine(ETSY_HEADER, ETSY_ROW, cells, separator);
/** Shopify order #2002: one line of 3 peppermint bars, fulfilled 2024-09-04. */
const shopifyWith = (cells: Record<string, string> = {}) => oneLine(SHOPIFY[0]!, SHOPIFY[4]!, cells);
/** Square sale qY5…: 2 peppermint bars to Omar Haddad. */
const squareWith = (cells: Record<string, string> = {}) => oneLine(SQUARE[0]!, SQUARE[3]!, cells);

interface FileCase {
  what: string;
  text: string;
  /** The one sentence the preview answers. */
  says: string;
  columnMappings?: ColumnMapping[];
  productMappings?: { shop: string; sku: string }[];
  prepare?: (sheet: (name: string) => LocalSheet) => void;
}

const quantity = (value: string, says: string): FileCase => ({
  what: `an Etsy Quantity of ${JSON.stringify(value)}`,
  text: etsyWith({ Quantity: value }),
  says: `f.csv, line 2, column "Quantity": ${says}`,
});
const shipDate = (value: string): FileCase => ({
  what: `an Etsy Date Shipped of ${JSON.stringify(value)}`,
  text: etsyWith({ 'Date Shipped': value }),
  says: `f.csv, line 2, column "Date Shipped": "${value}" is not a date this shop writes.`,
});
const fulfilledAt = (value: string): FileCase => ({
  what: `a Shopify Fulfilled at of ${JSON.stringify(value)}`,
  text: shopifyWith({ 'Fulfilled at': value }),
  says: `f.csv, line 2, column "Fulfilled at": "${value}" is not a date this shop writes.`,
});
const WOO_HEADERS = [
  'Order Number',
  'Order Status',
  'Date Completed',
  'Billing Email',
  'Shipping First Name',
  'SKU',
  'Item Name',
  'Quantity',
];
const WOO = `${WOO_HEADERS.join(',')}\n501,completed,2024-09-03,a@example.com,Ann,LSOAP,Lavender soap,2\n`;
const wooMapping = (columns: ColumnMapping['columns']): ColumnMapping => ({
  headers: WOO_HEADERS,
  columns: {
    order: ['Order Number'],
    status: ['Order Status'],
    shipped: ['Date Completed'],
    customer: ['Shipping First Name'],
    sku: ['SKU'],
    quantity: ['Quantity'],
    ...columns,
  },
});

const FILE_CASES: FileCase[] = [
  { what: 'an empty file', text: '', says: 'f.csv: the file is empty: export the orders again.' },
  { what: 'only blank lines', text: '\n\n  \n', says: 'f.csv: the file is empty: export the orders again.' },
  { what: 'a byte-order mark and nothing else', text: '\ufeff', says: 'f.csv: the file is empty: export the orders again.' },
  {
    what: 'a header row only',
    text: `${ETSY_HEADER}\r\n`,
    says: 'f.csv: has a header row and no order lines: export a period with orders in it.',
  },
  {
    what: 'a header row and blank lines',
    text: `${SHOPIFY[0]}\n\n\n`,
    says: 'f.csv: has a header row and no order lines: export a period with orders in it.',
  },
  {
    what: 'a spreadsheet (a zip) chosen as CSV',
    text: 'PK\u0003\u0004\u0014\u0000\u0006\u0000[Content_Types].xml',
    says: 'f.csv: this is not a CSV file (a spreadsheet, PDF or zip?): export or save it as CSV.',
  },
  {
    what: 'a PDF',
    text: '%PDF-1.7\n\u0001\u0002 obj',
    says: 'f.csv: this is not a CSV file (a spreadsheet, PDF or zip?): export or save it as CSV.',
  },
  {
    what: 'binary junk',
    text: Array.from({ length: 300 }, (_, n) => String.fromCharCode((n * 37) % 256)).join(''),
    says: 'f.csv: this is not a CSV file (a spreadsheet, PDF or zip?): export or save it as CSV.',
  },
  {
    what: 'JSON',
    text: '{"orders":[{"id":1}]}\n',
    says: 'f.csv, line 1: a quote in the middle of a cell that does not start with one: this is not valid CSV.',
  },
  {
    what: 'a letter, not a table',
    text: 'Thank you for your order!\nIt ships soon.\n',
    says: 'f.csv, line 1: the first line is not a header row of columns: is this a shop’s CSV export?',
  },
  {
    what: 'HTML saved as .csv',
    text: '<html><body><table><tr><td>Order</td></tr></table></body></html>',
    says: 'f.csv, line 1: the first line is not a header row of columns: is this a shop’s CSV export?',
  },
  {
    what: 'a quote left open on the first order line',
    text: `${ETSY_HEADER}\n"09/01/24,Lavender soap bar\n`,
    says: 'f.csv, line 2, column "Sale Date": a quote is opened and never closed (a quote missing at the end of the cell?): this is not valid CSV.',
  },
  {
    what: 'a quote left open further down',
    text: `${ETSY}"3301,oops\n`,
    says: 'f.csv, line 7, column "Sale Date": a quote is opened and never closed (a quote missing at the end of the cell?): this is not valid CSV.',
  },
  {
    what: 'a quote in the middle of a cell',
    text: etsyWith({ 'Ship Address2': 'Unit 5"B' }),
    says: 'f.csv, line 2, column "Ship Address2": a quote in the middle of a cell that does not start with one: this is not valid CSV.',
  },
  {
    what: 'text after a closing quote',
    text: etsyWith({ 'Ship Address2': '"Unit" 5' }),
    says: 'f.csv, line 2, column "Ship Address2": a closing quote is followed by more text in the same cell: this is not valid CSV.',
  },
  {
    what: 'a quote left open in the header row',
    text: `"Sale Date,Item Name\n1,2\n`,
    says: 'f.csv, line 1: a quote is opened and never closed (a quote missing at the end of the cell?): this is not valid CSV.',
  },
  {
    what: 'a comma in a value without quotes',
    text: etsyWith({ 'Ship Address1': '58 Cedar Ave, Suite 2' }),
    says: 'f.csv, line 2: has 34 cells where the header row has 33: a value with the separator in it but no quotes?',
  },
  {
    what: 'a line cut short',
    text: `${ETSY_HEADER}\n09/01/24,Lavender soap bar,priya\n`,
    says: 'f.csv, line 2, column "Buyer": has 3 cells where the header row has 33: it stops after this column (a line cut short, or a line break in a value without quotes?).',
  },
  {
    what: 'a header written twice',
    text: etsyWith().replace('Coupon Details', 'Quantity'),
    says: 'f.csv, line 1, column "Quantity": the header row has "Quantity" twice (columns 4 and 7): rename or remove the extra ones, so it is clear which to read.',
  },
  {
    what: 'an Etsy export without its Date Shipped column',
    text: etsyWith().replace('Date Shipped', 'Shipped?'),
    says: 'f.csv, line 1: looks like an Etsy Sold Order Items export but has no column "Date Shipped": export it again with every column, or map its columns.',
  },
  {
    what: 'a mapped file whose mapping names a column that is not there',
    text: WOO,
    columnMappings: [wooMapping({ quantity: ['Qty'] })],
    says: 'f.csv, line 1, column "Qty": the column mapping takes the quantity from "Qty", which is not a column of this file: map its columns again.',
  },
  {
    what: 'a mapped file whose mapping names no column for the quantity',
    text: WOO,
    columnMappings: [wooMapping({ quantity: [] })],
    says: 'f.csv, line 1: the column mapping names no column for the quantity: map its columns again.',
  },
  quantity('two', '"two" is not a quantity shipped: write a whole number above 0.'),
  quantity('-1', '"-1" is not a quantity shipped: write a whole number above 0.'),
  quantity('0', '"0" is not a quantity shipped: write a whole number above 0.'),
  quantity('1.5', '"1.5" is not a quantity shipped: write a whole number above 0.'),
  quantity('2 pcs', '"2 pcs" is not a quantity shipped: write a whole number above 0.'),
  quantity('', 'has no quantity.'),
  quantity('1e3', '"1e3" is not a quantity shipped: write a whole number above 0.'),
  quantity('=1+1', '"=1+1" is not a quantity shipped: write a whole number above 0.'),
  shipDate('not yet'),
  shipDate('13/45/24'),
  shipDate('02/30/24'),
  shipDate('2024-13-01'),
  shipDate('#N/A'),
  fulfilledAt('2024-09-04'),
  fulfilledAt('2024-09-31 09:02:10 -0400'),
  fulfilledAt('soon'),
  {
    what: 'a Square Date that is not a date',
    text: squareWith({ Date: 'Sat Sep 7' }),
    says: 'f.csv, line 2, column "Date": "Sat Sep 7" is not a date this shop writes.',
  },
  {
    what: 'a Square Qty of "two"',
    text: squareWith({ Qty: 'two' }),
    says: 'f.csv, line 2, column "Qty": "two" is not a quantity shipped: write a whole number above 0.',
  },
  {
    what: 'a Shopify Lineitem quantity of -1',
    text: shopifyWith({ 'Lineitem quantity': '-1' }),
    says: 'f.csv, line 2, column "Lineitem quantity": "-1" is not a quantity shipped: write a whole number above 0.',
  },
  {
    what: 'a `;`-separated European export with decimal commas and a quantity of 1,5',
    text: etsyWith({ Quantity: '1,5', Price: '8,00', 'Item Total': '12,00', 'Order Shipping': '4,50' }, ';'),
    says: 'f.csv, line 2, column "Quantity": "1,5" is not a quantity shipped: write a whole number above 0.',
  },
  {
    what: 'a BOM and a `;`-separated export with a date that is not a date',
    text: `\ufeff${etsyWith({ 'Date Shipped': '31.09.24' }, ';')}`,
    says: 'f.csv, line 2, column "Date Shipped": "31.09.24" is not a date this shop writes.',
  },
  {
    what: 'an item with no SKU whose name is the name of two products',
    text: etsyWith({ SKU: '', 'Item Name': 'Lavender soap bar' }),
    prepare: (sheet) => sheet('Products').appendRow(['LSOAP-L', 'lavender soap bar ', 'Finished', 50, 'pcs', 365]),
    says: 'f.csv, line 2, column "Item Name": "Lavender soap bar" is the name of 2 products on Products (LSOAP, LSOAP-L): map it to one SKU.',
  },
  {
    what: 'a product mapping to a SKU not on Products',
    text: etsyWith({ SKU: 'BWRAP' }),
    productMappings: [{ shop: 'BWRAP', sku: 'WRAP-3' }],
    says: 'f.csv, line 2, column "SKU": "BWRAP" is mapped to "WRAP-3", which is not a SKU on Products: map it to one of your SKUs again.',
  },
  {
    what: 'an Etsy line with no Transaction ID',
    text: etsyWith({ 'Transaction ID': '' }),
    says: 'f.csv, line 2, column "Transaction ID": has no order number or line ID, so it could be imported twice: fix the export.',
  },
];

describe('a file that cannot be imported as it is', () => {
  it('has at least 40 cases', () => expect(FILE_CASES.length).toBeGreaterThanOrEqual(40));

  it.each(FILE_CASES.map((c) => [c.what, c] as const))('%s', async (_, c) => {
    const { server, cells } = workbookFor(c.prepare);
    const before = cells();
    const request: Parameters<typeof server.previewOrderImport>[0] = { files: [{ name: 'f.csv', text: c.text }] };
    if (c.columnMappings) request.columnMappings = c.columnMappings;
    if (c.productMappings) request.productMappings = c.productMappings;
    const plan: OrderImportPlan = await server.previewOrderImport(request);
    expect(plan.problems.map((p) => p.message)).toEqual([c.says]);
    expect(plan.problems[0]?.file).toBe('f.csv');
    expect(plan.lines).toEqual([]);
    // Saving what the preview offers, as the sidebar would, adds nothing either.
    expect(await server.saveOrderImport({ lines: plan.lines })).toMatchObject({ ok: true, rows: 0 });
    expect(cells()).toEqual(before);
  });
});

describe('a file too big for one import', () => {
  const ETSY_LINE = (n: number) => `09/01/24,Lavender soap bar,buyer${n},1,${5_000_000_000 + n},09/03/24,${7_000_000 + n},LSOAP`;
  const compact = `Sale Date,Item Name,Buyer,Quantity,Transaction ID,Date Shipped,Order ID,SKU\n${Array.from({ length: 60_000 }, (_, n) => ETSY_LINE(n)).join('\n')}\n`;

  it('of 60,000 lines is refused whole with a sentence naming it, offering no line to save', async () => {
    const { server, cells } = workbookFor();
    const before = cells();
    const plan = await server.previewOrderImport({ files: [{ name: 'EtsySoldOrderItems2024.csv', text: compact }] });
    expect(plan.problems.map((p) => p.message)).toEqual([
      'EtsySoldOrderItems2024.csv: holds 60,000 lines to add, more than the 5,000 one import can take: import a shorter period at a time.',
    ]);
    expect([plan.lines, plan.leftOut]).toEqual([[], []]);
    expect(cells()).toEqual(before);
  });

  it('of 15 million characters is refused before it is read', async () => {
    const { server, cells } = workbookFor();
    const before = cells();
    const [header, row] = [ETSY_HEADER, ETSY_ROW];
    const text = `${header}\n${Array.from({ length: 60_000 }, (_, n) => row.replace('3812204511', String(4_000_000_000 + n))).join('\n')}\n`;
    expect(text.length).toBeGreaterThan(10_000_000);
    const plan = await server.previewOrderImport({ files: [{ name: 'EtsySoldOrderItems2024.csv', text }] });
    // The file is named by its place among the files chosen (the request's check sees no names).
    expect(plan.problems.map((p) => p.message)).toEqual(['The text of file 1 is too long: at most 10,000,000 characters.']);
    expect(plan.lines).toEqual([]);
    expect(cells()).toEqual(before);
  });
});

/** A line as the preview plans it: Priya's 2 lavender bars from LSOAP-230904-01 (48 on hand). */
const PLANNED: PlannedLine = {
  lineId: '3812204511',
  file: 'EtsySoldOrderItems.csv',
  line: 2,
  order: '3301988211',
  shipped: '2024-09-03',
  customer: 'Priya Raman',
  email: '',
  address: '58 Cedar Ave, Ithaca, NY, 14850, United States',
  sku: 'LSOAP',
  item: 'Lavender soap bar - handmade cold process',
  quantity: 2,
  channel: 'Etsy',
  customerType: '',
  allocations: [{ batchCode: 'LSOAP-230904-01', quantity: 2 }],
  warnings: [],
};
const planned = (changes: Record<string, unknown>) => ({ lines: [{ ...PLANNED, ...changes }] });

interface PlanCase {
  what: string;
  /** The request as sent (the sidebar's types may refuse it: it goes through callFromClient). */
  request: unknown;
  /** The answer's first sentences, in order (a batch that cannot ship may also be counted below zero after them). */
  says: (string | RegExp)[];
  prepare?: (sheet: (name: string) => LocalSheet) => void;
}

/** Sets the Status of a batch on the soap maker's Batches sheet, before the add-on opens. */
const batchStatus = (batchCode: string, status: string) => (sheet: (name: string) => LocalSheet) => {
  const batches = sheet('Batches');
  const [head, ...rows] = batches.getDataRange().getValues();
  const row = rows.findIndex((r) => r[head!.indexOf('Batch code')] === batchCode) + 2;
  batches.getRange(row, head!.indexOf('Status') + 1).setValue(status);
};

const PLAN_CASES: PlanCase[] = [
  { what: 'a request that is text', request: 'save it all', says: ['The order lines to save must be a set of fields, not text.'] },
  { what: 'lines that are not a list', request: { lines: 'all of them' }, says: ['The list of order lines must be a list, not text.'] },
  {
    what: 'a line with no quantity',
    request: { lines: [{ ...PLANNED, quantity: undefined }] },
    says: ['The quantity of order line 1 is missing.'],
  },
  {
    what: 'a quantity of "three"',
    request: planned({ quantity: 'three' }),
    says: ['The quantity of order line 1 must be a number, not text.'],
  },
  {
    what: 'a ship date that is not a date',
    request: planned({ shipped: 'next Tuesday' }),
    says: ['The ship date of order line 1: use a real date written YYYY-MM-DD.'],
  },
  {
    what: 'a ship date of February 30',
    request: planned({ shipped: '2024-02-30' }),
    says: ['The ship date of order line 1: use a real date written YYYY-MM-DD.'],
  },
  {
    what: 'a customer type not in the list',
    request: planned({ customerType: 'VIP' }),
    says: ['The customer type of order line 1 must be one of Consumer, Wholesale or blank.'],
  },
  { what: 'a field the plan does not have', request: planned({ price: 8 }), says: ['Order line 1 has no field called "price".'] },
  {
    what: 'a batch quantity of -2',
    request: planned({ allocations: [{ batchCode: 'LSOAP-230904-01', quantity: -2 }] }),
    says: [
      'Order 3301988211: -2 of LSOAP-230904-01 is not a quantity to ship.',
      'Order 3301988211: the batches picked add up to -2, but the line ships 2.',
    ],
  },
  {
    what: 'a batch code given as a number',
    request: planned({ allocations: [{ batchCode: 230904, quantity: 2 }] }),
    says: ['The batch code of batch 1 of line 1 must be text, not a number.'],
  },
  {
    what: 'a batch that does not exist',
    request: planned({ allocations: [{ batchCode: 'LSOAP-990101-01', quantity: 2 }] }),
    says: ['Order 3301988211: there is no batch LSOAP-990101-01 in Batches or Receipts.'],
  },
  {
    what: 'a batch of another SKU',
    request: planned({ allocations: [{ batchCode: 'PSOAP-230907-01', quantity: 2 }] }),
    says: ['Order 3301988211: batch PSOAP-230907-01 is of PSOAP, not LSOAP.'],
  },
  {
    what: 'a Quarantined batch',
    request: planned({ allocations: [{ batchCode: 'LSOAP-230911-01', quantity: 2 }] }),
    prepare: batchStatus('LSOAP-230911-01', 'Quarantined'),
    says: [
      'Order 3301988211: batch LSOAP-230911-01 is Quarantined: only a Released batch ships (release it on Batches first, if it did ship).',
    ],
  },
  {
    what: 'a receipt lot given as the batch',
    request: planned({ allocations: [{ batchCode: 'LAV-0823-01', quantity: 2 }] }),
    says: ['Order 3301988211: LAV-0823-01 is a lot of LAV received, not a batch of LSOAP.'],
  },
  {
    what: 'batches that add up to more than the line ships',
    request: planned({
      allocations: [
        { batchCode: 'LSOAP-230904-01', quantity: 2 },
        { batchCode: 'LSOAP-230911-01', quantity: 1 },
      ],
    }),
    says: ['Order 3301988211: the batches picked add up to 3, but the line ships 2.'],
  },
  {
    what: 'a line with no batch',
    request: planned({ allocations: [] }),
    says: ['Order 3301988211: no batch is picked for 2 of LSOAP: make a production run first, or pick a batch by hand.'],
  },
  {
    what: 'a batch taken below zero without the warning the preview gives',
    request: planned({ quantity: 50, allocations: [{ batchCode: 'LSOAP-230904-01', quantity: 50 }] }),
    says: [/^Order 3301988211: LSOAP-230904-01 would have -2 on hand after this: .*preview/],
  },
  {
    what: 'the same line twice',
    request: { lines: [PLANNED, PLANNED] },
    says: ['Order 3301988211: line 3812204511 is in the plan twice.'],
  },
];

describe('a plan that cannot be saved as it is', () => {
  it.each(PLAN_CASES.map((c) => [c.what, c] as const))('%s', async (_, c) => {
    const { bundle, cells } = workbookFor(c.prepare);
    const before = cells();
    const answer = (await callFromClient(bundle, 'saveOrderImport', [c.request])) as {
      ok: boolean;
      problems: { message: string; file?: string; line?: number }[];
    };
    expect(answer.ok).toBe(false);
    const messages = answer.problems.map((p) => p.message);
    expect(messages.slice(0, c.says.length)).toEqual(c.says.map((s) => (typeof s === 'string' ? s : expect.stringMatching(s))));
    // A sentence about a planned line is at that line of that file, for the sidebar to show it there.
    if (messages[0]!.startsWith('Order 3301988211'))
      expect(answer.problems[0]).toMatchObject({ file: 'EtsySoldOrderItems.csv', line: 2, lineId: '3812204511' });
    expect(cells()).toEqual(before);
  });

  it('while the same line unedited is saved', async () => {
    const { server, cells } = openSoapMaker();
    const [orders] = cells();
    expect(await server.saveOrderImport({ lines: [PLANNED] })).toMatchObject({ ok: true, rows: 1 });
    expect(cells()[0]!.values).toHaveLength(orders!.values.length + 1);
  });
});
