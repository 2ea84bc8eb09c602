// Import orders… and Link order lines to batches… through the built add-on, called as the sidebar calls
// them: what a save adds to Orders, that saving the same lines twice adds nothing, what a refused save
// leaves alone, rows linked in place with a split inserted right below, and a recall list then naming
// the new customers.
import { callFromClient, createRuntimeWithBundle, scriptRunOf, type LocalSheet } from '../../local/runtime';
import type * as Lotline from '../../src/index';
import type { PlannedLine } from '../../src/contract/orders';
import { withBasics } from '../fixtures/small-workbook';
import type { SheetContents } from '../fixtures/sheet-values';

// LAV-1 went into two soap batches: LS-SOON (30 bars, expires first) and LS-LATE (100 bars); LS-HELD is
// quarantined. Orders has one row already linked and two rows whose Batch code is blank.
const SHOP = withBasics({
  receipts: [
    { lotNumber: 'LAV-1', received: '2023-09-01', materialCode: 'LAV', supplier: 'Lavender Fields Co.', quantity: 1000, unit: 'ml' },
  ],
  batches: [
    { batchId: 'MFG-1', made: '2023-10-02', sku: 'LSOAP', batchCode: 'LS-LATE', quantityMade: 100, unit: 'pcs', expires: '2024-12-01' },
    { batchId: 'MFG-2', made: '2023-10-03', sku: 'LSOAP', batchCode: 'LS-SOON', quantityMade: 30, unit: 'pcs', expires: '2024-06-01' },
    {
      batchId: 'MFG-3',
      made: '2023-09-01',
      sku: 'LSOAP',
      batchCode: 'LS-HELD',
      quantityMade: 500,
      unit: 'pcs',
      expires: '2024-01-01',
      status: 'Quarantined',
    },
  ],
  batchInputs: [
    { batchId: 'MFG-1', lot: 'LAV-1', quantity: 30, unit: 'ml' },
    { batchId: 'MFG-2', lot: 'LAV-1', quantity: 10, unit: 'ml' },
  ],
  orders: [
    { order: '1000', shipped: '2023-10-10', customer: 'Old Customer', sku: 'LSOAP', batchCode: 'LS-SOON', quantity: 2 },
    {
      order: '1001',
      shipped: '2023-11-01',
      customer: 'Ana Lopez',
      email: 'ana@example.com',
      sku: 'LSOAP',
      quantity: 20,
      notes: 'gift wrap',
    },
    { order: '1002', shipped: '2023-11-02', customer: 'Ben Okafor', sku: 'LSOAP', quantity: 10 },
  ],
  waste: [],
  log: [],
});

function openWorkbook(contents: SheetContents = SHOP) {
  const { runtime, bundle } = createRuntimeWithBundle({ timeZone: 'UTC' });
  for (const [name, rows] of Object.entries(contents)) runtime.spreadsheet.insertSheet(name).loadRowsForTest(rows);
  bundle.open('LIMITED');
  runtime.setAuthMode('FULL');
  const sheet = (name: string) => runtime.spreadsheet.getSheetByName(name) as LocalSheet;
  const values = (name: string) => sheet(name).getDataRange().getDisplayValues();
  const ordersColumn = (header: string) => {
    const [head, ...rows] = values('Orders');
    return rows.map((row) => row[head!.indexOf(header)]);
  };
  return { runtime, bundle, sheet, values, ordersColumn, server: scriptRunOf<typeof Lotline>(bundle) };
}

function line(changes: Partial<PlannedLine>): PlannedLine {
  return {
    lineId: 'shopify-1',
    file: 'orders_export.csv',
    line: 2,
    order: '#2001',
    shipped: '2023-11-05',
    customer: 'Cara Diaz',
    email: 'cara@example.com',
    address: '1 Oak St, Portland, OR',
    sku: 'LSOAP',
    item: 'Lavender soap bar',
    quantity: 3,
    channel: 'Shopify',
    customerType: 'Wholesale',
    allocations: [{ batchCode: 'LS-LATE', quantity: 3 }],
    warnings: [],
    ...changes,
  };
}

describe('saving an import', () => {
  it('appends one Orders row per batch, with its Line ID and customer type, and a Log row', async () => {
    const { server, values, ordersColumn } = openWorkbook();
    const split = line({
      lineId: 'shopify-2',
      line: 3,
      quantity: 12,
      allocations: [
        { batchCode: 'LS-SOON', quantity: 8 },
        { batchCode: 'LS-LATE', quantity: 4 },
      ],
    });
    const result = await server.saveOrderImport({ lines: [line({}), split] });
    expect(result).toEqual({ ok: true, sheet: 'Orders', rows: 3, lines: 2, firstRow: 5 });
    expect(ordersColumn('Batch code')).toEqual(['LS-SOON', '', '', 'LS-LATE', 'LS-SOON', 'LS-LATE']);
    expect(ordersColumn('Quantity')).toEqual(['2', '20', '10', '3', '8', '4']);
    expect(ordersColumn('Line ID').slice(3)).toEqual(['shopify-1', 'shopify-2', 'shopify-2']);
    expect(ordersColumn('Customer type').slice(3)).toEqual(['Wholesale', 'Wholesale', 'Wholesale']);
    const log = values('Log');
    expect(log).toHaveLength(2);
    expect(log[1]).toEqual(expect.arrayContaining(['Import orders']));
    expect(log[1]!.join(' ')).toMatch(/Imported 2 order lines of 1 orders, linked to LS-LATE, LS-SOON; into Orders rows 5–7/);
  });

  it('adds nothing the second time the same lines are saved, and says which line was in already', async () => {
    const { server, values } = openWorkbook();
    expect((await server.saveOrderImport({ lines: [line({})] })).ok).toBe(true);
    const before = values('Orders');
    const again = await server.saveOrderImport({ lines: [line({})] });
    expect(again).toEqual({
      ok: false,
      // The SKU's batches as the check saw them, for the sidebar's pickers.
      batches: expect.arrayContaining([expect.objectContaining({ batchCode: 'LS-LATE' })]),
      problems: [
        {
          file: 'orders_export.csv',
          line: 2,
          lineId: 'shopify-1',
          message: 'Order #2001: line shopify-1 is already in Orders (imported meanwhile).',
        },
      ],
    });
    expect(values('Orders')).toEqual(before);
    expect(values('Log')).toHaveLength(2);
  });

  it('refuses, at its line and writing nothing, a batch someone else shipped meanwhile', async () => {
    const { server, sheet, values } = openWorkbook();
    // The plan took the last 28 of LS-SOON; then someone else shipped 5 of it by hand.
    const plan = [line({ quantity: 28, allocations: [{ batchCode: 'LS-SOON', quantity: 28 }] }), line({ lineId: 'shopify-9', line: 4 })];
    sheet('Orders').appendRow(['1003', '2023-11-03', 'Dee Walk-in', '', '', 'LSOAP', 'LS-SOON', 5]);
    const before = values('Orders');
    const result = await server.saveOrderImport({ lines: plan });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      expect.objectContaining({
        line: 2,
        lineId: 'shopify-1',
        message: expect.stringMatching(/^Order #2001: LS-SOON would have -5 on hand after this.*preview the import again\.$/),
      }),
    ]);
    expect(values('Orders')).toEqual(before);
    expect(sheet('Log').getLastRow()).toBe(1);
  });

  it('refuses a batch code that does not exist and a malformed request with a sentence', async () => {
    const { server, bundle } = openWorkbook();
    const gone = await server.saveOrderImport({ lines: [line({ allocations: [{ batchCode: 'LS-NONE', quantity: 3 }] })] });
    expect(!gone.ok && gone.problems.map((p) => p.message)).toEqual(['Order #2001: there is no batch LS-NONE in Batches or Receipts.']);
    const bad = (await callFromClient(bundle, 'saveOrderImport', [{ lines: [{ ...line({}), quantity: 'three' }] }])) as {
      problems: { message: string }[];
    };
    expect(bad.problems[0]?.message).toMatch(/^The quantity of order line 1 must be a number, not text\.$/);
  });
});

describe('linking rows already in Orders', () => {
  it('proposes the first-expiring Released batches, splitting a row that one batch cannot cover, never the held batch', async () => {
    const { server } = openWorkbook();
    const plan = await server.previewOrderLinks();
    // The blank Batch codes are what linking is for, never problems of their own.
    expect(plan.problems).toEqual([]);
    expect(plan.rows.map((row) => [row.row, row.allocations])).toEqual([
      [3, [{ batchCode: 'LS-SOON', quantity: 20 }]],
      // 28 left in LS-SOON, 20 taken by row 3: row 4 gets the last 8 and 2 of LS-LATE.
      [
        4,
        [
          { batchCode: 'LS-SOON', quantity: 8 },
          { batchCode: 'LS-LATE', quantity: 2 },
        ],
      ],
    ]);
    expect(plan.batches.map((batch) => [batch.batchCode, batch.onHand, batch.status])).toEqual([
      ['LS-HELD', 500, 'Quarantined'],
      ['LS-SOON', 28, 'Released'],
      ['LS-LATE', 100, 'Released'],
    ]);
  });

  it('fills the blank cells, inserts the rest of a split right below with the maker’s cells, and logs it', async () => {
    const { server, values, ordersColumn } = openWorkbook();
    const plan = await server.previewOrderLinks();
    const result = await server.saveOrderLinks({ rows: plan.rows.map(({ row, allocations }) => ({ row, allocations })) });
    expect(result).toMatchObject({ ok: true, rows: 3, lines: 2 });
    expect(ordersColumn('Order')).toEqual(['1000', '1001', '1002', '1002']);
    expect(ordersColumn('Batch code')).toEqual(['LS-SOON', 'LS-SOON', 'LS-SOON', 'LS-LATE']);
    expect(ordersColumn('Quantity')).toEqual(['2', '20', '8', '2']);
    expect(ordersColumn('Customer')).toEqual(['Old Customer', 'Ana Lopez', 'Ben Okafor', 'Ben Okafor']);
    expect(ordersColumn('Notes')).toEqual(['', 'gift wrap', '', '']);
    expect(values('Log')[1]!.join(' ')).toMatch(
      /Linked 2 Orders rows to batches: row 3 LS-SOON \(20\), row 4 LS-SOON \(8\) \+ LS-LATE \(2\); 1 split row inserted/,
    );
    // Nothing left to link.
    expect((await server.previewOrderLinks()).rows).toEqual([]);
  });

  it('refuses a row linked meanwhile, writing nothing', async () => {
    const { server, sheet, values } = openWorkbook();
    const plan = await server.previewOrderLinks();
    sheet('Orders').getRange('G3').setValue('LS-LATE');
    const before = values('Orders');
    const result = await server.saveOrderLinks({ rows: plan.rows.map(({ row, allocations }) => ({ row, allocations })) });
    expect(!result.ok && result.problems.map((p) => p.message)).toEqual([
      'Orders row 3: its Batch code is LS-LATE now (someone linked it meanwhile): preview the links again.',
    ]);
    expect(values('Orders')).toEqual(before);
  });

  it('then a recall list of the lot in those batches names the customers linked', async () => {
    const { server, runtime, bundle } = openWorkbook();
    const plan = await server.previewOrderLinks();
    await server.saveOrderLinks({ rows: plan.rows.map(({ row, allocations }) => ({ row, allocations })) });
    await server.saveOrderImport({ lines: [line({})] });
    const scratch = runtime.spreadsheet.insertSheet('Scratch');
    scratch.getRange('B3').setNumberFormat('@').setValue('LAV-1');
    scratch.setSelectionForTest(['A1:C5'], 'B3');
    bundle.clickMenuItem('Recall list for this lot');
    const report = runtime.spreadsheet.getActiveSheet();
    const text = report.getDataRange().getDisplayValues().flat().join('\n');
    for (const customer of ['Old Customer', 'Ana Lopez', 'Ben Okafor', 'Cara Diaz']) expect(text).toContain(customer);
  });
});

// A Shopify export of three lines: two of lavender soap (FEFO splits the second), one of a product the
// maker does not make.
const SHOPIFY = [
  'Name,Email,Financial Status,Fulfillment Status,Fulfilled at,Lineitem quantity,Lineitem name,Lineitem sku,Shipping Name,Shipping City',
  '#3001,eve@example.com,paid,fulfilled,2023-11-06 10:00:00 +0000,25,Lavender soap bar,LSOAP,Eve Stone,Austin',
  '#3002,finn@example.com,paid,fulfilled,2023-11-07 10:00:00 +0000,6,Lavender soap bar,LSOAP,Finn Moss,Denver',
  '#3002,,,,,1,Gift card,GIFTCARD,,',
].join('\n');

describe('previewing an export and saving the plan unedited', () => {
  it('adds exactly the lines the preview said, linked first-expiring-first; a second import adds nothing', async () => {
    const { server, ordersColumn } = openWorkbook();
    const plan = await server.previewOrderImport({ files: [{ name: 'orders_export.csv', text: SHOPIFY }] });
    expect(plan.problems.map((p) => p.message)).toEqual([
      '2 Orders rows have no Batch code yet: Extensions ▸ Lotline ▸ Link order lines to batches… links them.',
    ]);
    expect(plan.leftOut).toEqual([expect.objectContaining({ line: 4, reason: 'notOurProduct' })]);
    expect(plan.lines.map((l) => [l.order, l.quantity, l.allocations])).toEqual([
      ['#3001', 25, [{ batchCode: 'LS-SOON', quantity: 25 }]],
      [
        '#3002',
        6,
        [
          { batchCode: 'LS-SOON', quantity: 3 },
          { batchCode: 'LS-LATE', quantity: 3 },
        ],
      ],
    ]);
    // The held batch is listed with its status for the maker to see, never proposed.
    expect(plan.batches.find((b) => b.batchCode === 'LS-HELD')?.status).toBe('Quarantined');
    const saved = await server.saveOrderImport({ lines: plan.lines });
    expect(saved).toMatchObject({ ok: true, rows: 3, lines: 2, firstRow: 5 });
    expect(ordersColumn('Customer').slice(3)).toEqual(['Eve Stone', 'Finn Moss', 'Finn Moss']);
    const again = await server.previewOrderImport({ files: [{ name: 'orders_export.csv', text: SHOPIFY }] });
    expect(again.lines).toEqual([]);
    expect(again.leftOut.filter((l) => l.reason === 'alreadyImported')).toHaveLength(2);
  });
});

describe('mapping a shop product to one of the maker’s SKUs', () => {
  it('offers every product in Products, those without a batch yet too, and the mapped line then gets batches', async () => {
    const { server } = openWorkbook();
    const plan = await server.previewOrderImport({ files: [{ name: 'orders_export.csv', text: SHOPIFY }] });
    expect(plan.leftOut).toEqual([expect.objectContaining({ reason: 'notOurProduct', shop: 'GIFTCARD' })]);
    // Only LSOAP has batches; the picker still lists the gift box and the fragrance blend by name.
    expect(new Set(plan.batches.map((batch) => batch.sku))).toEqual(new Set(['LSOAP']));
    expect(plan.products).toEqual([
      { sku: 'LSOAP', product: 'Lavender soap bar' },
      { sku: 'FB', product: 'Lavender fragrance blend' },
      { sku: 'GIFT', product: 'Gift box' },
    ]);
    const mapped = await server.previewOrderImport({
      files: [{ name: 'orders_export.csv', text: SHOPIFY }],
      productMappings: [{ shop: 'GIFTCARD', sku: 'LSOAP' }],
    });
    expect(mapped.leftOut).toEqual([]);
    expect(mapped.lines.find((line) => line.line === 4)).toMatchObject({
      sku: 'LSOAP',
      allocations: [{ batchCode: 'LS-LATE', quantity: 1 }],
    });
  });
});
