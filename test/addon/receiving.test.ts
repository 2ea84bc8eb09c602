// Receive materials through the built add-on, called as the sidebar calls it (google.script.run rules):
// what it loads, what a save writes, what a refused save leaves alone, and what it costs.
import { callFromClient, createRuntimeWithBundle, scriptRunOf, type LocalSheet, type Runtime } from '../../local/runtime';
import type * as Lotline from '../../src/index';
import { CODE_FORMATS_PROPERTY } from '../../src/sheets/code-format-settings';
import { BASICS, smallWorkbook, type SmallTables } from '../fixtures/small-workbook';
import type { SheetContents } from '../fixtures/sheet-values';
import type { DeliveryDraft, DeliveryLineDraft, DeliveryResult } from '../../src/contract/receiving';

const RECEIPTS: SmallTables = {
  ...BASICS,
  receipts: [
    { lotNumber: 'LAV-0923-001', received: '2023-09-14', materialCode: 'LAV', supplier: 'Lavender Fields Co.', quantity: 1000, unit: 'ml' },
    { lotNumber: 'COCO-0923-001', received: '2023-09-15', materialCode: 'COCO', supplier: 'Coastal Oils', quantity: 5000, unit: 'g' },
  ],
  batches: [{ batchId: 'MFG-0001', made: '2023-09-20', sku: 'LSOAP', batchCode: 'LAV-0923-002', quantityMade: 100, unit: 'pcs' }],
};

function openWorkbook(contents: SheetContents = smallWorkbook(RECEIPTS)) {
  const { runtime, bundle } = createRuntimeWithBundle();
  for (const [name, rows] of Object.entries(contents)) runtime.spreadsheet.insertSheet(name).loadRowsForTest(rows);
  bundle.open('LIMITED');
  runtime.setAuthMode('FULL');
  const sheet = (name: string) => runtime.spreadsheet.getSheetByName(name) as LocalSheet;
  // google.script.run as the sidebar has it, typed from the server's own exports.
  const server = scriptRunOf<typeof Lotline>(bundle);
  return { runtime, bundle, server, sheet, save: (draft: DeliveryDraft) => server.receiveDelivery(draft) };
}

function line(fields: Partial<DeliveryLineDraft> = {}): DeliveryLineDraft {
  return {
    materialCode: 'LAV',
    quantity: '500',
    unit: 'ml',
    supplierLot: 'LF-2309-88',
    cost: '42.50',
    // Far off: a lot already expired when it is saved asks the maker first.
    expires: '2099-09-01',
    spec: 'Organic, 100%',
    condition: 'OK',
    status: 'Available',
    notes: '',
    lotNumber: '',
    lotNumberEdited: false,
    ...fields,
  };
}

function delivery(fields: Partial<DeliveryDraft> = {}): DeliveryDraft {
  return { supplier: 'Lavender Fields Co.', received: '2023-09-26', lines: [line()], ...fields };
}

/** Everything of every sheet a maker could notice: names, sizes, values, formats. */
function everySheet(runtime: Runtime) {
  return runtime.spreadsheet.getSheets().map((sheet) => {
    const rows = Math.max(1, sheet.getLastRow());
    const columns = Math.max(1, sheet.getLastColumn());
    const range = sheet.getRange(1, 1, rows, columns);
    return { name: sheet.getName(), rows: sheet.getLastRow(), values: range.getDisplayValues(), formats: range.getNumberFormats() };
  });
}

/** Receipts rows from a row on, as a maker sees them. */
function receiptsFrom(sheet: LocalSheet, row: number): string[][] {
  return sheet.getRange(row, 1, sheet.getLastRow() - row + 1, 13).getDisplayValues();
}

function okResult(result: DeliveryResult): Extract<DeliveryResult, { ok: true }> {
  if (!result.ok) throw new Error(`the save was refused: ${JSON.stringify(result.problems)}`);
  return result;
}

describe('the menu item', () => {
  it('opens the Receive materials sidebar', () => {
    const { runtime, bundle } = openWorkbook();
    bundle.clickMenuItem('Receive materials…');
    expect(runtime.ui.sidebar?.title).toBe('Receive materials');
    expect(runtime.ui.sidebar?.html).toContain('Save delivery');
    expect(runtime.ui.sidebar?.width).toBe(300);
  });
});

describe('loading the sidebar', () => {
  it('gives suppliers, materials with units, the formats and where each material’s lot numbers stand, in one call', async () => {
    const { runtime, server } = openWorkbook();
    runtime.meter.reset();
    const setup = await server.loadReceiving();
    expect(setup.suppliers).toEqual(['Lavender Fields Co.', 'Coastal Oils', 'Aroma Source Ltd']);
    expect(setup.materials).toEqual([
      { code: 'LAV', name: 'Lavender essential oil', unit: 'ml', supplier: 'Lavender Fields Co.' },
      { code: 'COCO', name: 'Coconut oil', unit: 'g', supplier: 'Coastal Oils' },
      { code: 'CED', name: 'Cedarwood essential oil', unit: 'ml', supplier: 'Aroma Source Ltd' },
    ]);
    expect(setup.formats.receiptLot).toBe('{MAT}-{MM}{YY}-{SEQ3}');
    expect(setup.today).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(setup.notices).toEqual([]);
    // One getValues per table for its columns, after each header row.
    expect(runtime.meter.snapshot().callsByMethod['SpreadsheetApp.Range.getValues']).toBe(8);
  });

  it('tells the highest lot number used per material for another received day, batch codes included', async () => {
    const { server } = openWorkbook();
    const preview = await server.previewLotNumbers({ received: '2023-09-30', materialCodes: ['LAV', 'COCO', 'CED'] });
    expect(preview).toEqual({ received: '2023-09-30', highest: { LAV: 2, COCO: 1 } });
  });

  it('says what stops a delivery when the tracking sheets are missing', async () => {
    const { server } = openWorkbook({ Notes: [['Hello']] });
    const setup = await server.loadReceiving();
    expect(setup.notices).toEqual(expect.arrayContaining([expect.stringContaining('no Receipts sheet')]));
    expect(setup.materials).toEqual([]);
  });
});

describe('a good save', () => {
  it('appends every line as a Receipts row in one write, the new supplier, and one Log row', async () => {
    const { runtime, sheet, save } = openWorkbook();
    runtime.meter.reset();
    const result = okResult(
      await save(
        delivery({
          supplier: 'Provence Naturals',
          lines: [
            line(),
            line({
              materialCode: 'coco',
              quantity: '1,200',
              unit: 'kg',
              cost: '',
              expires: '',
              spec: '',
              condition: 'Damaged',
              status: 'Quarantined',
              notes: 'Box dented',
            }),
          ],
        }),
      ),
    );
    expect(result.lots.map((lot) => lot.lotNumber)).toEqual(['LAV-0923-003', 'COCO-0923-002']);
    expect(result).toMatchObject({ supplier: 'Provence Naturals', newSupplier: true, sheet: 'Receipts', firstRow: 4 });
    expect(receiptsFrom(sheet('Receipts'), 4)).toEqual([
      [
        'LAV-0923-003',
        '2023-09-26',
        'LAV',
        'Provence Naturals',
        'LF-2309-88',
        '500',
        'ml',
        '42.5',
        '2099-09-01',
        'Organic, 100%',
        'OK',
        'Available',
        '',
      ],
      [
        'COCO-0923-002',
        '2023-09-26',
        'COCO',
        'Provence Naturals',
        'LF-2309-88',
        '1200',
        'kg',
        '',
        '',
        '',
        'Damaged',
        'Quarantined',
        'Box dented',
      ],
    ]);
    // Days are real date cells, quantities numbers, codes text.
    const [first] = sheet('Receipts').getRange(4, 1, 1, 9).getValues();
    expect(Object.prototype.toString.call(first?.[1])).toBe('[object Date]');
    expect(typeof first?.[5]).toBe('number');
    expect(sheet('Suppliers').getRange(sheet('Suppliers').getLastRow(), 1).getValue()).toBe('Provence Naturals');
    const log = sheet('Log');
    expect(log.getLastRow()).toBe(2);
    expect(log.getRange(2, 3, 1, 2).getValues()[0]).toEqual([
      'Receive materials',
      'Received 2 lot(s) from Provence Naturals on 2023-09-26: LAV-0923-003 (500 ml LAV), COCO-0923-002 (1200 kg COCO) into Receipts rows 4–5; added supplier "Provence Naturals" to Suppliers',
    ]);
    const meter = runtime.meter.snapshot();
    expect(meter.callsByMethod['SpreadsheetApp.Range.setValues']).toBe(3);
    expect(meter.formulasWritten).toBe(0);
    // The writes reached the sheet before the lock was let go.
    expect(runtime.locks.holder('document')).toBeNull();
    expect(runtime.locks.releasesWithPendingWrites).toBe(0);
  });

  it('keeps what the maker typed as text: a lot number like 0923, a formula-looking supplier and notes', async () => {
    const { runtime, sheet, save } = openWorkbook();
    const result = okResult(
      await save(
        delivery({
          supplier: '=HYPERLINK("http://evil.example","x")',
          lines: [line({ lotNumber: '0923', lotNumberEdited: true, notes: '=1+1' })],
        }),
      ),
    );
    expect(result.lots[0]?.lotNumber).toBe('0923');
    const row = sheet('Receipts').getRange(4, 1, 1, 13).getValues()[0];
    expect(row?.[0]).toBe('0923');
    expect(row?.[3]).toBe('=HYPERLINK("http://evil.example","x")');
    expect(row?.[12]).toBe('=1+1');
    expect(runtime.meter.snapshot().formulasWritten).toBe(0);
  });

  it('two saves in a row of the same material and month get distinct lot numbers', async () => {
    const { save } = openWorkbook();
    const first = okResult(await save(delivery({ lines: [line(), line()] })));
    const second = okResult(await save(delivery({ lines: [line()] })));
    expect([...first.lots, ...second.lots].map((lot) => lot.lotNumber)).toEqual(['LAV-0923-003', 'LAV-0923-004', 'LAV-0923-005']);
  });

  it('follows the formats saved in Settings, and logs the change', async () => {
    const { runtime, server, sheet, save } = openWorkbook();
    const refused = await server.saveCodeFormats({
      receiptLot: '{MAT}-{MONTH}',
      batchId: 'MFG-{SEQ4}',
      batchCode: '{SKU}-{YY}{MM}{DD}-{SEQ2}',
    });
    expect(refused).toEqual({ ok: false, problems: [{ field: 'receiptLot', message: expect.stringContaining('{MONTH} is not a token') }] });
    expect(runtime.properties.document.values.has(CODE_FORMATS_PROPERTY)).toBe(false);

    const stored = await server.saveCodeFormats({
      receiptLot: ' R{YYYY}-{MAT}-{SEQ2} ',
      batchId: 'MFG-{SEQ4}',
      batchCode: '{SKU}-{YY}{MM}{DD}-{SEQ2}',
    });
    expect(stored).toMatchObject({ ok: true, formats: { receiptLot: 'R{YYYY}-{MAT}-{SEQ2}' } });
    expect(sheet('Log').getRange(2, 4).getValue()).toBe(
      'New codes are made as receipt lot numbers: {MAT}-{MM}{YY}-{SEQ3} → R{YYYY}-{MAT}-{SEQ2}',
    );
    const result = okResult(await save(delivery()));
    expect(result.lots[0]?.lotNumber).toBe('R2023-LAV-01');
  });
});

describe('a refused save writes nothing', () => {
  it('bad input: every problem with its field, and every sheet as it was', async () => {
    const { runtime, save } = openWorkbook();
    const before = everySheet(runtime);
    const result = await save(
      delivery({
        supplier: '',
        received: '2023-02-30',
        lines: [line({ materialCode: 'ROSE' }), line({ quantity: '-5', unit: 'kg', lotNumber: 'lav-0923-001', lotNumberEdited: true })],
      }),
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        { field: 'supplier', message: 'Choose a supplier, or type the name of a new one.' },
        { field: 'received', message: '"2023-02-30" is not a real date.' },
        { line: 0, field: 'materialCode', message: 'There is no material "ROSE" in Materials.' },
        { line: 1, field: 'quantity', message: 'The quantity must be more than 0.' },
        { line: 1, field: 'unit', message: 'LAV is counted in ml: choose a volume unit, not kg.' },
        { line: 1, field: 'lotNumber', message: 'lav-0923-001 is already used in Receipts or Batches: a lot number is never used twice.' },
      ],
    });
    expect(everySheet(runtime)).toEqual(before);
    expect(runtime.locks.holder('document')).toBeNull();
  });

  it('a request that is not a delivery at all is refused before anything is read', async () => {
    const { runtime, bundle } = openWorkbook();
    const before = everySheet(runtime);
    runtime.meter.reset();
    // Not what the sidebar's types allow: what any other caller could send.
    const result = (await callFromClient(bundle, 'receiveDelivery', [
      { supplier: 'X', received: '2023-09-26', lines: [{ materialCode: 'LAV', quantity: 5 }] },
    ])) as DeliveryResult;
    expect(result).toEqual({
      ok: false,
      problems: [
        { line: 0, field: 'quantity', message: 'The quantity of line 1 must be text, not a number.' },
        { line: 0, field: 'unit', message: 'The unit of line 1 is missing.' },
        ...['supplierLot', 'cost', 'expires', 'spec', 'condition', 'status', 'notes', 'lotNumber'].map((field) => ({
          line: 0,
          field,
          message: expect.stringMatching(/^The .+ of line 1 is missing\.$/),
        })),
        { field: 'form', message: 'The lot number’s "edited" flag of line 1 is missing.' },
      ],
    });
    expect(runtime.meter.snapshot().cellsRead).toBe(0);
    expect(everySheet(runtime)).toEqual(before);
  });

  it('a date object instead of ISO text fails the call itself, as google.script.run does', async () => {
    const { bundle } = openWorkbook();
    await expect(callFromClient(bundle, 'receiveDelivery', [{ ...delivery(), received: new Date() }])).rejects.toThrow('illegal value');
  });
});

describe('a save is all or nothing, and drops nothing the maker entered', () => {
  /** The small workbook with these sheets replaced (or, with null, left out). */
  function workbookWith(sheets: Record<string, unknown[][] | null>): SheetContents {
    const contents: SheetContents = { ...smallWorkbook(RECEIPTS) };
    for (const [name, rows] of Object.entries(sheets)) {
      if (rows === null) delete contents[name];
      else contents[name] = rows;
    }
    return contents;
  }

  it('a maker’s own Log tab with other headers gets Lotline’s columns at its right end; each save has its Log row', async () => {
    const { sheet, save } = openWorkbook(
      workbookWith({
        Log: [
          ['Date', 'Entry'],
          ['2023-09-01', 'Opened the workshop'],
        ],
      }),
    );
    const first = okResult(await save(delivery()));
    expect(first.addedColumns).toEqual([{ sheet: 'Log', columns: ['Time', 'User', 'Action', 'Details'] }]);
    okResult(await save(delivery()));
    okResult(await save(delivery()));
    const log = sheet('Log').getRange(1, 1, sheet('Log').getLastRow(), 6).getDisplayValues();
    expect(log.map((row) => row.slice(0, 2))).toEqual([
      ['Date', 'Entry'],
      ['2023-09-01', 'Opened the workshop'],
      ['', ''],
      ['', ''],
      ['', ''],
    ]);
    expect(log[0]?.slice(2)).toEqual(['Time', 'User', 'Action', 'Details']);
    expect(log.slice(2).map((row) => row.slice(3, 5))).toEqual(Array(3).fill(['maker@example.com', 'Receive materials']));
    expect(log.slice(2).map((row) => row[5]?.match(/LAV-0923-\d+/)?.[0])).toEqual(['LAV-0923-003', 'LAV-0923-004', 'LAV-0923-005']);
    expect(receiptsFrom(sheet('Receipts'), 4).map((row) => row[0])).toEqual(['LAV-0923-003', 'LAV-0923-004', 'LAV-0923-005']);
  });

  it('a Log row that cannot be written takes the delivery back: every sheet as it was', async () => {
    const { runtime, save } = openWorkbook(workbookWith({ Log: [['Time', 'User', 'Action', 'Details']] }));
    const before = everySheet(runtime);
    const protection = (runtime.spreadsheet.getSheetByName('Log') as LocalSheet).protect();
    protection.removeEditors(protection.getEditors());
    runtime.setUser('helper@example.com');
    const result = await save(delivery({ supplier: 'Provence Naturals', lines: [line(), line()] }));
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          field: 'form',
          message: expect.stringMatching(/^Nothing was saved: writing to the Log sheet failed \(You are trying to edit a protected/),
        },
      ],
    });
    expect(everySheet(runtime)).toEqual(before);
  });

  it('a Log sheet another execution creates meanwhile (a trace takes no lock) is used, not created again', async () => {
    const { runtime, sheet, save } = openWorkbook(workbookWith({ Log: null }));
    // Right after the save lists the sheets, a trace finishing elsewhere adds the Log and its row.
    const spreadsheet = runtime.spreadsheet;
    const listSheets = spreadsheet.getSheets.bind(spreadsheet);
    let traced = false;
    spreadsheet.getSheets = () => {
      const listed = listSheets();
      if (!traced) {
        traced = true;
        spreadsheet.insertSheet('Log').loadRowsForTest([
          ['Time', 'User', 'Action', 'Details'],
          ['2023-09-26 10:00:00', 'helper@example.com', 'Trace this lot', 'Traced "LAV-0923-001"'],
        ]);
      }
      return listed;
    };
    const result = okResult(await save(delivery()));
    expect(result.lots[0]?.lotNumber).toBe('LAV-0923-003');
    expect(spreadsheet.getSheets().filter((each) => each.getName() === 'Log')).toHaveLength(1);
    expect(sheet('Log').getRange(2, 3, 2, 1).getValues()).toEqual([['Trace this lot'], ['Receive materials']]);
  });

  it('a Receipts sheet with only its required columns gets the ones the delivery fills in, at its right end', async () => {
    const required = [['Lot number', 'Received', 'Material code', 'Supplier', 'Quantity', 'Unit', 'Where kept']];
    const { sheet, save } = openWorkbook(
      workbookWith({ Receipts: [...required, ['LAV-0923-001', '2023-09-14', 'LAV', 'Lavender Fields Co.', 1000, 'ml', 'Shelf 2']] }),
    );
    const result = okResult(await save(delivery({ lines: [line({ condition: 'Damaged', notes: 'Box dented' })] })));
    expect(result.addedColumns).toEqual([
      { sheet: 'Receipts', columns: ['Supplier lot', 'Cost', 'Expires', 'Spec', 'Condition', 'Notes'] },
    ]);
    const receipts = sheet('Receipts').getRange(1, 1, 3, 13).getDisplayValues();
    expect(receipts[0]).toEqual([...required[0]!, 'Supplier lot', 'Cost', 'Expires', 'Spec', 'Condition', 'Notes']);
    expect(receipts[2]).toEqual([
      'LAV-0923-003',
      '2023-09-26',
      'LAV',
      'Lavender Fields Co.',
      '500',
      'ml',
      '',
      'LF-2309-88',
      '42.5',
      '2099-09-01',
      'Organic, 100%',
      'Damaged',
      'Box dented',
    ]);
    expect(sheet('Log').getRange(2, 4).getValue()).toMatch(
      /; added Supplier lot, Cost, Expires, Spec, Condition, Notes to Receipts at the right end$/,
    );
  });

  it('dates go in the column’s own date format when it has one, else as ISO; the Log’s time likewise', async () => {
    const { sheet, save } = openWorkbook(workbookWith({ Log: [['Time', 'User', 'Action', 'Details']] }));
    sheet('Receipts').getRange('B2').setNumberFormat('M/d/yyyy');
    sheet('Log').getRange('A2:A50').setNumberFormat('M/d/yyyy H:mm');
    okResult(await save(delivery()));
    expect(sheet('Receipts').getRange(4, 1, 1, 9).getDisplayValues()[0]).toEqual(expect.arrayContaining(['9/26/2023', '2099-09-01']));
    expect(sheet('Receipts').getRange('I4').getDisplayValue()).toBe('2099-09-01');
    expect(sheet('Log').getRange('A2').getDisplayValue()).toMatch(/^\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d\d$/);
    expect(Object.prototype.toString.call(sheet('Log').getRange('A2').getValue())).toBe('[object Date]');

    const plain = openWorkbook();
    okResult(await plain.save(delivery()));
    expect(plain.sheet('Receipts').getRange('B4').getDisplayValue()).toBe('2023-09-26');
    expect(plain.sheet('Log').getRange('A2').getDisplayValue()).toMatch(/^\d{4}-\d\d-\d\d \d{1,2}:\d\d:\d\d$/);
  });
});

describe('dates that cannot be right', () => {
  it('a delivery received after today, or a lot expiring before it arrived, is refused at its field', async () => {
    const { runtime, save } = openWorkbook();
    const before = everySheet(runtime);
    const result = await save(delivery({ received: '2199-01-01', lines: [line({ expires: '2023-09-01' })] }));
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          field: 'received',
          message: expect.stringMatching(/^2199-01-01 is after today \(\d{4}-\d\d-\d\d\): enter the day the delivery arrived\.$/),
        },
        { line: 0, field: 'expires', message: 'The expiry 2023-09-01 is before the day received, 2199-01-01.' },
      ],
    });
    expect(everySheet(runtime)).toEqual(before);
  });

  it('a lot already expired on arrival is saved only when the maker confirms what the form showed', async () => {
    const { runtime, sheet, save } = openWorkbook();
    const before = everySheet(runtime);
    const draft = delivery({ lines: [line(), line({ expires: '2023-09-26' })] });
    const asked = await save(draft);
    expect(asked).toEqual({
      ok: false,
      problems: [],
      toConfirm: [
        {
          line: 1,
          field: 'expires',
          message:
            'The expiry 2023-09-26 is the day it arrived: this lot is expired on arrival, and no run will be offered it. Save it anyway?',
          key: expect.any(String),
        },
      ],
    });
    expect(everySheet(runtime)).toEqual(before);
    const keys = !asked.ok ? (asked.toConfirm ?? []).map((warning) => warning.key) : [];
    // A confirmation is for the line as it was shown: another expiry asks again.
    const changed = await save({ ...draft, lines: [line(), line({ expires: '2023-10-01' })], confirmed: keys });
    expect(!changed.ok && changed.toConfirm?.[0]?.message).toMatch(/^The expiry 2023-10-01 has passed/);
    const saved = okResult(await save({ ...draft, confirmed: keys }));
    expect(saved.lots).toHaveLength(2);
    expect(sheet('Receipts').getRange('I5').getDisplayValue()).toBe('2023-09-26');
  });
});

describe('saving at the same time as someone else', () => {
  it('a generated lot number taken meanwhile is chosen again; the maker’s own is refused', async () => {
    const { runtime, server, sheet, save } = openWorkbook();
    const preview = await server.previewLotNumbers({ received: '2023-09-26', materialCodes: ['LAV'] });
    expect(preview).toEqual({ received: '2023-09-26', highest: { LAV: 2 } });
    // The sidebar shows LAV-0923-003; meanwhile someone else's delivery takes it.
    sheet('Receipts').loadRowsForTest([['LAV-0923-003', '2023-09-26', 'LAV', 'Coastal Oils', '', 10, 'ml']], 4);

    const mine = okResult(await save(delivery({ lines: [line({ lotNumber: 'LAV-0923-003' })] })));
    expect(mine.lots[0]).toMatchObject({ lotNumber: 'LAV-0923-004', shownLotNumber: 'LAV-0923-003' });

    sheet('Receipts').loadRowsForTest([['LAV-0923-777', '2023-09-26', 'LAV', 'Coastal Oils', '', 10, 'ml']], 6);
    const before = everySheet(runtime);
    const refused = await save(delivery({ lines: [line(), line({ lotNumber: 'LAV-0923-777', lotNumberEdited: true })] }));
    expect(refused).toEqual({
      ok: false,
      problems: [{ line: 1, field: 'lotNumber', message: expect.stringContaining('LAV-0923-777 is already used') }],
    });
    expect(everySheet(runtime)).toEqual(before);
  });

  it('while another execution holds the document lock: a clear message, nothing written; then it saves', async () => {
    const { runtime, save } = openWorkbook();
    const before = everySheet(runtime);
    runtime.locks.holdDocumentLockAsAnotherExecution();
    const busy = await save(delivery());
    expect(busy).toEqual({ ok: false, problems: [{ field: 'form', message: expect.stringContaining('Someone else is saving') }] });
    expect(everySheet(runtime)).toEqual(before);
    expect(runtime.meter.snapshot().waitedMs).toBeGreaterThan(0);

    runtime.locks.releaseDocumentLockOfAnotherExecution();
    expect(okResult(await save(delivery())).lots[0]?.lotNumber).toBe('LAV-0923-003');
  });
});

describe('what a save costs', () => {
  /** A workbook with this many receipts and batches, the lot numbers spread over many materials and months. */
  function workbookOf(receipts: number, batches: number): SheetContents {
    const materials = Array.from({ length: 50 }, (_, index) => ({ materialCode: `M${index}`, material: `Material ${index}`, unit: 'g' }));
    const month = (index: number) => String((index % 12) + 1).padStart(2, '0');
    return smallWorkbook({
      ...BASICS,
      materials: [...(BASICS.materials ?? []), ...materials],
      receipts: Array.from({ length: receipts }, (_, index) => ({
        lotNumber: `M${index % 50}-${month(index)}22-${String(index).padStart(5, '0')}`,
        received: '2022-01-10',
        materialCode: `M${index % 50}`,
        supplier: 'Coastal Oils',
        quantity: 10,
        unit: 'g',
      })),
      batches: Array.from({ length: batches }, (_, index) => ({
        batchId: `MFG-${index}`,
        made: '2022-02-01',
        sku: 'LSOAP',
        batchCode: `LSOAP-2202-${index}`,
        quantityMade: 100,
      })),
    });
  }

  async function metered(contents: SheetContents) {
    const { runtime, server, save } = openWorkbook(contents);
    // Room below the data, as a sheet has: a full sheet would need rows inserted, a change but no call.
    for (const sheet of runtime.spreadsheet.getSheets()) sheet.setDimensionsForTest(sheet.getLastRow() + 500, sheet.getMaxColumns());
    runtime.meter.reset();
    // The sidebar loads first, as it does when opened.
    await server.loadReceiving();
    const load = runtime.meter.snapshot();
    runtime.meter.reset();
    okResult(await save(delivery({ lines: [line(), line({ materialCode: 'COCO', unit: 'g' })] })));
    return { load, save: runtime.meter.snapshot() };
  }

  it('is the same number of service calls on a big workbook as on a small one, loading and saving', async () => {
    const { load: smallLoad, save: small } = await metered(workbookOf(20, 5));
    const { load: bigLoad, save: big } = await metered(workbookOf(60000, 20000));
    expect(bigLoad.calls).toBe(smallLoad.calls);
    // The lot numbers and batch codes are read; not the rest of Receipts and Batches (13 and 10 columns).
    expect(bigLoad.cellsRead).toBeLessThan(60000 * 2 + 20000 * 2);
    expect(big.calls).toBe(small.calls);
    expect(big.callsByMethod).toEqual(small.callsByMethod);
    // Only the cells of the code columns grow.
    expect(big.cellsRead).toBeGreaterThan(80000);
    expect(big.cellsWritten).toBe(small.cellsWritten);
    expect(small.flushes).toBe(1);
  });
});
