// Inserting and deleting rows or columns, with everything anchored to them moving along: values,
// formula texts, formats and validation (copied into inserted lines from their neighbour, as Sheets
// does), protections, developer metadata, column widths and frozen counts. Checks come first, in
// Google's words: bounds, the cell ceiling, frozen lines, protection.
import { MAX_COLUMNS } from './a1';
import { positionAfterDelete, positionAfterInsert, spansOverlap } from './dimension-shift';
import { MESSAGES } from './messages';
import { shiftSelection } from './selection';
import type { LocalSheet } from './sheet';

export type Dimension = 'rows' | 'columns';

function size(sheet: LocalSheet, dimension: Dimension): number {
  return dimension === 'rows' ? sheet.maxRows : sheet.maxColumns;
}

function outOfBounds(dimension: Dimension): string {
  return dimension === 'rows' ? MESSAGES.rowsOutOfBounds : MESSAGES.columnsOutOfBounds;
}

/** Structural edits need the right to edit every protection they cut through. */
function assertStructureEditable(sheet: LocalSheet, dimension: Dimension, operation: 'insert' | 'delete', at: number, count: number): void {
  const user = sheet.ctx.userEmail;
  for (const protection of sheet.spreadsheet.protectionsOf(sheet)) {
    if (protection.allows(user)) continue;
    if (protection.protectionType === 'SHEET') sheet.ctx.fail(MESSAGES.protectedCell);
    const span = dimension === 'rows' ? protection.rows : protection.columns;
    const cuts = operation === 'delete' ? spansOverlap(span, { start: at, count }) : at > span.start && at < span.start + span.count;
    if (cuts) sheet.ctx.fail(MESSAGES.protectedCell);
  }
}

/**
 * Inserts `count` lines so the first new one is at position `at` (1-based; at = size + 1 appends).
 * `inheritFrom` is the existing line whose formats and validation the new lines copy.
 */
export function insertLines(sheet: LocalSheet, dimension: Dimension, at: number, count: number, inheritFrom: number): void {
  if (count < 1) sheet.ctx.fail(`The number of ${dimension} to insert must be at least 1.`);
  const current = size(sheet, dimension);
  if (at < 1 || at > current + 1) sheet.ctx.fail(outOfBounds(dimension));
  const other = dimension === 'rows' ? sheet.maxColumns : sheet.maxRows;
  if (dimension === 'columns' && current + count > MAX_COLUMNS) sheet.ctx.fail(MESSAGES.columnLimit);
  sheet.spreadsheet.ensureCellBudget(count * other);
  assertStructureEditable(sheet, dimension, 'insert', at, count);

  if (dimension === 'rows') {
    sheet.grid.insertRows(at, count);
    sheet.formats.insertRows(at, count, inheritFrom);
    if (at <= sheet.frozenRows) sheet.frozenRows += count;
    sheet.maxRows += count;
  } else {
    sheet.grid.insertColumns(at, count);
    sheet.formats.insertColumns(at, count, inheritFrom);
    const inheritedWidth = sheet.columnWidths.get(inheritFrom);
    const widths = [...sheet.columnWidths.entries()].map(([column, width]) => [positionAfterInsert(column, at, count), width] as const);
    sheet.columnWidths.clear();
    for (const [column, width] of widths) sheet.columnWidths.set(column, width);
    if (inheritedWidth !== undefined)
      for (let column = at; column < at + count; column += 1) sheet.columnWidths.set(column, inheritedWidth);
    if (at <= sheet.frozenColumns) sheet.frozenColumns += count;
    sheet.maxColumns += count;
  }
  for (const protection of sheet.spreadsheet.protectionsOf(sheet)) protection.shift(dimension, 'insert', at, count);
  for (const item of sheet.spreadsheet.liveMetadata()) item.shift(sheet, dimension, 'insert', at, count);
  shiftSelection(sheet, dimension, 'insert', at, count);
}

export function deleteLines(sheet: LocalSheet, dimension: Dimension, at: number, count: number): void {
  const current = size(sheet, dimension);
  if (count < 1 || at < 1 || at + count - 1 > current) sheet.ctx.fail(outOfBounds(dimension));
  const frozen = dimension === 'rows' ? sheet.frozenRows : sheet.frozenColumns;
  const frozenDeleted = Math.max(0, Math.min(frozen, at + count - 1) - at + 1);
  if (current - count - (frozen - frozenDeleted) <= 0) {
    sheet.ctx.fail(dimension === 'rows' ? MESSAGES.allNonFrozenRows : MESSAGES.allNonFrozenColumns);
  }
  assertStructureEditable(sheet, dimension, 'delete', at, count);

  if (dimension === 'rows') {
    sheet.grid.deleteRows(at, count);
    sheet.formats.deleteRows(at, count);
    sheet.frozenRows -= frozenDeleted;
    sheet.maxRows -= count;
  } else {
    sheet.grid.deleteColumns(at, count);
    sheet.formats.deleteColumns(at, count);
    const widths = [...sheet.columnWidths.entries()];
    sheet.columnWidths.clear();
    for (const [column, width] of widths) {
      const moved = positionAfterDelete(column, at, count);
      if (moved !== null) sheet.columnWidths.set(moved, width);
    }
    sheet.frozenColumns -= frozenDeleted;
    sheet.maxColumns -= count;
  }
  for (const protection of sheet.spreadsheet.protectionsOf(sheet)) protection.shift(dimension, 'delete', at, count);
  for (const item of sheet.spreadsheet.liveMetadata()) item.shift(sheet, dimension, 'delete', at, count);
  shiftSelection(sheet, dimension, 'delete', at, count);
}
