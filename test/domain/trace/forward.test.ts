// "A supplier says lot LAV-0923-01 is contaminated": which batches used it, at any depth, and who got them.
import { column, rowWhere, runTrace, sectionOf } from '../../fixtures/run-trace';
import { smallSoap } from './small-soap';

describe('tracing a lot forward', () => {
  const run = runTrace(smallSoap(), 'LAV-0923-01');
  const batches = sectionOf(run.report, 'batches');

  test('reaches every batch made with it, through sub-assemblies to depth 3, each with its level and path', () => {
    expect(batches.rows.map((row) => [row[0], row[1]])).toEqual([
      [1, 'LAV-0923-01 → FB-231001-01'],
      [1, 'LAV-0923-01 → LSOAP-231002-01'],
      [2, 'LAV-0923-01 → FB-231001-01 → LSOAP-231015-01'],
      [3, 'LAV-0923-01 → FB-231001-01 → LSOAP-231015-01 → GIFT-231120-01'],
    ]);
    expect(column(batches, 'Batch code')).not.toContain('LSOAP-231016-01');
  });

  test('says how much of the lot is in each batch, in the unit it was used in, following the blend in proportion', () => {
    expect(column(batches, 'Traced lot in it')).toEqual([200, 30, 32, 6.4]);
    expect(new Set(column(batches, 'Traced unit'))).toEqual(new Set(['ml']));
  });

  test('shows made, shipped, used in other batches, wasted and on hand for each batch', () => {
    expect(rowWhere(batches, 'Batch code', 'LSOAP-231015-01')).toMatchObject({
      'Quantity made': 100,
      Shipped: 3,
      'Used in other batches': 20,
      Wasted: 0,
      'On hand': 77,
      Unit: 'pcs',
      Made: '2023-10-15',
    });
    expect(rowWhere(batches, 'Batch code', 'FB-231001-01')).toMatchObject({
      'Quantity made': 250,
      'Used in other batches': 40,
      'On hand': 210,
      Unit: 'ml',
      Product: 'Lavender fragrance blend',
    });
  });

  test('lists every shipment of any reached batch, whatever its level', () => {
    const shipments = sectionOf(run.report, 'shipments');
    expect(column(shipments, 'Order')).toEqual(['1001', '1002', '1004']);
    expect(rowWhere(shipments, 'Order', '1004')).toMatchObject({
      Shipped: '2023-11-25',
      Customer: 'Ana Lopez',
      SKU: 'GIFT',
      'Batch code': 'GIFT-231120-01',
      Quantity: 1,
    });
  });

  test('the source is the lot itself, with its supplier and contact', () => {
    const source = sectionOf(run.report, 'source');
    expect(source.rows).toHaveLength(1);
    expect(rowWhere(source, 'Lot', 'LAV-0923-01')).toMatchObject({
      Level: 0,
      'Material or product': 'Lavender essential oil',
      Supplier: 'Lavender Fields Co.',
      Contact: 'Jane Whitaker',
      'Supplier email': 'orders@lavenderfields.example',
      'Supplier lot': 'LF-117',
      'Received or made': '2023-09-26',
      Quantity: 0.5,
      Unit: 'l',
      Spec: 'GC/MS tested',
      Status: 'Available',
    });
  });

  test('a lot resold as it is reaches its customer directly', () => {
    const contents = smallSoap({
      receipts: [
        { lotNumber: 'TIN-1023-01', received: '2023-10-01', materialCode: 'TIN', supplier: 'Coastal Oils', quantity: 200, unit: 'pcs' },
      ],
      batches: [],
      batchInputs: [],
      orders: [
        {
          order: 2001,
          shipped: '2023-10-09',
          customer: 'Dan Wu',
          email: 'dan@example.com',
          address: '4 Birch Way',
          batchCode: 'tin-1023-01',
          quantity: 12,
        },
      ],
      waste: [],
    });
    const resold = runTrace(contents, 'TIN-1023-01');
    expect(column(sectionOf(resold.report, 'recallList'), 'Email')).toEqual(['dan@example.com']);
    expect(rowWhere(sectionOf(resold.report, 'massBalance'), 'Lot or batch', 'TIN-1023-01')).toMatchObject({
      'Received or made': 200,
      Shipped: 12,
      'On hand': 188,
      'Accounted for (%)': 100,
    });
    expect(sectionOf(resold.report, 'batches').note).toBe('No batch was made with it.');
  });

  test('lots at risk are left to batch and order traces, and the report says so', () => {
    expect(sectionOf(run.report, 'lotsAtRisk').rows).toEqual([]);
    expect(sectionOf(run.report, 'lotsAtRisk').note).toMatch(/trace a batch code/);
  });
});
