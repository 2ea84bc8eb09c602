// Saving a production run, under the document lock: the sheets read again (someone may have used a lot
// since the sidebar opened), the Batch ID and batch code allocated from what is there now, the run
// validated against it, and the rows written — all, or none. Read again are only the Batch ID column, the
// codes of the new batch code's pattern and the rows of the lots the run names, found by Google's search
// (run-stock-reader.ts): on hand and cost of those lots come out as a read of every row would give them.
import { CodeNumbering } from '../domain/code-numbering';
import { sameCode } from '../domain/codes';
import type { CodeFormatTexts } from '../domain/code-formats';
import type { ProductionResult, ProductionRunRequest } from '../contract/production';
import { describeMissingCost } from '../domain/cost';
import { catalogOf, costRun, lotCosts, stockOnHand, validateProductionRun, type ProductionRunRows } from '../domain/production';
import { codeFormatOf } from '../sheets/code-format-settings';
import { missingColumnMessages, missingSheetMessages } from '../sheets/production-reader';
import { readRunLots, SaveCodes, type readRunCatalog } from '../sheets/run-stock-reader';
import { sequencePattern } from '../domain/code-formats';
import { writeProductionRun } from '../sheets/run-writer';
import type { Workbook } from '../sheets/workbook';

export function saveRun(
  workbook: Workbook,
  /** Read before the lock was taken. */
  read: ReturnType<typeof readRunCatalog>,
  run: ProductionRunRequest,
  shownBatchCode: string,
  formats: CodeFormatTexts,
  action: string,
): ProductionResult {
  const missing = [...read.missing];
  if ((run.waste ?? []).length > 0 && !workbook.table('waste')) missing.push('waste');
  if (missing.length > 0)
    return { ok: false, problems: missingSheetMessages(workbook, missing).map((message) => ({ field: 'form', message })) };
  // A value for a column the sheet lacks would be dropped: a required one stops the save (as a delivery's does).
  const columns = missingColumnMessages(
    workbook,
    (run.waste ?? []).length > 0 ? ['batches', 'batchInputs', 'waste'] : ['batches', 'batchInputs'],
  );
  if (columns.length > 0) return { ok: false, problems: columns.map((message) => ({ field: 'form', message })) };

  const catalog = catalogOf(read.catalog);
  const codes = new SaveCodes(workbook);
  const sku = catalog.product(run.sku)?.sku ?? run.sku.trim();
  const batchId = new CodeNumbering(codeFormatOf(formats, 'batchId'), codes.batchIds).next({ day: run.dateMade });
  // Numbered from the codes of its own pattern only: all the others leave its number where it is.
  const codeFormat = codeFormatOf(formats, 'batchCode');
  const pattern = sequencePattern(codeFormat, { sku, day: run.dateMade });
  const generated = new CodeNumbering(codeFormat, codes.namespaceLike(pattern.prefix, pattern.suffix)).next({ sku, day: run.dateMade });
  const ownCode = run.batchCode?.trim() ?? '';
  const batchCode = ownCode || generated;
  const waste = (run.waste ?? []).map((line) =>
    ownCode === '' && shownBatchCode.trim() !== '' && sameCode(line.lot, shownBatchCode) ? { ...line, lot: batchCode } : line,
  );
  const named = [...run.inputs.map((line) => line.lot), ...waste.map((line) => line.lot), batchCode];
  const lots = readRunLots(
    workbook,
    codes,
    read.catalog.products,
    named,
    run.inputs.map((line) => line.lot),
  );
  // Only the named lots are in it; every Batch ID is, for the new one not to repeat one.
  const stock = { ...stockOnHand(lots.stock), batchIds: codes.batchIds };
  const checked = validateProductionRun({ ...run, batchCode, waste }, stock, catalog, { batchId, batchCode }, workbook.today());
  if (!checked.ok) return checked;
  // Costed from the sheets as they are under the lock, as on hand is: the sidebar's figure was a preview.
  const { rows, cost } = costRun(checked.rows, lotCosts(lots.costs));

  const written = writeProductionRun(workbook, rows, action, (where) => logDetails(rows, where));
  if (!written.ok) {
    return {
      ok: false,
      problems: [
        {
          field: 'form',
          message: `Nothing was saved: writing to the ${written.sheet} sheet failed (${written.message}). What had been written was removed again.`,
        },
      ],
    };
  }
  return {
    ok: true,
    batchId: checked.batchId,
    batchCode: checked.batchCode,
    expires: checked.expires,
    row: written.batchRow,
    inputs: checked.rows.batchInputs.length,
    waste: checked.rows.waste.length,
    addedColumns: written.addedColumns,
    cost: cost.cost,
    unitCost: cost.unitCost,
    noCost: cost.missing.map(describeMissingCost),
  };
}

/** The Log's sentence: what was made, from which lots, what was discarded, and where it was written. */
function logDetails(rows: ProductionRunRows, where: string): string {
  const [batch] = rows.batches;
  const inputs = rows.batchInputs.map((input) => `${input.lot} (${input.quantity} ${input.unit})`).join(', ');
  const cost = batch.cost === '' ? '; cost left blank (an input has no cost)' : `; cost ${batch.cost}`;
  const waste =
    rows.waste.length > 0
      ? `; wasted ${rows.waste.map((line) => `${line.quantity} ${line.unit} of ${line.lot} (${line.reason})`).join(', ')}`
      : '';
  return `Made ${batch.batchId}, batch code ${batch.batchCode}: ${batch.quantityMade} ${batch.unit} of ${batch.sku} on ${batch.made} from ${inputs}${waste}${cost}; into ${where}`;
}
