// Stock at the three sizes: every table stock is counted from read in only the columns the Stock sheet
// needs, every lot's on hand counted (the one count, src/domain/on-hand.ts), each material's use over the
// last 8 weeks and each product's batches added up, and the Stock sheet rewritten whole with a Log row —
// one execution, which must finish well inside Apps Script's 6 minutes at the Sheets ceiling (cost model
// version 2, local/runtime/meter.ts). Run twice: the first writes a new Stock sheet, the second (the
// figure reported) clears and rewrites it, as a maker's every run after the first does.
import { generateWorkbook, type WorkbookSize } from './generate';
import { answerOf, clickMenuItemOrThrow, markdownTable, measure, openGenerated, printProgress, wanted, type Measured } from './harness';

export interface StockBenchRow extends Measured {
  case: string;
  cells: number;
  /** Rows of the Stock sheet. */
  sheetRows: number;
  /** The sheet's answer (the sentences after its "Stock on …" one). */
  answer: string;
  /** The first run, which creates the sheet. */
  firstProjectedS: number;
}

export async function benchStock(size: WorkbookSize): Promise<StockBenchRow> {
  const workbook = generateWorkbook(size);
  const opened = openGenerated(workbook.sheets);
  const first = await measure(opened, () => clickMenuItemOrThrow(opened, 'Stock'));
  const { figures } = await measure(opened, () => clickMenuItemOrThrow(opened, 'Stock'));
  const sheet = opened.runtime.spreadsheet.getSheetByName('Stock');
  if (!sheet) throw new Error('Stock wrote no sheet');
  // Row 1 says who made it, row 2 starts "Stock on …" (run on over indented rows); the answer follows.
  const lines = sheet.getRange(1, 1, Math.min(sheet.getLastRow(), 12), 1).getDisplayValues();
  const start = lines.findIndex(([text = ''], index) => index > 1 && !text.startsWith(' ')) + 1;
  return {
    case: `stock, ${size}`,
    cells: workbook.cells,
    ...figures,
    sheetRows: sheet.getLastRow(),
    answer: answerOf(sheet, start),
    firstProjectedS: first.figures.projectedS,
  };
}

/** Runs the three sizes, or only those named; progress on stderr, the table on stdout. */
export async function benchStocks(only: readonly string[] = []): Promise<StockBenchRow[]> {
  const rows: StockBenchRow[] = [];
  for (const size of ['guide', 'busy', 'ceiling'] as const) {
    if (!wanted(only, size, 'stock')) continue;
    const row = await benchStock(size);
    rows.push(row);
    printProgress(row.case, row, `first run ${row.firstProjectedS} s; ${row.answer}`);
  }
  console.log(
    '\nStock, through dist/Code.js on the local runtime: the columns stock is counted from read, every lot, material and product counted, the Stock sheet rewritten whole with a Log row (cost model version 2):\n',
  );
  console.log(
    markdownTable(
      ['case', 'cells', 'calls', 'commits', 'cells read', 'cells written', 'sheet rows', 'Node ms', 'projected Apps Script s (first run)'],
      rows.map((r) => [
        r.case,
        r.cells,
        r.calls,
        r.commits,
        r.cellsRead,
        r.cellsWritten,
        r.sheetRows,
        r.nodeMs,
        `${r.projectedS.toFixed(1)} (${r.firstProjectedS.toFixed(1)})`,
      ]),
    ),
  );
  return rows;
}

// Run alone: npx tsx bench/stock.ts [guide|busy|ceiling]
if (process.argv[1]?.endsWith('stock.ts')) void benchStocks(process.argv.slice(2));
