// A soap maker small enough to check by hand. Lavender oil LAV-0923-01 (0.5 l) goes into a fragrance
// blend (200 ml) and a soap batch (30 ml); the blend goes into another soap batch (40 ml of 250 ml),
// 20 bars of which go into a gift box: depth 3. Coconut oil COCO-1023-01 is shared with a soap batch
// outside the lavender trace (a lot at risk when tracing backward).
import type { SmallTables } from '../../fixtures/small-workbook';
import { withBasics } from '../../fixtures/small-workbook';

export const SMALL_SOAP: SmallTables = {
  receipts: [
    {
      lotNumber: 'LAV-0923-01',
      received: '2023-09-26',
      materialCode: 'LAV',
      supplier: 'Lavender Fields Co.',
      supplierLot: 'LF-117',
      quantity: 0.5,
      unit: 'l',
      spec: 'GC/MS tested',
    },
    {
      lotNumber: 'COCO-1023-01',
      received: '2023-10-01',
      materialCode: 'COCO',
      supplier: 'Coastal Oils',
      supplierLot: 'CO-88231',
      quantity: 15,
      unit: 'kg',
    },
    {
      lotNumber: 'COCO-1123-01',
      received: '2023-11-01',
      materialCode: 'COCO',
      supplier: 'Coastal Oils',
      supplierLot: 'CO-88231',
      quantity: 15,
      unit: 'kg',
    },
    {
      lotNumber: 'CED-0923-01',
      received: '2023-09-20',
      materialCode: 'CED',
      supplier: 'Aroma Source Ltd',
      supplierLot: 'AS-450',
      quantity: 100,
      unit: 'ml',
    },
  ],
  batches: [
    { batchId: 'MFG-0001', made: '2023-10-01', sku: 'FB', batchCode: 'FB-231001-01', quantityMade: 250, unit: 'ml' },
    { batchId: 'MFG-0002', made: '2023-10-02', sku: 'LSOAP', batchCode: 'LSOAP-231002-01', quantityMade: 100 },
    { batchId: 'MFG-0003', made: '2023-10-15', sku: 'LSOAP', batchCode: 'LSOAP-231015-01', quantityMade: 100 },
    { batchId: 'MFG-0004', made: '2023-10-16', sku: 'LSOAP', batchCode: 'LSOAP-231016-01', quantityMade: 100 },
    { batchId: 'MFG-0005', made: '2023-11-20', sku: 'GIFT', batchCode: 'GIFT-231120-01', quantityMade: 20 },
    { batchId: 'MFG-0006', made: '2023-11-21', sku: 'LSOAP', batchCode: 'LSOAP-231121-01', quantityMade: 100 },
  ],
  batchInputs: [
    { batchId: 'MFG-0001', lot: 'LAV-0923-01', quantity: 200, unit: 'ml' },
    { batchId: 'MFG-0001', lot: 'CED-0923-01', quantity: 50, unit: 'ml' },
    { batchId: 'MFG-0002', lot: 'LAV-0923-01', quantity: 30, unit: 'ml' },
    { batchId: 'MFG-0002', lot: 'COCO-1023-01', quantity: 1200, unit: 'g' },
    { batchId: 'MFG-0003', lot: 'FB-231001-01', quantity: 40, unit: 'ml' },
    { batchId: 'MFG-0003', lot: 'COCO-1023-01', quantity: 1.2, unit: 'kg' },
    { batchId: 'MFG-0004', lot: 'COCO-1023-01', quantity: 1200, unit: 'g' },
    { batchId: 'MFG-0005', lot: 'LSOAP-231015-01', quantity: 20, unit: 'pcs' },
    { batchId: 'MFG-0006', lot: 'COCO-1123-01', quantity: 1200, unit: 'g' },
  ],
  orders: [
    {
      order: 1001,
      shipped: '2023-10-05',
      customer: 'Ana Lopez',
      email: 'ana@example.com',
      address: '1 Oak St',
      sku: 'LSOAP',
      batchCode: 'LSOAP-231002-01',
      quantity: 2,
    },
    {
      order: 1002,
      shipped: '2023-10-20',
      customer: 'Ben Smith',
      email: '',
      address: '2 Elm St',
      sku: 'LSOAP',
      batchCode: 'LSOAP-231015-01',
      quantity: 3,
    },
    {
      order: 1003,
      shipped: '2023-10-21',
      customer: 'Cara Diaz',
      email: 'cara@example.com',
      address: '3 Ash Ct',
      sku: 'LSOAP',
      batchCode: 'LSOAP-231016-01',
      quantity: 1,
    },
    {
      order: 1004,
      shipped: '2023-11-25',
      customer: 'Ana Lopez',
      email: ' ANA@Example.com ',
      address: '1 Oak St',
      sku: 'GIFT',
      batchCode: 'GIFT-231120-01',
      quantity: 1,
    },
    {
      order: 1005,
      shipped: '2023-11-28',
      customer: 'Eve Park',
      email: 'eve@example.com',
      address: '5 Pine Rd',
      sku: 'LSOAP',
      batchCode: 'LSOAP-231121-01',
      quantity: 4,
    },
  ],
  waste: [
    { date: '2023-10-20', lot: 'LAV-0923-01', quantity: 15, unit: 'ml', reason: 'Damaged' },
    { date: '2023-10-25', lot: 'LSOAP-231002-01', quantity: 2, unit: 'pcs', reason: 'Damaged' },
  ],
};

export function smallSoap(changes: SmallTables = {}) {
  return withBasics({ ...SMALL_SOAP, ...changes });
}

type Records = Record<string, unknown>[];

/** SMALL_SOAP's records of one table with one record changed (or, with no index, records added). */
export function edited(table: keyof typeof SMALL_SOAP, index: number | null, patch: Record<string, unknown>): Records {
  const records = (SMALL_SOAP[table] ?? []).map((record) => ({ ...record }));
  if (index === null) records.push(patch);
  else records[index] = { ...records[index], ...patch };
  return records;
}
