// The recall list: each affected customer once, with what they received, beside the buyers of the
// same products in the same period ("34 of 412").
import { column, rowWhere, runTrace, sectionOf } from '../../fixtures/run-trace';
import { customerKey } from '../../../src/domain/trace/recall';
import { edited, smallSoap } from './small-soap';

describe('the recall list', () => {
  const run = runTrace(smallSoap(), 'LAV-0923-01');
  const recall = sectionOf(run.report, 'recallList');

  test('each customer once, matched by email whatever its case, else by name and address', () => {
    expect(column(recall, 'Customer')).toEqual(['Ana Lopez', 'Ben Smith']);
    expect(rowWhere(recall, 'Customer', 'Ana Lopez')).toMatchObject({
      Email: 'ana@example.com',
      Address: '1 Oak St',
      Orders: '1001, 1004',
      Received: '2 × LSOAP from LSOAP-231002-01 (shipped 2023-10-05); 1 × GIFT from GIFT-231120-01 (shipped 2023-11-25)',
      SKUs: 'LSOAP, GIFT',
      'Batch codes': 'LSOAP-231002-01, GIFT-231120-01',
      Quantity: 3,
      'First shipped': '2023-10-05',
      'Last shipped': '2023-11-25',
    });
    expect(rowWhere(recall, 'Customer', 'Ben Smith')).toMatchObject({ Email: null, Address: '2 Elm St', Orders: '1002' });
  });

  test('customers without email are the same person when name and address match, spacing and case aside', () => {
    expect(customerKey({ email: '', customer: 'Ben  Smith', address: '2 Elm St ', row: 5 })).toBe(
      customerKey({ email: '', customer: 'ben smith', address: '2 elm st', row: 9 }),
    );
    expect(customerKey({ email: '', customer: 'Ben Smith', address: '9 Elm St', row: 5 })).not.toBe(
      customerKey({ email: '', customer: 'Ben Smith', address: '2 Elm St', row: 9 }),
    );
  });

  test('"N of M": buyers of the same SKUs between the first and last affected shipment, nobody outside it', () => {
    // Cara bought lavender soap from another batch on 10-21 (counted); Eve on 11-28, after the last affected shipment (not).
    expect(run.report?.recall).toEqual({
      customers: 2,
      customersOfSameProducts: 3,
      skus: ['LSOAP', 'GIFT'],
      from: '2023-10-05',
      to: '2023-11-25',
      line: '2 of 3 customers who bought these products (LSOAP, GIFT) between 2023-10-05 and 2023-11-25.',
    });
    // The count heads the report (its first screen); the table says it only when it is empty.
    expect(run.report?.firstScreen).toContain(`To contact: ${run.report?.recall.line}`);
    expect(recall.whenEmpty).toBe(run.report?.recall.line);
  });

  test('a buyer of another product in the period is not counted', () => {
    const other = runTrace(smallSoap({ orders: edited('orders', 2, { sku: 'PSOAP', batchCode: 'LSOAP-231016-01' }) }), 'LAV-0923-01');
    expect(other.report?.recall.customersOfSameProducts).toBe(2);
  });

  test('without batch SKUs in the index the count is the same, from more rows', () => {
    const withSkus = runTrace(smallSoap(), 'LAV-0923-01');
    const without = runTrace(smallSoap(), 'LAV-0923-01', { batchSkus: false });
    expect(without.report?.recall).toEqual(withSkus.report?.recall);
    expect(without.needed?.orderPeers.length).toBeGreaterThanOrEqual(withSkus.needed?.orderPeers.length ?? Infinity);
  });

  test('the recall list alone, for the "Recall list for this lot" menu item', () => {
    expect(run.recallList?.title).toBe('Recall list LAV-0923-01');
    expect(run.recallList?.table.rows).toEqual(recall.rows);
    expect(run.recallList?.table.header).toEqual(recall.header);
    // No title and no note: the sheet is the table alone, its header in row 1.
    expect(run.recallList?.table.title).toBe('');
    expect(run.recallList?.table.note).toBeUndefined();
    expect(run.recallList?.recall.line).toBe('2 of 3 customers who bought these products (LSOAP, GIFT) between 2023-10-05 and 2023-11-25.');
  });

  test('a lot that reached nobody says so', () => {
    // Cedarwood reaches Ben and Ana through the blend; once the soap no longer uses the blend, nobody.
    expect(runTrace(smallSoap(), 'CED-0923-01').report?.recall.customers).toBe(2);
    const onlyBlend = runTrace(
      smallSoap({ batchInputs: edited('batchInputs', 4, { lot: 'COCO-1123-01', unit: 'g', quantity: 1 }) }),
      'CED-0923-01',
    );
    expect(onlyBlend.report?.recall).toMatchObject({ customers: 0, line: 'No customer received anything traced here.' });
    expect(sectionOf(onlyBlend.report, 'shipments').note).toBe('No order line shipped anything traced here.');
  });
});

describe('the rows a trace asks to read', () => {
  test('only what it hit: the lot, the batches, their inputs, shipments and waste, and the period’s order lines', () => {
    const run = runTrace(smallSoap(), 'LAV-0923-01');
    expect(run.needed).toEqual({
      receipts: [2],
      batches: [2, 3, 4, 6],
      batchInputs: [2, 4, 6, 9],
      orders: [2, 3, 5],
      // Lines in and around the period, read (fewer columns) only to count buyers of the same products.
      orderPeers: [4, 6],
      waste: [2, 3],
    });
  });

  test('backward, the batches that share a lot are read too, for lots at risk and use-before-receipt', () => {
    const run = runTrace(smallSoap(), 'LSOAP-231015-01');
    expect(run.needed?.batches).toEqual([2, 3, 4, 5, 6]);
    expect(run.needed?.receipts).toEqual([2, 3, 5]);
  });
});
