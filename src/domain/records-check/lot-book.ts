// The codes the other tables point at, each found once: receipt lot numbers and batch codes (one
// namespace, workbook.md), Batch IDs, material codes, SKUs and supplier names. A code written twice is
// a finding here; every later look-up takes its first row, as a trace does.
import { codeKey } from '../codes';
import { rowText, type TypedRow } from '../rows';
import { editDistanceWithin, nearLimit } from '../trace/nearest';
import type { CheckedSheet, Finding, RecordsInput } from './types';

export interface LotEntry {
  code: string;
  sheet: 'receipts' | 'batches';
  row: TypedRow;
}

export interface LotBook {
  /** Lot number or batch code → its first row. */
  lots: Map<string, LotEntry>;
  /** Batch ID → its Batches row. */
  batchIds: Map<string, TypedRow>;
  materials: Set<string>;
  skus: Set<string>;
  /** Supplier name → its Suppliers row. */
  suppliers: Map<string, TypedRow>;
  /** The closest existing lot number or batch code to a code that matches none ("" when none is near). */
  nearestLot(code: string): string;
  /** The closest Batch ID. */
  nearestBatchId(code: string): string;
  /** The closest material code or SKU. */
  nearestComponent(code: string): string;
}

export function buildLotBook(input: RecordsInput, findings: Finding[]): LotBook {
  const lots = new Map<string, LotEntry>();
  const note = (sheet: 'receipts' | 'batches', column: string, row: TypedRow) => {
    const code = rowText(row, column);
    const key = codeKey(code);
    if (key === '') return;
    const first = lots.get(key);
    if (!first) {
      lots.set(key, { code, sheet, row });
      return;
    }
    findings.push({
      kind: 'duplicateCode',
      severity: 'breaks',
      sheet,
      row: row.row,
      column,
      message: `${code} is already the ${first.sheet === 'receipts' ? 'lot number' : 'batch code'} of ${placeName(input, first.sheet)} row ${first.row.row}: a code in the lot namespace must mean one lot, or a trace counts both rows as one.`,
    });
  };
  for (const row of input.tables.receipts ?? []) note('receipts', 'lotNumber', row);
  for (const row of input.tables.batches ?? []) note('batches', 'batchCode', row);

  const batchIds = new Map<string, TypedRow>();
  for (const row of input.tables.batches ?? []) {
    const id = rowText(row, 'batchId');
    const key = codeKey(id);
    if (key === '') continue;
    const first = batchIds.get(key);
    if (!first) batchIds.set(key, row);
    else
      findings.push({
        kind: 'duplicateCode',
        severity: 'breaks',
        sheet: 'batches',
        row: row.row,
        column: 'batchId',
        message: `Batch ID ${id} is already used on row ${first.row}: Batch inputs rows naming it cannot tell the two batches apart.`,
      });
  }
  const keys = (sheet: CheckedSheet, column: string) => new Set((input.tables[sheet] ?? []).map((row) => codeKey(rowText(row, column))));
  const suppliers = new Map<string, TypedRow>();
  for (const row of input.tables.suppliers ?? []) {
    const key = codeKey(rowText(row, 'supplier'));
    if (key !== '' && !suppliers.has(key)) suppliers.set(key, row);
  }
  const materials = keys('materials', 'materialCode');
  const skus = keys('products', 'sku');
  materials.delete('');
  skus.delete('');
  const lotNear = nearFinder([...lots.values()].map((entry) => entry.code));
  const idNear = nearFinder((input.tables.batches ?? []).map((row) => rowText(row, 'batchId')));
  const componentNear = nearFinder([
    ...(input.tables.materials ?? []).map((row) => rowText(row, 'materialCode')),
    ...(input.tables.products ?? []).map((row) => rowText(row, 'sku')),
  ]);
  return { lots, batchIds, materials, skus, suppliers, nearestLot: lotNear, nearestBatchId: idNear, nearestComponent: componentNear };
}

export function placeName(input: RecordsInput, sheet: CheckedSheet): string {
  return input.places[sheet]?.name ?? sheet;
}

/**
 * The closest code a few edits away (nearest.ts's limits), remembered per code asked: at the ceiling one
 * mistyped code may be repeated on hundreds of order lines. Codes are bucketed by length.
 */
function nearFinder(codes: readonly string[]): (code: string) => string {
  const byLength = new Map<number, { key: string; code: string }[]>();
  const seen = new Set<string>();
  for (const code of codes) {
    const key = codeKey(code);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    let bucket = byLength.get(key.length);
    if (!bucket) byLength.set(key.length, (bucket = []));
    bucket.push({ key, code: code.trim() });
  }
  const answers = new Map<string, string>();
  return (code) => {
    const key = codeKey(code);
    const known = answers.get(key);
    if (known !== undefined) return known;
    const max = nearLimit(key.length);
    let best = '';
    let bestDistance = max + 1;
    for (let length = key.length - max; length <= key.length + max; length++) {
      for (const candidate of byLength.get(length) ?? []) {
        const distance = editDistanceWithin(key, candidate.key, Math.min(max, bestDistance));
        if (distance !== null && distance > 0 && (distance < bestDistance || (distance === bestDistance && candidate.code < best))) {
          best = candidate.code;
          bestDistance = distance;
        }
      }
    }
    answers.set(key, best);
    return best;
  };
}
