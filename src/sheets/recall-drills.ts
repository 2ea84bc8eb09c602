// The sheet reads and the one write of a recall drill: the receipt lots and the day each was received
// (what a random drill picks from), the Date column of Recall drills (when the last drill was), and the
// drill's row — appended with its Log row, all or nothing. Recall drills is a sheet the add-on adds when
// it first needs it (workbook.md): created here, with its header, when a drill finishes and it is missing.
import type { Day } from '../domain/days';
import type { Problem } from '../domain/problems';
import { rowDay, rowText } from '../domain/rows';
import type { ReceivedLot } from '../domain/recall-drill/schedule';
import { sheetSpec } from '../domain/workbook';
import { readTable } from './read-table';
import { writeAllOrNothing, type SaveWrite } from './save-writes';
import { Table } from './table';
import type { Workbook } from './workbook';
import type { WritableCell } from './write-cells';

export function readReceivedLots(workbook: Workbook): { exists: boolean; lots: ReceivedLot[]; problems: Problem[] } {
  const read = readTable(workbook, 'receipts', ['lotNumber', 'received']);
  return {
    exists: read.exists,
    lots: read.rows.map((row) => ({ lot: rowText(row, 'lotNumber'), received: rowDay(row, 'received') })),
    problems: read.problems,
  };
}

/** The Date of every drill recorded: one column. A Recall drills sheet without it is a problem, not "no drill". */
export function readDrillDays(workbook: Workbook): { days: (Day | null)[]; problems: Problem[] } {
  const read = readTable(workbook, 'recallDrills', ['date']);
  return { days: read.rows.map((row) => rowDay(row, 'date')), problems: read.problems };
}

export type DrillWrite = SaveWrite & { created: boolean };

/**
 * Under the document lock: the drill's row and its Log row, or neither (a Recall drills sheet created
 * for it is removed again when the row cannot be written).
 */
export function appendRecallDrill(workbook: Workbook, record: Record<string, WritableCell>, logDetails: string): DrillWrite {
  let created: GoogleAppsScript.Spreadsheet.Sheet | null = null;
  if (!workbook.table('recallDrills')) {
    try {
      created = createRecallDrills(workbook);
    } catch (error) {
      return {
        ok: false,
        sheet: sheetSpec('recallDrills').name,
        message: error instanceof Error ? error.message : String(error),
        created: false,
      };
    }
  }
  const written = writeAllOrNothing(workbook, [{ key: 'recallDrills', records: [record] }], {
    action: 'Recall drill',
    details: (rows) => `${logDetails} (${rows.map((row) => `${row.sheet} row ${row.firstRow}`).join(', ')})`,
  });
  if (!written.ok && created) workbook.deleteSheet(created);
  return { ...written, created: written.ok && created !== null };
}

function createRecallDrills(workbook: Workbook): GoogleAppsScript.Spreadsheet.Sheet {
  const spec = sheetSpec('recallDrills');
  const sheet = workbook.insertSheet(spec.name);
  const headers = spec.columns.map((column) => column.header);
  const header = sheet.getRange(1, 1, 1, headers.length);
  header.setValues([headers]);
  header.setFontWeight('bold');
  sheet.setFrozenRows(1);
  workbook.adopt('recallDrills', Table.created(sheet, spec, headers));
  return sheet;
}
