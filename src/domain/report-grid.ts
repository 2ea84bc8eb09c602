// A report is a few plain tables stacked on one sheet. Each table becomes one block of rows as wide as
// the table itself (no padding to the widest table: padding cells cost as much to write as data), and
// its title and header rows are listed so the sheets layer can bold them.
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

export interface ReportBlock {
  /** 1-based sheet row of the block's first row. */
  firstRow: number;
  width: number;
  rows: ReportCell[][];
}

export interface ReportLayout {
  blocks: ReportBlock[];
  /** Title and header rows, to be bold: 1-based row and the width to bold. */
  boldRows: { row: number; width: number }[];
  /** Rows in all, and the widest block. */
  height: number;
  width: number;
  /** Rows to freeze: the heading. */
  frozenRows: number;
  /**
   * A width in characters per column, from the tables' headers and values only: titles, notes and the
   * heading are long sentences that may run on over empty cells, as in any spreadsheet.
   */
  columnChars: number[];
}

const MIN_CHARS = 6;
const MAX_CHARS = 40;

export function layOutReport(report: Report): ReportLayout {
  const blocks: ReportBlock[] = [];
  const boldRows: ReportLayout['boldRows'] = [];
  const columnChars: number[] = [];
  let next = 1;
  const block = (rows: readonly (readonly ReportCell[])[], width: number, boldFirst: number) => {
    const firstRow = next;
    blocks.push({ firstRow, width, rows: rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? null)) });
    for (let i = 0; i < boldFirst; i++) boldRows.push({ row: firstRow + i, width });
    next += rows.length;
  };
  block(
    report.heading.map((line) => [line]),
    1,
    report.heading.length > 0 ? 1 : 0,
  );
  const frozenRows = next - 1;
  for (const table of report.tables) {
    next += 1; // a blank row between tables
    const width = Math.max(1, table.header.length);
    const lines: ReportCell[][] = [[table.title]];
    if (table.note) lines.push([table.note]);
    if (table.rows.length === 0) {
      // An empty table says why in its note (or whenEmpty); a bare header row would say nothing.
      if (table.whenEmpty) lines.push([table.whenEmpty]);
      else if (!table.note) lines.push(['None.']);
      block(lines, 1, 1);
      continue;
    }
    block(lines, 1, 1);
    const headerRow = next;
    block([table.header, ...table.rows], width, 0);
    boldRows.push({ row: headerRow, width });
    for (const row of [table.header, ...table.rows]) {
      row.forEach((cell, column) => {
        const chars = cell === null ? 0 : String(cell).length;
        columnChars[column] = Math.min(MAX_CHARS, Math.max(columnChars[column] ?? MIN_CHARS, chars));
      });
    }
  }
  const width = Math.max(1, ...blocks.map((b) => b.width));
  while (columnChars.length < width) columnChars.push(MIN_CHARS);
  return { blocks, boldRows, height: next - 1, width, frozenRows, columnChars };
}
