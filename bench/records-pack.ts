// Records pack… for a year of the busy workbook: everything made in 2023 (every batch, every lot each
// used through the sub-assemblies, every order line that shipped them), each table read once, the
// records check run for the cover's gaps, and the pack's sheets written with a Log row — one
// execution, projected by cost model version 2 (local/runtime/meter.ts); the target is 30 s.
import { performance } from 'node:perf_hooks';
import { createRuntimeWithBundle, scriptRunOf, type MeterSnapshot } from '../local/runtime';
import type * as Lotline from '../src/index';
import { generateWorkbook, type WorkbookSize } from './generate';

export interface RecordsPackRow {
  case: string;
  cells: number;
  calls: number;
  commits: number;
  cellsRead: number;
  cellsWritten: number;
  /** Rows of the pack's batches, lots and shipments sheets. */
  packRows: number;
  answer: string;
  nodeMs: number;
  projectedS: number;
  costMs: MeterSnapshot['costMs'];
}

/** The finished product with the most batches: the pack an inspector asking about one product gets at its largest. */
function busiestSku(sheets: Record<string, unknown[][]>): string {
  const [header, ...rows] = sheets.Batches as unknown[][];
  const at = (header as unknown[]).indexOf('SKU');
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(String(row[at]), (counts.get(String(row[at])) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

async function runCase(size: WorkbookSize, from: string, to: string, product: boolean, includeAll = false): Promise<RecordsPackRow> {
  const workbook = generateWorkbook(size);
  const sku = product ? busiestSku(workbook.sheets) : '';
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
  const result = await scriptRunOf<typeof Lotline>(bundle).makeRecordsPack({
    ...(product ? { kind: 'product', sku } : { kind: 'period' }),
    from,
    to,
    includeFormulas: includeAll,
    includeCosts: includeAll,
  });
  const ms = performance.now() - before;
  runtime.endExecution();
  const meter = runtime.meter.snapshot();
  if (!result.ok) throw new Error(`Records pack refused: ${JSON.stringify(result.problems)}`);
  const packRows = result.sheets
    .filter((name) => /(batches|lots|shipments)$/.test(name))
    .reduce((sum, name) => sum + runtime.spreadsheet.getSheetByName(name)!.getLastRow() - 1, 0);
  return {
    case: `records pack, a year of the ${size} workbook: ${product ? `one product (${sku})` : 'everything made'}${includeAll ? ', formulas and costs included' : ''}`,
    cells: workbook.cells,
    calls: meter.calls,
    commits: meter.commits,
    cellsRead: meter.cellsRead,
    cellsWritten: meter.cellsWritten,
    packRows,
    answer: `${result.summary[1]} ${result.summary[2]}`,
    nodeMs: Math.round(ms),
    projectedS: Math.round(meter.projectedMs / 100) / 10,
    costMs: meter.costMs,
  };
}

function table(rows: RecordsPackRow[]): string {
  const header = ['case', 'cells', 'calls', 'commits', 'cells read', 'cells written', 'pack rows', 'Node ms', 'projected Apps Script s'];
  const lines = rows.map((r) =>
    [r.case, r.cells, r.calls, r.commits, r.cellsRead, r.cellsWritten, r.packRows, r.nodeMs, r.projectedS.toFixed(1)].map((v) =>
      typeof v === 'number' ? v.toLocaleString('en-US') : v,
    ),
  );
  return [header, header.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** Runs the case; progress on stderr, the table on stdout; returns the rows for the JSON line. */
export async function benchRecordsPack(only: readonly string[] = []): Promise<RecordsPackRow[]> {
  const rows: RecordsPackRow[] = [];
  const wanted = only.length === 0 || only.some((name) => 'busy'.startsWith(name) || name === 'pack' || name === 'records');
  for (const product of wanted ? [true, false] : []) {
    const row = await runCase('busy', '2023-01-01', '2023-12-31', product);
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
    '\nRecords pack, through dist/Code.js on the local runtime: each table read once, the records check run for the cover, the pack’s sheets written (cost model version 2):\n',
  );
  console.log(table(rows));
  return rows;
}

// Run alone: npx tsx bench/records-pack.ts [busy]
if (process.argv[1]?.endsWith('records-pack.ts')) void benchRecordsPack(process.argv.slice(2));
