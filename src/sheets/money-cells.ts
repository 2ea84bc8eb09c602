// Money in a report as numbers a maker can add up, shown to the cent: no currency symbol is assumed (the
// spreadsheet's own locale decides the decimal mark). A cost a unit keeps up to 4 decimals, because a
// gram of fragrance oil costs 0.012 and two decimals would show it as 0.01. One setNumberFormat per
// column of a table, whatever its length.
import { layOutReport, type Report, type ReportBlock } from '../domain/report-grid';
import type { MoneyColumns } from '../domain/cost/batch-costs-report';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const TOTAL_FORMAT = '#,##0.00';
export const PER_UNIT_FORMAT = '#,##0.00##';

export function formatMoneyColumns(sheet: Sheet, report: Report, money: readonly MoneyColumns[]): void {
  const layout = layOutReport(report);
  // A table with rows is one block of its header and rows, after its title's block (report-links.ts).
  let next = 0;
  const firstDataRow = report.tables.map((table) => {
    if (table.rows.length === 0) return null;
    while (next < layout.blocks.length && !isTableBlock(layout.blocks[next], table.header, table.rows.length)) next++;
    const found = layout.blocks[next++];
    return found ? found.firstRow + 1 : null;
  });
  for (const { table, totals, perUnit } of money) {
    const first = firstDataRow[table];
    const rows = report.tables[table]?.rows.length ?? 0;
    if (!first || rows === 0) continue;
    for (const column of totals) sheet.getRange(first, column + 1, rows, 1).setNumberFormat(TOTAL_FORMAT);
    for (const column of perUnit) sheet.getRange(first, column + 1, rows, 1).setNumberFormat(PER_UNIT_FORMAT);
  }
}

function isTableBlock(block: ReportBlock | undefined, header: readonly string[], rows: number): boolean {
  return block !== undefined && block.rows.length === rows + 1 && header.every((text, index) => block.rows[0]?.[index] === text);
}
