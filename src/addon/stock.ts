// Menu: Stock. Reads every table stock is counted from (stock-reader.ts), works out each lot's on hand
// with the one count the production sidebar and a trace use, what each material has usable and how long
// it lasts at the last 8 weeks' rate, and what each product has released and held (src/domain/stock);
// then rewrites the add-on's own Stock sheet whole, with a Log row. It changes nothing in the maker's sheets.
// One execution writes the sheet at a time (stock-claim.ts), without holding the document lock meanwhile.
//
// The setting (days ahead an expiry is marked) is a document property: sheets/stock-settings.ts.
import { stockFigures, type StockSheetKey } from '../domain/stock/figures';
import { stockReport } from '../domain/stock/stock-report';
import { commitWrites } from '../sheets/document-lock';
import { LayoutCache } from '../sheets/layout-cache';
import { lookalikeSentence } from '../sheets/missing-sheet';
import { appendLog, userEmail } from '../sheets/log';
import { CELL_CHARACTER_LIMIT, fitCell, messageOf } from '../sheets/report-sheet';
import { claimStockSheet } from '../sheets/stock-claim';
import { readStockSheets } from '../sheets/stock-reader';
import { loadStockSettings } from '../sheets/stock-settings';
import { stockSheetToWrite, undoStockSheet, writeStockSheet } from '../sheets/stock-sheet';
import { Workbook } from '../sheets/workbook';
import { runMenuAction } from './run-action';

const TITLE = 'Stock';

export function showStock(): void {
  runMenuAction(TITLE, () => {
    const workbook = Workbook.active(LayoutCache.load());
    const settings = loadStockSettings();
    const read = readStockSheets(workbook);
    const now = new Date();
    const by = userEmail();
    const lookalikeOf = (key: StockSheetKey) => lookalikeSentence(workbook, key);
    const figures = stockFigures({ ...read, lookalikeOf, today: workbook.localTime(now, 'yyyy-MM-dd'), settings });
    const written = stockReport(figures, { at: workbook.localTime(now, 'yyyy-MM-dd HH:mm'), by });
    // Checked before anything is written: a maker's own tab called Stock is never cleared.
    const { sheet: existing } = stockSheetToWrite(workbook);
    const claim = claimStockSheet();
    if (!claim.ok) throw new Error(claim.why);
    let sheet: GoogleAppsScript.Spreadsheet.Sheet;
    try {
      sheet = writeStockSheet(workbook, existing, written.report);
      try {
        appendLog(workbook, TITLE, fitCell(`Rewrote sheet "${sheet.getName()}": ${written.logSummary}`, CELL_CHARACTER_LIMIT), now, by);
      } catch (error) {
        // A Stock sheet with no Log row is not one to leave behind.
        const undone = undoStockSheet(workbook, sheet, existing !== null);
        throw new Error(`the Stock sheet could not be finished (${messageOf(error)}), ${undone}`, { cause: error });
      }
      commitWrites();
    } finally {
      claim.release();
    }
    sheet.activate();
    try {
      workbook.saveLayouts();
    } catch (error) {
      console.warn(`Could not remember the sheets' layouts: ${messageOf(error)}`);
    }
  });
}
