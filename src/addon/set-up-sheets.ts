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

export function describeSetup(report: SetupReport): string {
  const lines: string[] = [];
  if (report.createdSheets.length > 0) lines.push(`Created sheets: ${report.createdSheets.join(', ')}.`);
  for (const added of report.addedColumns) lines.push(`Added to ${added.sheet}, at the right end: ${added.columns.join(', ')}.`);
  if (report.protectedHeaders.length > 0) lines.push(`Header rows now warn before an edit on: ${report.protectedHeaders.join(', ')}.`);
  if (lines.length === 0) lines.push('Everything was already set up. Nothing was changed.');
  else lines.push('Your existing rows, columns and formatting were left as they were.');
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
