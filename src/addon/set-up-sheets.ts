// Menu: Set up tracking sheets.
import { appendLog } from '../sheets/log';
import { setUpTrackingSheets, type SetupReport } from '../sheets/setup';
import { LayoutCache } from '../sheets/layout-cache';
import { Workbook } from '../sheets/workbook';
import { runMenuAction } from './run-action';

export function setUpSheets(): void {
  runMenuAction('Set up tracking sheets', () => {
    const workbook = Workbook.active();
    // insertSheet activates each new sheet; put the maker back where they were.
    const wasActive = workbook.spreadsheet.getActiveSheet();
    const report = setUpTrackingSheets(workbook);
    // Columns may have been added: what other actions remember of the layouts is out of date.
    if (report.createdSheets.length > 0 || report.addedColumns.length > 0) LayoutCache.clear();
    appendLog(workbook, 'Set up tracking sheets', summaryLine(report));
    if (report.createdSheets.length > 0) wasActive.activate();
    SpreadsheetApp.getUi().alert('Set up tracking sheets', describeSetup(report), SpreadsheetApp.getUi().ButtonSet.OK);
  });
}

/** Says exactly what setup changed, and that it changed nothing else. */
export function describeSetup(report: SetupReport): string {
  const lines: string[] = [];
  if (report.createdSheets.length > 0) lines.push(`Created sheets: ${report.createdSheets.join(', ')}.`);
  for (const added of report.addedColumns) {
    if (added.emptySheet) lines.push(`Wrote the header row of the empty ${added.sheet} sheet, from A1: ${added.columns.join(', ')}.`);
    else lines.push(`Added to ${added.sheet}, at the right end: ${added.columns.join(', ')}.`);
  }
  const added = report.addedColumns.reduce((n, a) => n + a.columns.length, 0);
  const kept = report.keptFormats.reduce((n, k) => n + k.columns.length, 0);
  if (added > kept) {
    lines.push('The new columns got bold headers and, on their empty cells, the number formats and dropdowns Lotline uses.');
  }
  for (const kept of report.keptFormats) {
    lines.push(
      `${kept.sheet}: ${kept.columns.join(', ')} kept the formats and dropdowns you had already given those cells; Lotline added none there.`,
    );
  }
  if (report.protectedHeaders.length > 0) lines.push(`Header rows now warn before an edit on: ${report.protectedHeaders.join(', ')}.`);
  if (lines.length === 0) lines.push('Everything was already set up. Nothing was changed.');
  else lines.push('Nothing else was changed: your existing cells, their formats and dropdowns are as they were.');
  lines.push(...report.notices);
  return lines.join('\n');
}

function summaryLine(report: SetupReport): string {
  const parts = [
    report.createdSheets.length ? `created ${report.createdSheets.join(', ')}` : '',
    ...report.addedColumns.map((a) => `added to ${a.sheet}: ${a.columns.join(', ')}`),
  ].filter(Boolean);
  return parts.length ? parts.join('; ') : 'already set up, nothing changed';
}
