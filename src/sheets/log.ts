// The Log sheet is the audit trail (who did what, when) that an inspector may ask for. Every action
// that writes adds one row; the Log sheet is created with its header if the maker has none yet.
import { sheetSpec } from '../domain/workbook';
import type { Workbook } from './workbook';

/** The signed-in user's email, or '' where Google does not tell it (simple triggers, some domains). */
export function signedInEmail(): string {
  return Session.getActiveUser().getEmail();
}

export function userEmail(): string {
  // Record "unknown" rather than fail the action for it.
  return signedInEmail() || 'unknown';
}

export function appendLog(workbook: Workbook, action: string, details: string, time: Date = new Date(), user: string = userEmail()): void {
  const spec = sheetSpec('log');
  if (!workbook.table('log')) {
    const sheet = workbook.insertSheet(spec.name);
    const header = sheet.getRange(1, 1, 1, spec.columns.length);
    header.setValues([spec.columns.map((column) => column.header)]);
    header.setFontWeight('bold');
    sheet.setFrozenRows(1);
    workbook.forget('log');
  }
  const table = workbook.table('log');
  if (!table) throw new Error('The Log sheet could not be opened.');
  // One row, appended by Sheets itself below the last one: no read needed. Our texts (an action name,
  // a sentence starting with a verb, an email) read back as the same text however the cells are formatted.
  table.appendOneRow({ time, user, action, details });
}
