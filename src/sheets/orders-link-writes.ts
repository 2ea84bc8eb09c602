// Linking Orders rows already in the sheet: the one place Lotline changes a maker's existing row. Only a
// blank Batch code cell is filled; a row shipped from two batches keeps the first with its Quantity cut
// to what that batch covers, and a copy of the whole row — the maker's own cells too — is inserted right
// below for each other batch. All or nothing: when a write fails part-way, every cell changed is given
// back and every row inserted removed, last first, and the Log row is written only when all went in.
import { takeBack } from './undo';
import { appendLogRow, prepareLog } from './log';
import type { Table } from './table';
import type { Workbook } from './workbook';
import { TEXT_FORMAT } from './write-cells';

export interface RowLink {
  /** Orders row, as read under the lock. */
  row: number;
  allocations: readonly { batchCode: string; quantity: number }[];
}

export type LinkWrite = { ok: true; changed: number; inserted: number } | { ok: false; sheet: string; message: string };

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Call under the document lock, after every link was checked against what was read under it. */
export function writeRowLinks(
  workbook: Workbook,
  table: Table,
  links: readonly RowLink[],
  logAction: string,
  logDetails: string,
): LinkWrite {
  const undo: (() => void)[] = [];
  let sheet = table.name;
  try {
    table.prepareForWriting();
    const batchColumn = column(table, 'batchCode');
    const quantityColumn = column(table, 'quantity');
    sheet = 'Log';
    const log = prepareLog(workbook);
    if (log.undo) undo.push(log.undo);
    sheet = table.name;
    let changed = 0;
    let inserted = 0;
    // Bottom up: a row inserted below one row leaves the rows above where they were read.
    for (const link of [...links].sort((a, b) => b.row - a.row)) {
      const [first, ...rest] = link.allocations;
      if (!first) continue;
      if (rest.length > 0) {
        inserted += insertCopies(table.sheet, link.row, rest, batchColumn, quantityColumn, undo);
        table.lastRow += rest.length;
        setCell(table.sheet, link.row, quantityColumn, first.quantity, null, undo);
      }
      setCell(table.sheet, link.row, batchColumn, first.batchCode, TEXT_FORMAT, undo);
      changed++;
    }
    sheet = log.table.name;
    appendLogRow(workbook, log.table, logAction, logDetails);
    return { ok: true, changed, inserted };
  } catch (error) {
    takeBack(undo);
    return { ok: false, sheet, message: error instanceof Error ? error.message : String(error) };
  }
}

/** 1-based column of a known column, or a failure the maker can act on. */
function column(table: Table, key: string): number {
  const position = table.layout.positions.get(key);
  if (position === undefined) throw new Error(`the sheet has no "${table.headerOf(key)}" column`);
  return position + 1;
}

function setCell(sheet: Sheet, row: number, col: number, value: string | number, format: string | null, undo: (() => void)[]): void {
  const cell = sheet.getRange(row, col);
  const before = { value: cell.getValue() as string | number | boolean | Date, format: cell.getNumberFormat() };
  undo.push(() => {
    cell.setNumberFormat(before.format);
    cell.setValue(before.value);
  });
  if (format !== null) cell.setNumberFormat(format);
  cell.setValue(value);
}

/**
 * One copy of the row per further batch, inserted right below it: values (a formula where the maker had
 * one) and number formats copied, then the copy's Batch code and Quantity set to its batch's.
 */
function insertCopies(
  sheet: Sheet,
  row: number,
  allocations: readonly { batchCode: string; quantity: number }[],
  batchColumn: number,
  quantityColumn: number,
  undo: (() => void)[],
): number {
  const width = sheet.getMaxColumns();
  const source = sheet.getRange(row, 1, 1, width);
  const values = source.getValues()[0] ?? [];
  const formulas = source.getFormulas()[0] ?? [];
  const formats = source.getNumberFormats()[0] ?? [];
  sheet.insertRowsAfter(row, allocations.length);
  undo.push(() => sheet.deleteRows(row + 1, allocations.length));
  const copies = allocations.map((allocation) =>
    values.map((value, index) => {
      if (index === batchColumn - 1) return allocation.batchCode;
      if (index === quantityColumn - 1) return allocation.quantity;
      return (formulas[index] || value) as string | number | boolean | Date;
    }),
  );
  const target = sheet.getRange(row + 1, 1, allocations.length, width);
  target.setNumberFormats(allocations.map(() => formats.map((format, index) => (index === batchColumn - 1 ? TEXT_FORMAT : format))));
  target.setValues(copies);
  return allocations.length;
}
