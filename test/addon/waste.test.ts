// Record waste… through the built add-on, called as the sidebar calls it (google.script.run rules): what
// opening the sidebar finds at the cursor, what a save writes, what is refused beyond on hand (and the
// count correction that may go below zero), a save beside someone else's, requests the sidebar would
// not send, and workbooks whose Waste sheet is missing or laid out the maker's way.
import {
  callFromClient,
  createRuntimeWithBundle,
  executionsOf,
  interleave,
  scriptRunOf,
  type LocalSheet,
  type Runtime,
} from '../../local/runtime';
import type * as Lotline from '../../src/index';
import { smallWorkbook, type SmallTables } from '../fixtures/small-workbook';
import type { SheetContents } from '../fixtures/sheet-values';
import { WORKSHOP } from '../domain/production/workshop';
import type { RecordWasteRequest, WasteResult } from '../../src/contract/waste';
import { expectSentence, long } from '../contract/bad-requests';

// The workshop of the domain tests: on hand COCO-A 1.5 kg (0.5 kg wasted already), COCO-Q 10 kg
// (Quarantined), LSOAP-1 90 pcs (10 shipped), LAV-1 0.3 l; with Suppliers and an empty Log.
const SHOP: SmallTables = { ...WORKSHOP, suppliers: [{ supplier: 'Coastal Oils' }], log: [] };
const DAY = '2023-11-02';

function openWorkbook(contents: SheetContents = smallWorkbook(SHOP)) {
  const { runtime, bundle } = createRuntimeWithBundle({ timeZone: 'UTC' });
  for (const [name, rows] of Object.entries(contents)) runtime.spreadsheet.insertSheet(name).loadRowsForTest(rows);
  bundle.open('LIMITED');
  runtime.setAuthMode('FULL');
  const sheet = (name: string) => runtime.spreadsheet.getSheetByName(name) as LocalSheet;
  const server = scriptRunOf<typeof Lotline>(bundle);
  const rows = (name: string) => {
    const target = sheet(name);
    return target.getRange(1, 1, Math.max(1, target.getLastRow()), Math.max(1, target.getLastColumn())).getDisplayValues();
  };
  return { runtime, bundle, sheet, server, rows };
}

function waste(lines: RecordWasteRequest['lines'], date = DAY): RecordWasteRequest {
  return { date, lines };
}

function okResult(result: WasteResult): Extract<WasteResult, { ok: true }> {
  if (!result.ok) throw new Error(`the save was refused: ${JSON.stringify(result.problems)}`);
  return result;
}

/** Every sheet's values and size: what a refused save must leave as it was. */
function everySheet(runtime: Runtime) {
  return runtime.spreadsheet.getSheets().map((sheet) => ({
    name: sheet.getName(),
    rows: sheet.getLastRow(),
    columns: sheet.getLastColumn(),
    values: sheet.getRange(1, 1, Math.max(1, sheet.getLastRow()), Math.max(1, sheet.getLastColumn())).getDisplayValues(),
  }));
}

describe('opening Record waste…', () => {
  it('shows the sidebar, 300 px wide', () => {
    const { runtime, bundle } = openWorkbook();
    bundle.clickMenuItem('Record waste…');
    expect(runtime.ui.sidebar).toMatchObject({ title: 'Record waste', width: 300 });
    expect(runtime.ui.sidebar?.html).toContain('Record waste');
  });

  it('takes the lot in the current cell, with its on hand and status, and suggests codes with stock', async () => {
    const { sheet, server } = openWorkbook();
    // COCO-Q is on Receipts row 4.
    sheet('Receipts').getRange(4, 1).activate();
    const setup = await server.loadWaste();
    expect(setup.current).toEqual({
      found: true,
      asked: 'COCO-Q',
      lot: {
        code: 'COCO-Q',
        kind: 'lot',
        of: 'COCO',
        where: 'Receipts row 4',
        unit: 'kg',
        units: ['mg', 'g', 'kg', 'oz', 'lb'],
        onHand: 10,
        status: 'Quarantined',
      },
    });
    expect(setup.suggestions).toEqual(expect.arrayContaining(['COCO-A', 'COCO-Q', 'LSOAP-1', 'FB-2']));
  });

  it('on a trace report, takes the lot the report traced', async () => {
    const { runtime, bundle, sheet, server } = openWorkbook();
    sheet('Receipts').getRange(2, 1).activate();
    bundle.clickMenuItem('Trace this lot');
    const report = runtime.spreadsheet.getActiveSheet();
    expect(report.getName()).toMatch(/^COCO-A trace/);
    report.getRange(60, 12).activate();
    expect((await server.loadWaste()).current).toMatchObject({ found: true, lot: { code: 'COCO-A' } });
  });

  it('takes a batch code clicked in Orders, and nothing from a cell that holds no code', async () => {
    const { sheet, server } = openWorkbook();
    sheet('Orders').getRange(2, 7).activate();
    expect((await server.loadWaste()).current).toMatchObject({ found: true, lot: { code: 'LSOAP-1', unit: 'pcs', onHand: 90 } });
    sheet('Orders').getRange(2, 3).activate();
    expect((await server.loadWaste()).current).toBeNull();
  });

  it('looks codes up as the maker types them: on hand now, or the nearest codes', async () => {
    const { server } = openWorkbook();
    const { lots } = await server.lotsOnHand({ codes: [' coco-a ', 'COCO-AA'] });
    expect(lots[0]).toMatchObject({ found: true, lot: { code: 'COCO-A', onHand: 1.5, unit: 'kg', status: 'Available' } });
    expect(lots[1]).toMatchObject({ found: false, nearest: ['COCO-A'] });
    expect(lots[1]?.found === false && lots[1].message).toBe(
      'There is no lot or batch COCO-AA on Receipts or Batches. Did you mean COCO-A?',
    );
  });
});

describe('recording waste', () => {
  it('appends one Waste row a line, in the units given, with a Log row, and on hand goes down', async () => {
    const { server, rows } = openWorkbook();
    const result = okResult(
      await server.recordWaste(
        waste([
          { lot: 'coco-a', quantity: 500, unit: 'g', reason: 'Damaged', notes: 'drum dented in delivery' },
          { lot: 'LSOAP-1', quantity: 4, unit: 'bars', reason: 'Sample', notes: '' },
        ]),
      ),
    );
    expect(result.rows).toEqual([
      { row: 3, lot: 'COCO-A', quantity: 500, unit: 'g', reason: 'Damaged', onHandAfter: 1, lotUnit: 'kg' },
      { row: 4, lot: 'LSOAP-1', quantity: 4, unit: 'bars', reason: 'Sample', onHandAfter: 86, lotUnit: 'pcs' },
    ]);
    expect(rows('Waste').slice(2)).toEqual([
      [DAY, 'COCO-A', '500', 'g', 'Damaged', 'drum dented in delivery'],
      [DAY, 'LSOAP-1', '4', 'bars', 'Sample', ''],
    ]);
    const log = rows('Log');
    expect(log).toHaveLength(2);
    expect(log[1]?.[2]).toBe('Record waste');
    expect(log[1]?.[3]).toBe(
      `Wasted on ${DAY}: 500 g of COCO-A (Damaged), 4 bars of LSOAP-1 (Sample); on hand now COCO-A 1 kg, LSOAP-1 86 pcs; into Waste rows 3–4`,
    );
    const { lots } = await server.lotsOnHand({ codes: ['COCO-A'] });
    expect(lots[0]).toMatchObject({ lot: { onHand: 1 } });
  });

  it('records destroyed stock of a quarantined lot, and the Log says the lot was held', async () => {
    const { server, rows } = openWorkbook();
    okResult(await server.recordWaste(waste([{ lot: 'COCO-Q', quantity: 10, unit: 'kg', reason: 'Destroyed', notes: 'recall 23-04' }])));
    expect(rows('Waste')[2]).toEqual([DAY, 'COCO-Q', '10', 'kg', 'Destroyed', 'recall 23-04']);
    expect(rows('Log')[1]?.[3]).toContain('10 kg of COCO-Q (Destroyed, the lot is Quarantined); on hand now COCO-Q 0 kg');
    // Nothing is left of it to suggest.
    expect((await server.loadWaste()).suggestions).not.toContain('COCO-Q');
  });

  it('refuses more than is on hand, at the line, and writes nothing', async () => {
    const { runtime, server } = openWorkbook();
    const before = everySheet(runtime);
    const result = await server.recordWaste(
      waste([
        { lot: 'COCO-A', quantity: 1, unit: 'kg', reason: 'Damaged' },
        { lot: 'LAV-1', quantity: 100, unit: 'ml', reason: 'Expired' },
        { lot: 'COCO-A', quantity: 600, unit: 'g', reason: 'Off-spec' },
      ]),
    );
    const sentence =
      'COCO-A has 1.5 kg on hand; this takes 1.6 kg of it (lines 1, 3). Only a Count correction may take more than is on hand.';
    expect(result).toEqual({
      ok: false,
      problems: [
        { line: 0, field: 'quantity', message: sentence },
        { line: 2, field: 'quantity', message: sentence },
      ],
    });
    expect(everySheet(runtime)).toEqual(before);
  });

  it('lets a count correction take a lot below zero, and the Log says so', async () => {
    const { server, rows } = openWorkbook();
    const result = okResult(
      await server.recordWaste(waste([{ lot: 'COCO-A', quantity: 2, unit: 'kg', reason: 'Count correction', notes: 'shelf count' }])),
    );
    expect(result.rows[0]).toMatchObject({ onHandAfter: -0.5, lotUnit: 'kg' });
    expect(result.belowZero).toEqual(['takes COCO-A below zero, to -0.5 kg (1.5 kg was on hand)']);
    expect(rows('Log')[1]?.[3]).toContain('the count correction takes COCO-A below zero, to -0.5 kg (1.5 kg was on hand)');
  });

  it('answers each problem at its line: a unit of another kind, a code that names nothing, a date after today', async () => {
    const { runtime, server } = openWorkbook();
    const before = everySheet(runtime);
    const result = await server.recordWaste(
      waste(
        [
          { lot: 'COCO-A', quantity: 100, unit: 'ml', reason: 'Damaged' },
          { lot: 'LSOAP-01', quantity: 2, unit: 'pcs', reason: 'Damaged' },
          { lot: 'LAV-1', quantity: 0, unit: 'ml', reason: 'Damaged' },
        ],
        '2099-01-01',
      ),
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      {
        field: 'date',
        message: expect.stringMatching(/^2099-01-01 is after today \(\d{4}-\d{2}-\d{2}\): record waste once it has happened\.$/),
      },
      { line: 0, field: 'unit', message: 'COCO-A is kept in kg: ml (volume) does not convert to it.' },
      { line: 1, field: 'lot', message: 'There is no lot or batch LSOAP-01 on Receipts or Batches. Did you mean LSOAP-1?' },
      { line: 2, field: 'quantity', message: 'The quantity must be more than 0.' },
    ]);
    expect(everySheet(runtime)).toEqual(before);
  });

  it('counts on hand again under the lock: a save made meanwhile that used the lot makes this one refused', () => {
    const { bundle, rows } = openWorkbook();
    const executions = executionsOf<typeof Lotline>(bundle);
    const both = interleave(
      bundle,
      executions.run('recordWaste', waste([{ lot: 'COCO-A', quantity: 1, unit: 'kg', reason: 'Damaged' }])),
      { call: 'Lock.tryLock' },
      executions.as(
        'partner@example.com',
        executions.run('recordWaste', waste([{ lot: 'COCO-A', quantity: 1, unit: 'kg', reason: 'Expired' }])),
      ),
    );
    expect(both.second).toMatchObject({ ok: true, value: { ok: true } });
    expect(both.first).toEqual({
      ok: true,
      value: {
        ok: false,
        problems: [
          {
            line: 0,
            field: 'quantity',
            message: 'COCO-A has 0.5 kg on hand; this takes 1 kg of it. Only a Count correction may take more than is on hand.',
          },
        ],
      },
    });
    expect(rows('Waste').slice(2)).toEqual([[DAY, 'COCO-A', '1', 'kg', 'Expired', '']]);
    expect(rows('Log')).toHaveLength(2);
  });
});

describe('requests the sidebar would not send', () => {
  it('are answered at their field, and nothing is written', async () => {
    const { runtime, bundle } = openWorkbook();
    const before = everySheet(runtime);
    const result = (await callFromClient(bundle, 'recordWaste', [
      { date: '2023-02-30', lines: [{ lot: 'COCO-A', quantity: 'two', unit: 'g', reason: 'Lost' }] },
    ])) as WasteResult;
    expect(result).toEqual({
      ok: false,
      problems: [
        { field: 'date', message: 'Use a real date written YYYY-MM-DD.' },
        { line: 0, field: 'quantity', message: 'Enter a number.' },
        { line: 0, field: 'reason', message: 'Choose one of Damaged, Off-spec, Expired, Destroyed, Sample, Count correction.' },
      ],
    });
    expect(await callFromClient(bundle, 'recordWaste', [{ date: DAY }])).toEqual({
      ok: false,
      problems: [{ field: 'form', message: 'The list of lines is missing.' }],
    });
    expect(await callFromClient(bundle, 'recordWaste', [{ date: DAY, lines: [], by: 'me' }])).toEqual({
      ok: false,
      problems: [{ field: 'form', message: 'The waste to record has no field called "by".' }],
    });
    await expect(callFromClient(bundle, 'lotsOnHand', [{ codes: 'COCO-A' }])).rejects.toThrow(
      'The list of codes must be a list, not text.',
    );
    expect(everySheet(runtime)).toEqual(before);
  });
});

const LINE = { lot: 'COCO-A', quantity: 1, unit: 'kg', reason: 'Damaged' };
const BAD: [string, unknown, { field: string; line?: number }][] = [
  ['text instead of the request', 'COCO-A', { field: 'form' }],
  ['a line as text', { date: DAY, lines: ['COCO-A'] }, { field: 'lot', line: 0 }],
  ['a line without its unit', { date: DAY, lines: [LINE, { ...LINE, unit: undefined }] }, { field: 'unit', line: 1 }],
  ['a code longer than a cell holds', { date: DAY, lines: [{ ...LINE, lot: long(50001) }] }, { field: 'lot', line: 0 }],
  ['a date as a number', { date: 45000, lines: [LINE] }, { field: 'date' }],
  ['more lines than a sitting records', { date: DAY, lines: Array.from({ length: 101 }, () => LINE) }, { field: 'form' }],
  ['an unknown field in a line', { date: DAY, lines: [{ ...LINE, batch: 'X' }] }, { field: 'lot', line: 0 }],
];

test.each(BAD)('recordWaste, %s: answered at its field in a sentence, nothing written', async (_name, request, at) => {
  const { runtime, bundle } = openWorkbook();
  const before = everySheet(runtime);
  const result = (await callFromClient(bundle, 'recordWaste', [request] as never)) as WasteResult;
  expect(result.ok).toBe(false);
  const problems = result.ok ? [] : result.problems;
  expect(problems[0]).toMatchObject(at);
  for (const problem of problems) expectSentence(problem.message);
  expect(everySheet(runtime)).toEqual(before);
});

describe('workbooks laid out otherwise', () => {
  it('without a Waste sheet: the sidebar says so when it opens, and saving writes nothing, not even a Log row', async () => {
    const { waste: _none, log: _log, ...tables } = SHOP;
    const { runtime, server } = openWorkbook(smallWorkbook(tables));
    const advice = 'This spreadsheet has no Waste sheet: choose Extensions ▸ Lotline ▸ Set up tracking sheets.';
    expect((await server.loadWaste()).notices).toContain(advice);
    const before = everySheet(runtime);
    expect(await server.recordWaste(waste([{ lot: 'COCO-A', quantity: 1, unit: 'kg', reason: 'Damaged' }]))).toEqual({
      ok: false,
      problems: [{ field: 'form', message: advice }],
    });
    expect(everySheet(runtime)).toEqual(before);
  });

  it("with the maker's own headers and columns: rows go under the right headers, their column stays empty, Notes is added", async () => {
    const contents = smallWorkbook({ ...SHOP, waste: [] });
    contents.Waste = [
      ['Wasted on', 'Lot #', 'Checked by', 'Qty', 'UOM', 'Reason'],
      ['2023-10-10', 'COCO-A', 'JW', 500, 'g', 'Damaged'],
    ];
    const { server, rows } = openWorkbook(contents);
    const result = okResult(
      await server.recordWaste(waste([{ lot: 'COCO-A', quantity: 1.5, unit: 'kg', reason: 'Expired', notes: 'rancid' }])),
    );
    expect(result.addedColumns).toEqual([{ sheet: 'Waste', columns: ['Notes'] }]);
    expect(result.rows[0]).toMatchObject({ onHandAfter: 0 });
    expect(rows('Waste')).toEqual([
      ['Wasted on', 'Lot #', 'Checked by', 'Qty', 'UOM', 'Reason', 'Notes'],
      ['2023-10-10', 'COCO-A', 'JW', '500', 'g', 'Damaged', ''],
      [DAY, 'COCO-A', '', '1.5', 'kg', 'Expired', 'rancid'],
    ]);
    expect(rows('Log')[1]?.[3]).toContain('added Notes to Waste at the right end');
  });

  it('with a Waste sheet that lacks a required column: saving says which, and writes nothing', async () => {
    const contents = smallWorkbook({ ...SHOP, waste: [] });
    contents.Waste = [['Date', 'Lot', 'Quantity', 'Unit']];
    const { runtime, server } = openWorkbook(contents);
    const before = everySheet(runtime);
    expect(await server.recordWaste(waste([{ lot: 'COCO-A', quantity: 1, unit: 'kg', reason: 'Damaged' }]))).toEqual({
      ok: false,
      problems: [
        {
          field: 'form',
          message: 'The Waste sheet has no "Reason" column: choose Extensions ▸ Lotline ▸ Set up tracking sheets to add it.',
        },
      ],
    });
    expect(everySheet(runtime)).toEqual(before);
  });
});
