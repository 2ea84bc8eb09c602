// A line Lotline could not link may be linked by hand to a batch without the stock: saving takes that batch
// below zero only when the request carries the warning the maker saw and confirmed (the batch and the on
// hand shown after the save). Through the built add-on, for an import and for rows already in Orders: a
// confirmed link is written with a Log row saying so; one never confirmed, or one worse than confirmed
// because another save shipped more meanwhile, is refused at its line and nothing is written.
import { callFromClient, createRuntimeWithBundle, scriptRunOf, type LocalSheet } from '../../local/runtime';
import type * as Lotline from '../../src/index';
import type { PlannedLine } from '../../src/contract/orders';
import { withBasics } from '../fixtures/small-workbook';

// LS-SOON: 30 made, 2 shipped, 28 on hand. LS-LATE: 100 on hand. Orders row 3 wants 200 bars and has no
// batch yet: more than all the stock there is.
const SHOP = withBasics({
  batches: [
    { batchId: 'MFG-1', made: '2023-10-02', sku: 'LSOAP', batchCode: 'LS-LATE', quantityMade: 100, unit: 'pcs', expires: '2024-12-01' },
    { batchId: 'MFG-2', made: '2023-10-03', sku: 'LSOAP', batchCode: 'LS-SOON', quantityMade: 30, unit: 'pcs', expires: '2024-06-01' },
  ],
  batchInputs: [],
  orders: [
    { order: '1000', shipped: '2023-10-10', customer: 'Old Customer', sku: 'LSOAP', batchCode: 'LS-SOON', quantity: 2 },
    { order: '1001', shipped: '2023-11-01', customer: 'Ana Lopez', sku: 'LSOAP', quantity: 200 },
  ],
  waste: [],
  log: [],
});

// A Shopify export of one line of 40 bars: more than LS-SOON or LS-LATE holds alone, so FEFO splits it;
// and one of 300 bars, more than all the stock, which cannot be linked.
const SHOPIFY = [
  'Name,Email,Financial Status,Fulfillment Status,Fulfilled at,Lineitem quantity,Lineitem name,Lineitem sku,Shipping Name,Shipping City',
  '#3001,eve@example.com,paid,fulfilled,2023-11-06 10:00:00 +0000,300,Lavender soap bar,LSOAP,Eve Stone,Austin',
].join('\n');

function openWorkbook() {
  const { runtime, bundle } = createRuntimeWithBundle({ timeZone: 'UTC' });
  for (const [name, rows] of Object.entries(SHOP)) runtime.spreadsheet.insertSheet(name).loadRowsForTest(rows);
  bundle.open('LIMITED');
  runtime.setAuthMode('FULL');
  const sheet = (name: string) => runtime.spreadsheet.getSheetByName(name) as LocalSheet;
  const values = (name: string) => sheet(name).getDataRange().getDisplayValues();
  return { bundle, sheet, values, server: scriptRunOf<typeof Lotline>(bundle) };
}

/** The 300-bar line as the preview left it out, linked by hand to LS-LATE (100 on hand: -200 after). */
async function linkedByHand(server: ReturnType<typeof openWorkbook>['server']): Promise<PlannedLine> {
  const plan = await server.previewOrderImport({ files: [{ name: 'orders_export.csv', text: SHOPIFY }] });
  expect(plan.lines).toEqual([]);
  const [left] = plan.leftOut;
  expect(left).toMatchObject({ reason: 'cannotLink', line: 2 });
  expect(left?.message).toMatch(/pick a batch by hand\.$/);
  return { ...left!.asLine!, allocations: [{ batchCode: 'LS-LATE', quantity: 300 }] };
}

describe('an imported line linked by hand below zero', () => {
  it('is written when the maker confirmed the warning, and the Log row says it took the batch below zero', async () => {
    const { server, values } = openWorkbook();
    const line = await linkedByHand(server);
    const result = await server.saveOrderImport({ lines: [line], belowZero: [{ batchCode: 'LS-LATE', onHand: -200 }] });
    expect(result).toEqual({ ok: true, sheet: 'Orders', rows: 1, lines: 1, firstRow: 4 });
    const orders = values('Orders');
    expect(orders[3]).toEqual(expect.arrayContaining(['#3001', 'Eve Stone', 'LSOAP', 'LS-LATE', '300']));
    const log = values('Log');
    expect(log).toHaveLength(2);
    expect(log[1]!.join(' ')).toMatch(
      /linked to LS-LATE; took LS-LATE \(-200 on hand\) below zero, as the maker confirmed; into Orders row 4/,
    );
  });

  it('is refused at its line, writing nothing, when the warning was never confirmed', async () => {
    const { server, values } = openWorkbook();
    const line = await linkedByHand(server);
    const before = values('Orders');
    const result = await server.saveOrderImport({ lines: [line] });
    expect(result).toEqual({
      ok: false,
      // The batches of the line's SKU as the check saw them, for the sidebar's pickers.
      batches: [
        expect.objectContaining({ batchCode: 'LS-SOON', onHand: 28 }),
        expect.objectContaining({ batchCode: 'LS-LATE', onHand: 100 }),
      ],
      problems: [
        {
          file: 'orders_export.csv',
          line: 2,
          lineId: line.lineId,
          message:
            'Order #3001: LS-LATE would have -200 on hand after this: more shipped than was made, and the preview did not show that (was more shipped from it since?). Pick another batch, or preview the import again.',
        },
      ],
    });
    expect(values('Orders')).toEqual(before);
    expect(values('Log')).toHaveLength(1);
  });

  it('is refused when another save shipped more of the batch since the maker confirmed it', async () => {
    const { server, sheet, values } = openWorkbook();
    const line = await linkedByHand(server);
    // Between the preview and the save, 5 bars of LS-LATE were shipped by hand.
    sheet('Orders').appendRow(['1003', '2023-11-03', 'Dee Walk-in', '', '', 'LSOAP', 'LS-LATE', 5]);
    const before = values('Orders');
    const result = await server.saveOrderImport({ lines: [line], belowZero: [{ batchCode: 'LS-LATE', onHand: -200 }] });
    expect(!result.ok && result.problems).toEqual([
      expect.objectContaining({
        line: 2,
        message:
          'Order #3001: LS-LATE would have -205 on hand after this, not the -200 confirmed: more was shipped from it since. Pick another batch, or preview the import again.',
      }),
    ]);
    // The pickers are told the stock as it is now: the 5 bars shipped since the preview are gone from LS-LATE.
    expect(!result.ok && result.batches?.find((batch) => batch.batchCode === 'LS-LATE')?.onHand).toBe(95);
    expect(values('Orders')).toEqual(before);
    expect(values('Log')).toHaveLength(1);
  });

  it('confirmed for one batch, does not let a second batch go below zero unseen', async () => {
    const { server, values } = openWorkbook();
    const line = await linkedByHand(server);
    const split = {
      ...line,
      allocations: [
        { batchCode: 'LS-LATE', quantity: 250 },
        { batchCode: 'LS-SOON', quantity: 50 },
      ],
    };
    const result = await server.saveOrderImport({ lines: [split], belowZero: [{ batchCode: 'LS-LATE', onHand: -150 }] });
    expect(!result.ok && result.problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^Order #3001: LS-SOON would have -22 on hand after this.*the preview did not show that/),
    ]);
    expect(values('Log')).toHaveLength(1);
  });
});

describe('an Orders row linked by hand below zero', () => {
  it('is offered to link by hand, and filled when confirmed, with a Log row saying so', async () => {
    const { server, values } = openWorkbook();
    const plan = await server.previewOrderLinks();
    expect(plan.rows).toEqual([]);
    expect(plan.leftOut).toEqual([
      expect.objectContaining({ row: 3, asRow: expect.objectContaining({ row: 3, sku: 'LSOAP', quantity: 200, allocations: [] }) }),
    ]);
    const result = await server.saveOrderLinks({
      rows: [{ row: 3, allocations: [{ batchCode: 'LS-LATE', quantity: 200 }] }],
      belowZero: [{ batchCode: 'LS-LATE', onHand: -100 }],
    });
    expect(result).toMatchObject({ ok: true, rows: 1, lines: 1 });
    expect(values('Orders')[2]).toEqual(expect.arrayContaining(['1001', 'LS-LATE', '200']));
    expect(values('Log')[1]!.join(' ')).toMatch(
      /Linked 1 Orders row to batches: row 3 LS-LATE \(200\); took LS-LATE \(-100 on hand\) below zero, as the maker confirmed/,
    );
  });

  it('is refused at its row, writing nothing, unconfirmed or worse than confirmed', async () => {
    const { server, sheet, values } = openWorkbook();
    const rows = [{ row: 3, allocations: [{ batchCode: 'LS-LATE', quantity: 200 }] }];
    const before = values('Orders');
    const unconfirmed = await server.saveOrderLinks({ rows });
    expect(!unconfirmed.ok && unconfirmed.problems).toEqual([
      {
        line: 3,
        message:
          'Orders row 3: LS-LATE would have -100 on hand after this: more shipped than was made, and the preview did not show that (was more shipped from it since?). Pick another batch, or preview the links again.',
      },
    ]);
    expect(values('Orders')).toEqual(before);

    sheet('Orders').appendRow(['1003', '2023-11-03', 'Dee Walk-in', '', '', 'LSOAP', 'LS-LATE', 5]);
    const worse = await server.saveOrderLinks({ rows, belowZero: [{ batchCode: 'LS-LATE', onHand: -100 }] });
    expect(!worse.ok && worse.problems.map((problem) => problem.message)).toEqual([
      'Orders row 3: LS-LATE would have -105 on hand after this, not the -100 confirmed: more was shipped from it since. Pick another batch, or preview the links again.',
    ]);
    // The sidebar's pickers are told the stock the check saw: the 5 bars shipped since are gone from LS-LATE.
    expect(!worse.ok && worse.batches?.find((batch) => batch.batchCode === 'LS-LATE')?.onHand).toBe(95);
    expect(values('Orders')[2]![6]).toBe('');
    expect(values('Log')).toHaveLength(1);
  });

  it('a confirmation that is not a number is refused with a sentence naming it, for either save', async () => {
    const { bundle, values } = openWorkbook();
    const rows = [{ row: 3, allocations: [{ batchCode: 'LS-LATE', quantity: 200 }] }];
    const links = (await callFromClient(bundle, 'saveOrderLinks', [{ rows, belowZero: [{ batchCode: 'LS-LATE', onHand: 'lots' }] }])) as {
      problems: { message: string }[];
    };
    expect(links.problems.map((problem) => problem.message)).toEqual([
      'The on hand of batch confirmed below zero 1 must be a number, not text.',
    ]);
    const lines = (await callFromClient(bundle, 'saveOrderImport', [{ lines: [], belowZero: [{ onHand: -3 }] }])) as {
      problems: { message: string }[];
    };
    expect(lines.problems[0]?.message).toMatch(/^The batch code of batch confirmed below zero 1 /);
    expect(values('Orders')[2]![6]).toBe('');
  });
});
