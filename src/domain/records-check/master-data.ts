// The records around the lot graph that a recall leans on: who supplied each lot (and their own lot
// number, which their notice will quote), how to reach them, batches that record what they used, and
// recipes that name things that exist. Plus the status of each lot where it matters: a held lot or
// batch that rows still use or ship.
import { codeKey } from '../codes';
import { rowText, type TypedRow } from '../rows';
import type { LotBook } from './lot-book';
import type { Resolved } from './references';
import type { CheckedSheet, Finding, RecordsInput } from './types';

const HELD_LOT = new Set(['Quarantined', 'Rejected', 'Recalled']);
const HELD_BATCH = new Set(['Quarantined', 'Recalled', 'Destroyed']);

export function checkMasterData(input: RecordsInput, book: LotBook, resolved: Resolved, findings: Finding[]): void {
  const has = (sheet: CheckedSheet, column: string) => input.places[sheet]?.positions[column] !== undefined;
  const add = (finding: Finding) => findings.push(finding);

  for (const row of input.tables.receipts ?? []) {
    const lot = rowText(row, 'lotNumber') || `the lot on row ${row.row}`;
    const supplier = rowText(row, 'supplier');
    if (has('receipts', 'supplier') && supplier === '')
      add(at('noSupplier', 'breaks', 'receipts', row, 'supplier', `${lot} has no supplier: nobody to ask when it is questioned.`));
    else if (supplier !== '' && input.tables.suppliers !== undefined && !book.suppliers.has(codeKey(supplier)))
      add(
        at(
          'unknownSupplier',
          'weakens',
          'receipts',
          row,
          'supplier',
          `${supplier} is not on the Suppliers sheet: there is no contact for ${lot}'s supplier.`,
        ),
      );
    if (has('receipts', 'supplierLot') && rowText(row, 'supplierLot') === '')
      add(
        at(
          'noSupplierLot',
          'weakens',
          'receipts',
          row,
          'supplierLot',
          `${lot} has no supplier lot: a supplier's recall notice names its own lot number, and it will match nothing.`,
        ),
      );
  }

  for (const row of input.tables.suppliers ?? []) {
    const name = rowText(row, 'supplier');
    if (name === '') continue;
    const reachable = ['contact', 'email', 'phone'].some((column) => rowText(row, column) !== '');
    const anyColumn = ['contact', 'email', 'phone'].some((column) => has('suppliers', column));
    if (!reachable && anyColumn)
      add(
        at(
          'noContact',
          'weakens',
          'suppliers',
          row,
          has('suppliers', 'contact') ? 'contact' : has('suppliers', 'email') ? 'email' : 'phone',
          `${name} has no contact, email or phone: in a recall you must reach them the same day.`,
        ),
      );
  }

  if (input.tables.materials !== undefined && input.tables.products !== undefined) {
    for (const row of input.tables.bom ?? []) {
      const component = rowText(row, 'component');
      if (component === '' || book.materials.has(codeKey(component)) || book.skus.has(codeKey(component))) continue;
      const near = book.nearestComponent(component);
      add(
        at(
          'unknownComponent',
          'tidy',
          'bom',
          row,
          'component',
          `${component} is neither a material code nor a SKU: a production run cannot offer lots for it.${near ? ` The closest that exists is ${near}.` : ''}`,
        ),
      );
    }
  }
  if (input.tables.bom !== undefined && has('bom', 'sku')) {
    const withRecipe = new Set((input.tables.bom ?? []).map((row) => codeKey(rowText(row, 'sku'))));
    for (const row of input.tables.products ?? []) {
      const sku = rowText(row, 'sku');
      if (sku !== '' && !withRecipe.has(codeKey(sku)))
        add(
          at('noBom', 'tidy', 'products', row, 'sku', `${sku} has no BoM lines: its batches' ingredients cannot be proposed or checked.`),
        );
    }
  }

  if (input.tables.batchInputs !== undefined && has('batchInputs', 'batchId')) {
    const withInputs = new Set(resolved.inputs.map((input) => input.batch));
    for (const row of input.tables.batches ?? []) {
      if (rowText(row, 'batchId') === '' || withInputs.has(row)) continue;
      add(
        at(
          'noInputs',
          'breaks',
          'batches',
          row,
          'batchId',
          `${rowText(row, 'batchId')} (${rowText(row, 'batchCode') || 'no batch code'}) has no Batch inputs rows: a backward trace from it finds no lot.`,
        ),
      );
    }
  }
  checkHolds(input, resolved, add);
}

/** One finding per held lot or batch that rows use or ship, at its Status cell. */
function checkHolds(input: RecordsInput, resolved: Resolved, add: (finding: Finding) => void): void {
  const uses = new Map<TypedRow, { used: number; shipped: number }>();
  const count = (row: TypedRow | undefined, what: 'used' | 'shipped') => {
    if (!row) return;
    const seen = uses.get(row) ?? { used: 0, shipped: 0 };
    seen[what]++;
    uses.set(row, seen);
  };
  for (const used of resolved.inputs) count(used.lot?.row, 'used');
  for (const shipment of resolved.shipments) count(shipment.lot?.row, 'shipped');
  const held = (sheet: 'receipts' | 'batches', statuses: Set<string>, codeColumn: string) => {
    if (input.places[sheet]?.positions.status === undefined) return;
    for (const row of input.tables[sheet] ?? []) {
      const status = rowText(row, 'status');
      const seen = uses.get(row);
      if (!statuses.has(status) || !seen) continue;
      const parts = [
        seen.used > 0 ? `${seen.used} Batch inputs row${seen.used === 1 ? '' : 's'} use${seen.used === 1 ? 's' : ''} it` : '',
        seen.shipped > 0 ? `${seen.shipped} Orders row${seen.shipped === 1 ? '' : 's'} ship${seen.shipped === 1 ? 's' : ''} it` : '',
      ].filter(Boolean);
      add(
        at(
          'heldInUse',
          'weakens',
          sheet,
          row,
          'status',
          `${rowText(row, codeColumn)} is ${status}, and ${parts.join(' and ')}: make sure none of them went out after the hold, and that every customer is on the recall list.`,
        ),
      );
    }
  };
  held('receipts', HELD_LOT, 'lotNumber');
  held('batches', HELD_BATCH, 'batchCode');
}

function at(
  kind: Finding['kind'],
  severity: Finding['severity'],
  sheet: CheckedSheet,
  row: TypedRow,
  column: string,
  message: string,
): Finding {
  return { kind, severity, sheet, row: row.row, column, message };
}
