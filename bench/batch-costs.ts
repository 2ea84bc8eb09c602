// Batch costs at the three sizes: Receipts, Batches, Batch inputs, Products and Orders read in only the
// columns a cost needs, every batch costed from its lots (sub-assemblies at any depth), every month's
// shipments costed, and the report written with a Log row — one execution, which must finish well
// inside Apps Script's 6 minutes at the Sheets ceiling (cost model version 2, local/runtime/meter.ts).
import { performance } from 'node:perf_hooks';
import { createRuntimeWithBundle, type MeterSnapshot } from '../local/runtime';
import { generateWorkbook, type WorkbookSize } from './generate';

export interface BatchCostsRow {
  case: string;
  cells: number;
  calls: number;
  commits: number;
  cellsRead: number;
  cellsWritten: number;
  reportRows: number;
  /** The report's answer line. */
  answer: string;
  nodeMs: number;
  projectedS: number;
  costMs: MeterSnapshot['costMs'];
}

async function runSize(size: WorkbookSize): Promise<BatchCostsRow> {
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
  runtime.endExecution();
  runtime.meter.reset();
  const before = performance.now();
  bundle.clickMenuItem('Batch costs');
  const ms = performance.now() - before;
  runtime.endExecution();
  const meter = runtime.meter.snapshot();
  const alert = runtime.ui.dialogs.find((dialog) => dialog.title === 'Batch costs');
  if (alert) throw new Error(`Batch costs failed: ${JSON.stringify(alert)}`);
  const report = runtime.spreadsheet.getActiveSheet();
  const lines = report.getRange(1, 1, Math.min(report.getLastRow(), 6), 1).getDisplayValues();
  // The answer is the heading's second sentence, which may run on over indented rows.
  const answer: string[] = [];
  for (const [text] of lines.slice(1)) {
    if (answer.length > 0 && !text!.startsWith(' ')) break;
    answer.push(text!.trim());
  }
  return {
    case: `batch costs, ${size}`,
    cells: workbook.cells,
    calls: meter.calls,
    commits: meter.commits,
    cellsRead: meter.cellsRead,
    cellsWritten: meter.cellsWritten,
    reportRows: report.getLastRow(),
    answer: answer.join(' '),
    nodeMs: Math.round(ms),
    projectedS: Math.round(meter.projectedMs / 100) / 10,
    costMs: meter.costMs,
  };
}

function table(rows: BatchCostsRow[]): string {
  const header = ['case', 'cells', 'calls', 'commits', 'cells read', 'cells written', 'report rows', 'Node ms', 'projected Apps Script s'];
  const lines = rows.map((r) =>
    [r.case, r.cells, r.calls, r.commits, r.cellsRead, r.cellsWritten, r.reportRows, r.nodeMs, r.projectedS.toFixed(1)].map((v) =>
      typeof v === 'number' ? v.toLocaleString('en-US') : v,
    ),
  );
  return [header, header.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** Runs the three sizes, or only one; progress on stderr, the table on stdout; returns the rows for the JSON line. */
export async function benchBatchCosts(only: readonly string[] = []): Promise<BatchCostsRow[]> {
  const rows: BatchCostsRow[] = [];
  for (const size of ['guide', 'busy', 'ceiling'] as const) {
    if (only.length > 0 && !only.some((name) => size.startsWith(name) || name === 'costs')) continue;
    const row = await runSize(size);
    rows.push(row);
    console.error(
      `${row.case}: ${row.calls} calls, ${row.commits} commits, ${row.cellsRead.toLocaleString('en-US')} cells read, ${row.cellsWritten.toLocaleString('en-US')} written, ${row.nodeMs} ms Node, ${row.projectedS} s projected; ${row.answer}`,
    );
    console.error(
      `  projected ms: ${Object.entries(row.costMs)
        .map(([term, value]) => `${term} ${Math.round(value).toLocaleString('en-US')}`)
        .join(', ')}`,
    );
  }
  console.log(
    '\nBatch costs, through dist/Code.js on the local runtime: the columns a cost needs read, every batch and month costed, the report written with a Log row (cost model version 2):\n',
  );
  console.log(table(rows));
  return rows;
}

// Run alone: npx tsx bench/batch-costs.ts [guide|busy|ceiling]
if (process.argv[1]?.endsWith('batch-costs.ts')) void benchBatchCosts(process.argv.slice(2));
