// What receiving a delivery reads: the Materials and Suppliers a maker chooses from, and the lot
// namespace (every receipt lot number and batch code) that new lot numbers must stay out of. Only the
// columns needed, each table in one read, so a save costs the same calls on any size of workbook.
import { codeKey } from '../domain/codes';
import type { Problem } from '../domain/problems';
import type { MaterialOnFile } from '../domain/receiving/delivery-rules';
import type { Unit } from '../domain/units';
import { readCodeColumns } from './code-columns';
import { readTable } from './read-table';
import type { Workbook } from './workbook';

export function readMaterialsOnFile(workbook: Workbook): { materials: MaterialOnFile[]; problems: Problem[] } {
  const read = readTable(workbook, 'materials', ['materialCode', 'material', 'unit', 'supplier']);
  const sheet = workbook.openedTable('materials')?.name ?? 'Materials';
  const materials = read.rows
    .filter((row) => row.values.materialCode !== '')
    .map((row) => ({
      code: String(row.values.materialCode),
      name: String(row.values.material ?? ''),
      unit: (row.values.unit as Unit | null) ?? null,
      supplier: String(row.values.supplier ?? ''),
      sheet,
      row: row.row,
    }));
  return { materials, problems: read.problems };
}

export function readSupplierNames(workbook: Workbook): string[] {
  return readCodeColumns(workbook, 'suppliers', ['supplier']).codes.supplier?.filter((name) => name !== '') ?? [];
}

/** Keys of every receipt lot number and batch code (workbook.md: one namespace for lots). */
export function readLotNamespace(workbook: Workbook): Set<string> {
  const namespace = new Set<string>();
  for (const code of readCodeColumns(workbook, 'receipts', ['lotNumber']).codes.lotNumber ?? [])
    if (code !== '') namespace.add(codeKey(code));
  for (const code of readCodeColumns(workbook, 'batches', ['batchCode']).codes.batchCode ?? [])
    if (code !== '') namespace.add(codeKey(code));
  return namespace;
}
