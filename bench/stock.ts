// Stock at the three sizes: every table stock is counted from read in only the columns the Stock sheet
// needs, every lot's on hand counted (the one count, src/domain/on-hand.ts), each material's use over the
// last 8 weeks and each product's batches added up, and the Stock sheet rewritten whole with a Log row —
// one execution, which must finish well inside Apps Script's 6 minutes at the Sheets ceiling (cost model
// version 2, local/runtime/meter.ts). Run twice: the first writes a new Stock sheet, the second (the
// figure reported) clears and rewrites it, as a maker's every run after the first does.
import { performance } from 'node:perf_hooks';
import { createRuntimeWithBundle, type MeterSnapshot } from '../local/runtime';
import { generateWorkbook, type WorkbookSize } from './generate';

export interface StockBenchRow {
  case: string;
  cells: number;
  calls: number;
  commits: number;
  cellsRead: number;
  cellsWritten: number;
  /** Rows of the Stock sheet. */
  sheetRows: number;
  /** The sheet's answer line (its third sentence). */
  answer: string;
  nodeMs: number;
  projectedS: number;
  /** The first run, which creates the sheet. */
  firstProjectedS: number;
  costMs: MeterSnapshot['costMs'];
}

export async function benchStock(size: WorkbookSize): Promise<StockBenchRow> {
  const workbook = generateWorkbook(size);
  const { runtime, bundle } = createRuntimeWithBundle();
  for (const [name, rows] of Object.entries(workbook.sheets)) {
    const sheet = runtime.spreadsheet.insertSheet(name);
    sheet.setDimensionsForTest(
      rows.length + 10,
      rows.reduce((widest, r) => Math.max(widest, r.length), 1),
    );
    sheet.loadRowsForTest(rows);
  }
  bundle.open('LIMITED');
  runtime.setAuthMode('FULL');
  const run = () => {
    runtime.endExecution();
    runtime.meter.reset();
    const before = performance.now();
    bundle.clickMenuItem('Stock');
    const ms = performance.now() - before;
    runtime.endExecution();
    const alert = runtime.ui.dialogs.find((dialog) => dialog.title === 'Stock');
    if (alert) throw new Error(`Stock failed: ${JSON.stringify(alert)}`);
    return { ms, meter: runtime.meter.snapshot() };
  };
  const first = run();
  const { ms, meter } = run();
  const sheet = runtime.spreadsheet.getSheetByName('Stock');
  if (!sheet) throw new Error('Stock wrote no sheet');
  const lines = sheet.getRange(1, 1, Math.min(sheet.getLastRow(), 12), 1).getDisplayValues();
  // The answer starts on the sentence after the "Stock on …" one, which may run on over indented rows.
  const start = lines.findIndex(([text], index) => index > 1 && !text!.startsWith(' '));
  const answer: string[] = [];
  for (const [text] of lines.slice(start)) {
    if (answer.length > 0 && !text!.startsWith(' ')) break;
    answer.push(text!.trim());
  }
  await Promise.resolve();
  return {
    case: `stock, ${size}`,
    cells: workbook.cells,
    calls: meter.calls,
    commits: meter.commits,
    cellsRead: meter.cellsRead,
    cellsWritten: meter.cellsWritten,
    sheetRows: sheet.getLastRow(),
    answer: answer.join(' '),
    nodeMs: Math.round(ms),
    projectedS: Math.round(meter.projectedMs / 100) / 10,
    firstProjectedS: Math.round(first.meter.projectedMs / 100) / 10,
    costMs: meter.costMs,
  };
}

export function stockTable(rows: readonly StockBenchRow[]): string {
  const header = ['case', 'cells', 'calls', 'commits', 'cells read', 'cells written', 'sheet rows', 'Node ms', 'projected Apps Script s'];
  const lines = rows.map((r) =>
    [r.case, r.cells, r.calls, r.commits, r.cellsRead, r.cellsWritten, r.sheetRows, r.nodeMs, r.projectedS.toFixed(1)].map((v) =>
      typeof v === 'number' ? v.toLocaleString('en-US') : v,
    ),
  );
  return [header, header.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** Runs the three sizes, or only those named; progress on stderr, the table on stdout. */
export async function benchStocks(only: readonly string[] = []): Promise<StockBenchRow[]> {
  const rows: StockBenchRow[] = [];
  for (const size of ['guide', 'busy', 'ceiling'] as const) {
    if (only.length > 0 && !only.some((name) => size.startsWith(name) || name === 'stock')) continue;
    const row = await benchStock(size);
    rows.push(row);
    console.error(
      `${row.case}: ${row.calls} calls, ${row.commits} commits, ${row.cellsRead.toLocaleString('en-US')} cells read, ${row.cellsWritten.toLocaleString('en-US')} written, ${row.nodeMs} ms Node, ${row.projectedS} s projected (first run ${row.firstProjectedS} s); ${row.answer}`,
    );
    console.error(
      `  projected ms: ${Object.entries(row.costMs)
        .map(([term, value]) => `${term} ${Math.round(value).toLocaleString('en-US')}`)
        .join(', ')}`,
    );
  }
  console.log(
    '\nStock, through dist/Code.js on the local runtime: the columns stock is counted from read, every lot, material and product counted, the Stock sheet rewritten whole with a Log row (cost model version 2):\n',
  );
  console.log(stockTable(rows));
  return rows;
}

// Run alone: npx tsx bench/stock.ts [guide|busy|ceiling]
if (process.argv[1]?.endsWith('stock.ts')) void benchStocks(process.argv.slice(2));
