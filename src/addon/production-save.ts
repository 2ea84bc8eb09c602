// Saving a production run, under the document lock: the sheets read again (someone may have used a lot
// since the sidebar opened), the Batch ID and batch code allocated from what is there now, the run
// validated against it, and the rows written — all, or none.
import { CodeNumbering } from '../domain/code-numbering';
import { sameCode } from '../domain/codes';
import type { CodeFormatTexts } from '../domain/code-formats';
import type { ProductionResult, ProductionRunRequest } from '../contract/production';
import { describeMissingCost } from '../domain/cost';
import { catalogOf, costRun, lotCosts, stockOnHand, validateProductionRun, type ProductionRunRows } from '../domain/production';
import { codeFormatOf } from '../sheets/code-format-settings';
import { missingColumnMessages, missingSheetMessages, readProductionSheets } from '../sheets/production-reader';
import { writeProductionRun } from '../sheets/run-writer';
import type { Workbook } from '../sheets/workbook';

export function saveRun(
  workbook: Workbook,
  run: ProductionRunRequest,
  shownBatchCode: string,
  formats: CodeFormatTexts,
  action: string,
): ProductionResult {
  const sheets = readProductionSheets(workbook);
  const missing = [...sheets.missing];
  if ((run.waste ?? []).length > 0 && !workbook.table('waste')) missing.push('waste');
  if (missing.length > 0) return { ok: false, problems: missingSheetMessages(missing).map((message) => ({ field: 'form', message })) };
  // A value for a column the sheet lacks would be dropped: a required one stops the save (as a delivery's does).
  const columns = missingColumnMessages(
    workbook,
    (run.waste ?? []).length > 0 ? ['batches', 'batchInputs', 'waste'] : ['batches', 'batchInputs'],
  );
  if (columns.length > 0) return { ok: false, problems: columns.map((message) => ({ field: 'form', message })) };

  const catalog = catalogOf(sheets.catalog);
  const stock = stockOnHand(sheets.stock);
  const sku = catalog.product(run.sku)?.sku ?? run.sku.trim();
  const batchId = new CodeNumbering(codeFormatOf(formats, 'batchId'), stock.batchIds).next({ day: run.dateMade });
  const generated = new CodeNumbering(codeFormatOf(formats, 'batchCode'), stock.lots.keys()).next({ sku, day: run.dateMade });
  const ownCode = run.batchCode?.trim() ?? '';
  const batchCode = ownCode || generated;
  const waste = (run.waste ?? []).map((line) =>
    ownCode === '' && shownBatchCode.trim() !== '' && sameCode(line.lot, shownBatchCode) ? { ...line, lot: batchCode } : line,
  );
  const checked = validateProductionRun({ ...run, batchCode, waste }, stock, catalog, { batchId, batchCode }, workbook.today());
  if (!checked.ok) return checked;
  // Costed from the sheets as they are under the lock, as on hand is: the sidebar's figure was a preview.
  const { rows, cost } = costRun(checked.rows, lotCosts(sheets.costs));

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
