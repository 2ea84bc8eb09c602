// The figure at the top of the report: "412 of 420 lots traceable end to end".
//
// A receipt lot (each lot number counted once) is TRACEABLE END TO END when all of these hold:
//  1. its Receipts row has a Supplier and a Supplier lot, and its Received, Quantity and Unit read;
//  2. its lot number is no other receipt's lot number or batch's batch code;
//  3. every Batch inputs row naming it names a Batch ID that exists, and its quantity and unit read and
//     convert to the lot's unit, and the batch was not made before the lot was received;
//  4. every batch reached from it, through sub-assemblies too, meets 2 and 3 in turn (its batch code
//     unique, its Made, Quantity made and Unit readable, the rows naming it resolvable);
//  5. every Orders row shipping it or a batch reached has a readable quantity and shipping date, not before
//     the batch was made; and no order line of a product those batches are of (same SKU) names no batch or a
//     code that matches nothing — that customer may have had it. An unresolved line with no SKU could be
//     anything, so it counts against every lot.
// The figure is complete only when every sheet and column this needs is there; otherwise it is an upper
// bound and the report says so.
import { codeKey } from '../codes';
import { rowText, type TypedRow } from '../rows';
import type { LotBook, LotEntry } from './lot-book';
import type { Resolved } from './references';
import type { CheckedSheet, Finding, Readiness, RecordsInput } from './types';

/** Findings that leave the lot or batch on their row (or named by it) not traceable end to end. */
const SPOILS: ReadonlySet<Finding['kind']> = new Set([
  'duplicateCode',
  'missingCode',
  'unknownBatchId',
  'unreadable',
  'unitMismatch',
  'usedBeforeReceived',
  'shippedBeforeMade',
  'noSupplier',
  'noSupplierLot',
]);

const NEEDED: readonly [CheckedSheet, string][] = [
  ['receipts', 'lotNumber'],
  ['receipts', 'supplier'],
  ['receipts', 'supplierLot'],
  ['batches', 'batchId'],
  ['batches', 'batchCode'],
  ['batchInputs', 'batchId'],
  ['batchInputs', 'lot'],
  ['orders', 'batchCode'],
];

export function readiness(input: RecordsInput, book: LotBook, resolved: Resolved, findings: readonly Finding[]): Readiness {
  const bad = new Set<LotEntry>();
  const byBatchRow = new Map<TypedRow, LotEntry>();
  for (const entry of book.lots.values()) if (entry.sheet === 'batches') byBatchRow.set(entry.row, entry);
  const entryOfRow = new Map<string, LotEntry>();
  for (const entry of book.lots.values()) entryOfRow.set(`${entry.sheet}|${entry.row.row}`, entry);
  const inputRows = new Map(resolved.inputs.map((used) => [used.row.row, used]));
  const shipmentRows = new Map(resolved.shipments.map((shipment) => [shipment.row.row, shipment]));
  let everyLot = false;
  const unresolvedSkus = new Set<string>();

  for (const finding of findings) {
    if (finding.kind === 'noBatchCode' || finding.kind === 'unknownShipped') {
      const sku = codeKey(rowText(shipmentRows.get(finding.row)?.row, 'sku'));
      if (sku === '') everyLot = true;
      else unresolvedSkus.add(sku);
      continue;
    }
    if (!SPOILS.has(finding.kind)) continue;
    if (finding.sheet === 'receipts' || finding.sheet === 'batches') {
      const own = entryOfRow.get(`${finding.sheet}|${finding.row}`);
      if (own) bad.add(own);
      // A code written twice spoils the first row's lot as well: the two cannot be told apart.
      if (finding.kind === 'duplicateCode') {
        const row = input.tables[finding.sheet]?.find((candidate) => candidate.row === finding.row);
        const first = book.lots.get(codeKey(rowText(row, finding.sheet === 'receipts' ? 'lotNumber' : 'batchCode')));
        if (first) bad.add(first);
        if (finding.column === 'batchId' && row) {
          const batch = byBatchRow.get(book.batchIds.get(codeKey(rowText(row, 'batchId'))) as TypedRow);
          if (batch) bad.add(batch);
        }
      }
    } else if (finding.sheet === 'batchInputs') {
      const used = inputRows.get(finding.row);
      if (used?.lot) bad.add(used.lot);
    } else if (finding.sheet === 'orders') {
      const lot = shipmentRows.get(finding.row)?.lot;
      if (lot) bad.add(lot);
    }
  }
  for (const entry of book.lots.values()) {
    if (entry.sheet === 'batches' && unresolvedSkus.has(codeKey(rowText(entry.row, 'sku')))) bad.add(entry);
  }
  // What a batch used: a batch that is not traceable spoils every lot that went into it, level by level.
  const inputsOf = new Map<LotEntry, LotEntry[]>();
  for (const used of resolved.inputs) {
    const batch = used.batch ? byBatchRow.get(used.batch) : undefined;
    if (!batch || !used.lot) continue;
    const list = inputsOf.get(batch) ?? [];
    list.push(used.lot);
    inputsOf.set(batch, list);
  }
  const queue = [...bad].filter((entry) => entry.sheet === 'batches');
  while (queue.length > 0) {
    const batch = queue.pop() as LotEntry;
    for (const lot of inputsOf.get(batch) ?? []) {
      if (bad.has(lot)) continue;
      bad.add(lot);
      if (lot.sheet === 'batches') queue.push(lot);
    }
  }
  let lots = 0;
  let traceable = 0;
  for (const entry of book.lots.values()) {
    if (entry.sheet !== 'receipts') continue;
    lots++;
    if (!everyLot && !bad.has(entry)) traceable++;
  }
  const complete = NEEDED.every(([sheet, column]) => input.places[sheet]?.positions[column] !== undefined);
  return { lots, traceable, complete };
}
