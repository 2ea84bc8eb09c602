// Records pack… through the built bundle on the guide's soap-maker workbook: the pack for LSOAP over
// October 2023 holds exactly its batches, their lots (through the fragrance blend to the receipt lots)
// and their shipments, with no BoM quantity and no cost anywhere unless the boxes are ticked; its
// cover lists what could not be included; bad input gets a sentence at its field and writes nothing.
import { callFromClient, createRuntimeWithBundle, scriptRunOf } from '../../local/runtime';
import { sheetSpec } from '../../src/domain/workbook';
import type * as Lotline from '../../src/index';
import { dateCell, type SheetContents } from '../fixtures/sheet-values';
import { soapMakerWorkbook } from '../fixtures/soap-maker';

const { sheets: soapMaker } = soapMakerWorkbook();
const OCTOBER = {
  kind: 'product',
  sku: 'LSOAP',
  from: '2023-10-01',
  to: '2023-10-31',
  includeFormulas: false,
  includeCosts: false,
} as const;

function openWorkbook(contents: SheetContents = soapMaker, userEmail = 'maker@example.com') {
  const { runtime, bundle } = createRuntimeWithBundle({ userEmail });
  for (const [name, rows] of Object.entries(contents)) runtime.spreadsheet.insertSheet(name).loadRowsForTest(rows);
  bundle.open('LIMITED');
  return { runtime, bundle, server: scriptRunOf<typeof Lotline>(bundle) };
}

type Opened = ReturnType<typeof openWorkbook>;
const valuesOf = (opened: Opened, name: string): unknown[][] => {
  const sheet = opened.runtime.spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn()).getValues();
};
/** Column `header` of a one-table sheet, as records keyed by header. */
const recordsOf = (opened: Opened, name: string) => {
  const [header, ...rows] = valuesOf(opened, name);
  return rows.map((row) => Object.fromEntries((header as string[]).map((h, i) => [h, row[i]])));
};

// What the fixture holds, read from its own rows (not by tracing).
const rowsOf = (name: string) => {
  const [header, ...rows] = soapMaker[name] as unknown[][];
  return rows.map((row) => Object.fromEntries((header as string[]).map((h, i) => [h, row[i]])));
};
const dayText = (cell: unknown) => (cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell));
const octoberBatches = rowsOf('Batches').filter(
  (b) => b.SKU === 'LSOAP' && dayText(b.Made) >= '2023-10-01' && dayText(b.Made) <= '2023-10-31',
);
const batchIdOf = new Map(rowsOf('Batches').map((b) => [b['Batch code'] as string, b['Batch ID'] as string]));
const inputsOf = (code: string): string[] =>
  rowsOf('Batch inputs')
    .filter((input) => input['Batch ID'] === batchIdOf.get(code))
    .flatMap((input) => [input.Lot as string, ...(batchIdOf.has(input.Lot as string) ? inputsOf(input.Lot as string) : [])]);

describe('Records pack for LSOAP over October 2023, the boxes left unticked', () => {
  let opened: Opened;
  let result: Awaited<ReturnType<Opened['server']['makeRecordsPack']>>;
  beforeAll(async () => {
    opened = openWorkbook();
    result = await opened.server.makeRecordsPack({ ...OCTOBER });
  });

  it('makes the cover, batches, lots and shipments sheets, within 31 characters, the cover shown', () => {
    expect(result.ok && result.sheets).toEqual([
      'Pack LSOAP 2310 cover',
      'Pack LSOAP 2310 batches',
      'Pack LSOAP 2310 lots',
      'Pack LSOAP 2310 shipments',
    ]);
    expect(opened.runtime.spreadsheet.getActiveSheet().getName()).toBe('Pack LSOAP 2310 cover');
  });

  it('holds exactly the LSOAP batches made in October, each with its record', () => {
    const batches = recordsOf(opened, 'Pack LSOAP 2310 batches');
    expect(batches.map((b) => b['Batch code'])).toEqual(octoberBatches.map((b) => b['Batch code']));
    expect(batches.length).toBeGreaterThanOrEqual(3);
    expect(batches[0]).toMatchObject({ SKU: 'LSOAP', Product: 'Lavender soap bar', Unit: 'pcs', Status: 'Released', 'Made by': 'Alex' });
    expect(batches[0]!['Quantity made']).toBe(octoberBatches[0]!['Quantity made']);
  });

  it('holds every lot each used, through the fragrance blend to the lavender lot it was made with', () => {
    const lots = recordsOf(opened, 'Pack LSOAP 2310 lots');
    for (const batch of octoberBatches) {
      const code = batch['Batch code'] as string;
      expect(lots.filter((lot) => lot['For batch'] === code).map((lot) => lot.Lot)).toEqual(inputsOf(code));
    }
    const blend = lots.find((lot) => lot.Lot === 'FB-231001-01')!;
    expect(blend).toMatchObject({ 'For batch': 'LSOAP-231015-01', 'Lot is': 'Made here', Level: 1 });
    const lavender = lots.find((lot) => lot['Used in'] === 'FB-231001-01' && String(lot.Lot).startsWith('LAV-'))!;
    expect(lavender).toMatchObject({
      Level: 2,
      'Lot is': 'Received',
      Supplier: 'Lavender Fields Co.',
      Spec: 'Lavandula angustifolia, 100%, GC/MS tested',
    });
    expect(lavender['Supplier contact']).toBe('Jane Whitaker, orders@lavenderfields.example, 541-555-0142');
    expect(lavender['Supplier lot']).not.toBe('');
    expect(lavender['Received or made']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('holds exactly the order lines that shipped those batches', () => {
    const codes = new Set(octoberBatches.map((b) => b['Batch code']));
    const expected = rowsOf('Orders').filter((order) => codes.has(order['Batch code']));
    const shipments = recordsOf(opened, 'Pack LSOAP 2310 shipments');
    expect(shipments.map((s) => [s.Order, s['Batch code'], s.Quantity, s.Customer])).toEqual(
      expected.map((o) => [String(o.Order), o['Batch code'], o.Quantity, o.Customer]),
    );
    expect(shipments.length).toBeGreaterThan(20);
  });

  it('shows no BoM quantity, no quantity used and no cost anywhere in the pack', () => {
    const sheets = result.ok ? result.sheets : [];
    for (const name of sheets) {
      const values = valuesOf(opened, name);
      expect(values.flat()).not.toEqual(
        expect.arrayContaining([expect.stringMatching(/^(cost|unit cost|quantity used|quantity per batch|price)$/i)]),
      );
    }
    // No lot's row holds its receipt's cost, and the lots sheet's only number is the level.
    const lots = valuesOf(opened, 'Pack LSOAP 2310 lots');
    const costOf = new Map(rowsOf('Receipts').map((r) => [r['Lot number'], r.Cost]));
    for (const row of lots.slice(1)) if (costOf.has(row[3])) expect(row).not.toContain(costOf.get(row[3]));
    const numbers = lots.slice(1).flatMap((row) => row.filter((cell, i) => typeof cell === 'number' && lots[0]![i] !== 'Level'));
    expect(numbers).toEqual([]);
  });

  it('one frozen header row on each record sheet, every code written as text', () => {
    for (const kind of ['batches', 'lots', 'shipments']) {
      const sheet = opened.runtime.spreadsheet.getSheetByName(`Pack LSOAP 2310 ${kind}`)!;
      expect(sheet.getFrozenRows()).toBe(1);
      expect(sheet.getRange(2, 1).getValue()).toEqual(expect.any(String));
    }
  });

  it('the cover says what it covers, who made it, and first what could not be included', () => {
    const cover = valuesOf(opened, 'Pack LSOAP 2310 cover').map((row) => row.filter((cell) => cell !== '').join(' | '));
    const text = cover.join('\n').replace(/\n {3}/g, ' ');
    expect(text).toMatch(/^Records pack: LSOAP \(Lavender soap bar\), batches made from 2023-10-01 to/);
    expect(text).toMatch(new RegExp(`${octoberBatches.length} batches, \\d+ lots used, \\d+ order lines, adverse events not known\\.`));
    expect(text).toMatch(/Not complete: /);
    expect(text).toMatch(/Made \d{4}-\d{2}-\d{2} \d{2}:\d{2} by maker@example\.com\./);
    expect(text).toMatch(/Left out, as FDA may not ask for them: formulas/);
    // What could not be included comes right after the answer, before anything else.
    expect(text).toMatch(
      /Not complete: 1 thing could not be included or is wrong in the records:\n• No Adverse events sheet: no adverse events recorded with Lotline\.\nMade /,
    );
    expect(result.ok && result.summary[2]).toBe(
      'Not complete: 1 thing could not be included or is wrong in the records: they are listed at the top of the cover.',
    );
  });

  it('writes a Log row and changes nothing in the maker’s sheets', () => {
    const log = valuesOf(opened, 'Log');
    expect(log.at(-1)![2]).toBe('Records pack');
    expect(String(log.at(-1)![3])).toMatch(/Made a records pack of LSOAP/);
    for (const name of Object.keys(soapMaker).filter((n) => n !== 'Log'))
      expect(opened.runtime.spreadsheet.getSheetByName(name)!.getLastRow()).toBe(soapMaker[name]!.length);
  });

  it('a second pack of the same scope gets names of its own', async () => {
    const again = await opened.server.makeRecordsPack({ ...OCTOBER });
    expect(again.ok && again.sheets[0]).toBe('Pack LSOAP 2310 (2) cover');
  });
});

describe('Records pack with the boxes ticked', () => {
  it('adds the quantities used, the receipt costs and the formulas sheet', async () => {
    const opened = openWorkbook(soapMaker, '');
    const result = await opened.server.makeRecordsPack({ ...OCTOBER, includeFormulas: true, includeCosts: true });
    expect(result.ok && result.sheets.at(-1)).toBe('Pack LSOAP 2310 formulas');
    const lots = recordsOf(opened, 'Pack LSOAP 2310 lots');
    const receipt = rowsOf('Receipts').find((r) => r['Lot number'] === lots[0]!.Lot)!;
    expect(lots[0]!.Cost).toBe(receipt.Cost);
    expect(lots[0]!['Quantity used']).toEqual(expect.any(Number));
    const formulas = recordsOf(opened, 'Pack LSOAP 2310 formulas');
    expect(new Set(formulas.map((line) => line.SKU))).toEqual(new Set(['LSOAP', 'FB']));
    const bom = rowsOf('BoM').filter((line) => line.SKU === 'LSOAP');
    expect(formulas.filter((line) => line.SKU === 'LSOAP').map((line) => line['Quantity per batch'])).toEqual(
      bom.map((line) => line.Quantity),
    );
    const cover = valuesOf(opened, 'Pack LSOAP 2310 cover').flat().join(' ');
    expect(cover).toMatch(/by not known\./);
    expect(cover).toMatch(/Formulas and costs are included, as asked/);
  });
});

describe('Records pack: what could not be included, and adverse events', () => {
  const EVENT_HEADERS = sheetSpec('adverseEvents').columns.map((column) => column.header);
  const event = (cells: Record<string, unknown>) => EVENT_HEADERS.map((header) => cells[header] ?? '');
  const contents: SheetContents = {
    ...soapMaker,
    'Batch inputs': (soapMaker['Batch inputs'] as unknown[][]).map((row) => [...row]),
    'Adverse events': [
      EVENT_HEADERS,
      event({
        Received: dateCell('2023-11-02'),
        Reporter: 'A. Buyer',
        SKU: 'LSOAP',
        'Batch code': 'LSOAP-231015-01',
        'What happened': 'rash',
        Serious: 'Yes',
        'FDA report due': dateCell('2023-11-23'),
      }),
      event({ Received: dateCell('2023-11-03'), SKU: 'PSOAP', 'Batch code': 'PSOAP-231002-01', 'What happened': 'itch' }),
    ],
  };
  // One October LSOAP batch's input names a lot that exists nowhere; one outside the pack does too.
  const inputs = contents['Batch inputs'] as unknown[][];
  const at = inputs.findIndex((row) => row[0] === batchIdOf.get(octoberBatches[1]!['Batch code'] as string));
  inputs[at]![1] = 'NOPE-01';
  const outside = inputs.findIndex((row) => row[0] === batchIdOf.get('LSOAP-231204-01') || String(row[0]) === 'MFG-0001');
  if (outside > 0) inputs[outside]![1] = 'NOPE-02';

  it('lists the gap of its own batch, not of others, and the events about its batches with what is due', async () => {
    const opened = openWorkbook(contents);
    const result = await opened.server.makeRecordsPack({ ...OCTOBER });
    expect(result.ok && result.sheets).toContain('Pack LSOAP 2310 events');
    const cover = valuesOf(opened, 'Pack LSOAP 2310 cover')
      .flat()
      .filter((cell) => cell !== '')
      .join(' | ');
    expect(cover).toMatch(/Batch inputs \| \d+ \| No receipt lot or batch has the code NOPE-01[^|]*\| Lot/);
    expect(cover).not.toContain('NOPE-02');
    expect(cover).toMatch(/1 adverse event needs action now/);
    expect(cover).toMatch(/Adverse events row 2 .*FDA report was due 2023-11-23/);
    const events = recordsOf(opened, 'Pack LSOAP 2310 events');
    expect(events.map((e) => [e['Adverse events row'], e['What happened']])).toEqual([[2, 'rash']]);
    const lot = recordsOf(opened, 'Pack LSOAP 2310 lots').find((l) => l.Lot === 'NOPE-01')!;
    expect(lot['Lot is']).toBe('Not found on Receipts or Batches');
  });
});

describe('Records pack: bad input gets a sentence at its field, and nothing is written', () => {
  let opened: Opened;
  let sheetsBefore: number;
  beforeAll(() => {
    opened = openWorkbook();
    sheetsBefore = opened.runtime.spreadsheet.getSheets().length;
  });
  afterEach(() => expect(opened.runtime.spreadsheet.getSheets().length).toBe(sheetsBefore));

  it('a period ending before it starts', async () => {
    const result = await opened.server.makeRecordsPack({ ...OCTOBER, from: '2023-10-31', to: '2023-10-01' });
    expect(!result.ok && result.problems).toEqual([
      { field: 'to', message: expect.stringMatching(/ends \(2023-10-01\) before it starts/) },
    ]);
  });

  it('an unknown SKU or batch, with the closest codes', async () => {
    const sku = await opened.server.makeRecordsPack({ ...OCTOBER, sku: 'LSOPA' });
    expect(!sku.ok && sku.problems).toEqual([
      { field: 'sku', message: expect.stringMatching(/No product .* LSOPA\. The closest that exist: LSOAP/) },
    ]);
    const batch = await opened.server.makeRecordsPack({
      kind: 'batch',
      batchCode: 'LSOAP-231015-1',
      includeFormulas: false,
      includeCosts: false,
    });
    expect(!batch.ok && batch.problems[0]).toEqual({
      field: 'batchCode',
      message: expect.stringMatching(/closest that exist: LSOAP-231015-01/),
    });
  });

  it('nothing in scope', async () => {
    const result = await opened.server.makeRecordsPack({ ...OCTOBER, from: '2022-01-01', to: '2022-01-31' });
    expect(!result.ok && result.problems).toEqual([
      { field: 'sku', message: expect.stringMatching(/No batch was made for LSOAP .* the pack would be empty/) },
    ]);
  });

  it('a request the types refuse: a day that does not exist, a field of its own', async () => {
    await expect(callFromClient(opened.bundle, 'makeRecordsPack', [{ ...OCTOBER, from: '2023-02-30' }])).rejects.toThrow(
      /The start of the period: use a real date/,
    );
    await expect(callFromClient(opened.bundle, 'makeRecordsPack', [{ ...OCTOBER, price: true }])).rejects.toThrow(
      /no field called "price"/,
    );
  });
});

describe('Records pack for one batch', () => {
  it('holds that batch, its lots and its shipments, and the sidebar opens with last month', async () => {
    const opened = openWorkbook();
    const setup = await opened.server.loadRecordsPack();
    expect(setup.products.map((p) => p.sku)).toContain('LSOAP');
    expect(setup.batchCodes).toContain('LSOAP-231015-01');
    expect(setup.from.endsWith('-01')).toBe(true);
    const result = await opened.server.makeRecordsPack({
      kind: 'batch',
      batchCode: 'lsoap-231015-01',
      includeFormulas: false,
      includeCosts: false,
    });
    expect(result.ok && result.sheets[0]).toBe('Pack lsoap-231015-01 cover');
    expect(recordsOf(opened, 'Pack lsoap-231015-01 batches').map((b) => b['Batch code'])).toEqual(['LSOAP-231015-01']);
    expect(recordsOf(opened, 'Pack lsoap-231015-01 lots').map((l) => l.Lot)).toEqual(inputsOf('LSOAP-231015-01'));
  });
});
