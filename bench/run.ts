// npm run bench: generate workbooks in the local runtime and trace them through the built add-on,
// at three sizes and a scattered worst case; then the production-run sidebar (bench/production.ts), orders
// import and linking (orders.ts), Check my records (records-check.ts), Batch costs (batch-costs.ts), the
// Records pack (records-pack.ts), the FDA traceability spreadsheet (fsma.ts), the Stock sheet (stock.ts) and whatever else an issue measures, each in its own file.
// For each: rows, cells, service calls, commits, cells read and written, Node compute time (median of
// several runs), peak heap, the Apps Script time projected by the cost model (version 2 of
// platform/apps-script.md; local/runtime/meter.ts) and, for the trace, its floor under the same model
// (bench/floor.ts). The last line is one JSON object with every figure.
import { performance } from 'node:perf_hooks';
import { COST_MODEL, createRuntimeWithBundle, type LocalSheet, type LocalSpreadsheet, type MeterSnapshot } from '../local/runtime';
import { traceFloor, type TraceFloor } from './floor';
import { generateWorkbook, type WorkbookSize } from './generate';
import { simulatedSheetsMs, timeSimulatedSheets } from './simulated-sheets-time';
import { benchOrders } from './orders';
import { benchProduction } from './production';
import { benchRecordsCheck } from './records-check';
import { benchBatchCosts } from './batch-costs';
import { benchRecordsPack } from './records-pack';
import { benchFsma } from './fsma';
import { benchStocks } from './stock';

interface Case {
  name: string;
  size: WorkbookSize;
  scattered: boolean;
  runs: number;
  /** Where the maker's current cell is: on the lot in Receipts, or on a code typed in a sheet of their own. */
  clicked: 'receipts' | 'own sheet';
}

interface Row {
  case: string;
  rows: number;
  cells: number;
  calls: number;
  /** The first trace in a workbook learns where the columns are (see src/sheets/layout-cache.ts). */
  callsFirstTrace: number;
  executions: number;
  commits: number;
  cellsPerCommit: number[];
  queuedChanges: number;
  cellsRead: number;
  cellsWritten: number;
  flushes: number;
  nodeMs: number;
  /** Of nodeMs, the add-on's own work: the rest is the local runtime simulating Sheets. */
  addOnMs: number;
  peakHeapMb: number;
  projectedS: number;
  /** The projected time term by term (ms). */
  costMs: MeterSnapshot['costMs'];
  /** The least any trace of this workbook writing this report costs in the model (bench/floor.ts). */
  floor: TraceFloor;
  floorS: number;
  callsByMethod: Record<string, number>;
}

const CASES: Case[] = [
  { name: 'guide', size: 'guide', scattered: false, runs: 5, clicked: 'receipts' },
  { name: 'busy (10×)', size: 'busy', scattered: false, runs: 5, clicked: 'receipts' },
  { name: 'ceiling', size: 'ceiling', scattered: false, runs: 3, clicked: 'receipts' },
  { name: 'ceiling, code typed in a sheet of the maker’s', size: 'ceiling', scattered: false, runs: 3, clicked: 'own sheet' },
  { name: 'ceiling, scattered', size: 'ceiling', scattered: true, runs: 3, clicked: 'receipts' },
];

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function runCase(benchCase: Case): Row {
  const workbook = generateWorkbook(benchCase.size, { scattered: benchCase.scattered });
  const { runtime, bundle } = createRuntimeWithBundle();
  const spreadsheet = runtime.spreadsheet;
  // The demo's blank first sheet holds the code the maker clicks.
  const start = spreadsheet.getSheets()[0]!;
  start.setDimensionsForTest(20, 5);
  start.getRange('A1').setNumberFormat('@').setValue(workbook.traceLot);
  for (const [name, rows] of Object.entries(workbook.sheets)) {
    const sheet = spreadsheet.insertSheet(name);
    sheet.setDimensionsForTest(
      Math.max(rows.length, 2),
      rows.reduce((widest, r) => Math.max(widest, r.length), 1),
    );
    sheet.loadRowsForTest(rows);
  }
  bundle.open('LIMITED');
  // A maker told of a bad lot finds it in Receipts and clicks it; or pastes it into a sheet of their own.
  const [clickedSheet, clickedCell] = benchCase.clicked === 'receipts' ? lotCellInReceipts(spreadsheet, workbook.traceLot) : [start, 'A1'];
  const rowCount = Object.values(workbook.rows).reduce((a, b) => a + b, 0);

  const times: number[] = [];
  const addOnTimes: number[] = [];
  let meter: MeterSnapshot | null = null;
  let first: MeterSnapshot | null = null;
  let peakHeap = 0;
  let reportCells = 0;
  gc();
  const baseline = process.memoryUsage().heapUsed;
  for (let run = 0; run < benchCase.runs; run++) {
    spreadsheet.setActiveSheet(clickedSheet);
    clickedSheet.setSelectionForTest([clickedCell], clickedCell);
    // The maker's clicks are not the add-on's calls.
    runtime.endExecution();
    gc();
    runtime.meter.reset();
    const before = performance.now();
    const sheetsBefore = simulatedSheetsMs();
    bundle.call('traceThisLot');
    times.push(performance.now() - before);
    addOnTimes.push(performance.now() - before - (simulatedSheetsMs() - sheetsBefore));
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed - baseline);
    meter = runtime.meter.snapshot();
    first ??= meter;
    const report = spreadsheet.getActiveSheet();
    const alerts = runtime.ui.dialogs.filter((d) => d.kind === 'alert');
    if (report === clickedSheet || alerts.length > 0) throw new Error(`The trace did not write a report: ${alerts.at(-1)?.prompt ?? ''}`);
    // Everything the trace wrote is its report, but for the one row it appends to the Log.
    reportCells = meter.cellsWritten - logRowCells(spreadsheet);
    // Reports would pile up towards the 10-million-cell ceiling; a maker would delete old ones too.
    spreadsheet.deleteSheet(report);
    runtime.endExecution();
  }
  const m = meter as MeterSnapshot;
  const floor = traceFloor(workbook, reportCells);
  return {
    case: benchCase.name,
    rows: rowCount,
    cells: workbook.cells,
    calls: m.calls,
    callsFirstTrace: (first as MeterSnapshot).calls,
    executions: m.executions,
    commits: m.commits,
    cellsPerCommit: m.cellsPerCommit,
    queuedChanges: m.queuedChanges,
    cellsRead: m.cellsRead,
    cellsWritten: m.cellsWritten,
    flushes: m.flushes,
    nodeMs: Math.round(median(times)),
    addOnMs: Math.round(median(addOnTimes)),
    peakHeapMb: Math.round(peakHeap / 1048576),
    projectedS: Math.round(m.projectedMs / 100) / 10,
    costMs: m.costMs,
    floor,
    floorS: Math.round(floor.ms / 100) / 10,
    callsByMethod: m.callsByMethod,
  };
}

/** Cells of the Log row a trace appends (appendRow writes one cell per Log column). */
function logRowCells(spreadsheet: LocalSpreadsheet): number {
  const log = spreadsheet.getSheetByName('Log');
  return log ? log.getLastColumn() : 0;
}

function lotCellInReceipts(spreadsheet: LocalSpreadsheet, lot: string): [LocalSheet, string] {
  const receipts = spreadsheet.getSheetByName('Receipts');
  if (!receipts) throw new Error('The benchmark workbook has no Receipts sheet.');
  const header = receipts.getRange(1, 1, 1, receipts.getLastColumn()).getValues()[0] ?? [];
  const column = header.indexOf('Lot number') + 1;
  const lots = receipts.getRange(1, column, receipts.getLastRow(), 1).getValues();
  const row = lots.findIndex((cells) => cells[0] === lot) + 1;
  if (column < 1 || row < 2) throw new Error(`The benchmark lot ${lot} is not in Receipts.`);
  return [receipts, receipts.getRange(row, column).getA1Notation()];
}

/** Seconds with one decimal, as text (2 → "2.0"). */
function seconds(s: number): string {
  return s.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

function table(rows: Row[]): string {
  const header = [
    'case',
    'rows',
    'cells',
    'calls',
    'calls (first trace)',
    'commits',
    'cells read',
    'cells written',
    'Node ms (median)',
    'of which the add-on',
    'heap MB (trace)',
    'projected Apps Script s',
    'floor s',
  ];
  const lines = rows.map((r) =>
    [
      r.case,
      r.rows,
      r.cells,
      r.calls,
      r.callsFirstTrace,
      r.commits,
      r.cellsRead,
      r.cellsWritten,
      r.nodeMs,
      r.addOnMs,
      r.peakHeapMb,
      seconds(r.projectedS),
      seconds(r.floorS),
    ].map((v) => (typeof v === 'number' ? v.toLocaleString('en-US') : v)),
  );
  return [header, header.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

timeSimulatedSheets();
const only = process.argv.slice(2);
const results: Row[] = [];
for (const benchCase of CASES) {
  if (only.length > 0 && !only.some((name) => benchCase.name.startsWith(name))) continue;
  const row = runCase(benchCase);
  results.push(row);
  console.error(
    `${row.case}: ${row.executions} execution, ${row.calls} calls, ${row.commits} commits (cells: ${row.cellsPerCommit.join(', ')}), ${row.queuedChanges} queued changes, ${row.cellsRead.toLocaleString('en-US')} cells read, ${row.nodeMs} ms Node (add-on ${row.addOnMs} ms), ${row.projectedS} s projected, floor ${row.floorS} s`,
  );
  console.error(
    `  projected ms: ${Object.entries(row.costMs)
      .map(([term, ms]) => `${term} ${ms.toLocaleString('en-US')}`)
      .join(
        ', ',
      )}; floor: ${row.floor.keyCells.toLocaleString('en-US')} cells in ${row.floor.keyColumns} key columns, report of ${row.floor.reportCells.toLocaleString('en-US')} cells`,
  );
  console.error(
    `  calls: ${Object.entries(row.callsByMethod)
      .map(([k, v]) => `${k.replace('SpreadsheetApp.', '')}×${v}`)
      .join(', ')}`,
  );
  gc();
}
console.log(
  `One forward trace ("Trace this lot") of the benchmark lot, through dist/Code.js on the local runtime (figures of a repeat trace; calls of the first one beside them; cost model version ${COST_MODEL.version}; floor: one execution + the key columns read + the report written and committed):\n`,
);
console.log(table(results));
void benchProduction(only).then(async (production) => {
  const orders = await benchOrders(only);
  const recordsCheck = await benchRecordsCheck(only);
  const batchCosts = await benchBatchCosts(only);
  const recordsPack = await benchRecordsPack(only);
  const fsma = await benchFsma(only);
  const stock = await benchStocks(only);
  console.log(
    JSON.stringify({
      trace: results.map(({ callsByMethod: _unused, ...figures }) => figures),
      production,
      orders,
      recordsCheck,
      batchCosts,
      recordsPack,
      fsma,
      stock,
    }),
  );
});
