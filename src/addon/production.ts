// Menu: New production run… — the sidebar where one batch is recorded against its BoM, and the calls it
// makes: one to load everything it proposes from (the catalog and the lots a run may take), one small
// one when the date made moves the batch codes to another day, and one to save. Saving trusts nothing
// the sidebar sends: the run is checked against the sheets as they are under the document lock, the
// Batch ID and batch code are allocated there, and every row goes in — or, on any problem, none does.
import { CodeNumbering } from '../domain/code-numbering';
import { codeKey } from '../domain/codes';
import type { CodeFormatTexts } from '../domain/code-formats';
import type { Day } from '../domain/days';
import { catalogOf, lotsToOffer, parseProductionRun, stockOnHand } from '../domain/production';
import { describeProblem } from '../domain/problems';
import { toProblem } from '../domain/trace/trace-problems';
import { codeFormatOf, loadCodeFormatTexts } from '../sheets/code-format-settings';
import { commitWrites, withDocumentLock } from '../sheets/document-lock';
import { LayoutCache } from '../sheets/layout-cache';
import { missingSheetMessages, readProductionSheets, readRunCodes } from '../sheets/production-reader';
import { Workbook } from '../sheets/workbook';
import {
  loadRequest,
  previewRequest,
  toOfferedComponent,
  type BatchCodePreview,
  type LoadRequest,
  type PreviewRequest,
  type ProductionSetup,
} from '../../sidebar/production-api';
import { saveRun, type SaveRequest } from './production-save';
import type { ProductionResult } from '../../sidebar/production-api';

const TITLE = 'New production run';
/** Notices beyond these few would crowd the sidebar; the maker fixes the first ones first. */
const MAX_NOTICES = 5;

export function showProductionSidebar(): void {
  const page = HtmlService.createHtmlOutputFromFile('Production').setTitle(TITLE);
  SpreadsheetApp.getUi().showSidebar(page);
}

/**
 * google.script.run: everything the sidebar proposes from, in one call. `stockFrom` (default today):
 * the lots sent are those a run made on that day or later may take.
 */
export function loadProductionRun(request?: LoadRequest): ProductionSetup {
  const stockFromAsked = loadRequest.parse(request)?.stockFrom;
  const workbook = Workbook.active(LayoutCache.load());
  const formats = loadCodeFormatTexts();
  const today = Utilities.formatDate(new Date(), workbook.timeZone(), 'yyyy-MM-dd');
  const stockFrom = stockFromAsked ?? today;
  const sheets = readProductionSheets(workbook);
  const stock = stockOnHand(sheets.stock);
  const catalog = catalogOf(sheets.catalog);
  workbook.saveLayouts();
  const notices = [
    ...missingSheetMessages(sheets.missing),
    ...sheets.problems.map(describeProblem),
    ...stock.problems.map((problem) => describeProblem(toProblem(problem))),
  ];
  const skus = catalog.allProducts().map((product) => product.sku);
  return {
    today,
    stockFrom,
    // Empty in some domains: the maker types who made it.
    madeBy: Session.getActiveUser().getEmail(),
    formats,
    codes: codePreview(formats, stockFrom, skus, stock.batchIds, stock.lots.keys()),
    catalog: { products: [...sheets.catalog.products], materials: [...sheets.catalog.materials], bom: [...sheets.catalog.bom] },
    stock: lotsToOffer(stock, catalog, stockFrom).map(toOfferedComponent),
    notices: notices.length > MAX_NOTICES ? [...notices.slice(0, MAX_NOTICES), `…and ${notices.length - MAX_NOTICES} more.`] : notices,
  };
}

/** google.script.run: the Batch ID and where each product's batch codes stand, for another date made. */
export function previewBatchCodes(request: PreviewRequest): BatchCodePreview {
  const { made, skus } = previewRequest.parse(request);
  const workbook = Workbook.active(LayoutCache.load());
  const { batchIds, lotNamespace } = readRunCodes(workbook);
  workbook.saveLayouts();
  return codePreview(loadCodeFormatTexts(), made, skus, batchIds, lotNamespace);
}

function codePreview(
  formats: CodeFormatTexts,
  made: Day,
  skus: readonly string[],
  batchIds: Iterable<string>,
  lotNamespace: Iterable<string>,
): BatchCodePreview {
  const batchId = new CodeNumbering(codeFormatOf(formats, 'batchId'), batchIds).next({ day: made });
  const found = new CodeNumbering(codeFormatOf(formats, 'batchCode'), lotNamespace).learnHighest(skus.map((sku) => ({ sku, day: made })));
  const highest: Record<string, number> = {};
  skus.forEach((sku, index) => {
    if ((found[index] as number) > 0) highest[codeKey(sku)] = found[index] as number;
  });
  return { made, batchId, highest };
}

/** google.script.run: check and save one run. */
export function saveProductionRun(request: SaveRequest): ProductionResult {
  const parsed = parseProductionRun(request?.run);
  if (!parsed.ok) return parsed;
  const shownBatchCode = typeof request.shownBatchCode === 'string' ? request.shownBatchCode : '';
  const workbook = Workbook.active(LayoutCache.load());
  const formats = loadCodeFormatTexts();
  const saved = withDocumentLock(() => {
    const result = saveRun(workbook, parsed.request, shownBatchCode, formats, TITLE);
    commitWrites();
    return result;
  });
  if (!saved.ok) {
    return {
      ok: false,
      problems: [
        { field: 'form', message: 'Someone else is saving to this workbook right now. Nothing was saved: press Save again in a moment.' },
      ],
    };
  }
  workbook.saveLayouts();
  return saved.value;
}
