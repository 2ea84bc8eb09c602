// A value a form gives must never be dropped because its sheet lacks the column (a Receipts sheet built
// with only the required columns has no Expires, and a lot without its expiry is offered after it
// expires). So before a save writes, the known columns its rows need are added at the right end of the
// table, after every column the maker uses — as Set up tracking sheets does — and never over a cell of
// theirs. Each addition can be taken back if a later write of the same save fails.
import type { ColumnSpec } from '../domain/workbook';
import type { Table } from './table';

export interface AddedColumns {
  sheet: string;
  /** Headers as written, in order. */
  columns: string[];
  undo(): void;
}

/** Add these columns' headers (bold, as setup writes them) at the right end of the table's sheet. */
export function addColumnsAtRightEnd(table: Table, columns: readonly ColumnSpec[]): AddedColumns {
  const sheet = table.sheet;
  const firstColumn = table.header.length + 1;
  const needed = firstColumn + columns.length - 1;
  const maxColumns = sheet.getMaxColumns();
  const inserted = Math.max(0, needed - maxColumns);
  if (inserted > 0) sheet.insertColumnsAfter(maxColumns, inserted);
  const headers = columns.map((column) => column.header);
  const range = sheet.getRange(1, firstColumn, 1, columns.length);
  // The cells were empty (they are right of every used column), but may carry the maker's formatting.
  const weights = range.getFontWeights();
  range.setValues([headers]);
  range.setFontWeight('bold');
  table.adoptHeader([...table.header, ...headers]);
  return {
    sheet: table.name,
    columns: headers,
    undo: () => {
      range.clearContent();
      range.setFontWeights(weights);
      if (inserted > 0) sheet.deleteColumns(maxColumns + 1, inserted);
      table.adoptHeader(table.header.slice(0, firstColumn - 1));
    },
  };
}
