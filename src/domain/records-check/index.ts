// "Check my records": everything in the workbook that would break or weaken a trace, not only what one
// trace walks past. Pure: typed rows in, findings, the readiness figure and what could not be checked out.
import { lookalikeClause } from '../lookalike-tab';
import { columnSpec, sheetSpec } from '../workbook';
import { buildLotBook } from './lot-book';
import { checkMasterData } from './master-data';
import { readiness } from './readiness';
import { checkReferences } from './references';
import { checkStock, checkUnreadable } from './stock';
import type { CheckedSheet, Finding, RecordsCheck, RecordsInput } from './types';

export type * from './types';
export { recordsCheckReport, type RecordsReport, type ReportLink } from './report';

/** The sheets the check reads, in the order the report lists them. */
export const CHECKED_SHEETS: readonly CheckedSheet[] = [
  'suppliers',
  'materials',
  'receipts',
  'products',
  'bom',
  'batches',
  'batchInputs',
  'orders',
  'waste',
];

/** What goes unchecked without each sheet. */
const WITHOUT: Record<CheckedSheet, string> = {
  suppliers: 'supplier contacts were not checked',
  materials: 'BoM components were not checked',
  receipts: 'received lots were not checked, nor the codes Batch inputs, Orders and Waste name',
  products: 'BoM components and products without a BoM were not checked',
  bom: 'products without a BoM were not checked',
  batches: 'batches were not checked, nor the codes Batch inputs, Orders and Waste name',
  batchInputs: 'what each batch used was not checked (batches with no inputs, lots used before they were received)',
  orders: 'shipments were not checked (order lines with no or unknown batch codes, batches shipped before they were made)',
  waste: 'waste was not checked',
};

export function checkRecords(input: RecordsInput): RecordsCheck {
  const findings: Finding[] = [];
  const book = buildLotBook(input, findings);
  checkUnreadable(input, findings);
  const resolved = checkReferences(input, book, findings);
  checkMasterData(input, book, resolved, findings);
  checkStock(input, book, resolved, findings);
  const order = new Map(CHECKED_SHEETS.map((sheet, index) => [sheet, index]));
  const position = (finding: Finding) => input.places[finding.sheet]?.positions[finding.column] ?? 0;
  findings.sort((a, b) => (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0) || a.row - b.row || position(a) - position(b));
  const notChecked: string[] = [];
  for (const sheet of CHECKED_SHEETS) {
    if (!input.tables[sheet])
      notChecked.push(
        `No ${sheetSpec(sheet).name} sheet: ${WITHOUT[sheet]}.${lookalikeClause(sheetSpec(sheet), input.lookalikes?.[sheet] ?? null)}`,
      );
  }
  for (const { sheet, column } of input.missingColumns) {
    const header = columnSpec(sheet, column).header;
    notChecked.push(`${input.places[sheet]?.name ?? sheetSpec(sheet).name} has no "${header}" column: ${header} was not checked.`);
  }
  const counted = CHECKED_SHEETS.filter((sheet) => input.tables[sheet]).map(
    (sheet) =>
      `${(input.tables[sheet]?.length ?? 0).toLocaleString('en-US')} ${(input.places[sheet]?.name ?? sheetSpec(sheet).name).trim()}`,
  );
  return {
    findings,
    readiness: readiness(input, book, resolved, findings),
    notChecked,
    checked: `Rows checked: ${counted.join(', ')}.`,
  };
}
