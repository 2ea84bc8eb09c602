// A soap workshop small enough to check by hand, as typed rows the way the sheets layer hands them
// over. Coconut oil is bought by the kilogram and measured by the gram; lye has no expiry (FIFO);
// the fragrance blend FB is a sub-assembly of the soap, and the soap a component of the gift box.
//
// On hand on 2023-11-01: COCO-B 3.8 kg (1200 g used), COCO-A 1.5 kg (0.5 kg wasted), COCO-N 1 kg,
// LYE-2 0.2 kg, LYE-1 1 kg, LAV-1 0.3 l, FB-2 210 ml, FB-1 250 ml, LSOAP-1 90 pcs.
import { typeRows, type TypedRow } from '../../../src/domain/rows';
import { catalogOf, stockOnHand, type StockTables } from '../../../src/domain/production';
import { sheetSpec, type SheetKey } from '../../../src/domain/workbook';

type Records = Record<string, unknown>[];
export type Workshop = Partial<Record<SheetKey, Records>>;

export const WORKSHOP: Required<
  Pick<Workshop, 'materials' | 'products' | 'bom' | 'receipts' | 'batches' | 'batchInputs' | 'orders' | 'waste'>
> = {
  materials: [
    { materialCode: 'COCO', material: 'Coconut oil', unit: 'g' },
    { materialCode: 'LYE', material: 'Sodium hydroxide', unit: 'g' },
    { materialCode: 'LAV', material: 'Lavender essential oil', unit: 'ml' },
    { materialCode: 'CED', material: 'Cedarwood essential oil', unit: 'ml' },
    { materialCode: 'BOX', material: 'Gift box', unit: 'pcs' },
  ],
  products: [
    { sku: 'LSOAP', product: 'Lavender soap bar', kind: 'Finished', batchSize: 100, unit: 'pcs', shelfLifeDays: 365 },
    { sku: 'FB', product: 'Lavender fragrance blend', kind: 'Sub-assembly', batchSize: 250, unit: 'ml', shelfLifeDays: 180 },
    { sku: 'GIFT', product: 'Gift box', kind: 'Finished', batchSize: 20 },
    { sku: 'NOSIZE', product: 'Trial bar', kind: 'Finished' },
  ],
  bom: [
    { sku: 'LSOAP', component: 'COCO', quantity: 1200, unit: 'g' },
    { sku: 'LSOAP', component: 'LYE', quantity: 150, unit: 'g' },
    { sku: 'LSOAP', component: 'FB', quantity: 40, unit: 'ml' },
    { sku: 'FB', component: 'LAV', quantity: 200, unit: 'ml' },
    { sku: 'FB', component: 'CED', quantity: 50, unit: 'ml' },
    { sku: 'GIFT', component: 'LSOAP', quantity: 20, unit: 'pcs' },
    { sku: 'GIFT', component: 'BOX', quantity: 1, unit: 'pcs' },
    { sku: 'NOSIZE', component: 'COCO', quantity: 100, unit: 'g' },
  ],
  receipts: [
    {
      lotNumber: 'COCO-A',
      received: '2023-09-01',
      materialCode: 'COCO',
      supplier: 'Coastal Oils',
      quantity: 2,
      unit: 'kg',
      expires: '2024-06-01',
    },
    {
      lotNumber: 'COCO-B',
      received: '2023-08-01',
      materialCode: 'COCO',
      supplier: 'Coastal Oils',
      quantity: 5,
      unit: 'kg',
      expires: '2024-03-01',
    },
    {
      lotNumber: 'COCO-Q',
      received: '2023-07-01',
      materialCode: 'COCO',
      supplier: 'Coastal Oils',
      quantity: 10,
      unit: 'kg',
      expires: '2024-01-01',
      status: 'Quarantined',
    },
    {
      lotNumber: 'COCO-X',
      received: '2023-06-01',
      materialCode: 'COCO',
      supplier: 'Coastal Oils',
      quantity: 10,
      unit: 'kg',
      expires: '2023-10-01',
    },
    { lotNumber: 'COCO-N', received: '2023-05-01', materialCode: 'coco', supplier: 'Coastal Oils', quantity: 1, unit: 'kg' },
    { lotNumber: 'LYE-1', received: '2023-09-10', materialCode: 'LYE', supplier: 'Chem Supply', quantity: 1, unit: 'kg' },
    { lotNumber: 'LYE-2', received: '2023-08-10', materialCode: 'LYE', supplier: 'Chem Supply', quantity: 0.2, unit: 'kg' },
    { lotNumber: 'LAV-1', received: '2023-09-26', materialCode: 'LAV', supplier: 'Lavender Fields Co.', quantity: 0.5, unit: 'l' },
    { lotNumber: 'LAV-G', received: '2023-09-27', materialCode: 'LAV', supplier: 'Lavender Fields Co.', quantity: 100, unit: 'g' },
    { lotNumber: 'CED-1', received: '2023-09-20', materialCode: 'CED', supplier: 'Aroma Source Ltd', quantity: 100, unit: 'ml' },
    { lotNumber: 'BOX-1', received: '2023-09-20', materialCode: 'BOX', supplier: 'Paper Co', quantity: 50, unit: 'pcs' },
  ],
  batches: [
    { batchId: 'MFG-0001', made: '2023-10-01', sku: 'FB', batchCode: 'FB-1', quantityMade: 250, unit: 'ml', expires: '2024-04-01' },
    { batchId: 'MFG-0002', made: '2023-10-05', sku: 'FB', batchCode: 'FB-2', quantityMade: 250, unit: 'ml', expires: '2024-02-01' },
    { batchId: 'MFG-0003', made: '2023-09-01', sku: 'FB', batchCode: 'FB-Q', quantityMade: 250, unit: 'ml', status: 'Quarantined' },
    // No unit: pieces, its product's unit.
    { batchId: 'MFG-0004', made: '2023-10-02', sku: 'LSOAP', batchCode: 'LSOAP-1', quantityMade: 100 },
  ],
  batchInputs: [
    { batchId: 'MFG-0001', lot: 'LAV-1', quantity: 200, unit: 'ml' },
    { batchId: 'MFG-0004', lot: 'COCO-B', quantity: 1200, unit: 'g' },
    { batchId: 'MFG-0004', lot: 'fb-2', quantity: 40, unit: 'ml' },
  ],
  orders: [{ order: 1001, shipped: '2023-10-20', customer: 'Ana Lopez', sku: 'LSOAP', batchCode: 'LSOAP-1', quantity: 10 }],
  waste: [{ date: '2023-10-10', lot: ' coco-a ', quantity: 500, unit: 'g', reason: 'Damaged' }],
};

/** Typed rows of one table, as typeRows gives them for a sheet written with the contract's headers. */
export function typed(sheet: SheetKey, records: Records): TypedRow[] {
  const spec = sheetSpec(sheet);
  const columns = new Map(spec.columns.map((column) => [column.key, records.map((record) => record[column.key] ?? '')]));
  return typeRows({ firstRow: 2, length: records.length, columns }, { spec, sheetName: spec.name, headerOf: (key) => key, timeZone: 'UTC' })
    .rows;
}

/** The workshop with some tables replaced (or with rows added: `{ batchInputs: [...WORKSHOP.batchInputs, row] }`). */
export function workshop(changes: Workshop = {}) {
  const tables = { ...WORKSHOP, ...changes };
  const products = typed('products', tables.products);
  const stockTables: StockTables = {
    receipts: typed('receipts', tables.receipts),
    batches: typed('batches', tables.batches),
    batchInputs: typed('batchInputs', tables.batchInputs),
    orders: typed('orders', tables.orders),
    waste: typed('waste', tables.waste),
    products,
  };
  return {
    stock: stockOnHand(stockTables),
    catalog: catalogOf({ products, materials: typed('materials', tables.materials), bom: typed('bom', tables.bom) }),
  };
}
