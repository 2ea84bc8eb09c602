// Import orders… with an Etsy and a Square export on the guide's soap maker (test/fixtures/soap-maker.ts),
// through the built add-on as the sidebar calls it: every line linked first-expiring-first, split where
// the first batch is short; what is not a shipped line of the maker's products left out with its reason;
// a walk-in kept; a buyer's formula-looking name stored as text; the same file a second time adding
// nothing; and the new customers then on the recall list of a lot their batches were made with.
import { createRuntimeWithBundle, scriptRunOf, type LocalSheet } from '../../local/runtime';
import type * as Lotline from '../../src/index';
import type { OrderImportPlan } from '../../src/contract/orders';
import { orderExport } from '../fixtures/orders/exports';
import { soapMakerWorkbook } from '../fixtures/soap-maker';

const { sheets: soapMaker } = soapMakerWorkbook();
const ETSY = orderExport('etsy-sold-order-items-september.csv');
const SQUARE = orderExport('square-items-market-day.csv');
/** The olive oil lot in every soap and balm batch made in September 2023 (the ones these lines ship from). */
const OLIVE_OIL_LOT = 'OLV-0923-01';

function openSoapMaker() {
  const { runtime, bundle } = createRuntimeWithBundle({ timeZone: 'America/New_York' });
  for (const [name, rows] of Object.entries(soapMaker)) runtime.spreadsheet.insertSheet(name).loadRowsForTest(rows);
  bundle.open('LIMITED');
  runtime.setAuthMode('FULL');
  const sheet = (name: string) => runtime.spreadsheet.getSheetByName(name) as LocalSheet;
  const values = (name: string) => sheet(name).getDataRange().getValues();
  const before = values('Orders').length;
  /** The Orders rows this test added, as [Line ID, Customer, SKU, Batch code, Quantity, Channel]. */
  const added = () => {
    const [head, ...rows] = sheet('Orders').getDataRange().getDisplayValues();
    const at = (header: string) => head!.indexOf(header);
    return rows
      .slice(before - 1)
      .map((row) => ['Line ID', 'Customer', 'SKU', 'Batch code', 'Quantity', 'Channel'].map((header) => row[at(header)]));
  };
  return { runtime, bundle, sheet, values, added, server: scriptRunOf<typeof Lotline>(bundle) };
}

type Opened = ReturnType<typeof openSoapMaker>;

const leftOutOf = (plan: OrderImportPlan) => plan.leftOut.map((l) => [l.file, l.line, l.reason, l.message]);

async function recallListOf(opened: Opened, lot: string): Promise<string> {
  const { runtime, bundle } = opened;
  const scratch = runtime.spreadsheet.insertSheet('Recall from here');
  scratch.getRange('A1').setNumberFormat('@').setValue(lot);
  scratch.setSelectionForTest('A1');
  bundle.clickMenuItem('Recall list for this lot');
  return runtime.spreadsheet.getActiveSheet().getDataRange().getDisplayValues().flat().join('\n');
}

describe('an Etsy Sold Order Items export into the soap maker’s workbook', () => {
  it('links every shipped line first-expiring-first, splitting a line across a short batch, and leaves out the rest with why', async () => {
    const { server, added, values } = openSoapMaker();
    const plan = await server.previewOrderImport({ files: [ETSY] });
    expect(plan.problems).toEqual([]);
    expect(plan.sources).toEqual([{ file: ETSY.name, shop: 'Etsy', lines: 7 }]);
    expect(leftOutOf(plan)).toEqual([
      [ETSY.name, 6, 'notShipped', 'Order 3310100004 has no Date Shipped yet.'],
      [ETSY.name, 7, 'notOurProduct', '"BWRAP" is not a SKU or product name on Products: map it to one of your SKUs, or leave it out.'],
    ]);
    const logBefore = values('Log').length;
    const saved = await server.saveOrderImport({ lines: plan.lines });
    expect(saved).toMatchObject({ ok: true, sheet: 'Orders', rows: 7, lines: 5 });
    expect(added()).toEqual([
      // 09/03: LSOAP-230904-01 expires that day, so it goes first.
      ['3820100101', 'Priya Raman', 'LSOAP', 'LSOAP-230904-01', '2', 'Etsy'],
      // SBALM-230906-01 has 1 tin left: the other 2 come from the next to expire.
      ['3820100102', 'Priya Raman', 'SBALM', 'SBALM-230906-01', '1', 'Etsy'],
      ['3820100102', 'Priya Raman', 'SBALM', 'SBALM-230920-01', '2', 'Etsy'],
      ['3820100203', '=HYPERLINK("http://evil.example","click me")', 'PSOAP', 'PSOAP-230907-01', '1', 'Etsy'],
      // 09/04: LSOAP-230904-01 expired the day before, so the next batch.
      ['3820100304', '+cmd|calc', 'LSOAP', 'LSOAP-230911-01', '1', 'Etsy'],
      // 09/18: LSOAP-230925-01 has 15 bars; the wholesale order of 20 takes 5 of LSOAP-231002-01.
      ['3820100607', 'Maple & Moss Gifts', 'LSOAP', 'LSOAP-230925-01', '15', 'Etsy'],
      ['3820100607', 'Maple & Moss Gifts', 'LSOAP', 'LSOAP-231002-01', '5', 'Etsy'],
    ]);
    expect(values('Log')).toHaveLength(logBefore + 1);
  });

  it('writes a buyer named like a formula as the text it is, never a formula', async () => {
    const { server, sheet } = openSoapMaker();
    const plan = await server.previewOrderImport({ files: [ETSY] });
    expect((await server.saveOrderImport({ lines: plan.lines })).ok).toBe(true);
    const orders = sheet('Orders');
    const [head] = orders.getRange(1, 1, 1, orders.getLastColumn()).getValues();
    const customer = head!.indexOf('Customer') + 1;
    const lineId = head!.indexOf('Line ID') + 1;
    const rowOf = (id: string) =>
      orders
        .getRange(1, lineId, orders.getLastRow(), 1)
        .getValues()
        .findIndex(([value]) => value === id) + 1;
    for (const [id, name] of [
      ['3820100203', '=HYPERLINK("http://evil.example","click me")'],
      ['3820100304', '+cmd|calc'],
    ] as const) {
      const cell = orders.getRange(rowOf(id), customer);
      expect(cell.getFormula()).toBe('');
      expect(cell.getValue()).toBe(name);
      expect(cell.getDisplayValue()).toBe(name);
    }
  });

  it('adds nothing the second time: the preview says every line is in already, and saving the old plan again is refused', async () => {
    const { server, values } = openSoapMaker();
    const plan = await server.previewOrderImport({ files: [ETSY] });
    expect((await server.saveOrderImport({ lines: plan.lines })).ok).toBe(true);
    const [orders, log] = [values('Orders'), values('Log')];
    const again = await server.previewOrderImport({ files: [ETSY] });
    expect(again.lines).toEqual([]);
    expect(again.leftOut.map((l) => [l.line, l.reason])).toEqual([
      [2, 'alreadyImported'],
      [3, 'alreadyImported'],
      [4, 'alreadyImported'],
      [5, 'alreadyImported'],
      [6, 'notShipped'],
      [7, 'notOurProduct'],
      [8, 'alreadyImported'],
    ]);
    expect(again.leftOut[0]?.message).toBe('Already in Orders (Line ID 3820100101).');
    const resaved = await server.saveOrderImport({ lines: plan.lines });
    expect(resaved.ok).toBe(false);
    // Every line is refused as in already (its batches, counted twice, may also show below zero).
    expect(!resaved.ok && resaved.problems.filter((p) => p.message.includes('already in Orders')).map((p) => [p.line, p.message])).toEqual(
      plan.lines.map((l) => [l.line, `Order ${l.order}: line ${l.lineId} is already in Orders (imported meanwhile).`]),
    );
    expect(values('Orders')).toEqual(orders);
    expect(values('Log')).toEqual(log);
  });
});

describe('a Square Items detail export of a market day', () => {
  it('links the sales first-expiring-first with a split, keeps the walk-in, leaves out the refund and the tote bag', async () => {
    const { server, added } = openSoapMaker();
    const plan = await server.previewOrderImport({ files: [SQUARE] });
    expect(plan.problems).toEqual([]);
    expect(leftOutOf(plan)).toEqual([
      [SQUARE.name, 6, 'cancelled', 'Sale tD4Nt0xXx5DeFgHi14 was refunded.'],
      [
        SQUARE.name,
        7,
        'notOurProduct',
        '"Market tote bag" is not a SKU or product name on Products: map it to one of your SKUs, or leave it out.',
      ],
    ]);
    expect(await server.saveOrderImport({ lines: plan.lines })).toMatchObject({ ok: true, rows: 6, lines: 5 });
    expect(added()).toEqual([
      ['tA1Kq7tUu2AbCdEf11/Lavender Soap Bar/1', 'Helen Park', 'LSOAP', 'LSOAP-230911-01', '3', 'Square'],
      ['tA1Kq7tUu2AbCdEf11/Shea Balm Tin/2', 'Helen Park', 'SBALM', 'SBALM-230920-01', '1', 'Square'],
      // Paid cash, no name: kept, so its 2 bars are counted out of their batch.
      ['tB2Lr8vVv3BcDeFg12/Peppermint Soap Bar/1', 'In-person sale (no name given)', 'PSOAP', 'PSOAP-230914-01', '2', 'Square'],
      ['tC3Ms9wWw4CdEfGh13/Peppermint Soap Bar/1', 'Omar Haddad', 'PSOAP', 'PSOAP-230914-01', '2', 'Square'],
      // SBALM-230920-01 had 10, Helen took 1: the co-op's 12 are 9 of it and 3 of SBALM-231004-01.
      ['tF6Pv2zZz7FgHiJk16/Shea Balm Tin/1', 'Corner Store Co-op', 'SBALM', 'SBALM-230920-01', '9', 'Square'],
      ['tF6Pv2zZz7FgHiJk16/Shea Balm Tin/1', 'Corner Store Co-op', 'SBALM', 'SBALM-231004-01', '3', 'Square'],
    ]);
    const again = await server.previewOrderImport({ files: [SQUARE] });
    expect(again.lines).toEqual([]);
    expect(again.leftOut.filter((l) => l.reason === 'alreadyImported').map((l) => l.line)).toEqual([2, 3, 4, 5, 8]);
  });
});

describe('both shops’ exports in one import', () => {
  it('links them against one count of stock in ship-date order, and their customers are on the recall list of the olive oil lot', async () => {
    const opened = openSoapMaker();
    const { server, added } = opened;
    const plan = await server.previewOrderImport({ files: [ETSY, SQUARE] });
    expect(plan.problems).toEqual([]);
    expect(plan.sources.map((s) => [s.file, s.shop])).toEqual([
      [ETSY.name, 'Etsy'],
      [SQUARE.name, 'Square'],
    ]);
    expect(plan.leftOut.map((l) => [l.file, l.line, l.reason])).toEqual([
      [ETSY.name, 6, 'notShipped'],
      [ETSY.name, 7, 'notOurProduct'],
      [SQUARE.name, 6, 'cancelled'],
      [SQUARE.name, 7, 'notOurProduct'],
    ]);
    expect(await server.saveOrderImport({ lines: plan.lines })).toMatchObject({ ok: true, rows: 13, lines: 10 });
    // Etsy took 2 of SBALM-230920-01 on 09/03 and Helen 1 on 09/07: 7 are left for the co-op, not 9.
    expect(added().filter(([id]) => id === 'tF6Pv2zZz7FgHiJk16/Shea Balm Tin/1')).toEqual([
      ['tF6Pv2zZz7FgHiJk16/Shea Balm Tin/1', 'Corner Store Co-op', 'SBALM', 'SBALM-230920-01', '7', 'Square'],
      ['tF6Pv2zZz7FgHiJk16/Shea Balm Tin/1', 'Corner Store Co-op', 'SBALM', 'SBALM-231004-01', '5', 'Square'],
    ]);
    expect(added().map(([id]) => id)).toHaveLength(13);
    const recall = await recallListOf(opened, OLIVE_OIL_LOT);
    for (const customer of [
      'Priya Raman',
      '=HYPERLINK("http://evil.example","click me")',
      '+cmd|calc',
      'Maple & Moss Gifts',
      'Helen Park',
      'In-person sale (no name given)',
      'Omar Haddad',
      'Corner Store Co-op',
    ])
      expect(recall).toContain(customer);
    // Left out, so never on a recall list.
    for (const customer of ['Nora Bishop', 'Gwen Lee', 'Ines Duarte']) expect(recall).not.toContain(customer);
  });
});

describe('all three shops’ exports in one import', () => {
  it('leaves out Shopify’s unfulfilled, refunded and digital lines too, and counts Etsy’s stock before Shopify’s on the same day', async () => {
    const { server, added } = openSoapMaker();
    const SHOPIFY = orderExport('shopify-orders.csv');
    const plan = await server.previewOrderImport({ files: [ETSY, SQUARE, SHOPIFY] });
    expect(plan.problems).toEqual([]);
    expect(leftOutOf(plan).filter(([file]) => file === SHOPIFY.name)).toEqual([
      [SHOPIFY.name, 6, 'notShipped', 'Order #2003 is not fulfilled yet.'],
      [SHOPIFY.name, 7, 'cancelled', 'Order #2004 was cancelled.'],
      [SHOPIFY.name, 9, 'noShipping', 'Needs no shipping (a digital item, a gift card or a service).'],
    ]);
    expect(await server.saveOrderImport({ lines: plan.lines })).toMatchObject({ ok: true, rows: 18, lines: 15 });
    expect(added().filter(([, , sku]) => sku === 'SBALM')).toEqual([
      // 09/03: Etsy's file came first, so its line takes SBALM-230906-01's last tin; Shopify's gets the next batch.
      ['3820100102', 'Priya Raman', 'SBALM', 'SBALM-230906-01', '1', 'Etsy'],
      ['3820100102', 'Priya Raman', 'SBALM', 'SBALM-230920-01', '2', 'Etsy'],
      ['tA1Kq7tUu2AbCdEf11/Shea Balm Tin/2', 'Helen Park', 'SBALM', 'SBALM-230920-01', '1', 'Square'],
      ['tF6Pv2zZz7FgHiJk16/Shea Balm Tin/1', 'Corner Store Co-op', 'SBALM', 'SBALM-230920-01', '6', 'Square'],
      ['tF6Pv2zZz7FgHiJk16/Shea Balm Tin/1', 'Corner Store Co-op', 'SBALM', 'SBALM-231004-01', '6', 'Square'],
      ['#2001/2', 'Maya Okafor', 'SBALM', 'SBALM-230920-01', '1', 'Shopify'],
    ]);
  });
});
