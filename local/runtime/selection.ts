// What a person has selected in a sheet: one or more ranges (the last is the active range) and the
// current cell. Apps Script only reads it (getActiveRange, getCurrentCell) or replaces it (activate);
// tests set it through setSelectionForTest, and it moves with inserted and deleted lines.
import { parseA1, type Rect } from './a1';
import { positionAfterDelete, positionAfterInsert, spanAfterDelete, spanAfterInsert, type Span } from './dimension-shift';
import type { LocalSheet } from './sheet';

export interface Selection {
  ranges: Rect[];
  current: { row: number; column: number };
}

/** Reads a test's selection: A1 ranges on one sheet, and a current cell inside the last one. */
export function resolveSelection(
  list: readonly string[],
  currentCell: string | undefined,
  sheetNamed: (name: string | null) => LocalSheet,
): { sheet: LocalSheet; selection: Selection } {
  if (list.length === 0) throw new Error('setSelectionForTest: give at least one range');
  const resolved = list.map((a1) => {
    const ref = parseA1(a1);
    if (!ref) throw new Error(`setSelectionForTest: ${a1} is not A1 notation`);
    const sheet = sheetNamed(ref.sheetName);
    return { sheet, rect: sheet.rangeFromA1(a1).rectForRuntime() };
  });
  const sheet = resolved[0]!.sheet;
  if (resolved.some((entry) => entry.sheet !== sheet)) throw new Error('setSelectionForTest: a selection lies on one sheet');
  const last = resolved[resolved.length - 1]!.rect;
  let current = { row: last.row, column: last.column };
  if (currentCell !== undefined) {
    const cell = parseA1(currentCell);
    if (!cell || cell.startRow === null || cell.startColumn === null) throw new Error(`setSelectionForTest: ${currentCell} is not a cell`);
    current = { row: cell.startRow, column: cell.startColumn };
    const inside =
      current.row >= last.row &&
      current.row < last.row + last.numRows &&
      current.column >= last.column &&
      current.column < last.column + last.numColumns;
    if (!inside) throw new Error('setSelectionForTest: the current cell must lie inside the last range');
  }
  return { sheet, selection: { ranges: resolved.map((entry) => entry.rect), current } };
}

/** The person's selection moves with the cells it is on, like everything else anchored to lines. */
export function shiftSelection(
  sheet: LocalSheet,
  dimension: 'rows' | 'columns',
  operation: 'insert' | 'delete',
  at: number,
  count: number,
): void {
  const selection = sheet.selection;
  if (!selection) return;
  const along = (span: Span): Span | null => (operation === 'insert' ? spanAfterInsert(span, at, count) : spanAfterDelete(span, at, count));
  const position = (value: number): number | null =>
    operation === 'insert' ? positionAfterInsert(value, at, count) : positionAfterDelete(value, at, count);
  const ranges = selection.ranges.flatMap((rect) => {
    const span = dimension === 'rows' ? { start: rect.row, count: rect.numRows } : { start: rect.column, count: rect.numColumns };
    const moved = along(span);
    if (!moved) return [];
    return [
      dimension === 'rows'
        ? { ...rect, row: moved.start, numRows: moved.count }
        : { ...rect, column: moved.start, numColumns: moved.count },
    ];
  });
  const current = position(dimension === 'rows' ? selection.current.row : selection.current.column);
  sheet.selection =
    ranges.length === 0 || current === null
      ? null
      : { ranges, current: dimension === 'rows' ? { ...selection.current, row: current } : { ...selection.current, column: current } };
}
