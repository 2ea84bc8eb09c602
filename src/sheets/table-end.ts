// Where a table ends. Sheets' own last row (getLastRow, getDataRange) counts anything in any column:
// a checkbox column holds FALSE down to row 1000, a formula copied down (=IF(A2="","",…)) shows '' in
// every row it was pasted to. A table ends at its last row with data in its own known columns
// (workbook.md), so new rows go right after the last record, not below the maker's checkboxes.
import { isBlank } from '../domain/cell-values';
import { planColumnBlocks } from './blocks';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A cell that makes its row a record: not empty, not a formula showing '', not an unticked checkbox. */
export function holdsRecord(cell: unknown): boolean {
  return cell !== false && !isBlank(cell);
}

/** Index of the last cell holding a record, -1 when none does. */
export function lastRecordIndex(cells: readonly unknown[]): number {
  let index = cells.length - 1;
  while (index >= 0 && !holdsRecord(cells[index])) index--;
  return index;
}

/** Rows a first look at the bottom reads; each further look reads twice as many. */
const FIRST_LOOK = 100;

/**
 * The last row from `fromRow` to `toRow` (sheet rows) with a record in one of the columns at these
 * 0-based positions, or null when none has. It reads from the bottom up, in growing spans, only the
 * table's columns: the rows below the last record are what it reads, usually none (the caller knows
 * the last record when its reads reached the sheet's last row).
 */
export function lastRecordRow(sheet: Sheet, positions: readonly number[], fromRow: number, toRow: number): number | null {
  let look = FIRST_LOOK;
  let bottom = toRow;
  while (bottom >= fromRow) {
    const top = Math.max(fromRow, bottom - look + 1);
    const rows = bottom - top + 1;
    let found = -1;
    for (const block of planColumnBlocks(positions, rows)) {
      const values = sheet.getRange(top, block.start + 1, rows, block.width).getValues();
      const inBlock = positions.filter((position) => position >= block.start && position < block.start + block.width);
      for (let index = rows - 1; index > found; index--) {
        const row = values[index] ?? [];
        if (inBlock.some((position) => holdsRecord(row[position - block.start]))) {
          found = index;
          break;
        }
      }
    }
    if (found >= 0) return top + found;
    bottom = top - 1;
    look *= 2;
  }
  return null;
}
