// The three shops' exports read into the order lines an import would add, and the lines it leaves out.
import { parseCsvText } from '../../../local/runtime/parse-csv';
import { readOrderExports, type ReadExportsOptions } from '../../../src/domain/orders/read-exports';
import { WALK_IN } from '../../../src/domain/orders/shop-formats';
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

describe('a Shopify orders export', () => {
  const read = () => readOrderExports([orderExport('shopify-orders.csv')], options());

  it('adds each fulfilled line with its order-level fields carried down to the order’s later rows', () => {
    const { lines, problems, sources } = read();
    expect(problems).toEqual([]);
    expect(sources).toEqual([{ file: 'shopify-orders.csv', shop: 'Shopify', lines: 8 }]);
    expect(lines.map((line) => [line.lineId, line.sku, line.quantity, line.shipped])).toEqual([
      ['#2001/1', 'LSOAP', 2, '2024-09-03'],
      ['#2001/2', 'SBALM', 1, '2024-09-03'],
      ['#2001/3', 'PSOAP', 1, '2024-09-03'],
      ['#2002/1', 'PSOAP', 3, '2024-09-04'],
      ['#2005/1', 'LSOAP', 1, '2024-09-06'],
    ]);
    const third = lines[2]!;
    expect(third).toMatchObject({
      order: '#2001',
      customer: 'Maya Okafor',
      email: 'maya.okafor@example.com',
      address: '14 Orchard Lane, Burlington, VT, 05401, US',
      channel: 'Shopify',
      customerType: '',
      allocations: [],
      warnings: [],
      file: 'shopify-orders.csv',
      line: 4,
    });
  });

  it('keeps a formula-looking email and an HTML name as the text they are', () => {
    const line = read().lines.find((l) => l.order === '#2005')!;
    expect(line.email).toBe('=HYPERLINK("http://evil.example","click")');
    expect(line.customer).toBe('<b>Ada</b> Quinn');
  });

  it('leaves out the unfulfilled order, the refunded one and the digital line, each with why', () => {
    expect(read().leftOut.map((l) => [l.order, l.reason, l.message])).toEqual([
      ['#2003', 'notShipped', 'Order #2003 is not fulfilled yet.'],
      ['#2004', 'cancelled', 'Order #2004 was cancelled.'],
      ['#2005', 'noShipping', 'Needs no shipping (a digital item, a gift card or a service).'],
    ]);
  });

  it('leaves out an order refunded in full even when it was never cancelled', () => {
    const text = orderExport('shopify-orders.csv').text.replace('2024-09-06 08:00:00 -0400', '');
    const left = readOrderExports([{ name: 'a.csv', text }], options()).leftOut.find((l) => l.order === '#2004');
    expect(left).toMatchObject({ reason: 'cancelled', message: 'Order #2004 was refunded in full.', quantity: 2 });
  });

  it('adds nothing the second time: every line is already in Orders', () => {
    const first = read();
    const again = readOrderExports([orderExport('shopify-orders.csv')], options({ existingLineIds: first.lines.map((l) => l.lineId) }));
    expect(again.lines).toEqual([]);
    expect(again.leftOut.filter((l) => l.reason === 'alreadyImported')).toHaveLength(5);
  });

  it('reads a fulfilment time near midnight as the day it was where the maker is', () => {
    const text = orderExport('shopify-orders.csv').text.replace('2024-09-04 09:02:10 -0400', '2024-09-04 23:30:00 -0400');
    const line = (zone: string) => readOrderExports([{ name: 'a.csv', text }], options({ timeZone: zone })).lines[3]!.shipped;
    expect(line('America/New_York')).toBe('2024-09-04');
    expect(line('Europe/Berlin')).toBe('2024-09-05');
  });
});

describe('an Etsy Sold Order Items export', () => {
  const read = () => readOrderExports([orderExport('etsy-sold-order-items.csv')], options());

  it('adds an order of two items as two lines, by Transaction ID, with the ship date as MM/DD/YY', () => {
    const { lines, problems } = read();
    expect(problems).toEqual([]);
    expect(lines.map((l) => [l.order, l.lineId, l.sku, l.quantity, l.shipped])).toEqual([
      ['3301988211', '3812204511', 'LSOAP', 2, '2024-09-03'],
      ['3301988211', '3812204512', 'SBALM', 1, '2024-09-03'],
      ['3301990452', '3812209020', 'PSOAP', 4, '2024-09-04'],
    ]);
    expect(lines[2]).toMatchObject({
      customer: 'Tom Hale',
      address: '1 River Row, Unit "B", Keene, NH, 03431, United States',
      channel: 'Etsy',
    });
  });

  it('leaves out the line not shipped yet and the product not made here, naming what to map', () => {
    expect(read().leftOut.map((l) => [l.line, l.reason, l.shop ?? ''])).toEqual([
      [5, 'notShipped', ''],
      [6, 'notOurProduct', 'BWRAP'],
    ]);
  });

  it('takes a mapped shop SKU as the maker’s SKU', () => {
    const { lines } = readOrderExports(
      [orderExport('etsy-sold-order-items.csv')],
      options({ productMappings: [{ shop: 'bwrap', sku: 'LBALM' }] }),
    );
    expect(lines.map((l) => l.sku)).toContain('LBALM');
  });
});

describe('a Square Items detail export', () => {
  it('adds in-person sales shipped the day sold, with no address, and leaves out the refund', () => {
    const { lines, leftOut, problems } = readOrderExports([orderExport('square-items.csv')], options());
    expect(problems).toEqual([]);
    expect(lines.map((l) => [l.lineId, l.sku, l.quantity, l.shipped, l.address, l.customer])).toEqual([
      ['pX4Kq7tUu2AbCdEf01/Lavender Soap Bar/1', 'LSOAP', 3, '2024-09-07', '', 'Helen Park'],
      ['pX4Kq7tUu2AbCdEf01/Shea Balm Tin/2', 'SBALM', 1, '2024-09-07', '', 'Helen Park'],
      ['qY5Lr8vVv3BcDeFg02/Peppermint Soap Bar/1', 'PSOAP', 2, '2024-09-07', '', 'Omar Haddad'],
    ]);
    expect(leftOut.map((l) => l.reason)).toEqual(['cancelled']);
  });

  it('keeps a walk-in sale with no customer name, so its stock is counted out of the batch', () => {
    const square = orderExport('square-items.csv');
    const text = square.text.replace(/,Helen Park,/g, ',,');
    expect(text).not.toContain('Helen Park');
    const { lines, problems } = readOrderExports([{ ...square, text }], options());
    expect(problems).toEqual([]);
    expect(lines.filter((l) => l.order === 'pX4Kq7tUu2AbCdEf01').map((l) => l.customer)).toEqual([WALK_IN, WALK_IN]);
  });
});

describe('an export Lotline does not know', () => {
  const woo = {
    name: 'woo.csv',
    text: 'Order Number,Order Status,Date Completed,Billing Email,Shipping First Name,SKU,Item Name,Quantity\n501,completed,2024-09-03,a@example.com,Ann,LSOAP,Lavender soap,2\n',
  };

  it('answers its headers with the columns a mapping would likely take', () => {
    const { unmapped, lines } = readOrderExports([woo], options());
    expect(lines).toEqual([]);
    expect(unmapped[0]).toMatchObject({
      file: 'woo.csv',
      suggested: { order: ['Order Number'], status: ['Order Status'], sku: ['SKU'], quantity: ['Quantity'] },
    });
  });

  it('is read through a remembered mapping of the same header row, compared case-insensitively', () => {
    const mapping = {
      headers: woo.text.split('\n')[0]!.toUpperCase().split(','),
      columns: {
        order: ['Order Number'],
        status: ['Order Status'],
        shipped: ['Date Completed'],
        email: ['Billing Email'],
        customer: ['Shipping First Name'],
        sku: ['SKU'],
        item: ['Item Name'],
        quantity: ['Quantity'],
      },
    };
    const { lines, sources } = readOrderExports([woo], options({ columnMappings: [mapping] }));
    expect(sources[0]?.shop).toBe('your mapping');
    expect(lines[0]).toMatchObject({
      order: '501',
      shipped: '2024-09-03',
      sku: 'LSOAP',
      quantity: 2,
      customer: 'Ann',
      lineId: '501/LSOAP/1',
    });
  });

  it('reads a ship date written with a month name ("Sep 3, 2024"), as many shop apps export it', () => {
    const text = woo.text.replace(',2024-09-03,', ',"Sep 3, 2024",');
    const mapping = {
      headers: woo.text.split('\n')[0]!.split(','),
      columns: {
        order: ['Order Number'],
        status: ['Order Status'],
        shipped: ['Date Completed'],
        sku: ['SKU'],
        customer: ['Shipping First Name'],
        quantity: ['Quantity'],
      },
    };
    const { lines, problems } = readOrderExports([{ ...woo, text }], options({ columnMappings: [mapping] }));
    expect(problems).toEqual([]);
    expect(lines[0]?.shipped).toBe('2024-09-03');
  });
});
