// FDA traceability spreadsheet… (FSMA 204) for a year of the busy workbook: the receiving, transformation
// and shipping records of 2023 — for the product with the most batches, and for everything — each table
// read once, the glossary and the three event sheets written with a Log row, in one execution, projected
// by cost model version 2 (local/runtime/meter.ts); the target is 30 s.
//
// The busy workbook's Orders were kept by hand before Lotline imported them: they have no Customer type
// column, so no line can be told to be a wholesale shipment and every one is listed as not known (the
// "as generated" cases). A food maker who imports orders has the column; the "with Customer type" cases
// give every fifth customer the type Wholesale, one in fifty none, the rest Consumer.
import { performance } from 'node:perf_hooks';
import { createRuntimeWithBundle, scriptRunOf, type MeterSnapshot } from '../local/runtime';
import type * as Lotline from '../src/index';
import { generateWorkbook, type WorkbookSize } from './generate';

export interface FsmaRow {
  case: string;
  cells: number;
  calls: number;
  commits: number;
  cellsRead: number;
  cellsWritten: number;
  /** Rows of the receiving, transformation and shipping sheets, and order lines not known. */
  receiving: number;
  transformation: number;
  shipping: number;
  notKnown: number;
  missing: number;
  nodeMs: number;
  projectedS: number;
  costMs: MeterSnapshot['costMs'];
}

const LOCATION = { name: 'Busy Kitchen LLC', phone: '555-0100', street: '1 Main St', city: 'Springfield', state: 'IL', zip: '62701' };

/** The finished product with the most batches: the largest spreadsheet FDA asking about one food gets. */
function busiestSku(sheets: Record<string, unknown[][]>): string {
  const [header, ...rows] = sheets.Batches as unknown[][];
  const at = (header as unknown[]).indexOf('SKU');
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(String(row[at]), (counts.get(String(row[at])) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

/** Orders with a Customer type column, at its place in the workbook's table: by customer, as an import sets it. */
function withCustomerTypes(orders: unknown[][]): unknown[][] {
  const [header, ...rows] = orders as [unknown[], ...unknown[][]];
  const customerAt = header.indexOf('Customer');
  const at = header.indexOf('Channel') + 1;
  const typeOf = (customer: unknown) => {
    const n = Number(String(customer).replace(/\D/g, ''));
    return n % 50 === 49 ? '' : n % 5 === 0 ? 'Wholesale' : 'Consumer';
  };
  return [
    [...header.slice(0, at), 'Customer type', ...header.slice(at)],
    ...rows.map((row) => [...row.slice(0, at), typeOf(row[customerAt]), ...row.slice(at)]),
  ];
}

async function runCase(size: WorkbookSize, product: boolean, customerTypes: boolean): Promise<FsmaRow> {
  const workbook = generateWorkbook(size);
  if (customerTypes) workbook.sheets.Orders = withCustomerTypes(workbook.sheets.Orders as unknown[][]);
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
  const result = await scriptRunOf<typeof Lotline>(bundle).makeFdaSpreadsheet({
    location: LOCATION,
    from: '2023-01-01',
    to: '2023-12-31',
    lotCodes: [],
    products: product ? [sku] : [],
  });
  const ms = performance.now() - before;
  runtime.endExecution();
  const meter = runtime.meter.snapshot();
  if (!result.ok) throw new Error(`FDA spreadsheet refused: ${JSON.stringify(result.problems)}`);
  return {
    case: `FDA spreadsheet, a year of the ${size} workbook${customerTypes ? ' with Customer type' : ' as generated (no Customer type)'}: ${product ? `one product (${sku})` : 'everything'}`,
    cells: workbook.cells,
    calls: meter.calls,
    commits: meter.commits,
    cellsRead: meter.cellsRead,
    cellsWritten: meter.cellsWritten,
    receiving: result.receiving,
    transformation: result.transformation,
    shipping: result.shipping,
    notKnown: result.notKnown,
    missing: result.missing,
    nodeMs: Math.round(ms),
    projectedS: Math.round(meter.projectedMs / 100) / 10,
    costMs: meter.costMs,
  };
}

function table(rows: FsmaRow[]): string {
  const header = [
    'case',
    'cells',
    'calls',
    'commits',
    'cells read',
    'cells written',
    'receiving / transformation / shipping rows',
    'not known',
    'Node ms',
    'projected Apps Script s',
  ];
  const lines = rows.map((r) =>
    [
      r.case,
      r.cells,
      r.calls,
      r.commits,
      r.cellsRead,
      r.cellsWritten,
      `${r.receiving} / ${r.transformation} / ${r.shipping}`,
      r.notKnown,
      r.nodeMs,
      r.projectedS.toFixed(1),
    ].map((v) => (typeof v === 'number' ? v.toLocaleString('en-US') : v)),
  );
  return [header, header.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** Runs the cases; progress on stderr, the table on stdout; returns the rows for the JSON line. */
export async function benchFsma(only: readonly string[] = []): Promise<FsmaRow[]> {
  const rows: FsmaRow[] = [];
  const wanted = only.length === 0 || only.some((name) => 'busy'.startsWith(name) || name === 'fsma' || name === 'fda');
  const cases: [boolean, boolean][] = [
    [true, true],
    [false, true],
    [true, false],
    [false, false],
  ];
  for (const [product, customerTypes] of wanted ? cases : []) {
    const row = await runCase('busy', product, customerTypes);
    rows.push(row);
    console.error(
      `${row.case}: ${row.calls} calls, ${row.commits} commits, ${row.cellsRead.toLocaleString('en-US')} cells read, ${row.cellsWritten.toLocaleString('en-US')} written, ${row.nodeMs} ms Node, ${row.projectedS} s projected; ${row.receiving} / ${row.transformation} / ${row.shipping} rows, ${row.notKnown} not known, ${row.missing} missing`,
    );
    console.error(
      `  projected ms: ${Object.entries(row.costMs)
        .map(([term, value]) => `${term} ${Math.round(value).toLocaleString('en-US')}`)
        .join(', ')}`,
    );
  }
  console.log(
    '\nFDA traceability spreadsheet, through dist/Code.js on the local runtime: each table read once, the glossary and three event sheets written (cost model version 2):\n',
  );
  console.log(table(rows));
  return rows;
}

// Run alone: npx tsx bench/fsma.ts [busy]
if (process.argv[1]?.endsWith('fsma.ts')) void benchFsma(process.argv.slice(2));
