// Plain typed rows for the records check's pure tests: each table laid out in the workbook's own column
// order, rows from row 2, values as typeRows gives them (days as ISO text, units parsed).
import type { RecordsInput, CheckedSheet } from '../../../src/domain/records-check';
import type { TypedValue } from '../../../src/domain/rows';
import { parseUnit } from '../../../src/domain/units';
import { sheetSpec } from '../../../src/domain/workbook';

export type Tables = Partial<Record<CheckedSheet, Record<string, string | number | null>[]>>;

export function recordsInput(tables: Tables, unreadable: RecordsInput['unreadable'] = []): RecordsInput {
  const input: RecordsInput = { tables: {}, places: {}, missingColumns: [], unreadable };
  for (const [sheet, rows] of Object.entries(tables) as [CheckedSheet, Record<string, string | number | null>[]][]) {
    const spec = sheetSpec(sheet);
    input.places[sheet] = {
      name: spec.name,
      headers: Object.fromEntries(spec.columns.map((column) => [column.key, column.header])),
      positions: Object.fromEntries(spec.columns.map((column, index) => [column.key, index])),
    };
    input.tables[sheet] = rows.map((values, index) => ({
      row: index + 2,
      values: Object.fromEntries(
        spec.columns.map((column): [string, TypedValue] => {
          const value = values[column.key];
          if (column.kind === 'unit') return [column.key, typeof value === 'string' && value !== '' ? parseUnit(value) : null];
          if (column.kind === 'choice')
            return [column.key, typeof value === 'string' && value !== '' ? value : (column.choices?.[0] ?? '')];
          if (column.kind === 'number' || column.kind === 'day') return [column.key, value ?? null];
          return [column.key, value === null || value === undefined ? '' : String(value)];
        }),
      ),
    }));
  }
  return input;
}

/** A small clean workbook: lavender received, blended, the blend and coconut in a soap, the soap shipped. */
export function cleanTables(): Tables {
  return {
    suppliers: [
      { supplier: 'Lavender Fields Co.', email: 'sales@lavender.example' },
      { supplier: 'Coco Supply', phone: '555-0100' },
    ],
    materials: [
      { materialCode: 'LAV', material: 'Lavender oil', unit: 'ml' },
      { materialCode: 'COCO', material: 'Coconut oil', unit: 'g' },
    ],
    receipts: [
      { lotNumber: 'LAV-01', received: '2023-09-01', supplier: 'Lavender Fields Co.', supplierLot: 'LF-1', quantity: 1000, unit: 'ml' },
      { lotNumber: 'COCO-01', received: '2023-09-01', supplier: 'Coco Supply', supplierLot: 'CS-1', quantity: 5, unit: 'kg' },
    ],
    products: [
      { sku: 'LSOAP', unit: 'bars' },
      { sku: 'FB', unit: 'ml' },
    ],
    bom: [
      { sku: 'LSOAP', component: 'COCO', quantity: 500, unit: 'g' },
      { sku: 'LSOAP', component: 'FB', quantity: 5, unit: 'ml' },
      { sku: 'FB', component: 'LAV', quantity: 100, unit: 'ml' },
    ],
    batches: [
      { batchId: 'MFG-1', made: '2023-09-05', sku: 'FB', batchCode: 'FB-1', quantityMade: 100, unit: 'ml' },
      { batchId: 'MFG-2', made: '2023-09-10', sku: 'LSOAP', batchCode: 'LSOAP-1', quantityMade: 100 },
    ],
    batchInputs: [
      { batchId: 'MFG-1', lot: 'LAV-01', quantity: 100, unit: 'ml' },
      { batchId: 'MFG-2', lot: 'FB-1', quantity: 5, unit: 'ml' },
      { batchId: 'MFG-2', lot: 'COCO-01', quantity: 500, unit: 'g' },
    ],
    orders: [{ order: '#1', shipped: '2023-09-15', customer: 'Ann', sku: 'LSOAP', batchCode: 'LSOAP-1', quantity: 2 }],
    waste: [{ date: '2023-09-20', lot: 'LAV-01', quantity: 1, unit: 'ml', reason: 'Damaged' }],
  };
}
