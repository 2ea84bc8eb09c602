// A maker renames tabs: "Orders" becomes "Sales", "Batch inputs" becomes "Batch-Input". Lotline finds
// sheets by tab name (workbook.md), so it reads neither — and says so with the tab that looks like each,
// in the trace's first lines, in Check my records, in the production sidebar; Set up tracking sheets does
// not put an empty "Batch inputs" beside the maker's own (every later trace would read the empty one).
import { createRuntimeWithBundle, scriptRunOf } from '../../local/runtime';
import type * as Lotline from '../../src/index';
import { soapMakerWorkbook } from '../fixtures/soap-maker';
import type { SheetContents } from '../fixtures/sheet-values';

const { sheets: guide, expected } = soapMakerWorkbook();
const RENAMED: Record<string, string> = { Orders: 'Sales', 'Batch inputs': 'Batch-Input' };

/** The guide's workbook with some tabs renamed (by default Orders and Batch inputs, as RENAMED says). */
function openRenamed(renamed: Record<string, string> = RENAMED, contents: SheetContents = guide) {
  const { runtime, bundle } = createRuntimeWithBundle();
  for (const [name, rows] of Object.entries(contents)) runtime.spreadsheet.insertSheet(renamed[name] ?? name).loadRowsForTest(rows);
  bundle.open('LIMITED');
  runtime.setAuthMode('FULL');
  return { runtime, bundle, spreadsheet: runtime.spreadsheet };
}

const firstLines = (sheet: { getRange(a: number, b: number, c: number, d: number): { getDisplayValues(): string[][] } }, n = 12) =>
  sheet
    .getRange(1, 1, n, 1)
    .getDisplayValues()
    .map((row) => row[0]!)
    .join(' ')
    .replace(/\s+/g, ' ');

describe('tabs renamed from the names Lotline reads', () => {
  it('a trace says at its top what it could not check, and which tab to rename', () => {
    const { spreadsheet, bundle } = openRenamed();
    const scratch = spreadsheet.insertSheet('Scratch');
    scratch.getRange('B3').setNumberFormat('@').setValue(expected.lot);
    scratch.setSelectionForTest(['B3'], 'B3');
    bundle.clickMenuItem('Trace this lot');
    const top = firstLines(spreadsheet.getActiveSheet(), 20);
    expect(top).toContain(
      'No "Orders" sheet: customers could not be checked. The tab "Sales" looks like it: rename it "Orders" for Lotline to read it.',
    );
    expect(top).toContain('The tab "Batch-Input" looks like it: rename it "Batch inputs" for Lotline to read it.');
  });

  it('Check my records names the tabs too', () => {
    const { spreadsheet, bundle } = openRenamed();
    bundle.clickMenuItem('Check my records');
    const top = firstLines(spreadsheet.getActiveSheet(), 20);
    expect(top).toContain('No Orders sheet:');
    expect(top).toContain('The tab "Sales" looks like it: rename it "Orders" for Lotline to read it.');
  });

  it('Batch costs with Receipts renamed says that one cause first, not hundreds of missing figures', () => {
    const { runtime, bundle } = openRenamed({ Receipts: 'Receiving log' });
    bundle.clickMenuItem('Batch costs');
    const top = firstLines(runtime.spreadsheet.getActiveSheet(), 10);
    expect(top).toMatch(/0 of \d+ batches costed in full: Receipts could not be read \(see below\), so no lot's cost is known\./);
    expect(top).toContain('The tab "Receiving log" looks like it: rename it "Receipts" for Lotline to read it.');
  });

  it('Check my records with Receipts renamed does not answer "no receipt lots", as if there were none', () => {
    const { runtime, bundle } = openRenamed({ Receipts: 'Receiving log' });
    bundle.clickMenuItem('Check my records');
    const report = runtime.spreadsheet.getActiveSheet();
    expect(firstLines(report, 3)).toContain('No receipt lot could be checked: see what could not be, below.');
    expect(firstLines(report, 8)).toContain('The tab "Receiving log" looks like it: rename it "Receipts" for Lotline to read it.');
  });

  describe('Batches renamed "Production"', () => {
    const openProduction = () => openRenamed({ Batches: 'Production' });

    it('Batch costs does not answer "No batches to cost", as if there were none', () => {
      const { runtime, bundle } = openProduction();
      bundle.clickMenuItem('Batch costs');
      const top = firstLines(runtime.spreadsheet.getActiveSheet(), 10);
      expect(top).toContain('No batch could be costed: Batches could not be read (see below).');
      expect(top).toContain('The tab "Production" looks like it: rename it "Batches" for Lotline to read it.');
    });

    it('Record an adverse event… names the tab to rename', async () => {
      const { bundle } = openProduction();
      const setup = await scriptRunOf<typeof Lotline>(bundle).loadAdverseEvents();
      expect(setup.notices).toContain(
        'This spreadsheet has no Batches sheet with a Batch code column: events can name only a product. The tab "Production" looks like it: rename it "Batches" for Lotline to read it.',
      );
    });
  });

  it('the production sidebar tells the maker to rename Batch-Input rather than set one up', async () => {
    const { bundle } = openRenamed();
    const setup = await scriptRunOf<typeof Lotline>(bundle).loadProductionRun({ stockFrom: '2024-09-02' });
    expect(setup.notices).toContain(
      'This spreadsheet has no Batch inputs sheet. The tab "Batch-Input" looks like it: rename it "Batch inputs" for Lotline to read it.',
    );
  });

  it('Set up tracking sheets does not create a second Batch inputs, and says which tab to rename', () => {
    const { runtime, spreadsheet, bundle } = openRenamed();
    bundle.clickMenuItem('Set up tracking sheets');
    const names = spreadsheet.getSheets().map((sheet) => sheet.getName());
    expect(names).not.toContain('Batch inputs');
    // "Sales" is only alike by its header: an Orders sheet is created, and the maker told about Sales.
    expect(names).toContain('Orders');
    const said = runtime.ui.dialogs.find((dialog) => dialog.kind === 'alert')?.prompt ?? '';
    expect(said).toContain('Did not create Batch inputs: the tab "Batch-Input" looks like it. Rename that tab "Batch inputs"');
    expect(said).toContain('Created Orders, and the tab "Sales" looks like one');
  });

  it('a workbook with its tabs as Lotline names them names no look-alike', async () => {
    const { runtime, bundle } = createRuntimeWithBundle();
    for (const [name, rows] of Object.entries(guide)) runtime.spreadsheet.insertSheet(name).loadRowsForTest(rows);
    runtime.spreadsheet.insertSheet('My notes').loadRowsForTest([['Order', 'Date', 'SKU', 'Quantity']]);
    bundle.open('LIMITED');
    runtime.setAuthMode('FULL');
    const setup = await scriptRunOf<typeof Lotline>(bundle).loadProductionRun({ stockFrom: '2024-09-02' });
    expect(setup.notices.join(' ')).not.toContain('looks like');
  });
});
