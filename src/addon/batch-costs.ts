// Menu: Batch costs. Reads the columns a cost needs (cost-reader.ts), costs every batch from the lots it
// used and every month's shipments from their batches (src/domain/cost), and writes the answer to a new
// report sheet with a Log row. It changes nothing in the maker's sheets: the Batches Cost and Unit cost
// cells are written when a run is saved, and here only compared.
import { CostBook } from '../domain/cost';
import { batchCostsReport } from '../domain/cost/batch-costs-report';
import { shippedCost } from '../domain/cost/shipped-cost';
import { readCosts } from '../sheets/cost-reader';
import { LayoutCache } from '../sheets/layout-cache';
import { appendLog, userEmail } from '../sheets/log';
import { formatMoneyColumns } from '../sheets/money-cells';
import { widenColumn } from '../sheets/report-links';
import { CELL_CHARACTER_LIMIT, fitCell, messageOf, removeReportSheet, writeReportSheet } from '../sheets/report-sheet';
import { Workbook } from '../sheets/workbook';
import { runMenuAction } from './run-action';

const TITLE = 'Batch costs';

export function batchCosts(): void {
  runMenuAction(TITLE, () => {
    const workbook = Workbook.active(LayoutCache.load());
    const read = readCosts(workbook);
    const book = new CostBook(read.tables);
    const now = new Date();
    const by = userEmail();
    const written = batchCostsReport(
      {
        book,
        shipped: read.orders ? shippedCost(book, read.orders) : null,
        written: read.written,
        notChecked: read.notChecked,
        batchesRead: workbook.hasColumn('batches', 'batchCode'),
        receiptsRead: workbook.hasColumn('receipts', 'lotNumber'),
      },
      { at: workbook.localTime(now, 'yyyy-MM-dd HH:mm'), by },
      workbook.localTime(now, 'yyMMdd HHmm'),
    );
    const sheet = writeReportSheet(workbook, written.name, written.report);
    try {
      formatMoneyColumns(sheet, written.report, written.money);
      // The Notes column (G): a batch's sentence read whole, up to about 840 px.
      widenColumn(sheet, 7, [written.longestNote], 118);
      appendLog(
        workbook,
        TITLE,
        fitCell(`Costed the batches into sheet "${sheet.getName()}": ${written.logSummary}`, CELL_CHARACTER_LIMIT),
        now,
        by,
      );
    } catch (error) {
      // A report with no Log row is not one to leave behind.
      throw new Error(`the report could not be finished (${messageOf(error)}), ${removeReportSheet(workbook, sheet)}`, { cause: error });
    }
    sheet.activate();
    try {
      workbook.saveLayouts();
    } catch (error) {
      console.warn(`Could not remember the sheets' layouts: ${messageOf(error)}`);
    }
  });
}
