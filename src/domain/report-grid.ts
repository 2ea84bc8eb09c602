// A report is a few plain tables stacked on one sheet. Laying them out as one grid lets the sheets
// layer write the whole report in a single setValues and bold every header in a single call.
import type { Cell } from './cell-values';

export type ReportCell = Cell | null;

export interface ReportTable {
  title: string;
  /** A line under the title, e.g. "34 of 412 customers who bought these products". */
  note?: string;
  header: readonly string[];
  rows: readonly (readonly ReportCell[])[];
  /** Said instead of an empty table, e.g. "No shipments reached." */
  whenEmpty?: string;
}

export interface Report {
  /** Title lines at the top (frozen): what was traced, when, by whom. */
  heading: readonly string[];
  tables: readonly ReportTable[];
}

export interface ReportGrid {
  values: ReportCell[][];
  /** Same shape as values: true where the cell is a title or column header. */
  bold: boolean[][];
  width: number;
  /** Rows to freeze: the heading. */
  frozenRows: number;
}

export function layOutReport(report: Report): ReportGrid {
  const width = Math.max(1, ...report.tables.map((t) => t.header.length));
  const values: ReportCell[][] = [];
  const bold: boolean[][] = [];
  const push = (cells: readonly ReportCell[], isBold: boolean) => {
    const row: ReportCell[] = new Array(width).fill(null);
    cells.forEach((cell, index) => {
      if (index < width) row[index] = cell;
    });
    values.push(row);
    bold.push(row.map((cell) => isBold && cell !== null));
  };
  report.heading.forEach((line, index) => push([line], index === 0));
  const frozenRows = values.length;
  for (const table of report.tables) {
    push([], false);
    push([table.title], true);
    if (table.note) push([table.note], false);
    if (table.rows.length === 0) {
      // An empty table says why in its note (or whenEmpty); a bare header row would say nothing.
      if (table.whenEmpty) push([table.whenEmpty], false);
      else if (!table.note) push(['None.'], false);
      continue;
    }
    push(table.header, true);
    for (const row of table.rows) push(row, false);
  }
  return { values, bold, width, frozenRows };
}
