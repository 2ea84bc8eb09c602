// What a trace could not check is said, never turned into an all-clear: missing sheets and columns,
// rows whose code matches no lot but could be what was traced, quantities that could not be counted.
import { column, rowWhere, runTrace, sectionOf } from '../../fixtures/run-trace';
import { withBasics } from '../../fixtures/small-workbook';
import { SMALL_SOAP, edited, smallSoap } from './small-soap';
import { UNREAD_ORDER_LINES_READ_ANYWAY } from '../../../src/domain/trace/unmatched';
import type { SheetContents } from '../../fixtures/sheet-values';

function without(contents: SheetContents, sheet: string): SheetContents {
  const copy = { ...contents };
  delete copy[sheet];
  return copy;
}

describe('missing sheets and columns', () => {
  test('no Orders sheet: customers are not known, and the report says why at its top and in its problems', () => {
    const run = runTrace(without(smallSoap(), 'Orders'), 'LAV-0923-01');
    expect(run.report?.recall.line).toBe('Not known who received it: no "Orders" sheet, so customers could not be checked.');
    expect(run.report?.notChecked).toEqual(['Not checked — No "Orders" sheet: customers could not be checked.']);
    expect(run.report?.problems).toContainEqual(expect.objectContaining({ sheet: 'Orders', message: expect.stringContaining('no sheet') }));
    expect(sectionOf(run.report, 'shipments').note).toBe('Shipments could not all be checked: no "Orders" sheet.');
    expect(run.recallList?.notChecked).toEqual(run.report?.notChecked);
  });

  test('no Orders sheet: balances count what they read and claim nothing else — shipped and on hand blank, no 100%', () => {
    const run = runTrace(without(smallSoap(), 'Orders'), 'LAV-0923-01');
    expect(rowWhere(sectionOf(run.report, 'traced'), 'What', 'Shipments').Value).toBe('not known: no "Orders" sheet');
    const batch = rowWhere(sectionOf(run.report, 'massBalance'), 'Lot or batch', 'LSOAP-231002-01');
    expect(batch).toMatchObject({ Shipped: null, 'On hand': null, 'Accounted for (%)': null });
    expect(batch.Note).toContain('not counted: no "Orders" sheet');
    expect(batch['Received or made']).not.toBeNull();
    const lot = rowWhere(sectionOf(run.report, 'massBalance'), 'Lot or batch', 'LAV-0923-01');
    expect(lot['Used in batches']).not.toBeNull();
    expect(lot['Accounted for (%)']).toBeNull();
  });

  test('no Batch inputs sheet: batches reached are not known, and so are the customers', () => {
    const run = runTrace(without(smallSoap(), 'Batch inputs'), 'LAV-0923-01');
    expect(rowWhere(sectionOf(run.report, 'traced'), 'What', 'Batches reached').Value).toBe('not known: no "Batch inputs" sheet');
    expect(run.report?.recall.line).toMatch(/^Not known who received it: no "Batch inputs" sheet/);
  });

  test('a gap the customers do not rest on leaves them standing', () => {
    // Without Waste the mass balance misses waste, but the customers stand: only what rests on a gap is doubted.
    const noWaste = runTrace(without(smallSoap(), 'Waste'), 'LAV-0923-01');
    expect(noWaste.report?.recall.line).toBe('2 of 3 customers who bought these products (LSOAP, GIFT) between 2023-10-05 and 2023-11-25.');
    expect(noWaste.report?.notChecked).toEqual([
      'Not checked — No "Waste" sheet: waste could not be counted, so mass balances leave it out.',
    ]);
    // The recall list names only what stands between it and the customers.
    expect(noWaste.recallList?.notChecked).toEqual([]);
  });

  test('a whole workbook has nothing unchecked', () => {
    const run = runTrace(smallSoap(), 'LAV-0923-01');
    expect(run.report?.notChecked).toEqual([]);
    expect(run.recallList?.notChecked).toEqual([]);
  });
});

describe('rows whose code matches no lot', () => {
  const typo = (patch: Record<string, unknown>) => runTrace(smallSoap({ orders: edited('orders', 0, patch) }), 'LAV-0923-01');

  test('an order line of a traced SKU, in the period, is to check, with the closest code', () => {
    const run = typo({ batchCode: 'LSOAP-231002-1' });
    expect(run.trace?.unmatched.rows).toEqual([
      { sheet: 'orders', row: 2, code: 'LSOAP-231002-1', closest: 'LSOAP-231002-01', nearTraced: true },
    ]);
    const toCheck = sectionOf(run.report, 'toCheck');
    expect(rowWhere(toCheck, 'Row', 2)).toMatchObject({
      Sheet: 'Orders',
      'Closest existing code': 'LSOAP-231002-01',
      Customer: 'Ana Lopez',
    });
    expect(run.report?.problems).toContainEqual(expect.objectContaining({ sheet: 'Orders', row: 2, column: 'Batch code' }));
    // Ana received the gift box too: she is on the list for sure, her doubtful line noted on her row.
    expect(rowWhere(sectionOf(run.report, 'recallList'), 'Customer', 'Ana Lopez')['To check']).toBe(
      'Orders row 2: batch code "LSOAP-231002-1" matches no lot; closest: LSOAP-231002-01',
    );
  });

  test('a code far from any traced lot is kept by its SKU and Shipped day, and dropped when they do not fit', () => {
    // Cara's line (10-21, lavender soap) lies in the period the traced batches shipped, 10-05 to 11-25.
    const cara = (patch: Record<string, unknown>) =>
      runTrace(smallSoap({ orders: edited('orders', 2, { batchCode: 'SOAP?', ...patch }) }), 'LAV-0923-01').report?.sections;
    const keys = (patch: Record<string, unknown>) => cara(patch)?.map((table) => table.key);
    expect(
      column(
        cara({})!.find((table) => table.key === 'toCheck')!,
        'Row',
      ),
    ).toEqual([4]);
    expect(keys({ sku: '' })).toContain('toCheck');
    expect(keys({ sku: 'PSOAP' })).not.toContain('toCheck');
    expect(keys({ shipped: '2023-12-30' })).not.toContain('toCheck');
    expect(keys({ shipped: '2023-10-01' })).not.toContain('toCheck');
  });

  test('a customer reached only through such a line is counted apart, as to check', () => {
    const run = runTrace(smallSoap({ orders: edited('orders', 1, { batchCode: 'LSOAP-231015-1' }) }), 'LAV-0923-01');
    expect(run.report?.recall.line).toBe(
      '1 of 3 customers who bought these products (LSOAP, GIFT) between 2023-10-05 and 2023-11-25; 1 more customer to check, on order lines whose batch code matches no lot.',
    );
    expect(column(run.recallList!.table, 'Customer')).toEqual(['Ana Lopez', 'Ben Smith']);
  });

  test('nothing else known: no all-clear, only the line to check', () => {
    const orders = [{ ...SMALL_SOAP.orders![0]!, batchCode: 'LSOAP-231002-1' }];
    const run = runTrace(smallSoap({ orders }), 'LAV-0923-01');
    expect(run.report?.recall.line).toBe(
      'No customer is known for certain to have received anything traced here: 1 customer to check, on order lines whose batch code matches no lot.',
    );
  });

  test('many such lines outside the rows of the shipments are counted, not read, and said to be unchecked', () => {
    const shipped = SMALL_SOAP.orders!;
    // Orders are appended in time order: far below the shipments' rows lie other periods.
    const filler = Array.from({ length: 300 }, (_, i) => ({ ...shipped[2]!, order: 2000 + i, shipped: '2024-06-01' }));
    const strays = Array.from({ length: UNREAD_ORDER_LINES_READ_ANYWAY + 1 }, (_, i) => ({
      ...shipped[2]!,
      order: 3000 + i,
      shipped: '2024-07-01',
      batchCode: `OLD-${i}`,
    }));
    const run = runTrace(withBasics({ ...SMALL_SOAP, orders: [...shipped, ...filler, ...strays] }), 'LAV-0923-01');
    expect(run.trace?.unmatched.unread).toEqual({ count: strays.length, firstRow: 307, lastRow: 307 + strays.length - 1 });
    expect(run.needed?.orders.some((row) => row >= 307)).toBe(false);
    expect(run.report?.notChecked[0]).toMatch(
      /^Not checked — 11 order lines of Orders \(rows 307 to 317\) name batch codes that match no lot/,
    );
    expect(run.report?.recall.line).toMatch(/; more may have received it: 11 order lines whose batch code matches no lot were not read\.$/);
  });

  test('a Batch inputs row a typo away from a traced lot is to check; other unknown lots are not this trace’s', () => {
    const run = runTrace(
      smallSoap({
        batchInputs: [...edited('batchInputs', 2, { lot: 'LAV-0923-1' }), { batchId: 'MFG-0006', lot: 'WATER', quantity: 1, unit: 'l' }],
      }),
      'LAV-0923-01',
    );
    expect(run.trace?.unmatched.rows).toEqual([
      { sheet: 'batchInputs', row: 4, code: 'LAV-0923-1', closest: 'LAV-0923-01', nearTraced: true },
    ]);
    expect(rowWhere(sectionOf(run.report, 'toCheck'), 'Row', 4)).toMatchObject({
      Sheet: 'Batch inputs',
      'Batch ID': 'MFG-0002',
      Quantity: 30,
    });
  });
});

describe('quantities that cannot be counted', () => {
  test('the readable part still shows an overdraw, marked incomplete, with the problem at the lot', () => {
    const run = runTrace(
      smallSoap({
        batchInputs: [
          ...edited('batchInputs', 0, { quantity: 600 }),
          { batchId: 'MFG-0004', lot: 'LAV-0923-01', quantity: 'thirty', unit: 'ml' },
        ],
      }),
      'LAV-0923-01',
    );
    expect(rowWhere(sectionOf(run.report, 'massBalance'), 'Lot or batch', 'LAV-0923-01')).toMatchObject({
      'Used in batches': 0.63,
      'On hand': -0.145,
      Note: 'incomplete: 1 quantity could not be counted (see problems); the others already take out more than came in',
    });
    expect(run.report?.problems).toContainEqual(expect.objectContaining({ sheet: 'Receipts', row: 2, column: 'Quantity' }));
    expect(run.report?.problems).toContainEqual(expect.objectContaining({ sheet: 'Batch inputs', row: 11, column: 'Quantity' }));
    expect(run.report?.notChecked).toContainEqual(expect.stringMatching(/^Incomplete — .*LAV-0923-01/));
  });
});
