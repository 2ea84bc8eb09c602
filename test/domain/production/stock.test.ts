// On hand per receipt lot and per batch, as workbook.md defines it, read from typed rows.
import { findLot, stockOnHand } from '../../../src/domain/production';
import { parseUnit } from '../../../src/domain/units';
import { WORKSHOP, workshop } from './workshop';

const onHand = (stock: ReturnType<typeof workshop>['stock'], code: string) => {
  const lot = findLot(stock, code);
  return lot ? { onHand: lot.onHand, unit: lot.unit?.symbol } : undefined;
};

describe('stock on hand', () => {
  test('a receipt lot: received − used in batch inputs − wasted, in its own unit, whatever unit the movements used', () => {
    const { stock } = workshop();
    expect(onHand(stock, 'COCO-B')).toEqual({ onHand: 3.8, unit: 'kg' });
    // Waste typed " coco-a " in grams still comes off COCO-A, kept in kilograms.
    expect(onHand(stock, 'COCO-A')).toEqual({ onHand: 1.5, unit: 'kg' });
    expect(onHand(stock, 'LAV-1')).toEqual({ onHand: 0.3, unit: 'l' });
  });

  test('a batch: made − shipped − used as an input − wasted; a batch with no unit counts in its product unit', () => {
    const { stock } = workshop();
    expect(onHand(stock, 'fb-2')).toEqual({ onHand: 210, unit: 'ml' });
    expect(onHand(stock, 'LSOAP-1')).toEqual({ onHand: 90, unit: 'pcs' });
    expect(findLot(stock, 'lsoap-1')).toMatchObject({
      code: 'LSOAP-1',
      kind: 'batch',
      component: 'LSOAP',
      since: '2023-10-02',
      status: 'Released',
    });
  });

  test('lots are grouped by their material code or SKU, compared in any case', () => {
    const { stock } = workshop();
    expect(stock.byComponent.get('COCO')?.map((lot) => lot.code)).toEqual(['COCO-A', 'COCO-B', 'COCO-Q', 'COCO-X', 'COCO-N']);
    expect(stock.byComponent.get('FB')?.map((lot) => lot.code)).toEqual(['FB-1', 'FB-2', 'FB-Q']);
    expect(stock.batchIds.has('MFG-0004')).toBe(true);
  });

  test('a movement in a unit of another kind leaves on hand unknown and is reported on its row', () => {
    const { stock } = workshop({
      batchInputs: [...WORKSHOP.batchInputs, { batchId: 'MFG-0004', lot: 'COCO-A', quantity: 30, unit: 'ml' }],
    });
    expect(findLot(stock, 'COCO-A')?.onHand).toBeNull();
    expect(stock.problems).toContainEqual({
      sheet: 'batchInputs',
      row: 5,
      column: 'unit',
      message: '30 ml of COCO-A cannot be counted against the lot, which is kept in kg: volume and mass do not convert.',
    });
  });

  test('more used than received is a negative on hand, reported on the receipt', () => {
    const { stock } = workshop({ batchInputs: [...WORKSHOP.batchInputs, { batchId: 'MFG-0004', lot: 'LYE-2', quantity: 300, unit: 'g' }] });
    expect(findLot(stock, 'LYE-2')?.onHand).toBe(-0.1);
    expect(stock.problems).toContainEqual(expect.objectContaining({ sheet: 'receipts', row: 8, column: 'quantity' }));
  });

  test('a code on both a receipt and a batch is reported, the receipt wins, and it is marked duplicated', () => {
    const { stock } = workshop({
      batches: [
        ...WORKSHOP.batches,
        { batchId: 'MFG-0009', made: '2023-10-09', sku: 'FB', batchCode: 'coco-a', quantityMade: 5, unit: 'ml' },
      ],
    });
    expect(findLot(stock, 'COCO-A')).toMatchObject({ kind: 'lot', duplicated: true, row: 2 });
    expect(stock.problems).toContainEqual(
      expect.objectContaining({ sheet: 'batches', row: 6, column: 'batchCode', message: expect.stringContaining('Receipts row 2') }),
    );
  });
});

test('a sheet without a Status column: every lot is Available and every batch Released, as a blank Status is', () => {
  const receipt = {
    row: 2,
    values: { lotNumber: 'COCO-A', received: '2023-09-01', materialCode: 'COCO', quantity: 2, unit: parseUnit('kg'), expires: null },
  };
  const batch = {
    row: 2,
    values: {
      batchId: 'MFG-1',
      made: '2023-10-02',
      sku: 'LSOAP',
      batchCode: 'LSOAP-1',
      quantityMade: 90,
      unit: parseUnit('pcs'),
      expires: null,
    },
  };
  const stock = stockOnHand({ receipts: [receipt], batches: [batch], batchInputs: [], orders: [], waste: [], products: [] });
  expect(findLot(stock, 'COCO-A')?.status).toBe('Available');
  expect(findLot(stock, 'LSOAP-1')?.status).toBe('Released');
});
