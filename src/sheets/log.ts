// The Log sheet is the audit trail (who did what, when) that an inspector may ask for. Every action
// that writes adds one row. A save makes the Log ready before it writes anything else (see
// save-writes.ts), so that a Log it cannot write never leaves rows without their Log row:
// - no Log sheet: it is created with its header — or, when another execution (a trace, which takes no
//   lock) created it since the sheets were listed, that one is used;
// - a maker's own "Log" tab with other headers (`Date | Entry`): Lotline's four columns are added at its
//   right end, as Set up tracking sheets adds missing columns; the maker's columns are never written.
import { sheetSpec } from '../domain/workbook';
import { addColumnsAtRightEnd, type AddedColumns } from './add-columns';
import { Table } from './table';
import type { Workbook } from './workbook';

/** Sheets holds at most 50,000 characters in a cell; a longer Log sentence is cut, saying so. */
export const CELL_LIMIT = 50000;

/** The signed-in user's email, or '' where Google does not tell it (simple triggers, some domains). */
export function signedInEmail(): string {
  return Session.getActiveUser().getEmail();
}

export function userEmail(): string {
  // Record "unknown" rather than fail the action for it.
  return signedInEmail() || 'unknown';
}

export interface PreparedLog {
  table: Table;
  /** Columns added to a maker's own Log tab; null when none were. */
  added: AddedColumns | null;
  /** Takes back what preparing wrote (a sheet created, columns added); null when it wrote nothing. */
  undo: (() => void) | null;
}

/** The Log, with all of Lotline's columns, ready for appendLogRow. */
export function prepareLog(workbook: Workbook): PreparedLog {
  const existing = workbook.table('log');
  if (!existing) {
    const created = createLog(workbook);
    if (created) return { table: created, added: null, undo: () => workbook.deleteSheet(created.sheet) };
  }
  const table = workbook.table('log');
  if (!table) throw new Error('The Log sheet could not be opened.');
  // A cached layout with every column is trusted, as for any append; anything less is asked of Google.
  if (table.layout.missing.length > 0) table.prepareForWriting();
  if (table.layout.missing.length === 0) return { table, added: null, undo: null };
  const added = addColumnsAtRightEnd(table, table.layout.missing);
  return { table, added, undo: added.undo };
}

/** A new Log sheet with its header; null when another execution created one meanwhile. */
function createLog(workbook: Workbook): Table | null {
  const spec = sheetSpec('log');
  let sheet: GoogleAppsScript.Spreadsheet.Sheet;
  try {
    sheet = workbook.insertSheet(spec.name);
  } catch (error) {
    // "A sheet with the name "Log" already exists": list the sheets again and use it.
    workbook.forgetSheets();
    if (!workbook.findSheet(spec.name)) throw error;
    workbook.forget('log');
    return null;
  }
  const headers = spec.columns.map((column) => column.header);
  const header = sheet.getRange(1, 1, 1, headers.length);
  header.setValues([headers]);
  header.setFontWeight('bold');
  sheet.setFrozenRows(1);
  const table = Table.created(sheet, spec, headers);
  workbook.adopt('log', table);
  return table;
}

/**
 * One row, appended by Sheets itself below the last one: no read needed. The time goes in as the
 * spreadsheet's clock shows it, written as ISO text, which Sheets reads as a date and time: in the
 * column's own date format when it has one, else as written. Our other texts (an action name, a
 * sentence starting with a verb, an email) read back as the same text however the cells are formatted.
 */
export function appendLogRow(
  workbook: Workbook,
  table: Table,
  action: string,
  details: string,
  time: Date = new Date(),
  user: string = userEmail(),
): void {
  const written = workbook.localTime(time, 'yyyy-MM-dd HH:mm:ss');
  table.appendOneRow({ time: written, user, action, details: fitCell(details) });
}

export function appendLog(workbook: Workbook, action: string, details: string, time: Date = new Date(), user: string = userEmail()): void {
  appendLogRow(workbook, prepareLog(workbook).table, action, details, time, user);
}

/** A sentence cut to what a cell holds, saying how much was left out. */
export function fitCell(text: string): string {
  if (text.length <= CELL_LIMIT) return text;
  const cut = text.slice(0, CELL_LIMIT - 100);
  return `${cut}… (${(text.length - cut.length).toLocaleString('en-US')} more characters left out)`;
}
