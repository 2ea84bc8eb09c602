// New production run through the built add-on, called as the sidebar calls it (google.script.run
// rules): what opening the sidebar loads, what a save writes and how a trace then finds it, what a
// refused save leaves alone, saving beside someone else, and what it costs on a big workbook.
import { callFromClient, createRuntimeWithBundle, scriptRunOf, type LocalSheet, type Runtime } from '../../local/runtime';
import type * as Lotline from '../../src/index';
import { smallWorkbook, type SmallTables } from '../fixtures/small-workbook';
import type { SheetContents } from '../fixtures/sheet-values';
import { WORKSHOP } from '../domain/production/workshop';
import type { ProductionResult, ProductionRunRequest, ProductionSetup } from '../../src/contract/production';

// The workshop of the domain tests (on hand on 2023-11-01: COCO-B 3.8 kg, LYE-2 0.2 kg, LYE-1 1 kg,
// FB-2 210 ml, FB-1 250 ml…), with Suppliers and an empty Log as a set-up workbook has.
const SHOP: SmallTables = { ...WORKSHOP, suppliers: [{ supplier: 'Coastal Oils' }], log: [] };
const MADE = '2023-11-01';

function openWorkbook(contents: SheetContents = smallWorkbook(SHOP)) {
  const { runtime, bundle } = createRuntimeWithBundle({ timeZone: 'UTC' });
  for (const [name, rows] of Object.entries(contents)) runtime.spreadsheet.insertSheet(name).loadRowsForTest(rows);
  bundle.open('LIMITED');
  runtime.setAuthMode('FULL');
  const sheet = (name: string) => runtime.spreadsheet.getSheetByName(name) as LocalSheet;
  // google.script.run as the sidebar has it, typed from the server's own exports.
  const server = scriptRunOf<typeof Lotline>(bundle);
  const load = (stockFrom = MADE) => server.loadProductionRun({ stockFrom });
  const save = (run: ProductionRunRequest, shownBatchCode = '') => server.saveProductionRun({ run, shownBatchCode });
  return { runtime, bundle, sheet, load, save };
}

/** 250 lavender bars: coconut oil from one lot, lye split over two, the fragrance blend (a sub-assembly), and off-spec oil discarded. */
function soapRun(changes: Partial<ProductionRunRequest> = {}): ProductionRunRequest {
  return {
    sku: 'LSOAP',
    quantityToMake: 250,
    dateMade: MADE,
    quantityMade: 246,
    madeBy: 'maker@example.com',
    notes: 'Cut on day 2',
    batchCode: '',
    expires: '',
    inputs: [
      { component: 'COCO', lot: 'COCO-B', quantity: 3000, unit: 'g' },
      { component: 'LYE', lot: 'LYE-2', quantity: 200, unit: 'g' },
      { component: 'LYE', lot: 'LYE-1', quantity: 175, unit: 'g' },
      { component: 'FB', lot: 'FB-2', quantity: 100, unit: 'ml' },
    ],
    waste: [{ lot: 'COCO-A', quantity: 50, unit: 'g', reason: 'Off-spec', notes: 'rancid smell' }],
    ...changes,
  };
}

/** Everything of every sheet a maker could notice: names, sizes, values, formats. */
function everySheet(runtime: Runtime) {
  return runtime.spreadsheet.getSheets().map((sheet) => {
    const range = sheet.getRange(1, 1, Math.max(1, sheet.getLastRow()), Math.max(1, sheet.getLastColumn()));
    return {
      name: sheet.getName(),
      rows: sheet.getLastRow(),
      maxRows: sheet.getMaxRows(),
      values: range.getDisplayValues(),
      formats: range.getNumberFormats(),
    };
  });
}

function rowsFrom(sheet: LocalSheet, row: number, columns: number): string[][] {
  return sheet.getRange(row, 1, sheet.getLastRow() - row + 1, columns).getDisplayValues();
}

function okResult(result: ProductionResult): Extract<ProductionResult, { ok: true }> {
  if (!result.ok) throw new Error(`the save was refused: ${JSON.stringify(result.problems)}`);
  return result;
}

describe('the menu item', () => {
  it('opens the New production run sidebar, 300 px wide', () => {
    const { runtime, bundle } = openWorkbook();
    bundle.clickMenuItem('New production run…');
    expect(runtime.ui.sidebar).toMatchObject({ title: 'New production run', width: 300 });
    expect(runtime.ui.sidebar?.html).toContain('Save production run');
  });
});

describe('opening the sidebar', () => {
  it('sends the catalog, the lots a run may take, the user, today, the next Batch ID and the batch codes in one call', async () => {
    const { runtime, load } = openWorkbook();
    runtime.meter.reset();
    const setup = await load();
    const meter = runtime.meter.snapshot();
    expect(setup).toMatchObject({
      stockFrom: MADE,
      madeBy: 'maker@example.com',
      codes: { made: MADE, batchId: 'MFG-0005', highest: {} },
      notices: [],
    });
    expect(setup.today).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(setup.formats.batchCode).toBe('{SKU}-{YY}{MM}{DD}-{SEQ2}');
    expect(setup.catalog.products.map((row) => row.values.sku)).toEqual(['LSOAP', 'FB', 'GIFT', 'NOSIZE']);
    expect(setup.catalog.bom).toHaveLength(WORKSHOP.bom.length);
    const offered = Object.fromEntries(
      setup.stock.map((component) => [
        component.component,
        component.lots.map(([code, , , , , unit, onHand]) => `${code} ${onHand} ${unit}`),
      ]),
    );
    // FEFO; the quarantined COCO-Q and the expired COCO-X are not offered; the blend's batches with stock are.
    expect(offered.COCO).toEqual(['COCO-B 3.8 kg', 'COCO-A 1.5 kg', 'COCO-N 1 kg']);
    expect(offered.LYE).toEqual(['LYE-2 0.2 kg', 'LYE-1 1 kg']);
    expect(offered.FB).toEqual(['FB-2 210 ml', 'FB-1 250 ml']);
    // A held lot is never offered; the sidebar is told why it is held back.
    expect(setup.stock.flatMap((component) => component.lots.map(([code]) => code))).not.toContain('COCO-Q');
    expect(setup.stock.find((component) => component.component === 'COCO')?.withheld).toContain('Lot COCO-Q is Quarantined.');
    // One getValues per table (after each header row), Products read once for catalog and stock; of Orders
    // and Waste the code column, then only the rows that move a component's lot, and the cost columns of
    // the lots offered only (run-stock-reader.ts); Waste's Lot whole, for a lot typed wrong there.
    expect(meter.callsByMethod['SpreadsheetApp.Range.getValues']).toBe(20);
    expect(meter.cellsWritten).toBe(0);
  });

  it('a quarantined lot is never offered, whatever the day; an earlier day brings back lots expired since', async () => {
    const { load } = openWorkbook();
    const later = await load('2024-03-15');
    const codes = (setup: ProductionSetup) => setup.stock.flatMap((component) => component.lots.map(([code]) => code));
    expect(codes(later)).not.toContain('COCO-B'); // expired 2024-03-01
    expect(codes(later)).not.toContain('COCO-Q');
    const earlier = await load('2023-09-15');
    expect(codes(earlier)).toEqual(expect.arrayContaining(['COCO-B', 'COCO-X']));
    expect(codes(earlier)).not.toContain('COCO-Q');
  });

  it('says so when a Batch inputs row names a lot typed wrong: the lot it meant has less than offered', async () => {
    const { load } = openWorkbook(
      smallWorkbook({
        ...SHOP,
        batchInputs: [...(SHOP.batchInputs ?? []), { batchId: 'MFG-0001', lot: 'COCO-8', quantity: 500, unit: 'g' }],
      }),
    );
    const setup = await load();
    expect(setup.notices).toContain(
      'Batch inputs, row 5, column "Lot": COCO-8 matches no lot or batch (closest: COCO-A, COCO-B, COCO-N): the lot this row used is shown with more on hand than it has.',
    );
  });

  it('says so when a Waste row names a lot typed wrong, found without a search (Waste’s Lot is read whole)', async () => {
    const { load } = openWorkbook(
      smallWorkbook({
        ...SHOP,
        waste: [...(SHOP.waste ?? []), { date: '2023-10-30', lot: 'LYE 2', quantity: 20, unit: 'g', reason: 'Spilled' }],
      }),
    );
    const setup = await load();
    expect(setup.notices).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Waste, row \d+, column "Lot": LYE 2 matches no lot or batch \(closest: LYE-2/)]),
    );
  });

  it('says what is missing when the tracking sheets are not there', async () => {
    const { load } = openWorkbook({ Notes: [['Hello']] });
    const setup = await load();
    expect(setup.notices).toEqual(
      expect.arrayContaining([expect.stringContaining('no Products sheet'), expect.stringContaining('no BoM sheet')]),
    );
    expect(setup.stock).toEqual([]);
  });
});

describe('a good save', () => {
  it('appends the batch, its inputs and waste in one write per sheet, and a Log row; a trace from one of its lots reaches it', async () => {
    const { runtime, bundle, sheet, save } = openWorkbook();
    runtime.meter.reset();
    const result = okResult(await save(soapRun()));
    expect(result).toEqual({
      ok: true,
      batchId: 'MFG-0005',
      batchCode: 'LSOAP-231101-01',
      expires: '2024-02-01',
      row: 6,
      inputs: 4,
      waste: 1,
      addedColumns: [],
      // The workshop's receipts carry no Cost: the batch's Cost is left blank and the save says why.
      cost: null,
      unitCost: null,
      noCost: [
        'COCO-B (Receipts row 3) has no Cost recorded',
        'LYE-2 (Receipts row 8) has no Cost recorded',
        'LYE-1 (Receipts row 7) has no Cost recorded',
        'FB-2 (Batches row 3) has no Batch inputs and no Cost or Unit cost',
      ],
    });
    // Expires: the blend FB-2's 2024-02-01 comes before the soap's 365 days of shelf life.
    // Cost and Unit cost blank: an input has no cost, and a blank is never a 0.
    expect(rowsFrom(sheet('Batches'), 6, 12)).toEqual([
      [
        'MFG-0005',
        '2023-11-01',
        'LSOAP',
        'LSOAP-231101-01',
        '246',
        'pcs',
        '2024-02-01',
        'Released',
        'maker@example.com',
        '',
        '',
        'Cut on day 2',
      ],
    ]);
    expect(rowsFrom(sheet('Batch inputs'), 5, 5)).toEqual([
      ['MFG-0005', 'COCO-B', '3000', 'g', ''],
      ['MFG-0005', 'LYE-2', '200', 'g', ''],
      ['MFG-0005', 'LYE-1', '175', 'g', ''],
      ['MFG-0005', 'FB-2', '100', 'ml', ''],
    ]);
    expect(rowsFrom(sheet('Waste'), 3, 6)).toEqual([['2023-11-01', 'COCO-A', '50', 'g', 'Off-spec', 'rancid smell']]);
    const log = sheet('Log').getRange(2, 3, 1, 2).getValues()[0];
    expect(log).toEqual([
      'New production run',
      'Made MFG-0005, batch code LSOAP-231101-01: 246 pcs of LSOAP on 2023-11-01 from COCO-B (3000 g), LYE-2 (200 g), LYE-1 (175 g), FB-2 (100 ml); wasted 50 g of COCO-A (Off-spec); cost left blank (an input has no cost); into Batches row 6, Batch inputs rows 5–8, Waste row 3',
    ]);
    const meter = runtime.meter.snapshot();
    expect(meter.callsByMethod['SpreadsheetApp.Range.setValues']).toBe(3);
    expect(meter.formulasWritten).toBe(0);
    expect(meter.flushes).toBe(1);
    expect(runtime.locks.holder('document')).toBeNull();
    expect(runtime.locks.releasesWithPendingWrites).toBe(0);

    // Trace this lot, forward from the lye lot the run split onto: the new batch is in the report.
    const receipts = sheet('Receipts');
    runtime.spreadsheet.setActiveSheet(receipts);
    receipts.setSelectionForTest(['A8'], 'A8');
    expect(receipts.getRange('A8').getValue()).toBe('LYE-2');
    bundle.clickMenuItem('Trace this lot');
    const report = runtime.spreadsheet.getActiveSheet();
    expect(report.getName()).toMatch(/^LYE-2 trace/);
    const text = report.getRange(1, 1, report.getLastRow(), report.getLastColumn()).getDisplayValues().flat();
    expect(text).toContain('LSOAP-231101-01');
  });

  it('keeps the maker’s text as text, and a waste line of the batch being made follows the code it is given', async () => {
    const { sheet, save } = openWorkbook();
    // Someone else's run took the code the sidebar showed.
    sheet('Batches').loadRowsForTest([['MFG-0099', '2023-11-01', 'LSOAP', 'LSOAP-231101-01', 10, 'pcs']], 6);
    const result = okResult(
      await save(
        soapRun({
          madeBy: '=HYPERLINK("http://evil.example","x")',
          notes: '0923',
          waste: [{ lot: 'lsoap-231101-01', quantity: 4, unit: 'pcs', reason: 'Off-spec', notes: '=1+1' }],
        }),
        'LSOAP-231101-01',
      ),
    );
    expect(result).toMatchObject({ batchId: 'MFG-0100', batchCode: 'LSOAP-231101-02' });
    const batch = sheet('Batches').getRange(7, 1, 1, 12).getValues()[0];
    expect(batch?.[8]).toBe('=HYPERLINK("http://evil.example","x")');
    expect(batch?.[11]).toBe('0923');
    expect(rowsFrom(sheet('Waste'), 3, 6)).toEqual([['2023-11-01', 'LSOAP-231101-02', '4', 'pcs', 'Off-spec', '=1+1']]);
  });

  it('two saves in a row get distinct Batch IDs and batch codes', async () => {
    const { save } = openWorkbook();
    const small = soapRun({
      quantityToMake: 10,
      quantityMade: 10,
      waste: [],
      inputs: [{ component: 'COCO', lot: 'COCO-N', quantity: 120, unit: 'g' }],
    });
    const first = okResult(await save(small));
    const second = okResult(await save(small));
    expect([first.batchId, second.batchId]).toEqual(['MFG-0005', 'MFG-0006']);
    expect([first.batchCode, second.batchCode]).toEqual(['LSOAP-231101-01', 'LSOAP-231101-02']);
  });
});

describe('a refused save writes nothing', () => {
  it('a lot used up by another run saved in between: the problem at its line, every sheet as it was', async () => {
    const { runtime, load, save } = openWorkbook();
    await load();
    // Someone else's run takes all of LYE-2 after this sidebar opened.
    okResult(
      await save(
        soapRun({
          quantityToMake: 100,
          quantityMade: 100,
          waste: [],
          inputs: [{ component: 'LYE', lot: 'LYE-2', quantity: 0.2, unit: 'kg' }],
        }),
      ),
    );
    const before = everySheet(runtime);
    const result = await save(soapRun());
    expect(result).toEqual({
      ok: false,
      problems: [{ list: 'inputs', line: 1, field: 'quantity', message: 'LYE-2 has 0 kg on hand; this run takes 0.2 kg of it.' }],
    });
    expect(everySheet(runtime)).toEqual(before);
  });

  it('bad lines, a taken batch code and an unknown product: each problem at its field', async () => {
    const { runtime, save } = openWorkbook();
    const before = everySheet(runtime);
    const result = await save(
      soapRun({
        batchCode: 'coco-a',
        inputs: [
          { component: 'COCO', lot: 'COCO-Q', quantity: 100, unit: 'g' },
          { component: 'LYE', lot: 'LYE-1', quantity: 10, unit: 'ml' },
        ],
        waste: [{ lot: 'NOPE-1', quantity: 1, unit: 'g', reason: 'Damaged', notes: '' }],
      }),
    );
    expect(result.ok).toBe(false);
    const places = !result.ok ? result.problems.map((problem) => `${problem.list ?? ''}${problem.line ?? ''}.${problem.field}`) : [];
    expect(places).toEqual(['.batchCode', 'inputs0.lot', 'inputs1.unit', 'waste0.lot']);
    expect(everySheet(runtime)).toEqual(before);
  });

  it('a request that is not a run is refused before anything is read', async () => {
    const { runtime, bundle } = openWorkbook();
    runtime.meter.reset();
    // Not what the sidebar's types allow: what any other caller could send.
    const result = (await callFromClient(bundle, 'saveProductionRun', [{ run: { sku: 'LSOAP' }, shownBatchCode: '' }])) as ProductionResult;
    expect(result.ok).toBe(false);
    expect(runtime.meter.snapshot().cellsRead).toBe(0);
  });

  it('a write that fails part-way is taken back: the rows already appended are removed', async () => {
    const { runtime, save } = openWorkbook();
    const before = everySheet(runtime);
    // The Waste sheet is protected from this maker: Batches and Batch inputs are written first.
    const protection = (runtime.spreadsheet.getSheetByName('Waste') as LocalSheet).protect();
    protection.removeEditors(protection.getEditors());
    runtime.setUser('helper@example.com');
    const result = await save(soapRun());
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          field: 'form',
          message: expect.stringMatching(/^Nothing was saved: writing to the Waste sheet failed \(You are trying to edit a protected cell/),
        },
      ],
    });
    expect(everySheet(runtime)).toEqual(before);
    expect(runtime.locks.holder('document')).toBeNull();
  });
});

describe('a save drops nothing the maker entered, and refuses what cannot be right', () => {
  /** The workshop's Batches with only its required columns, as a maker might have built it. */
  function requiredBatchesOnly(): SheetContents {
    const contents = smallWorkbook(SHOP);
    const keep = [0, 1, 2, 3, 4]; // Batch ID, Made, SKU, Batch code, Quantity made
    contents.Batches = (contents.Batches ?? []).map((row) => keep.map((index) => row[index]));
    return contents;
  }

  it('a Batches sheet with only its required columns gets Expires, Made by and Notes at its right end, and says so', async () => {
    const { sheet, save } = openWorkbook(requiredBatchesOnly());
    // From a receipt lot only: the existing batches have lost their Status and cannot be taken.
    const run = soapRun({ waste: [], inputs: [{ component: 'COCO', lot: 'COCO-N', quantity: 900, unit: 'g' }] });
    const result = okResult(await save(run));
    expect(result).toMatchObject({ expires: '2024-10-31', addedColumns: [{ sheet: 'Batches', columns: ['Expires', 'Made by', 'Notes'] }] });
    const batches = sheet('Batches');
    expect(batches.getRange(1, 1, 1, 8).getValues()[0]).toEqual([
      'Batch ID',
      'Made',
      'SKU',
      'Batch code',
      'Quantity made',
      'Expires',
      'Made by',
      'Notes',
    ]);
    expect(rowsFrom(batches, 6, 8)).toEqual([
      ['MFG-0005', '2023-11-01', 'LSOAP', 'LSOAP-231101-01', '246', '2024-10-31', 'maker@example.com', 'Cut on day 2'],
    ]);
  });

  it('the batch’s dates go in the column’s own date format when it has one', async () => {
    const { sheet, save } = openWorkbook();
    sheet('Batches').getRange('B2').setNumberFormat('M/d/yyyy');
    okResult(await save(soapRun()));
    expect(sheet('Batches').getRange(6, 1, 1, 7).getDisplayValues()[0]).toEqual([
      'MFG-0005',
      '11/1/2023',
      'LSOAP',
      'LSOAP-231101-01',
      '246',
      'pcs',
      '2024-02-01',
    ]);
  });

  it('a run dated after today, and a batch code that only looks new (a zero-width space in it), are refused', async () => {
    const { runtime, save } = openWorkbook();
    const before = everySheet(runtime);
    const result = await save(soapRun({ dateMade: '2199-01-01', batchCode: 'COCO\u200b-A' }));
    expect(result.ok).toBe(false);
    const problems = !result.ok ? result.problems.filter((problem) => problem.list === undefined) : [];
    expect(problems).toEqual([
      {
        field: 'dateMade',
        message: expect.stringMatching(/^2199-01-01 is after today \(\d{4}-\d\d-\d\d\): a run is saved once it is made\.$/),
      },
      {
        field: 'batchCode',
        message: 'COCO\u200b-A is already the lot number on Receipts row 2; every lot number and batch code must be unique.',
      },
    ]);
    expect(everySheet(runtime)).toEqual(before);
  });

  it('a Log row that cannot be written takes the whole run back', async () => {
    const { runtime, save } = openWorkbook();
    const before = everySheet(runtime);
    const protection = (runtime.spreadsheet.getSheetByName('Log') as LocalSheet).protect();
    protection.removeEditors(protection.getEditors());
    runtime.setUser('helper@example.com');
    const result = await save(soapRun());
    expect(result).toEqual({
      ok: false,
      problems: [{ field: 'form', message: expect.stringMatching(/^Nothing was saved: writing to the Log sheet failed/) }],
    });
    expect(everySheet(runtime)).toEqual(before);
  });
});

describe('saving at the same time as someone else', () => {
  it('while another execution holds the document lock: a clear message, nothing written; then it saves', async () => {
    const { runtime, save } = openWorkbook();
    const before = everySheet(runtime);
    runtime.locks.holdDocumentLockAsAnotherExecution();
    const busy = await save(soapRun());
    expect(busy).toEqual({ ok: false, problems: [{ field: 'form', message: expect.stringContaining('Someone else is saving') }] });
    expect(everySheet(runtime)).toEqual(before);
    runtime.locks.releaseDocumentLockOfAnotherExecution();
    expect(okResult(await save(soapRun())).batchId).toBe('MFG-0005');
  });
});

describe('what it costs', () => {
  /** The workshop with this many more lots, batches, inputs and order lines of other materials and products. */
  function workbookOf(extra: number): SheetContents {
    const lots = Array.from({ length: extra }, (_, n) => ({
      lotNumber: `OLV-${n}`,
      received: '2023-01-10',
      materialCode: 'OLV',
      supplier: 'Coastal Oils',
      quantity: 10,
      unit: 'g',
    }));
    const batches = Array.from({ length: extra }, (_, n) => ({
      batchId: `MFG-9${n}`,
      made: '2023-02-01',
      sku: 'GIFT',
      batchCode: `GIFT-${n}`,
      quantityMade: 20,
    }));
    return smallWorkbook({
      ...SHOP,
      receipts: [...WORKSHOP.receipts, ...lots],
      batches: [...WORKSHOP.batches, ...batches],
      batchInputs: [
        ...WORKSHOP.batchInputs,
        ...lots.map((lot, n) => ({ batchId: `MFG-9${n}`, lot: lot.lotNumber, quantity: 5, unit: 'g' })),
      ],
      orders: [
        ...WORKSHOP.orders,
        ...batches.map((batch, n) => ({ order: 5000 + n, customer: 'Ana', batchCode: batch.batchCode, quantity: 1 })),
      ],
    });
  }

  async function metered(contents: SheetContents) {
    const { runtime, load, save } = openWorkbook(contents);
    // Room below the data, as a sheet has.
    for (const sheet of runtime.spreadsheet.getSheets()) sheet.setDimensionsForTest(sheet.getLastRow() + 500, sheet.getMaxColumns());
    runtime.meter.reset();
    await load();
    const loaded = runtime.meter.snapshot();
    runtime.meter.reset();
    okResult(await save(soapRun()));
    return { load: loaded, save: runtime.meter.snapshot() };
  }

  it('the same service calls on a big workbook as on a middling one, loading and saving', async () => {
    // A small table is read in fewer calls (a gap between columns is cheaper to read than another call).
    const tiny = await metered(workbookOf(10));
    const small = await metered(workbookOf(3000));
    const big = await metered(workbookOf(30000));
    expect(tiny.save.calls).toBeLessThanOrEqual(small.save.calls);
    expect(big.load.calls).toBe(small.load.calls);
    expect(big.load.callsByMethod).toEqual(small.load.callsByMethod);
    // A save searches a big code column where it reads a small one (code-finder.ts): a few calls more.
    expect(big.save.calls).toBeGreaterThanOrEqual(small.save.calls);
    expect(big.save.calls).toBeLessThanOrEqual(small.save.calls + 6);
    expect(big.save.cellsWritten).toBe(small.save.cellsWritten);
    // Of the 30,000 rows only the Batch ID column is read whole (the next ID is one past the highest),
    // then the rows of the lots the run names: not the stock columns (24 of 40) of every row.
    expect(big.save.cellsRead).toBeLessThan(31000 * 2);
    expect(big.save.cellsSearched).toBeGreaterThan(30000);
  });
});
