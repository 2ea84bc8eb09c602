// The workbook the workbench opens when there is no file yet: the soap maker from the trace fixtures
// (a year of receipts, batches and orders), every tab with a bold, frozen header row as Set up would
// make it. The one place to switch when the demo should come from somewhere else.
import { soapMakerWorkbook } from '../../test/fixtures/soap-maker';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from './protocol';

export function demoWorkbook(): WorkbookSnapshot {
  const { sheets } = soapMakerWorkbook();
  return {
    sheets: Object.entries(sheets).map(([name, rows]) => demoSheet(name, rows as CellValue[][])),
    activeSheet: 'Orders',
  };
}

function demoSheet(name: string, rows: CellValue[][]): SheetSnapshot {
  const header = rows[0] ?? [];
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  return {
    name,
    values: rows,
    formulas: [],
    numberFormats: [],
    bold: header.map((_, index) => ({ row: 1, column: index + 1 })),
    frozenRows: 1,
    frozenColumns: 0,
    maxRows: Math.max(1000, rows.length + 100),
    maxColumns: Math.max(26, width),
    hidden: false,
    columnWidths: [],
  };
}
