// Menu: New production run… — the sidebar where one batch is recorded against its BoM, and the calls it
// makes: one to load everything it proposes from (the catalog and the lots a run may take) — for a
// workbook near the Sheets ceiling, the plan first, then the stock read in parts side by side, then the
// call that counts it (src/sheets/stock-parts.ts) — one small one when the date made moves the batch codes
// to another day, and one to save. Saving trusts nothing
// the sidebar sends: the run is checked against the sheets as they are under the document lock, the
// Batch ID and batch code are allocated there, and every row goes in — or, on any problem, none does.
import {
  batchCodePreviewLabel,
  batchCodePreviewRequest,
  loadRunLabel,
  loadRunRequest,
  openRunRequest,
  parseSaveRunRequest,
  toOfferedComponent,
  type BatchCodePreview,
  type BatchCodePreviewRequest,
  type LoadRunRequest,
  type OpenRunAnswer,
  type OpenRunRequest,
  type ProductionResult,
  type ProductionSetup,
  type SaveRunRequest,
} from '../contract/production';
import { stockPartLabel, stockPartRequest, type StockPartAnswer, type StockPartRequest } from '../contract/stock-in-parts';
import { parseOrExplain } from '../contract/wire-problems';
import { CodeNumbering } from '../domain/code-numbering';
import type { CodeFormatTexts } from '../domain/code-formats';
import type { Day } from '../domain/days';
import { capNotices } from '../domain/notices';
import { catalogOf, lotCosts, lotsToOffer, stockOnHand } from '../domain/production';
import { describeProblem } from '../domain/problems';
import { movementsOfNoLot } from '../domain/movements-of-no-lot';
import { toProblem } from '../domain/problems';
import { codeFormatOf, loadCodeFormatTexts } from '../sheets/code-format-settings';
import { LayoutCache } from '../sheets/layout-cache';
import { signedInEmail } from '../sheets/log';
import { missingSheetMessages, readRunCodes } from '../sheets/production-reader';
import { readOfferSheets, readRunCatalog } from '../sheets/run-stock-reader';
import { planParts, readPart, takeParts, type ReadInParts } from '../sheets/stock-parts';
import { Workbook } from '../sheets/workbook';
import { saveRun } from './production-save';
import { saveUnderDocumentLock } from './save-under-lock';

const TITLE = 'New production run';

export function showProductionSidebar(): void {
  const page = HtmlService.createHtmlOutputFromFile('Production').setTitle(TITLE);
  SpreadsheetApp.getUi().showSidebar(page);
}

/**
 * google.script.run: everything the sidebar proposes from, in one call. `stockFrom` (default today):
 * the lots sent are those a run made on that day or later may take. `fromParts`: Receipts, Batches and
 * Batch inputs are taken from what the parts of that plan read (loadProductionStockPart), or read here
 * whole when any part is missing or the sheets changed since.
 */
export function loadProductionRun(request?: LoadRunRequest): ProductionSetup {
  const asked = parseOrExplain(loadRunRequest, request, loadRunLabel);
  const workbook = Workbook.active(LayoutCache.load());
  const readAlready = asked?.fromParts ? takeParts(workbook, asked.fromParts) : null;
  return setupOf(workbook, asked?.stockFrom, readAlready);
}

/**
 * google.script.run, when the sidebar opens: everything, as loadProductionRun, for a workbook that is
 * read quickly in one call; for a large one only the plan for reading its stock in parts, side by side.
 */
export function openProductionRun(request?: OpenRunRequest): OpenRunAnswer {
  const asked = parseOrExplain(openRunRequest, request, loadRunLabel);
  const workbook = Workbook.active(LayoutCache.load());
  const plan = planParts(workbook, asked?.parts);
  if (plan) {
    workbook.saveLayouts();
    return { inParts: plan };
  }
  return { setup: setupOf(workbook, asked?.stockFrom, null) };
}

/** google.script.run: one part of the stock, kept in the document cache for loadProductionRun. */
export function loadProductionStockPart(request: StockPartRequest): StockPartAnswer {
  const { plan, part } = parseOrExplain(stockPartRequest, request, stockPartLabel);
  const workbook = Workbook.active(LayoutCache.load());
  const kept = part < plan.parts && readPart(workbook, plan, part);
  workbook.saveLayouts();
  return { kept };
}

function setupOf(workbook: Workbook, stockFromAsked: Day | undefined, readAlready: ReadInParts | null): ProductionSetup {
  const formats = loadCodeFormatTexts();
  const today = workbook.today();
  const stockFrom = stockFromAsked ?? today;
  // Only the rows that move lots of BoM components, and costs only of the lots offered (run-stock-reader.ts).
  const sheets = readOfferSheets(workbook, readAlready);
  const stock = stockOnHand(sheets.stock);
  const catalog = catalogOf(sheets.catalog);
  const offers = lotsToOffer(stock, catalog, stockFrom);
  const costOf = lotCosts(sheets.costsOf(offers.flatMap((offer) => offer.lots.map((lot) => lot.code))));
  workbook.saveLayouts();
  const notices = [
    ...missingSheetMessages(workbook, sheets.missing),
    ...sheets.problems.map(describeProblem),
    ...stock.problems.map((problem) => describeProblem(toProblem(problem))),
    // Batch inputs and Waste's Lot are read whole on opening: a lot typed wrong there is seen, and the lot it
    // meant named. Orders are not (at the ceiling their codes alone are 15 s): the Stock sheet lists those.
    ...movementsOfNoLot({ batchInputs: sheets.stock.batchInputs, orders: [], waste: sheets.wasteLots }, sheets.codesAsWritten).map(
      (problem) => describeProblem(toProblem(problem)),
    ),
  ];
  const skus = catalog.allProducts().map((product) => product.sku);
  return {
    today,
    stockFrom,
    // Empty in some domains: the maker types who made it.
    madeBy: signedInEmail(),
    formats,
    codes: codePreview(formats, stockFrom, skus, sheets.batchIds, sheets.lotNamespace),
    catalog: { products: [...sheets.catalog.products], materials: [...sheets.catalog.materials], bom: [...sheets.catalog.bom] },
    // Each lot with its cost per unit, for the sidebar to cost the run as the maker picks lots.
    stock: offers.map((offer) => toOfferedComponent(offer, costOf)),
    notices: capNotices(notices),
  };
}

/** google.script.run: the Batch ID and where each product's batch codes stand, for another date made. */
export function previewBatchCodes(request: BatchCodePreviewRequest): BatchCodePreview {
  const { made, skus } = parseOrExplain(batchCodePreviewRequest, request, batchCodePreviewLabel);
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
  const highest = new CodeNumbering(codeFormatOf(formats, 'batchCode'), lotNamespace).highestByName(skus, (sku) => ({ sku, day: made }));
  return { made, batchId, highest };
}

/** google.script.run: check and save one run. */
export function saveProductionRun(request: SaveRunRequest): ProductionResult {
  // Nothing is read before the request is known to be a run: each way it is not, said at its field.
  const parsed = parseSaveRunRequest(request);
  if (!parsed.ok) return parsed;
  const { run, shownBatchCode = '' } = parsed.request;
  const workbook = Workbook.active(LayoutCache.load());
  const formats = loadCodeFormatTexts();
  // The catalog before the lock: no save writes Products, Materials or BoM, so waiting for another
  // save changes nothing in it. Everything a save does write (the code columns, the stock) is read under it.
  const catalog = readRunCatalog(workbook);
  return saveUnderDocumentLock(workbook, () => saveRun(workbook, catalog, run, shownBatchCode, formats, TITLE));
}
