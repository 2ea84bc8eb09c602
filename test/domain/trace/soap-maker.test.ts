// The guide's example, end to end at the domain level: "find 3 production batches, cross-reference the
// orders those batches fulfilled, and identify the 34 customers who received affected products — not
// the 400+ customers who've ordered that product over the past year."
import { soapMakerWorkbook, variant } from '../../fixtures/soap-maker';
import { column, rowWhere, runTrace, sectionOf, type TraceRun } from '../../fixtures/run-trace';
import type { TraceSection } from '../../../src/domain/trace/report-model';

const { sheets, expected } = soapMakerWorkbook();
const messy = variant(sheets);

describe('the soap maker: lavender oil lot LAV-0923-01 is recalled', () => {
  const run = runTrace(sheets, expected.lot);

  test('3 soap batches, one through the fragrance blend', () => {
    const batches = sectionOf(run.report, 'batches');
    const finished = batches.rows.filter((row) => row[4] === 'LSOAP').map((row) => row[2]);
    expect(finished).toEqual(expected.batchCodes);
    expect(column(batches, 'Batch code')).toContain(expected.subAssemblyBatchCode);
    expect(rowWhere(batches, 'Batch code', 'LSOAP-231015-01')).toMatchObject({
      Level: 2,
      Path: expected.pathThroughBlend.join(' → '),
      'Traced lot in it': 32,
      'Traced unit': 'ml',
    });
  });

  test('exactly the 34 customers who received them, each once, with their email', () => {
    const emails = column(sectionOf(run.report, 'recallList'), 'Email').map((email) => String(email).toLowerCase());
    expect(emails).toHaveLength(34);
    expect([...emails].sort()).toEqual(expected.customerEmails);
  });

  test('beside the buyers of the same soap in the same period, not the 400+ of the year', () => {
    const yearBuyers = new Set(
      (sheets.Orders ?? [])
        .slice(1)
        .filter((row) => row[5] === 'LSOAP')
        .map((row) => `${row[2]}|${row[4]}`),
    );
    expect(yearBuyers.size).toBeGreaterThan(400);
    expect(run.report?.recall).toMatchObject({
      customers: 34,
      customersOfSameProducts: expected.customersOfSameProducts,
      from: expected.period.from,
      to: expected.period.to,
    });
    expect(expected.customersOfSameProducts).toBeGreaterThan(34);
    expect(run.report?.recall.line).toBe(
      `34 of ${expected.customersOfSameProducts} customers who bought these products (LSOAP) between ${expected.period.from} and ${expected.period.to}.`,
    );
  });

  test('every step balances to 100%, and there is nothing to fix', () => {
    expect(column(sectionOf(run.report, 'massBalance'), 'Accounted for (%)')).toEqual([100, 100, 100, 100, 100]);
    expect(rowWhere(sectionOf(run.report, 'massBalance'), 'Lot or batch', 'LAV-0923-01')).toMatchObject({
      'Received or made': 0.5,
      'Used in batches': 0.26,
      Wasted: 0.015,
      'On hand': 0.225,
      Unit: 'l',
    });
    expect(run.report?.problems).toEqual([]);
  });

  test('the report reads only what the trace hit', () => {
    const orderLines = (sheets.Orders?.length ?? 1) - 1;
    expect(run.needed?.receipts).toHaveLength(1);
    expect(run.needed?.batches).toHaveLength(4);
    expect((run.needed?.orders.length ?? 0) + (run.needed?.orderPeers.length ?? 0)).toBeLessThan(orderLines / 4);
  });

  test('an affected customer’s order leads back to every lot in the bar, with supplier and supplier lot', () => {
    const order = runTrace(sheets, expected.affectedOrder.order);
    const lots = sectionOf(order.report, 'source').rows.filter((row) => row[3] === 'Material lot');
    const found = lots.map((row) => ({ lot: row[2], material: row[4], supplier: row[5], supplierLot: row[9] }));
    expect(found).toEqual(expect.arrayContaining(expected.affectedOrder.lots));
    expect(found).toHaveLength(expected.affectedOrder.lots.length);
    expect(rowWhere(sectionOf(order.report, 'source'), 'Lot', 'LAV-0923-01')).toMatchObject({
      Contact: 'Jane Whitaker',
      Level: 2,
      'Used here': 200,
      'Used unit': 'ml',
    });
    expect(column(sectionOf(order.report, 'recallList'), 'Email').map((email) => String(email).toLowerCase())).toEqual([
      expected.affectedOrder.email,
    ]);
  });

  test('the batch ID on the manufacture record finds the same batch, and the batches at risk with it', () => {
    const byId = runTrace(sheets, expected.affectedOrder.batchId);
    expect(byId.trace?.start.written).toBe(expected.affectedOrder.batchId);
    expect(sectionOf(byId.report, 'batches').rows[0]?.[2]).toBe(expected.affectedOrder.batchCode);
    const atRisk = column(sectionOf(byId.report, 'lotsAtRisk'), 'Batch code');
    // The other two lavender soap batches share the oil; October's peppermint soap shares the base oils.
    expect(atRisk).toEqual(expect.arrayContaining(['LSOAP-231002-01', 'LSOAP-231009-01', 'PSOAP-231005-01']));
    expect(atRisk).not.toContain(expected.affectedOrder.batchCode);
  });

  test('the coconut oil supplier’s lot number finds both deliveries', () => {
    const supplierLot = runTrace(sheets, expected.sharedSupplierLot.supplierLot);
    expect(column(sectionOf(supplierLot.report, 'source'), 'Lot')).toEqual(expected.sharedSupplierLot.lots);
  });

  test('the workbook is the same on every build', () => {
    expect(JSON.stringify(soapMakerWorkbook().sheets)).toBe(JSON.stringify(sheets));
  });
});

describe('the same workbook as makers really keep it', () => {
  /**
   * Codes and texts compared as codes: a lot typed `lav-0923-01 ` is LAV-0923-01. Sheet rows are left
   * out: the copy's blank rows move them.
   */
  const normalized = (table: TraceSection) => ({
    ...table,
    note: table.note?.toUpperCase(),
    whenEmpty: table.whenEmpty?.toUpperCase(),
    rows: table.rows
      .filter((row) => row[0] !== 'Found at')
      .map((row) => row.map((cell) => (typeof cell === 'string' ? cell.trim().toUpperCase() : cell))),
  });
  const same = (original: TraceRun, copy: TraceRun) => {
    expect(copy.report?.sections.map(normalized)).toEqual(original.report?.sections.map(normalized));
    expect(copy.report?.recall.customers).toBe(original.report?.recall.customers);
  };

  test('the messy copy really is messy', () => {
    const names = Object.keys(messy);
    expect(names).toContain(' orders ');
    const orders = messy[' orders '] ?? [];
    expect(orders[0]).toEqual(expect.arrayContaining(['Internal note', 'Tags']));
    expect(orders.length).toBeGreaterThan(sheets.Orders?.length ?? 0);
    expect(JSON.stringify(messy[' receipts '])).toMatch(/"20\d\d-\d\d-\d\d"/);
  });

  test('the copy is found at other rows, named as the maker wrote the sheet', () => {
    const traced = sectionOf(run(messy, expected.affectedOrder.order).report, 'traced');
    expect(rowWhere(traced, 'What', 'Found at').Value).toMatch(/^orders row \d+$/);
  });

  test('tracing the lot forward gives identical results', () => {
    same(run(sheets, expected.lot), run(messy, ' lav-0923-01'));
  });

  test('tracing an order backward gives identical results', () => {
    same(run(sheets, expected.affectedOrder.order), run(messy, expected.affectedOrder.order));
  });

  test('tracing a batch both ways, with lots at risk, gives identical results', () => {
    same(run(sheets, expected.affectedOrder.batchCode), run(messy, expected.affectedOrder.batchCode.toLowerCase()));
  });
});

function run(contents: typeof sheets, code: string): TraceRun {
  const result = runTrace(contents, code);
  expect(result.resolution.kind).toBe('found');
  return result;
}
