// A report is a few plain tables stacked on one sheet. Each table becomes one block of rows as wide as
// the table itself (no padding to the widest table: padding cells cost as much to write as data), and
// its title and header rows are listed so the sheets layer can bold them.
//
// Sentences (the heading, titles, notes) go in column A, broken into lines of at most TEXT_CHARS
// characters, and column A is made wide enough for them: a sentence then reads whole in Sheets, in an
// .xlsx download and in any viewer, without relying on text spilling into the next cell (it does not
// when that cell holds a value, nor in every viewer) or on wrapping (which would make one row as tall
// as the sentence is long, and which merged cells would need — Sheets cannot sort or filter those).
import type { Cell } from './cell-values';

export type ReportCell = Cell | null;

export interface ReportTable {
  /** The line above the table; '' for none (a sheet that is only this table has its header in row 1). */
  title: string;
  /** A line under the title, e.g. why the table is empty. */
  note?: string;
  header: readonly string[];
  rows: readonly (readonly ReportCell[])[];
  /** Said instead of an empty table, e.g. "No shipments reached." */
  whenEmpty?: string;
}

export interface Report {
  /** Sentences at the top: what was traced, whether it is complete, the answer. */
  heading: readonly string[];
  tables: readonly ReportTable[];
  /** How many heading sentences stay frozen while scrolling; all of them when not said. */
  frozenLines?: number;
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
  /** Rows to freeze: the heading's frozen lines, or the header of a sheet that is only a table. */
  frozenRows: number;
  /** A width in characters per column, from the tables' headers and values, and for column A its sentences. */
  columnChars: number[];
}

const MIN_CHARS = 6;
const MAX_CHARS = 40;
/** About 410 px in Sheets' default font: a sentence in two or three lines, with room left for column B. */
export const TEXT_CHARS = 56;
/** A sentence's second and later lines are indented, so that each sentence still reads as one. */
const CONTINUED = '   ';

/** A sentence in lines of at most `limit` characters, broken between words (a longer word is cut). */
export function textLines(text: string, limit = TEXT_CHARS): string[] {
  const lines: string[] = [];
  let line = '';
  const room = () => limit - (lines.length > 0 ? CONTINUED.length : 0);
  const push = () => {
    lines.push(lines.length > 0 ? `${CONTINUED}${line}` : line);
    line = '';
  };
  for (const word of text.split(/ +/)) {
    let rest = word;
    while (rest.length > 0) {
      const joined = line === '' ? rest : `${line} ${rest}`;
      if (joined.length <= room()) {
        line = joined;
        rest = '';
      } else if (line !== '') {
        push();
      } else {
        line = rest.slice(0, room());
        rest = rest.slice(room());
        push();
      }
    }
  }
  if (line !== '' || lines.length === 0) push();
  return lines;
}

export function layOutReport(report: Report): ReportLayout {
  const blocks: ReportBlock[] = [];
  const boldRows: ReportLayout['boldRows'] = [];
  const columnChars: number[] = [];
  let textChars = 0;
  let next = 1;
  const block = (rows: readonly (readonly ReportCell[])[], width: number) => {
    const firstRow = next;
    blocks.push({ firstRow, width, rows: rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? null)) });
    next += rows.length;
    return firstRow;
  };
  /** Sentences as one-cell rows; the first `bold` sentences bold. Returns the rows of each sentence. */
  const sentences = (texts: readonly string[], bold: number) => {
    const rows: ReportCell[][] = [];
    const counts: number[] = [];
    const boldLines: number[] = [];
    texts.forEach((text, index) => {
      const lines = textLines(text);
      for (const line of lines) {
        textChars = Math.max(textChars, line.length);
        if (index < bold) boldLines.push(rows.length);
        rows.push([line]);
      }
      counts.push(lines.length);
    });
    if (rows.length === 0) return counts;
    const firstRow = block(rows, 1);
    for (const line of boldLines) boldRows.push({ row: firstRow + line, width: 1 });
    return counts;
  };
  const headingLines = sentences(report.heading, report.heading.length > 0 ? 1 : 0);
  const frozenLines = Math.min(report.frozenLines ?? headingLines.length, headingLines.length);
  let frozenRows = headingLines.slice(0, frozenLines).reduce((sum, lines) => sum + lines, 0);
  for (const table of report.tables) {
    if (next > 1) next += 1; // a blank row between tables
    const width = Math.max(1, table.header.length);
    const texts = [table.title, table.note ?? ''].filter((text) => text !== '');
    if (table.rows.length === 0 && table.title !== '') {
      // An empty table says why in its note (or whenEmpty); a bare header row would say nothing. A sheet
      // that is only a table keeps its header: an empty list is still the list, for a download.
      if (table.whenEmpty) texts.push(table.whenEmpty);
      else if (!table.note) texts.push('None.');
      sentences(texts, table.title === '' ? 0 : 1);
      continue;
    }
    sentences(texts, table.title === '' ? 0 : 1);
    const headerRow = block([table.header, ...table.rows], width);
    boldRows.push({ row: headerRow, width });
    // A sheet that is only a table keeps its header in view.
    if (headerRow === 1) frozenRows = 1;
    for (const row of [table.header, ...table.rows]) {
      row.forEach((cell, column) => {
        const chars = cell === null ? 0 : String(cell).length;
        columnChars[column] = Math.min(MAX_CHARS, Math.max(columnChars[column] ?? MIN_CHARS, chars));
      });
    }
  }
  const width = Math.max(1, ...blocks.map((b) => b.width));
  while (columnChars.length < width) columnChars.push(MIN_CHARS);
  columnChars[0] = Math.max(columnChars[0]!, textChars);
  return { blocks, boldRows, height: next - 1, width, frozenRows, columnChars };
}
