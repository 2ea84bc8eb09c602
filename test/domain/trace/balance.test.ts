// Mass balance: received = used + shipped + wasted + on hand, and the percentage accounted for.
import { rowWhere, runTrace, sectionOf } from '../../fixtures/run-trace';
import { edited, smallSoap } from './small-soap';

const balanceOf = (run: ReturnType<typeof runTrace>, code: string) => rowWhere(sectionOf(run.report, 'massBalance'), 'Lot or batch', code);

describe('mass balance', () => {
  test('a lot bought by the litre and used by the millilitre balances in litres', () => {
    const run = runTrace(smallSoap(), 'LAV-0923-01');
    expect(balanceOf(run, 'LAV-0923-01')).toMatchObject({
      Kind: 'Material lot',
      'Material or product': 'Lavender essential oil',
      'Received or made': 0.5,
      'Used in batches': 0.23,
      Shipped: 0,
      Wasted: 0.015,
      'On hand': 0.255,
      Unit: 'l',
      'Accounted for (%)': 100,
      Note: null,
    });
  });

  test('each batch: made = shipped + used in other batches + wasted + on hand', () => {
    const run = runTrace(smallSoap(), 'LAV-0923-01');
    expect(balanceOf(run, 'LSOAP-231002-01')).toMatchObject({
      'Received or made': 100,
      Shipped: 2,
      Wasted: 2,
      'On hand': 96,
      Unit: 'pcs',
      'Accounted for (%)': 100,
    });
    expect(balanceOf(run, 'LSOAP-231015-01')).toMatchObject({ 'Received or made': 100, 'Used in batches': 20, Shipped: 3, 'On hand': 77 });
    expect(balanceOf(run, 'FB-231001-01')).toMatchObject({ 'Received or made': 250, 'Used in batches': 40, 'On hand': 210, Unit: 'ml' });
  });

  test('backward, every lot in it gets a balance too, coconut oil counted in kilograms though used in grams', () => {
    const run = runTrace(smallSoap(), 'LSOAP-231015-01');
    expect(balanceOf(run, 'COCO-1023-01')).toMatchObject({
      'Received or made': 15,
      'Used in batches': 3.6,
      'On hand': 11.4,
      Unit: 'kg',
      'Accounted for (%)': 100,
    });
  });

  test('grams of a lot kept in millilitres is a problem on the input row and a visible gap, not a crash', () => {
    const run = runTrace(smallSoap({ batchInputs: edited('batchInputs', 2, { unit: 'g' }) }), 'LAV-0923-01');
    expect(run.report?.problems).toContainEqual({
      sheet: 'Batch inputs',
      row: 4,
      column: 'Unit',
      message: '30 g of LAV-0923-01 cannot be counted against the lot, which is kept in l: mass and volume do not convert.',
    });
    expect(balanceOf(run, 'LAV-0923-01')).toMatchObject({
      'Used in batches': 0.2,
      'On hand': null,
      'Accounted for (%)': 43,
      Note: '1 quantity could not be counted (see problems)',
    });
    // The soap batch with the mismatched row is still reached; only its share is unknown.
    expect(rowWhere(sectionOf(run.report, 'batches'), 'Batch code', 'LSOAP-231002-01')['Traced lot in it']).toBeNull();
  });

  test('shipping more than was made is a negative balance, reported on the batch row, and over 100%', () => {
    const run = runTrace(smallSoap({ orders: edited('orders', 0, { quantity: 150 }) }), 'LAV-0923-01');
    expect(balanceOf(run, 'LSOAP-231002-01')).toMatchObject({ Shipped: 150, 'On hand': -52, 'Accounted for (%)': 152 });
    expect(run.report?.problems).toContainEqual({
      sheet: 'Batches',
      row: 3,
      column: 'Quantity made',
      message: 'on hand of LSOAP-231002-01 comes to -52 pcs: 152 was used, shipped or wasted but only 100 made.',
    });
  });

  test('an unreadable quantity is never taken as 0: it is a problem with its cell, and a gap in the balance', () => {
    const run = runTrace(smallSoap({ orders: edited('orders', 0, { quantity: 'two' }) }), 'LAV-0923-01');
    expect(run.report?.problems).toContainEqual({ sheet: 'Orders', row: 2, column: 'Quantity', message: '"two" is not a number' });
    expect(balanceOf(run, 'LSOAP-231002-01')).toMatchObject({ Shipped: 0, 'On hand': null, 'Accounted for (%)': 2 });
  });

  test('quantities typed as text with thousands separators count like numbers', () => {
    const run = runTrace(smallSoap({ batchInputs: edited('batchInputs', 3, { quantity: ' 1,200 ' }) }), 'COCO-1023-01');
    expect(balanceOf(run, 'COCO-1023-01')).toMatchObject({ 'Used in batches': 3.6, 'On hand': 11.4 });
  });
});
