// At the largest workbook Sheets allows, the pure part of a trace — linking the key columns,
// resolving, walking, listing the rows to read, building the report — gives a sound answer that asks
// for only a small part of the sheet. How fast it is, is measured by `npm run bench`, not here.
import { generateWorkbook } from '../../../bench/generate';
import { detailsFor, readWorkbook } from '../../fixtures/read-workbook';
import { runTrace } from '../../fixtures/run-trace';
import { linkLots } from '../../../src/domain/trace/lot-graph';
import { neededRows } from '../../../src/domain/trace/needed-rows';
import { buildTraceReport } from '../../../src/domain/trace/report';
import { resolveStart } from '../../../src/domain/trace/resolve';
import { traceLots } from '../../../src/domain/trace/traverse';

describe('at the Sheets ceiling', () => {
  const workbook = generateWorkbook('ceiling');
  const book = readWorkbook(workbook.sheets);

  test('the workbook is the ceiling: about 9 million cells', () => {
    expect(workbook.cells).toBeGreaterThan(8_500_000);
    expect(workbook.cells).toBeLessThan(10_000_000);
    expect(workbook.rows).toMatchObject({ Orders: 500_000, Batches: expect.any(Number) });
    expect(book.index.batchInputs.row.length).toBeGreaterThan(240_000);
  });

  test('a lot reaching about 1% of order lines is traced and asks for a small part of the rows', () => {
    const traceOnce = () => {
      const index = structuredClone(book.index);
      const graph = linkLots(index);
      const found = resolveStart(graph, workbook.traceLot);
      if (found.kind !== 'found') throw new Error(`${workbook.traceLot} not found`);
      const trace = traceLots(graph, found.start);
      const needed = neededRows(trace);
      const details = detailsFor(book, needed);
      const report = buildTraceReport(trace, details, { tracedAt: 'now', tracedBy: 'bench' });
      return { index, trace, needed, report };
    };
    const { index, trace, needed, report } = traceOnce();

    const share = trace.shipmentRows.length / index.orders.row.length;
    expect(share).toBeGreaterThan(0.005);
    expect(share).toBeLessThan(0.02);
    expect(report.problems).toEqual([]);
    expect(report.recall.customers).toBeGreaterThan(1_000);
    // Rows to read are a small part of the sheet, not the sheet.
    expect(needed.orders.length + needed.orderPeers.length).toBeLessThan(index.orders.row.length / 10);
  });
});

describe('rows scattered at random (the worst case for reading) trace the same', () => {
  test('same batches, shipments and customers as the same workbook in time order', () => {
    const ordered = generateWorkbook('busy');
    const scattered = generateWorkbook('busy', { scattered: true });
    expect(scattered.traceLot).toBe(ordered.traceLot);
    const a = runTrace(ordered.sheets, ordered.traceLot);
    const b = runTrace(scattered.sheets, scattered.traceLot);
    const codes = (run: typeof a) => run.trace?.forward.map((lot) => lot.code).sort();
    expect(codes(b)).toEqual(codes(a));
    expect(b.trace?.shipmentRows.length).toBe(a.trace?.shipmentRows.length);
    expect(b.report?.recall).toEqual(a.report?.recall);
    // Scattered rows span the whole sheet: far more order lines must be read for the period count.
    expect(b.needed?.orderPeers.length).toBeGreaterThan(3 * (a.needed?.orderPeers.length ?? 0));
  });
});
