import { packContents } from '../../../src/domain/records-pack/contents';
import type { TypedRow } from '../../../src/domain/rows';

const rows = (list: Record<string, string | number>[]): TypedRow[] => list.map((values, index) => ({ row: index + 2, values }));

const BATCHES = rows([
  { batchId: 'MFG-1', batchCode: 'FB-230920-01', sku: 'FB', made: '2023-09-20' },
  { batchId: 'MFG-2', batchCode: 'LSOAP-231015-01', sku: 'LSOAP', made: '2023-10-15' },
  { batchId: 'MFG-3', batchCode: 'LSOAP-231102-01', sku: 'LSOAP', made: '2023-11-02' },
  { batchId: 'MFG-4', batchCode: 'TIN-231020-01', sku: 'TIN', made: '2023-10-20' },
]);
const INPUTS = rows([
  { batchId: 'MFG-1', lot: 'LAV-0923-01', quantity: 500 },
  { batchId: 'MFG-2', lot: 'FB-230920-01', quantity: 200 },
  { batchId: 'MFG-2', lot: 'COCO-01', quantity: 3000 },
  { batchId: 'MFG-3', lot: 'COCO-02', quantity: 3000 },
  { batchId: 'MFG-4', lot: 'TIN-01', quantity: 40 },
]);
const ORDERS = rows([
  { order: '1001', batchCode: 'LSOAP-231015-01' },
  { order: '1002', batchCode: 'lsoap-231102-01' },
  { order: '1003', batchCode: 'TIN-231020-01' },
]);

describe('what a records pack holds', () => {
  it('for one product over a month: its batches, their lots through the blend, their shipments only', () => {
    const pack = packContents({ kind: 'product', sku: 'LSOAP', from: '2023-10-01', to: '2023-10-31' }, BATCHES, INPUTS, ORDERS);
    expect(pack.batches.map((batch) => batch.values.batchCode)).toEqual(['LSOAP-231015-01']);
    expect(pack.inputs.map(({ input, level }) => [input.values.lot, level])).toEqual([
      ['FB-230920-01', 1],
      ['LAV-0923-01', 2],
      ['COCO-01', 1],
    ]);
    expect(pack.shipments.map((order) => order.values.order)).toEqual(['1001']);
  });

  it('for one batch, matched whatever its case', () => {
    const pack = packContents({ kind: 'batch', batchCode: 'LSOAP-231102-01' }, BATCHES, INPUTS, ORDERS);
    expect(pack.inputs.map(({ input }) => input.values.lot)).toEqual(['COCO-02']);
    expect(pack.shipments.map((order) => order.values.order)).toEqual(['1002']);
  });

  it('for everything in a period: every product made in it', () => {
    const pack = packContents({ kind: 'period', from: '2023-10-01', to: '2023-10-31' }, BATCHES, INPUTS, ORDERS);
    expect(pack.batches.map((batch) => batch.values.sku)).toEqual(['LSOAP', 'TIN']);
    expect(pack.shipments.map((order) => order.values.order)).toEqual(['1001', '1003']);
  });
});
