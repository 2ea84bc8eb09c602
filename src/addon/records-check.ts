// Menu: Check my records. Reads the columns the checks need from every tracking table, checks them
// (src/domain/records-check) and writes the answer to a new report sheet, each problem linked to its
// cell, with a Log row. It changes nothing in the maker's sheets.
import { checkRecords, recordsCheckReport } from '../domain/records-check';
import { LayoutCache } from '../sheets/layout-cache';
import { appendLog, userEmail } from '../sheets/log';
import { readRecords } from '../sheets/records-check-reader';
import { widenColumn, writeCellLinks } from '../sheets/report-links';
import { CELL_CHARACTER_LIMIT, fitCell, messageOf, removeReportSheet, writeReportSheet } from '../sheets/report-sheet';
import { Workbook } from '../sheets/workbook';
import { runMenuAction } from './run-action';

const TITLE = 'Check my records';

export function checkMyRecords(): void {
  runMenuAction(TITLE, () => {
    const workbook = Workbook.active(LayoutCache.load());
    const { input, sheetIds } = readRecords(workbook);
    const check = checkRecords(input);
    const now = new Date();
    const checkedBy = userEmail();
    const written = recordsCheckReport(
      check,
      input,
      { checkedAt: workbook.localTime(now, 'yyyy-MM-dd HH:mm'), checkedBy },
      workbook.localTime(now, 'yyMMdd HHmm'),
    );
    const sheet = writeReportSheet(workbook, written.name, written.report);
    try {
      writeCellLinks(sheet, written.report, written.links, sheetIds);
      // The Problem column (E): a sentence a maker reads whole on the first screen, up to about 840 px.
      widenColumn(
        sheet,
        5,
        check.findings.map((finding) => finding.message),
        118,
      );
      appendLog(
        workbook,
        TITLE,
        fitCell(`Checked the records into sheet "${sheet.getName()}": ${written.logSummary}`, CELL_CHARACTER_LIMIT),
        now,
        checkedBy,
      );
    } catch (error) {
      // A report with no Log row (or half its links) is not one to leave behind.
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
