// Batch costs at the three sizes: Receipts, Batches, Batch inputs, Products and Orders read in only the
// columns a cost needs, every batch costed from its lots (sub-assemblies at any depth), every month's
// shipments costed, and the report written with a Log row — one execution, which must finish well
// inside Apps Script's 6 minutes at the Sheets ceiling (cost model version 2, local/runtime/meter.ts).
import { generateWorkbook, type WorkbookSize } from './generate';
import { answerOf, clickMenuItemOrThrow, markdownTable, measure, openGenerated, printProgress, wanted, type Measured } from './harness';

export interface BatchCostsRow extends Measured {
  case: string;
  cells: number;
  reportRows: number;
  /** The report's answer line. */
  answer: string;
}

async function runSize(size: WorkbookSize): Promise<BatchCostsRow> {
  const workbook = generateWorkbook(size);
  const opened = openGenerated(workbook.sheets);
  const { figures } = await measure(opened, () => clickMenuItemOrThrow(opened, 'Batch costs'));
  const report = opened.runtime.spreadsheet.getActiveSheet();
  return { case: `batch costs, ${size}`, cells: workbook.cells, ...figures, reportRows: report.getLastRow(), answer: answerOf(report) };
}

/** Runs the three sizes, or those asked for; progress on stderr, the table on stdout; returns the rows for the JSON line. */
export async function benchBatchCosts(only: readonly string[] = []): Promise<BatchCostsRow[]> {
  const rows: BatchCostsRow[] = [];
  for (const size of ['guide', 'busy', 'ceiling'] as const) {
    if (!wanted(only, size, 'costs')) continue;
    const row = await runSize(size);
    rows.push(row);
    printProgress(row.case, row, row.answer);
  }
  console.log(
    '\nBatch costs, through dist/Code.js on the local runtime: the columns a cost needs read, every batch and month costed, the report written with a Log row (cost model version 2):\n',
  );
  console.log(
    markdownTable(
      ['case', 'cells', 'calls', 'commits', 'cells read', 'cells written', 'report rows', 'Node ms', 'projected Apps Script s'],
      rows.map((r) => [r.case, r.cells, r.calls, r.commits, r.cellsRead, r.cellsWritten, r.reportRows, r.nodeMs, r.projectedS.toFixed(1)]),
    ),
  );
  return rows;
}

// Run alone: npx tsx bench/batch-costs.ts [guide|busy|ceiling]
if (process.argv[1]?.endsWith('batch-costs.ts')) void benchBatchCosts(process.argv.slice(2));
