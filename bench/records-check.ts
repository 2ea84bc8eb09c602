// Check my records at the three sizes: every tracking table read in the columns the checks need, every
// check run, and the report written with its links and a Log row — one execution, which must finish well
// inside Apps Script's 6 minutes at the Sheets ceiling (cost model version 2, local/runtime/meter.ts).
import { performance } from 'node:perf_hooks';
import { createRuntimeWithBundle, type MeterSnapshot } from '../local/runtime';
import { generateWorkbook, type WorkbookSize } from './generate';

export interface RecordsCheckRow {
  case: string;
  cells: number;
  calls: number;
  commits: number;
  cellsRead: number;
  cellsWritten: number;
  /** Problems the report lists, and its first answer line. */
  reportRows: number;
  answer: string;
  nodeMs: number;
  projectedS: number;
  costMs: MeterSnapshot['costMs'];
}

/** Every `every`-th order line's batch code blanked: a ceiling with tens of thousands of problems to list. */
function unlinkOrderLines(sheets: Record<string, unknown[][]>, every: number): number {
  const [header, ...rows] = sheets.Orders as unknown[][];
  const at = (header as unknown[]).indexOf('Batch code');
  let blanked = 0;
  rows.forEach((row, index) => {
    if (index % every === 0) {
      row[at] = '';
      blanked++;
    }
  });
  return blanked;
}

async function runSize(size: WorkbookSize, unlinkEvery = 0): Promise<RecordsCheckRow> {
  const workbook = generateWorkbook(size);
  const unlinked = unlinkEvery > 0 ? unlinkOrderLines(workbook.sheets, unlinkEvery) : 0;
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
  bundle.clickMenuItem('Check my records');
  const ms = performance.now() - before;
  runtime.endExecution();
  const meter = runtime.meter.snapshot();
  const alert = runtime.ui.dialogs.find((dialog) => dialog.title === 'Check my records');
  if (alert) throw new Error(`Check my records failed: ${JSON.stringify(alert)}`);
  const report = runtime.spreadsheet.getActiveSheet();
  const lines = report.getRange(1, 1, Math.min(report.getLastRow(), 6), 1).getDisplayValues();
  // The answer is the heading's second sentence, which may run on over indented rows.
  const answer: string[] = [];
  for (const [text] of lines.slice(1)) {
    if (answer.length > 0 && !text!.startsWith(' ')) break;
    answer.push(text!.trim());
  }
  return {
    case: `check my records, ${size}${unlinked > 0 ? `, ${unlinked.toLocaleString('en-US')} order lines unlinked` : ''}`,
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

function table(rows: RecordsCheckRow[]): string {
  const header = ['case', 'cells', 'calls', 'commits', 'cells read', 'cells written', 'report rows', 'Node ms', 'projected Apps Script s'];
  const lines = rows.map((r) =>
    [r.case, r.cells, r.calls, r.commits, r.cellsRead, r.cellsWritten, r.reportRows, r.nodeMs, r.projectedS.toFixed(1)].map((v) =>
      typeof v === 'number' ? v.toLocaleString('en-US') : v,
    ),
  );
  return [header, header.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** Runs the three sizes; progress on stderr, the table on stdout; returns the rows for the JSON line. */
export async function benchRecordsCheck(only: readonly string[] = []): Promise<RecordsCheckRow[]> {
  const rows: RecordsCheckRow[] = [];
  const cases = [
    ['guide', 0],
    ['busy', 0],
    ['ceiling', 0],
    ['ceiling', 10],
  ] as const;
  for (const [size, unlinkEvery] of cases) {
    if (only.length > 0 && !only.some((name) => size.startsWith(name) || name === 'records')) continue;
    const row = await runSize(size, unlinkEvery);
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
    '\nCheck my records, through dist/Code.js on the local runtime: every table read in the columns the checks need, the report written with a link per problem (cost model version 2):\n',
  );
  console.log(table(rows));
  return rows;
}

// Run alone: npx tsx bench/records-check.ts [guide|busy|ceiling]
if (process.argv[1]?.endsWith('records-check.ts')) void benchRecordsCheck(process.argv.slice(2));
