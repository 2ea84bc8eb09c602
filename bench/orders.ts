// Import orders… on the busy workbook and at the ceiling: a Shopify export of 2,000 fulfilled lines of
// the maker's finished products, previewed (the export read, stock on hand counted, every line linked
// first-expiring-first) and the plan saved unedited (everything read again under the lock, the Orders
// rows appended in one write with a Log row). Calls should not grow with the workbook: both sizes shown.
import { performance } from 'node:perf_hooks';
import { createRuntimeWithBundle, scriptRunOf, type MeterSnapshot } from '../local/runtime';
import type * as Lotline from '../src/index';
import { generateWorkbook, type WorkbookSize } from './generate';

export interface OrdersRow {
  case: string;
  cells: number;
  lines: number;
  calls: number;
  commits: number;
  cellsRead: number;
  cellsWritten: number;
  nodeMs: number;
  projectedS: number;
  costMs: MeterSnapshot['costMs'];
}

const LINES = 2_000;
/** The day after each workbook's last batch, as in bench/production.ts: every batch made, none expired. */
const SHIPPED: Record<Exclude<WorkbookSize, 'guide'>, string> = { busy: '2024-01-02', ceiling: '2024-09-01' };

/** A Shopify export: one line per order, the finished SKUs in turn. */
function shopifyExport(skus: readonly string[], shipped: string): string {
  const rows = [
    'Name,Email,Financial Status,Fulfillment Status,Fulfilled at,Lineitem quantity,Lineitem name,Lineitem sku,Shipping Name,Shipping City',
  ];
  for (let n = 0; n < LINES; n++) {
    const sku = skus[n % skus.length] as string;
    rows.push(`#B${n + 1},buyer${n}@example.com,paid,fulfilled,${shipped} 10:00:00 +0000,1,Product ${sku},${sku},Buyer ${n},Portland`);
  }
  return rows.join('\n');
}

async function runSize(size: Exclude<WorkbookSize, 'guide'>): Promise<OrdersRow[]> {
  const workbook = generateWorkbook(size);
  const { runtime, bundle } = createRuntimeWithBundle();
  for (const [name, rows] of Object.entries(workbook.sheets)) {
    const sheet = runtime.spreadsheet.insertSheet(name);
    // Room below for the import in Orders only: a grid of thousands of blank rows under every sheet would
    // be read by the save's open-ended ranges and measured as if it were the add-on's doing.
    sheet.setDimensionsForTest(
      rows.length + (name === 'Orders' ? LINES : 0) + 100,
      rows.reduce((widest, r) => Math.max(widest, r.length), 1),
    );
    sheet.loadRowsForTest(rows);
  }
  bundle.open('LIMITED');
  runtime.setAuthMode('FULL');
  const [productHeader, ...products] = workbook.sheets.Products as unknown[][];
  const skuAt = (productHeader as unknown[]).indexOf('SKU');
  const kindAt = (productHeader as unknown[]).indexOf('Kind');
  const skus = products.filter((row) => row[kindAt] === 'Finished').map((row) => String(row[skuAt]));
  const server = scriptRunOf<typeof Lotline>(bundle);

  const measure = async <T>(call: () => Promise<T>) => {
    runtime.endExecution();
    runtime.meter.reset();
    const before = performance.now();
    const value = await call();
    return { value, ms: performance.now() - before, meter: runtime.meter.snapshot() };
  };
  const preview = await measure(() =>
    server.previewOrderImport({ files: [{ name: 'orders_export.csv', text: shopifyExport(skus, SHIPPED[size]) }] }),
  );
  const plan = preview.value;
  const save = await measure(() => server.saveOrderImport({ lines: plan.lines }));
  if (!save.value.ok) throw new Error(`The benchmark import was refused: ${JSON.stringify(save.value.problems.slice(0, 3))}`);
  const row = (name: string, m: typeof preview | typeof save): OrdersRow => ({
    case: `${name}, ${size}`,
    cells: workbook.cells,
    lines: plan.lines.length,
    calls: m.meter.calls,
    commits: m.meter.commits,
    cellsRead: m.meter.cellsRead,
    cellsWritten: m.meter.cellsWritten,
    nodeMs: Math.round(m.ms),
    projectedS: Math.round(m.meter.projectedMs / 100) / 10,
    costMs: m.meter.costMs,
  });
  if (plan.lines.length + plan.leftOut.length !== LINES)
    throw new Error(`The preview lost lines: ${plan.lines.length} + ${plan.leftOut.length}`);
  return [
    row(`preview ${LINES.toLocaleString('en-US')} lines`, preview),
    row(`save ${plan.lines.length.toLocaleString('en-US')} lines linked`, save),
  ];
}

function table(rows: OrdersRow[]): string {
  const header = ['case', 'cells', 'calls', 'commits', 'cells read', 'cells written', 'Node ms', 'projected Apps Script s'];
  const lines = rows.map((r) =>
    [r.case, r.cells, r.calls, r.commits, r.cellsRead, r.cellsWritten, r.nodeMs, r.projectedS.toFixed(1)].map((v) =>
      typeof v === 'number' ? v.toLocaleString('en-US') : v,
    ),
  );
  return [header, header.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** Runs both sizes; progress on stderr, the table on stdout; returns the rows for the JSON line. */
export async function benchOrders(only: readonly string[] = []): Promise<OrdersRow[]> {
  const rows: OrdersRow[] = [];
  for (const size of ['busy', 'ceiling'] as const) {
    if (only.length > 0 && !only.some((name) => size.startsWith(name) || name === 'orders')) continue;
    for (const row of await runSize(size)) {
      rows.push(row);
      console.error(
        `${row.case}: ${row.calls} calls, ${row.commits} commits, ${row.cellsRead.toLocaleString('en-US')} cells read, ${row.cellsWritten.toLocaleString('en-US')} written, ${row.nodeMs} ms Node, ${row.projectedS} s projected`,
      );
    }
  }
  console.log(
    `\nImport orders…, through dist/Code.js on the local runtime: a Shopify export of ${LINES.toLocaleString('en-US')} fulfilled lines previewed (read, linked first-expiring-first) and the plan saved unedited:\n`,
  );
  console.log(table(rows));
  return rows;
}
