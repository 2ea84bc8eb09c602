// Links from a report's cells to the cells they are about. A rich-text link to "#gid=<sheet id>&range=E7"
// selects that cell of this spreadsheet when clicked; it is built from the sheet's id and the cell's
// position only, never from text a maker typed, and needs no HYPERLINK formula (a formula would be
// recomputed, and could be spoofed by a cell's text). One setRichTextValues per report table.
import { layOutReport, type Report, type ReportBlock } from '../domain/report-grid';
import type { ReportLink } from '../domain/records-check';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The URL that selects a cell of this spreadsheet. */
export function cellLinkUrl(sheetId: number, a1: string): string {
  return `#gid=${sheetId}&range=${a1}`;
}

/**
 * Turns the first cell of each linked row into a link; the cell keeps its text (its A1 address). Rows
 * whose sheet has no id known are left as text.
 */
export function writeCellLinks(
  sheet: Sheet,
  report: Report,
  links: readonly ReportLink[],
  sheetIds: Readonly<Record<string, number | undefined>>,
): void {
  const layout = layOutReport(report);
  // Each table with rows is laid out as one block of its header and rows, after its title's block:
  // the first data row is that block's first row + 1. Found by its header, in order, so a change to how
  // sentences are laid out cannot shift the links onto other rows.
  const firstDataRow: (number | null)[] = [];
  let next = 0;
  for (const table of report.tables) {
    if (table.rows.length === 0) {
      firstDataRow.push(null);
      continue;
    }
    while (next < layout.blocks.length && !isTableBlock(layout.blocks[next], table.header, table.rows.length)) next++;
    const found = layout.blocks[next++];
    firstDataRow.push(found ? found.firstRow + 1 : null);
  }
  const byTable = new Map<number, ReportLink[]>();
  for (const link of links) {
    const list = byTable.get(link.table) ?? [];
    list.push(link);
    byTable.set(link.table, list);
  }
  for (const [table, linked] of byTable) {
    const first = firstDataRow[table];
    const rows = report.tables[table]?.rows.length ?? 0;
    if (!first || rows === 0) continue;
    const column: GoogleAppsScript.Spreadsheet.RichTextValue[][] = [];
    const at = new Map(linked.map((link) => [link.row, link]));
    for (let row = 0; row < rows; row++) {
      const link = at.get(row);
      const text = String(report.tables[table]?.rows[row]?.[0] ?? '');
      const id = link ? sheetIds[link.sheet] : undefined;
      const builder = SpreadsheetApp.newRichTextValue().setText(text);
      column.push([(id !== undefined && link ? builder.setLinkUrl(cellLinkUrl(id, link.a1)) : builder).build()]);
    }
    sheet.getRange(first, 1, rows, 1).setRichTextValues(column);
  }
}

/**
 * Widens one column to its longest text, up to `maxChars`: a report's last column holds whole sentences,
 * which the shared layout caps at a column of 40 characters (about 7 px a character, as report-sheet.ts).
 */
export function widenColumn(sheet: Sheet, column: number, texts: readonly string[], maxChars: number): void {
  const chars = Math.min(maxChars, Math.max(0, ...texts.map((text) => text.length)));
  if (chars > 40) sheet.setColumnWidth(column, 16 + chars * 7);
}

function isTableBlock(block: ReportBlock | undefined, header: readonly string[], rows: number): boolean {
  return block !== undefined && block.rows.length === rows + 1 && header.every((text, index) => block.rows[0]?.[index] === text);
}
