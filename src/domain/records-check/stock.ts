// Quantities: cells that could not be read, units that do not convert to the lot's own, and lots whose
// on hand comes out negative — counted with on-hand.ts, so the check says what a trace's mass balance
// and the production sidebar say about the same lot.
import { codeKey } from '../codes';
import { batchStockUnit, countOnHand, type LotMovement } from '../on-hand';
import type { KeyedProblem } from '../problems';
import { rowNumber, rowText, rowUnit, type TypedRow } from '../rows';
import { columnSpec } from '../workbook';
import type { LotBook, LotEntry } from './lot-book';
import type { Resolved } from './references';
import type { CheckedSheet, Finding, RecordsInput } from './types';

/** Blank cells the reference checks report in their own words (an order line with no batch code…). */
const SAID_ELSEWHERE = new Set(['batchInputs|batchId', 'batchInputs|lot', 'orders|batchCode', 'waste|lot', 'receipts|supplier']);

/** The code columns that link lots to batches to shipments: a cell there that cannot be read cuts a trace. */
const LINKING = new Set([
  'receipts|lotNumber',
  'batches|batchId',
  'batches|batchCode',
  'batchInputs|batchId',
  'batchInputs|lot',
  'orders|batchCode',
  'waste|lot',
]);

export function checkUnreadable(input: RecordsInput, findings: Finding[]): void {
  for (const problem of input.unreadable) {
    if (problem.row === undefined || problem.column === undefined) continue;
    const blank = problem.message.endsWith('required but the cell is empty');
    if (blank && SAID_ELSEWHERE.has(`${problem.sheet}|${problem.column}`)) continue;
    const sheet = problem.sheet as CheckedSheet;
    const kind = columnSpec(sheet, problem.column).kind;
    const measured = kind === 'number' || kind === 'day' || kind === 'unit';
    findings.push({
      kind: 'unreadable',
      severity: LINKING.has(`${sheet}|${problem.column}`) ? 'breaks' : measured ? 'weakens' : 'tidy',
      sheet,
      row: problem.row,
      column: problem.column,
      message: problem.message,
    });
  }
}

export function checkStock(input: RecordsInput, book: LotBook, resolved: Resolved, findings: Finding[]): void {
  const products = new Map<string, TypedRow>();
  for (const row of input.tables.products ?? []) products.set(codeKey(rowText(row, 'sku')), row);
  const movements = new Map<LotEntry, { used: LotMovement[]; shipped: LotMovement[]; wasted: LotMovement[] }>();
  const of = (lot: LotEntry) => {
    let found = movements.get(lot);
    if (!found) movements.set(lot, (found = { used: [], shipped: [], wasted: [] }));
    return found;
  };
  const movement = (row: TypedRow): LotMovement => ({ row: row.row, quantity: rowNumber(row, 'quantity'), unit: rowUnit(row, 'unit') });
  for (const used of resolved.inputs) if (used.lot) of(used.lot).used.push(movement(used.row));
  for (const shipment of resolved.shipments) if (shipment.lot) of(shipment.lot).shipped.push(movement(shipment.row));
  for (const waste of resolved.wasted) if (waste.lot) of(waste.lot).wasted.push(movement(waste.row));

  // Without every table that takes stock out, a balance would be too high, never negative: no false alarm,
  // but the unit checks still hold row by row.
  const sink = {
    add(problem: KeyedProblem) {
      if (problem.row === undefined || problem.column === undefined) return;
      const sheet = problem.sheet as CheckedSheet;
      const negative = sheet === 'receipts' || sheet === 'batches';
      findings.push({
        kind: negative ? 'negativeOnHand' : 'unitMismatch',
        severity: 'weakens',
        sheet,
        row: problem.row,
        column: problem.column,
        // on-hand.ts words its sentences to follow a "where"; here each is a cell's sentence of its own.
        message: `${problem.message.charAt(0).toUpperCase()}${problem.message.slice(1)}`,
      });
    },
  };
  for (const [lot, moved] of movements) {
    const unit =
      lot.sheet === 'receipts' ? rowUnit(lot.row, 'unit') : batchStockUnit(lot.row, products.get(codeKey(rowText(lot.row, 'sku'))));
    const quantityIn = rowNumber(lot.row, lot.sheet === 'receipts' ? 'quantity' : 'quantityMade');
    countOnHand({ code: lot.code, kind: lot.sheet === 'receipts' ? 'lot' : 'batch', row: lot.row.row, unit, quantityIn }, moved, sink);
  }
}
