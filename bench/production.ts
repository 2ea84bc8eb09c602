// The production-run sidebar at the three benchmark sizes: opening it (loadProductionRun: the catalog,
// stock on hand of every lot, the lots a run may take) and saving a run (everything read again under the
// document lock, then one write per sheet and a Log row). Figures as the trace's: executions, service
// calls, commits, cells read and written, Node time (median), peak heap, and the Apps Script time the
// cost model projects (version 2, local/runtime/meter.ts).
import { performance } from 'node:perf_hooks';
import { scriptRunOf, type MeterSnapshot, type ScriptRun } from '../local/runtime';
import { openGenerated, type Opened } from './harness';
import type * as Lotline from '../src/index';
import { parseUnit } from '../src/domain/units';
import { openRunAnswer, productionSetup, type ProductionSetup } from '../src/contract/production';
import { RunPlan } from '../sidebar/production/run-plan';
import { generateWorkbook, type WorkbookSize } from './generate';

export interface ProductionRow {
  case: string;
  cells: number;
  executions: number;
  calls: number;
  commits: number;
  cellsPerCommit: number[];
  queuedChanges: number;
  flushes: number;
  cellsRead: number;
  cellsWritten: number;
  nodeMs: number;
  peakHeapMb: number;
  projectedS: number;
  /** The projected time term by term (ms). */
  costMs: MeterSnapshot['costMs'];
  /** What loadProductionRun sends through google.script.run. */
  answerKb: number;
  /** Projected seconds from taking the document lock to letting it go (a save; 0 for opening). */
  lockHeldS: number;
  /** Opening with the stock in parts: projected s of the plan, of the slowest part and of the count, and what the parts kept in the cache. */
  inParts?: { planS: number; slowestPartS: number; countS: number; cacheKb: number; cacheEntries: number };
}

/** The day after each workbook's last batch: its lots are in date, as on the day a maker opens the sidebar. */
const MADE: Record<WorkbookSize, string> = { guide: '2024-09-02', busy: '2024-01-02', ceiling: '2024-09-01' };
const SIZES: { size: WorkbookSize; runs: number }[] = [
  { size: 'guide', runs: 5 },
  { size: 'busy', runs: 5 },
  { size: 'ceiling', runs: 3 },
];

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** A finished product whose BoM takes a sub-assembly, and the lots its sidebar proposes, as a maker would save them. */
function proposedRun(setup: ProductionSetup, made: string) {
  const plan = new RunPlan(setup);
  const withSubAssembly = (sku: string) =>
    plan.catalog.bomOf(sku).some((line) => plan.catalog.componentKind(line.component) === 'subAssembly');
  // Those with a sub-assembly first; a smaller batch when the stock offered does not cover a whole one.
  const candidates = plan.products().filter((product) => product.kind === 'Finished' && product.batchSize !== null);
  candidates.sort((a, b) => Number(withSubAssembly(b.sku)) - Number(withSubAssembly(a.sku)));
  for (const [product, quantity] of candidates.flatMap((p) =>
    [1, 0.5, 0.1].map((share) => [p, (p.batchSize as number) * share] as const),
  )) {
    const proposal = plan.propose(product.sku, quantity, made);
    if (!proposal || proposal.problems.length > 0 || proposal.lines.some((line) => line.shortfall > 0)) continue;
    const inputs = proposal.lines.flatMap((line) =>
      line.lots
        .filter((lot) => lot.quantity > 0)
        .map((lot) => ({ component: line.component, lot: lot.code, quantity: lot.quantity, unit: line.unit })),
    );
    const first = inputs[0]!;
    const wasteUnit = parseUnit(first.unit)?.symbol ?? first.unit;
    return {
      sku: product.sku,
      quantityToMake: quantity,
      dateMade: made,
      quantityMade: quantity,
      subAssembly: withSubAssembly(product.sku),
      madeBy: 'maker@example.com',
      notes: '',
      batchCode: '',
      expires: '',
      inputs,
      waste: [] as { lot: string; quantity: number; unit: string; reason: 'Damaged'; notes: string }[],
      wasteUnit,
    };
  }
  throw new Error('No finished product can be made from the stock offered.');
}

/**
 * Opening as the sidebar does (sidebar/production/load-setup.ts): openProductionRun, and for a plan its
 * parts — side by side on Google, so the time they add is the slowest one's — then the counting call.
 * Projected: the plan + the slowest part + the counting call. Counts (calls, cells) are of every execution.
 */
async function measureOpening(runtime: Opened['runtime'], server: ScriptRun<typeof Lotline>, made: string, runs: number) {
  const times: number[] = [];
  let result: {
    value: unknown;
    meter: MeterSnapshot;
    parts: number;
    executions: number;
    projectedMs: number;
    criticalCostMs: MeterSnapshot['costMs'];
  } | null = null;
  let peak = 0;
  let cacheBytes = 0;
  let cacheEntries = 0;
  let phases: [number, number, number] = [0, 0, 0];
  for (let run = 0; run < runs; run++) {
    runtime.endExecution();
    gc();
    const baseline = process.memoryUsage().heapUsed;
    const before = performance.now();
    const snapshots: MeterSnapshot[] = [];
    const execution = async <T>(call: () => Promise<T>): Promise<T> => {
      runtime.meter.reset();
      const value = await call();
      snapshots.push(runtime.meter.snapshot());
      return value;
    };
    const opened = openRunAnswer.parse(await execution(() => server.openProductionRun({ stockFrom: made })));
    let value: unknown = opened;
    let parts = 0;
    let critical: MeterSnapshot[] = [snapshots[0]!];
    if ('inParts' in opened) {
      const plan = opened.inParts;
      parts = plan.parts;
      const partMeters: MeterSnapshot[] = [];
      for (let part = 0; part < plan.parts; part++) {
        await execution(() => server.loadProductionStockPart({ plan, part }));
        partMeters.push(snapshots.at(-1)!);
      }
      cacheBytes = [...runtime.caches.document.entries.values()].reduce(
        (total, entry) => total + Buffer.byteLength(entry.value, 'utf8'),
        0,
      );
      cacheEntries = runtime.caches.document.entries.size;
      value = await execution(() => server.loadProductionRun({ stockFrom: made, fromParts: plan }));
      const slowest = partMeters.reduce((a, b) => (b.projectedMs > a.projectedMs ? b : a));
      critical = [snapshots[0]!, slowest, snapshots.at(-1)!];
      phases = critical.map((m) => Math.round(m.projectedMs / 100) / 10) as [number, number, number];
    }
    times.push(performance.now() - before);
    peak = Math.max(peak, process.memoryUsage().heapUsed - baseline);
    const sum = (pick: (m: MeterSnapshot) => number) => snapshots.reduce((total, m) => total + pick(m), 0);
    const terms: Record<string, number> = {};
    for (const m of critical) for (const [term, ms] of Object.entries(m.costMs)) terms[term] = Math.round((terms[term] ?? 0) + ms);
    const criticalCostMs = terms as unknown as MeterSnapshot['costMs'];
    result = {
      value,
      parts,
      executions: snapshots.length,
      projectedMs: critical.reduce((total, m) => total + m.projectedMs, 0),
      criticalCostMs,
      meter: {
        ...snapshots[0]!,
        executions: snapshots.length,
        calls: sum((m) => m.calls),
        commits: sum((m) => m.commits),
        cellsPerCommit: snapshots.flatMap((m) => m.cellsPerCommit),
        queuedChanges: sum((m) => m.queuedChanges),
        flushes: sum((m) => m.flushes),
        cellsRead: sum((m) => m.cellsRead),
        cellsWritten: sum((m) => m.cellsWritten),
        projectedMs: critical.reduce((total, m) => total + m.projectedMs, 0),
      },
    };
  }
  const done = result!;
  if (done.parts > 0) {
    // The parts' answer must be the one call's, to the last notice (test/addon/production-in-parts.test.ts at smaller sizes).
    const whole = await server.loadProductionRun({ stockFrom: made });
    if (JSON.stringify(whole) !== JSON.stringify(done.value)) throw new Error('Read in parts, the stock differs from one call’s.');
  }
  return { ...done, times, peak, lockHeldMs: 0, cacheBytes, cacheEntries, phases };
}

async function runSize(size: WorkbookSize, runs: number): Promise<ProductionRow[]> {
  const workbook = generateWorkbook(size);
  // Room below the data for the rows the runs append, as a sheet has.
  const { runtime, bundle } = openGenerated(workbook.sheets, 100);
  const made = MADE[size];
  // The projected time between taking the document lock and letting it go, from the runtime's events.
  const ctx = runtime.contextForInterleave();
  let lockTakenMs: number | null = null;
  let lockHeldMs = 0;
  ctx.onEvent = (event) => {
    if (event === 'Lock.tryLock' || event === 'Lock.waitLock') lockTakenMs = runtime.meter.snapshot().projectedMs;
    else if (event === 'lock released: document' && lockTakenMs !== null) {
      lockHeldMs = runtime.meter.snapshot().projectedMs - lockTakenMs;
      lockTakenMs = null;
    }
  };
  const measure = async (call: () => Promise<unknown>, prepare: () => Promise<void> = async () => undefined) => {
    const times: number[] = [];
    let meter: MeterSnapshot | null = null;
    let peak = 0;
    let value: unknown;
    for (let run = 0; run < runs; run++) {
      await prepare();
      runtime.endExecution();
      gc();
      const baseline = process.memoryUsage().heapUsed;
      runtime.meter.reset();
      lockHeldMs = 0;
      const before = performance.now();
      value = await call();
      times.push(performance.now() - before);
      peak = Math.max(peak, process.memoryUsage().heapUsed - baseline);
      meter = runtime.meter.snapshot();
    }
    return { value, times, meter: meter as MeterSnapshot, peak, lockHeldMs };
  };
  const row = (name: string, m: Awaited<ReturnType<typeof measure>>, answerKb: number): ProductionRow => ({
    case: `${name}, ${size}`,
    cells: workbook.cells,
    executions: m.meter.executions,
    calls: m.meter.calls,
    commits: m.meter.commits,
    cellsPerCommit: m.meter.cellsPerCommit,
    queuedChanges: m.meter.queuedChanges,
    flushes: m.meter.flushes,
    cellsRead: m.meter.cellsRead,
    cellsWritten: m.meter.cellsWritten,
    nodeMs: Math.round(median(m.times)),
    peakHeapMb: Math.round(m.peak / 1048576),
    projectedS: Math.round(m.meter.projectedMs / 100) / 10,
    costMs: m.meter.costMs,
    answerKb,
    lockHeldS: Math.round(m.lockHeldMs / 100) / 10,
  });

  const server = scriptRunOf<typeof Lotline>(bundle);
  const load = () => server.loadProductionRun({ stockFrom: made });
  const opened = await measureOpening(runtime, server, made, runs);
  // Each repeat saves another batch, proposed from the stock the last one left (opening the sidebar is
  // not measured again): stock goes down, the Batch ID up, as on a day of making.
  let run: ReturnType<typeof proposedRun> | null = null;
  const prepare = async () => {
    run = proposedRun(productionSetup.parse(await load()), made);
    const first = run.inputs[0]!;
    // A little of the first lot spilt: the run writes a Waste row too.
    if (first.quantity > 1) {
      first.quantity -= 1;
      run.waste = [{ lot: first.lot, quantity: 1, unit: run.wasteUnit, reason: 'Damaged', notes: '' }];
    }
  };
  const saved = await measure(async () => {
    const { wasteUnit: _unit, subAssembly: _sub, ...request } = run as unknown as ReturnType<typeof proposedRun>;
    const result = await server.saveProductionRun({ run: request, shownBatchCode: '' });
    if (!result.ok) throw new Error(`The benchmark run was refused: ${JSON.stringify(result.problems.slice(0, 3))}`);
    return result;
  }, prepare);
  const made_ = (run as ReturnType<typeof proposedRun> | null)?.subAssembly ? 'save a run (BoM with a sub-assembly)' : 'save a run';
  const openedRow = {
    ...row(
      opened.parts > 0 ? `open the sidebar (stock in ${opened.parts} parts)` : 'open the sidebar',
      opened,
      Math.round(JSON.stringify(opened.value).length / 1024),
    ),
    executions: opened.executions,
    projectedS: Math.round(opened.projectedMs / 100) / 10,
    costMs: opened.criticalCostMs,
    ...(opened.parts > 0
      ? {
          inParts: {
            planS: opened.phases[0],
            slowestPartS: opened.phases[1],
            countS: opened.phases[2],
            cacheKb: Math.round(opened.cacheBytes / 1024),
            cacheEntries: opened.cacheEntries,
          },
        }
      : {}),
  };
  return [openedRow, row(made_, saved, 0)];
}

/** Seconds with one decimal, as text (2 → "2.0"). */
function seconds(s: number): string {
  return s.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

function table(rows: ProductionRow[]): string {
  const header = [
    'case',
    'cells',
    'calls',
    'commits',
    'cells read',
    'cells written',
    'Node ms (median)',
    'heap MB',
    'projected Apps Script s',
    'lock held s',
    'answer KB',
  ];
  const lines = rows.map((r) =>
    [
      r.case,
      r.cells,
      r.calls,
      r.commits,
      r.cellsRead,
      r.cellsWritten,
      r.nodeMs,
      r.peakHeapMb,
      seconds(r.projectedS),
      r.lockHeldS ? seconds(r.lockHeldS) : '–',
      r.answerKb || '–',
    ].map((v) => (typeof v === 'number' ? v.toLocaleString('en-US') : v)),
  );
  return [header, header.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** Runs every size; prints progress on stderr and the table on stdout; returns the rows for the JSON line. */
export async function benchProduction(only: readonly string[] = []): Promise<ProductionRow[]> {
  const rows: ProductionRow[] = [];
  for (const { size, runs } of SIZES) {
    if (only.length > 0 && !only.some((name) => size.startsWith(name) || name === 'production')) continue;
    for (const row of await runSize(size, runs)) {
      rows.push(row);
      console.error(
        `${row.case}: ${row.executions} execution, ${row.calls} calls, ${row.commits} commits (cells: ${row.cellsPerCommit.join(', ')}; ${row.flushes} flush), ${row.queuedChanges} queued changes, ${row.cellsRead.toLocaleString('en-US')} cells read, ${row.nodeMs} ms Node, ${row.projectedS} s projected${row.lockHeldS ? `, lock held ${row.lockHeldS} s` : ''}`,
      );
      if (row.inParts)
        console.error(
          `  in parts: plan ${row.inParts.planS} s + slowest part ${row.inParts.slowestPartS} s + count ${row.inParts.countS} s; the parts kept ${row.inParts.cacheKb.toLocaleString('en-US')} KB in ${row.inParts.cacheEntries} cache entries`,
        );
      console.error(
        `  projected ms: ${Object.entries(row.costMs)
          .map(([term, ms]) => `${term} ${ms.toLocaleString('en-US')}`)
          .join(', ')}`,
      );
    }
    gc();
  }
  console.log(
    '\nThe production-run sidebar (New production run…), through dist/Code.js on the local runtime: opening it, and saving a run of a product made with a sub-assembly, with a waste line:\n',
  );
  console.log(table(rows));
  return rows;
}
