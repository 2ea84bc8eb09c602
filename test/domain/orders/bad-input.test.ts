// Bad input, as makers' files bring it: each case is answered with a sentence naming the file, the line
// (1 = the header row) and the column where one is to blame, and the bad line is never added.
import { parseCsvText } from '../../../local/runtime/parse-csv';
import { readOrderExports, type ReadExportsOptions } from '../../../src/domain/orders/read-exports';
import { orderExport, SOAP_MAKER_PRODUCTS } from '../../fixtures/orders/exports';

const options = (extra: Partial<ReadExportsOptions> = {}): ReadExportsOptions => ({
  parseCsv: parseCsvText,
  products: SOAP_MAKER_PRODUCTS,
  existingLineIds: [],
  columnMappings: [],
  productMappings: [],
  timeZone: 'America/New_York',
  locale: 'en_US',
  ...extra,
});

const ETSY = orderExport('etsy-sold-order-items.csv').text;
const [ETSY_HEADER, ETSY_ROW] = ETSY.split('\r\n') as [string, string];
const ETSY_COLUMNS = ETSY_HEADER.split(',');
/** An Etsy export of one line like the fixture's first, with some cells changed (by header). */
function etsyWith(cells: Record<string, string>, separator = ','): string {
  const row = ETSY_ROW.split(',');
  for (const [header, value] of Object.entries(cells)) row[ETSY_COLUMNS.indexOf(header)] = value;
  return `${ETSY_COLUMNS.join(separator)}\n${row.join(separator)}\n`;
}
const SHOPIFY = orderExport('shopify-orders.csv').text;
const SQUARE = orderExport('square-items.csv').text;

interface Case {
  what: string;
  text: string;
  /** The sentence's where: file, line, column. */
  where: RegExp;
  extra?: Partial<ReadExportsOptions>;
}

const quantity = (value: string): Case => ({
  what: `a quantity of ${JSON.stringify(value)}`,
  text: etsyWith({ Quantity: value }),
  where: /^f\.csv, line 2, column "Quantity": .*(not a quantity shipped|has no quantity)/,
});
const shipDate = (value: string): Case => ({
  what: `a Date Shipped of ${JSON.stringify(value)}`,
  text: etsyWith({ 'Date Shipped': value }),
  where: /^f\.csv, line 2, column "Date Shipped": ".*" is not a date this shop writes\.$/,
});
const fulfilledAt = (value: string): Case => ({
  what: `a Shopify Fulfilled at of ${JSON.stringify(value)}`,
  text: SHOPIFY.replace('2024-09-04 09:02:10 -0400', value),
  where: /^f\.csv, line 5, column "Fulfilled at": .* is not a date this shop writes\.$/,
});

const CASES: Case[] = [
  { what: 'an empty file', text: '', where: /^f\.csv: the file is empty/ },
  { what: 'only blank lines', text: '\n\n  \n', where: /^f\.csv: the file is empty/ },
  { what: 'a BOM and nothing else', text: '\ufeff', where: /^f\.csv: the file is empty/ },
  { what: 'a header row only (Etsy)', text: `${ETSY_HEADER}\n`, where: /^f\.csv: has a header row and no order lines/ },
  { what: 'a header row only (Shopify)', text: SHOPIFY.split('\n')[0]!, where: /^f\.csv: has a header row and no order lines/ },
  { what: 'a header row and blank lines', text: `${ETSY_HEADER}\n\n\n`, where: /^f\.csv: has a header row and no order lines/ },
  {
    what: 'an xlsx (a zip) chosen as CSV',
    text: 'PK\u0003\u0004\u0014\u0000\u0006\u0000[Content_Types].xml',
    where: /^f\.csv: this is not a CSV file/,
  },
  { what: 'a PDF', text: '%PDF-1.7\n\u0001\u0002 obj', where: /^f\.csv: this is not a CSV file/ },
  { what: 'JSON', text: '{"orders":[{"id":1}]}\n', where: /^f\.csv, line 1: a quote in the middle of a cell .*: this is not valid CSV\.$/ },
  {
    what: 'a sentence of prose',
    text: 'Thank you for your order!\nIt ships soon.\n',
    where: /^f\.csv, line 1: the first line is not a header row/,
  },
  {
    what: 'HTML saved as .csv',
    text: '<html><body><table><tr><td>Order</td></tr></table></body></html>',
    where: /^f\.csv, line 1: the first line is not a header row/,
  },
  {
    what: 'a quote left open on the first data line',
    text: `${ETSY_HEADER}\n"09/01/24,Lavender soap bar\n`,
    where: /^f\.csv, line 2, column "Sale Date": a quote is opened and never closed/,
  },
  {
    what: 'a quote left open further down',
    text: `${ETSY}"3301,oops\n`,
    where: /^f\.csv, line 7, column "Sale Date": a quote is opened and never closed/,
  },
  {
    what: 'a quote in the middle of a cell',
    text: etsyWith({ 'Ship Address2': 'Unit 5"B' }),
    where: /^f\.csv, line 2, column "Ship Address2": a quote in the middle of a cell/,
  },
  {
    what: 'text after a closing quote',
    text: etsyWith({ 'Ship Address2': '"Unit" 5' }),
    where: /^f\.csv, line 2, column "Ship Address2": a closing quote is followed by more text/,
  },
  {
    what: 'a quote left open in the header row',
    text: `"Sale Date,Item Name\n1,2\n`,
    where: /^f\.csv, line 1: a quote is opened and never closed/,
  },
  {
    what: 'a comma inside a value without quotes',
    text: etsyWith({ 'Ship Address1': '58 Cedar Ave, Suite 2' }),
    where: /^f\.csv, line 2: has 34 cells where the header row has 33/,
  },
  {
    what: 'a line cut short',
    text: `${ETSY_HEADER}\n09/01/24,Lavender soap bar,priya\n`,
    where: /^f\.csv, line 2, column "Buyer": has 3 cells where the header row has 33: it stops after this column/,
  },
  quantity('two'),
  quantity('-1'),
  quantity('0'),
  quantity('1.5'),
  quantity('2 pcs'),
  quantity(''),
  quantity('1e3'),
  quantity('=1+1'),
  quantity('½'),
  shipDate('not yet'),
  shipDate('13/45/24'),
  shipDate('02/30/24'),
  shipDate('2024-13-01'),
  shipDate('yesterday'),
  shipDate('09-03-24'),
  shipDate('#N/A'),
  fulfilledAt('2024-09-04'),
  fulfilledAt('09/04/2024 09:02'),
  fulfilledAt('2024-09-31 09:02:10 -0400'),
  fulfilledAt('2024-09-04 25:02:10 -0400'),
  fulfilledAt('soon'),
  {
    what: 'a Square Date that is not a date',
    text: SQUARE.replace('2024-09-07,10:41:50', 'Sat Sep 7,10:41:50'),
    where: /^f\.csv, line 4, column "Date": "Sat Sep 7" is not a date this shop writes\.$/,
  },
  {
    what: 'a Square Qty of "two"',
    text: SQUARE.replace('Peppermint Soap Bar,2,', 'Peppermint Soap Bar,two,'),
    where: /^f\.csv, line 4, column "Qty": "two" is not a quantity shipped/,
  },
  {
    what: 'a Shopify Lineitem quantity of -1',
    text: SHOPIFY.replace('Standard,2024-09-03 08:30:00 -0400,3,', 'Standard,2024-09-03 08:30:00 -0400,-1,'),
    where: /^f\.csv, line 5, column "Lineitem quantity": "-1" is not a quantity shipped/,
  },
  {
    what: 'an item name that matches two products by name',
    text: etsyWith({ SKU: '', 'Item Name': 'Lavender soap bar' }),
    extra: { products: [...SOAP_MAKER_PRODUCTS, { sku: 'LSOAP-L', product: 'lavender soap bar ' }] },
    where:
      /^f\.csv, line 2, column "Item Name": "Lavender soap bar" is the name of 2 products on Products \(LSOAP, LSOAP-L\): map it to one SKU\.$/,
  },
  {
    what: 'a product mapping to a SKU not on Products',
    text: etsyWith({ SKU: 'BWRAP' }),
    extra: { productMappings: [{ shop: 'BWRAP', sku: 'WRAP-3' }] },
    where:
      /^f\.csv, line 2, column "SKU": "BWRAP" is mapped to "WRAP-3", which is not a SKU on Products: map it to one of your SKUs again\.$/,
  },
  {
    what: 'an Etsy line with no Transaction ID',
    text: etsyWith({ 'Transaction ID': '' }),
    where: /^f\.csv, line 2, column "Transaction ID": has no order number or line ID/,
  },
  {
    what: 'a `;`-separated export with a bad quantity',
    text: etsyWith({ Quantity: 'zwei' }, ';'),
    where: /^f\.csv, line 2, column "Quantity": "zwei" is not a quantity shipped/,
  },
  {
    what: 'a BOM before a bad date',
    text: `\ufeff${etsyWith({ 'Date Shipped': '31.09.24' })}`,
    where: /^f\.csv, line 2, column "Date Shipped": "31\.09\.24" is not a date/,
  },
];

describe('bad input is answered with a sentence naming the file, line and column', () => {
  it('has at least 40 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(40));

  it.each(CASES.map((c) => [c.what, c] as const))('%s', (_, c) => {
    const result = readOrderExports([{ name: 'f.csv', text: c.text }], options(c.extra));
    expect(result.problems.map((p) => p.message)).toEqual([expect.stringMatching(c.where)]);
    expect(result.problems[0]?.file).toBe('f.csv');
    // The line at fault is not added (the file's other lines may be).
    const at = result.problems[0]?.line;
    expect(result.lines.filter((line) => line.line === at)).toEqual([]);
  });
});

describe('input that looks bad but is read right', () => {
  it('a BOM is removed before the headers are recognised', () => {
    const { lines, problems } = readOrderExports([{ name: 'f.csv', text: `\ufeff${ETSY}` }], options());
    expect(problems).toEqual([]);
    expect(lines).toHaveLength(3);
  });

  it('a `;`-separated European export is read like a comma-separated one', () => {
    const { lines, problems } = readOrderExports([{ name: 'f.csv', text: etsyWith({}, ';') }], options());
    expect(problems).toEqual([]);
    expect(lines.map((l) => [l.lineId, l.quantity])).toEqual([['3812204511', 2]]);
  });

  it('formula-looking and HTML text stays the text it is', () => {
    const text = etsyWith({
      'Ship Name': '"=HYPERLINK(""http://x.example"",""hi"")"',
      'Ship Address1': '+cmd|calc',
      'Ship City': '<img src=x onerror=alert(1)>',
    });
    const [line] = readOrderExports([{ name: 'f.csv', text }], options()).lines;
    expect(line?.customer).toBe('=HYPERLINK("http://x.example","hi")');
    expect(line?.address).toBe('+cmd|calc, <img src=x onerror=alert(1)>, NY, 14850, United States');
  });

  it('a line exported twice across two files is added once', () => {
    const result = readOrderExports(
      [
        { name: 'a.csv', text: ETSY },
        { name: 'b.csv', text: ETSY },
      ],
      options(),
    );
    expect(result.lines).toHaveLength(3);
    expect(result.leftOut.filter((l) => l.reason === 'alreadyImported').map((l) => l.message)).toContain(
      'The same line as a.csv, line 2 (Line ID 3812204511).',
    );
  });

  it('a 60,000-line file is read whole, and more lines than one import takes is a sentence naming the file, offering none', () => {
    const rows = Array.from({ length: 60_000 }, (_, n) => ETSY_ROW.replace('3812204511', String(4_000_000_000 + n)));
    const started = Date.now();
    const result = readOrderExports([{ name: 'big.csv', text: `${ETSY_HEADER}\n${rows.join('\n')}\n` }], options());
    // Timed loosely, for whoever reads the test output; no assertion on it.
    console.log(`60,000 Etsy lines read in ${Date.now() - started} ms`);
    expect(result.sources).toEqual([{ file: 'big.csv', shop: 'Etsy', lines: 60_000 }]);
    expect(result.lines).toEqual([]);
    expect(result.leftOut).toEqual([]);
    expect(result.problems.map((p) => p.message)).toEqual([
      'big.csv: holds 60,000 lines to add, more than the 5,000 one import can take: import a shorter period at a time.',
    ]);
  });
});
