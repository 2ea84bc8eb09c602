// The built add-on, loaded as Apps Script loads it, run from its menu on the local runtime.
import { createRuntimeWithBundle, type LocalSheet } from '../../local/runtime';
import { SHEETS } from '../../src/domain/workbook';

function openWorkbook() {
  const { runtime, bundle } = createRuntimeWithBundle();
  return { runtime, bundle, spreadsheet: runtime.spreadsheet };
}

/** Everything of a sheet a maker could notice changed: values, formats, bold, dropdowns, size. */
function snapshot(sheet: LocalSheet, rows: number, columns: number) {
  const range = sheet.getRange(1, 1, rows, columns);
  return {
    name: sheet.getName(),
    values: range.getValues().map((row) => row.map((v) => (v instanceof Object && 'getTime' in v ? `date:${(v as Date).getTime()}` : v))),
    formats: range.getNumberFormats(),
    weights: range.getFontWeights(),
    backgrounds: range.getBackgrounds(),
    validations: range
      .getDataValidations()
      .map((row) => row.map((v) => (v ? `${String(v.getCriteriaType())}:${JSON.stringify(v.getCriteriaValues())}` : null))),
    frozen: sheet.getFrozenRows(),
  };
}

describe('the add-on menu', () => {
  it('is built in AuthMode.NONE without touching anything else, and in LIMITED', () => {
    for (const mode of ['NONE', 'LIMITED'] as const) {
      const { runtime, bundle } = openWorkbook();
      bundle.open(mode);
      expect(runtime.ui.menus).toHaveLength(1);
      const items = runtime.ui.menus[0]?.items ?? [];
      expect(items.flatMap((item) => ('caption' in item ? [item.caption] : []))).toEqual([
        'Receive materials…',
        'New production run…',
        'Import orders…',
        'Link order lines to batches…',
        'Record waste…',
        'Trace this lot',
        'Recall list for this lot',
        'Put on hold…',
        'Release hold…',
        'Record an adverse event…',
        'Batch costs',
        'Stock',
        'Stock settings…',
        'Check my records',
        'Recall drill…',
        'Records pack…',
        'FDA traceability spreadsheet…',
        'Set up tracking sheets',
        'Help',
      ]);
      // Nothing but the menu: no reads, no writes.
      expect(runtime.meter.snapshot().cellsRead).toBe(0);
      expect(runtime.meter.snapshot().cellsWritten).toBe(0);
    }
  });

  it('onInstall builds the same menu', () => {
    const { runtime, bundle } = openWorkbook();
    runtime.setAuthMode('FULL');
    bundle.call('onInstall', {});
    const opened = openWorkbook();
    opened.bundle.open('LIMITED');
    expect(runtime.ui.menus[0]?.items).toEqual(opened.runtime.ui.menus[0]?.items);
  });

  it('runs every menu item by its menu name', () => {
    const { runtime, bundle } = openWorkbook();
    bundle.open('LIMITED');
    const captions = runtime.ui.menus[0]!.items.flatMap((item) => ('caption' in item ? [item.caption] : []));
    // The trace items ask for a code on an empty cell, Stock settings for a number of days; this maker cancels.
    runtime.ui.answerNext({ button: 'CANCEL' }, { button: 'CANCEL' }, { button: 'CANCEL' });
    for (const caption of captions) bundle.clickMenuItem(caption);
    expect(runtime.ui.dialogs.filter((d) => d.kind === 'prompt')).toHaveLength(3);
    expect(runtime.ui.dialogs.some((d) => d.prompt.includes('could not finish'))).toBe(false);
    expect(runtime.ui.sidebar?.title).toBe('Lotline');
    expect(runtime.ui.sidebar?.html).toContain('Set up tracking sheets');
    expect(runtime.ui.dialogs.some((d) => d.kind === 'alert' && d.title === 'Set up tracking sheets')).toBe(true);
  });
});

describe('Set up tracking sheets on a new workbook', () => {
  const { runtime, bundle, spreadsheet } = openWorkbook();
  bundle.open('LIMITED');
  bundle.clickMenuItem('Set up tracking sheets');

  it('creates every sheet of the workbook contract with its header row', () => {
    for (const spec of SHEETS) {
      const sheet = spreadsheet.getSheetByName(spec.name);
      expect(sheet).not.toBeNull();
      const header = sheet!.getRange(1, 1, 1, spec.columns.length).getValues()[0];
      expect(header).toEqual(spec.columns.map((column) => column.header));
      expect(sheet!.getFrozenRows()).toBe(1);
      expect(
        sheet!
          .getRange(1, 1, 1, spec.columns.length)
          .getFontWeights()[0]!
          .every((w) => w === 'bold'),
      ).toBe(true);
    }
  });

  it('adds dropdowns for listed values and for codes that must exist', () => {
    const receipts = spreadsheet.getSheetByName('Receipts')!;
    const status = receipts.getRange('L2').getDataValidation();
    expect(status?.getCriteriaValues()[0]).toEqual(['Available', 'Quarantined', 'Rejected', 'Recalled']);
    const material = receipts.getRange('C2').getDataValidation();
    expect(String(material?.getCriteriaType())).toBe('VALUE_IN_RANGE');
    const source = material?.getCriteriaValues()[0] as { getSheet(): { getName(): string }; getColumn(): number };
    expect(source.getSheet().getName()).toBe('Materials');
    expect(source.getColumn()).toBe(1);
    const reason = spreadsheet.getSheetByName('Waste')!.getRange('E5').getDataValidation();
    expect(reason?.getCriteriaValues()[0]).toContain('Count correction');
    const kind = spreadsheet.getSheetByName('Products')!.getRange('C2').getDataValidation();
    expect(kind?.getCriteriaValues()[0]).toEqual(['Finished', 'Sub-assembly']);
  });

  it('keeps codes typed into the new sheets as text', () => {
    const receipts = spreadsheet.getSheetByName('Receipts')!;
    receipts.getRange('A2').setValue('0923');
    expect(receipts.getRange('A2').getValue()).toBe('0923');
  });

  it('protects each header row with a warning only', () => {
    for (const spec of SHEETS) {
      const protections = spreadsheet.getSheetByName(spec.name)!.getProtections(runtime.SpreadsheetApp.ProtectionType.RANGE);
      const header = protections.find((p) => p.getRange().getRow() === 1);
      expect(header?.isWarningOnly()).toBe(true);
    }
  });

  it('says what it did in one alert and writes one Log entry', () => {
    const alerts = runtime.ui.dialogs.filter((d) => d.kind === 'alert');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.prompt).toContain('Created sheets: Suppliers, Materials, Receipts');
    const log = spreadsheet.getSheetByName('Log')!;
    expect(log.getLastRow()).toBe(2);
    const [time, user, action] = log.getRange(2, 1, 1, 3).getValues()[0]!;
    expect(Object.prototype.toString.call(time)).toBe('[object Date]');
    expect(user).toBe('maker@example.com');
    expect(action).toBe('Set up tracking sheets');
  });

  it('leaves the maker on the sheet they were on', () => {
    expect(spreadsheet.getActiveSheet().getName()).toBe('Sheet1');
  });
});

describe('Set up tracking sheets on a hand-made workbook', () => {
  const { runtime, bundle, spreadsheet } = openWorkbook();
  const receipts = spreadsheet.insertSheet(' receipts ');
  receipts.loadRowsForTest([
    ['My notes', 'Lot #', 'Material code', 'Received', 'Supplier', 'Qty', 'Unit', 'Status'],
    ['first delivery', '0923', 'LAV', new Date('2023-09-14T04:00:00Z'), 'Aroma Co', 500, 'ml', 'Available'],
    ['', '', '', '', '', '', '', ''],
    ['=SUM(1,2) as text', 'COCO-1023-01', 'COCO', '2023-10-02', 'Oils Inc', '1,200', 'g', ''],
  ]);
  receipts.getRange('A1:H1').setBackground('#ffe599');
  receipts.getRange('B2:B4').setNumberFormat('@');
  receipts.getRange('H2').setDataValidation(runtime.SpreadsheetApp.newDataValidation().requireValueInList(['Available', 'Held']).build());
  const orders = spreadsheet.insertSheet('Orders');
  orders.loadRowsForTest([
    ['Customer', 'Order', 'Batch code', 'Quantity', 'Gift?'],
    ['=HYPERLINK("http://x","Ann")', '1042', 'LSOAP-231015-01', 2, 'yes'],
  ]);
  const before = { receipts: snapshot(receipts, 4, 8), orders: snapshot(orders, 2, 5) };
  const sheetCount = spreadsheet.getSheets().length;

  bundle.open('LIMITED');
  bundle.clickMenuItem('Set up tracking sheets');
  const afterFirst = { receipts: snapshot(receipts, 4, 8), orders: snapshot(orders, 2, 5) };
  const firstAlert = runtime.ui.dialogs.at(-1)!.prompt;
  const receiptsHeaderAfterFirst = receipts.getRange(1, 1, 1, receipts.getLastColumn()).getValues()[0];
  bundle.clickMenuItem('Set up tracking sheets');
  const secondAlert = runtime.ui.dialogs.at(-1)!.prompt;

  it('changes nothing the maker wrote: values, formats, dropdowns, column order, sheet names', () => {
    expect(afterFirst).toEqual(before);
    expect({ receipts: snapshot(receipts, 4, 8), orders: snapshot(orders, 2, 5) }).toEqual(before);
  });

  it('uses the existing sheets (found by name, ignoring case and spaces) instead of making new ones', () => {
    expect(spreadsheet.getSheets().length).toBe(sheetCount + SHEETS.length - 2);
    expect(spreadsheet.getSheets().filter((s) => s.getName().trim().toLowerCase() === 'receipts')).toHaveLength(1);
  });

  it('adds only the missing columns, at the right end', () => {
    expect(receiptsHeaderAfterFirst).toEqual([
      'My notes',
      'Lot #',
      'Material code',
      'Received',
      'Supplier',
      'Qty',
      'Unit',
      'Status',
      'Supplier lot',
      'Cost',
      'Expires',
      'Spec',
      'Condition',
      'Notes',
      'Reference document',
    ]);
    expect(orders.getRange(1, 1, 1, orders.getLastColumn()).getValues()[0]).toEqual([
      'Customer',
      'Order',
      'Batch code',
      'Quantity',
      'Gift?',
      'Shipped',
      'Email',
      'Address',
      'SKU',
      'Channel',
      'Line ID',
      'Customer type',
      'Notes',
    ]);
    expect(firstAlert).toContain(
      'Added to  receipts , at the right end: Supplier lot, Cost, Expires, Spec, Condition, Notes, Reference document.',
    );
  });

  it('is idempotent: the second run adds nothing and says so', () => {
    expect(receipts.getRange(1, 1, 1, receipts.getLastColumn()).getValues()[0]).toEqual(receiptsHeaderAfterFirst);
    expect(secondAlert).toContain('Everything was already set up. Nothing was changed.');
    expect(spreadsheet.getSheetByName('Log')!.getLastRow()).toBe(3);
  });

  it('never writes a formula', () => {
    expect(runtime.meter.snapshot().formulasWritten).toBe(0);
  });
});

describe('Set up tracking sheets on an empty tab the maker made', () => {
  let receipts: LocalSheet;
  let alert: string;
  beforeAll(() => {
    const { runtime, bundle, spreadsheet } = openWorkbook();
    receipts = spreadsheet.insertSheet('Receipts');
    bundle.open('LIMITED');
    bundle.clickMenuItem('Set up tracking sheets');
    alert = runtime.ui.dialogs.at(-1)!.prompt;
  });

  it('writes the header row from A1, with no blank column before it', () => {
    const spec = SHEETS.find((s) => s.key === 'receipts')!;
    expect(receipts.getRange(1, 1, 1, spec.columns.length).getValues()[0]).toEqual(spec.columns.map((c) => c.header));
    expect(receipts.getLastColumn()).toBe(spec.columns.length);
  });

  it('says it wrote the header of that tab', () => {
    expect(alert).toContain('Wrote the header row of the empty Receipts sheet, from A1: Lot number, Received, Material code');
  });
});

describe('Set up tracking sheets next to an empty column the maker formatted', () => {
  let receipts: LocalSheet;
  let alert: string;
  let before: ReturnType<typeof snapshot>;
  beforeAll(() => {
    const { runtime, bundle, spreadsheet } = openWorkbook();
    receipts = spreadsheet.insertSheet('Receipts');
    receipts.loadRowsForTest([
      ['Lot number', 'Received', 'Material code', 'Supplier', 'Quantity', 'Unit', 'Status'],
      ['LAV-0923-01', new Date('2023-09-14T04:00:00Z'), 'LAV', 'Aroma Co', 500, 'ml', 'Available'],
    ]);
    // Column H: empty, but the maker gave 200 of its cells a percent format and a dropdown.
    const makers = receipts.getRange('H2:H201');
    makers.setNumberFormat('0.00%');
    makers.setDataValidation(runtime.SpreadsheetApp.newDataValidation().requireValueInList(['10%', '20%']).build());
    before = snapshot(receipts, 201, 8);
    bundle.open('LIMITED');
    bundle.clickMenuItem('Set up tracking sheets');
    alert = runtime.ui.dialogs.at(-1)!.prompt;
  });

  it("adds its header over that column but keeps the maker's format and dropdown on its 200 cells", () => {
    expect(receipts.getRange('H1').getValue()).toBe('Supplier lot');
    const after = snapshot(receipts, 201, 8);
    expect(after.formats.slice(1)).toEqual(before.formats.slice(1));
    expect(after.validations.slice(1)).toEqual(before.validations.slice(1));
    expect(after.values.slice(1)).toEqual(before.values.slice(1));
    expect(receipts.getRange('H150').getNumberFormat()).toBe('0.00%');
    expect(receipts.getRange('H150').getDataValidation()?.getCriteriaValues()[0]).toEqual(['10%', '20%']);
  });

  it('still formats the added columns nobody had formatted', () => {
    // Cost (number) and Expires (date) land on untouched columns I and J.
    expect(receipts.getRange('I1:J1').getValues()[0]).toEqual(['Cost', 'Expires']);
    expect(receipts.getRange('J2').getNumberFormat()).toBe('yyyy-mm-dd');
    expect(receipts.getRange('L2').getDataValidation()?.getCriteriaValues()[0]).toEqual(['OK', 'Damaged', 'Short', 'Quality issue']);
  });

  it('says which columns kept their formatting, and claims nothing else', () => {
    expect(alert).toContain(
      'Added to Receipts, at the right end: Supplier lot, Cost, Expires, Spec, Condition, Notes, Reference document.',
    );
    expect(alert).toContain(
      'Receipts: Supplier lot kept the formats and dropdowns you had already given those cells; Lotline added none there.',
    );
    expect(alert).not.toContain('left as they were');
  });
});
