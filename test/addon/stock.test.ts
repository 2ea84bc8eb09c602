// Stock through the built bundle: on the guide's workbook every lot's on hand is the trace's mass balance;
// the guide's own example (200 ml of fragrance oil a batch, 3 batches a week for 8 weeks, a 2 l bottle)
// lasts about 3 weeks and is to be reordered a lead time before it runs out; held and expired lots are not
// usable; a hand-made workbook with renamed columns, no Reorder at and a typo says what it could not
// count; the sheet is the add-on's own, rewritten whole, and a maker's own "Stock" tab is never touched.
import { callFromClient, createRuntimeWithBundle, type LocalSpreadsheet } from '../../local/runtime';
import type { ProductionSetup } from '../../src/contract/production';
import { addDays, type Day } from '../../src/domain/days';
import { convert, parseUnit } from '../../src/domain/units';
import { readWorkbook } from '../fixtures/read-workbook';
import { rowWhere, runTrace, sectionOf } from '../fixtures/run-trace';
import { dateCell, TIME_ZONE, type SheetContents } from '../fixtures/sheet-values';
import { soapMakerWorkbook } from '../fixtures/soap-maker';

function openWorkbook(contents: SheetContents) {
  const { runtime, bundle } = createRuntimeWithBundle({ timeZone: TIME_ZONE, userEmail: 'maker@example.com' });
  for (const [name, rows] of Object.entries(contents)) runtime.spreadsheet.insertSheet(name).loadRowsForTest(rows);
  bundle.open('LIMITED');
  return { runtime, bundle, spreadsheet: runtime.spreadsheet };
}

/** Today where the spreadsheet is, as the add-on works it out. */
const TODAY: Day = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
  new Date(),
);
const ago = (days: number) => addDays(TODAY, -days);

/** The Stock sheet as the maker reads it: its lines, its text with run-on rows joined, and its tables by title. */
function readStock(spreadsheet: LocalSpreadsheet) {
  const sheet = spreadsheet.getSheetByName('Stock')!;
  const range = sheet.getRange(1, 1, sheet.getLastRow(), Math.max(13, sheet.getLastColumn()));
  const shown = range.getDisplayValues();
  const values = range.getValues();
  const lines = shown.map((row) => row[0]!.trim());
  const text = shown
    .map((row) => row[0]!)
    .join('\n')
    .replace(/\n {3}/g, ' ');
  /** A table's rows as objects by header, under the title starting with `title`. */
  const table = (title: string): Record<string, unknown>[] => {
    const at = lines.findIndex((line) => line.startsWith(title));
    if (at < 0) return [];
    let header = at + 1;
    while (shown[header]![1] === '') header++;
    const names = shown[header]!;
    const rows: Record<string, unknown>[] = [];
    for (let r = header + 1; r < shown.length && shown[r]!.some((cell) => cell !== ''); r++)
      rows.push(Object.fromEntries(names.map((name, c) => [name, values[r]![c]] as const).filter(([name]) => name !== '')));
    return rows;
  };
  return { sheet, lines, text, table };
}

describe("Stock on the guide's workbook", () => {
  const { sheets } = soapMakerWorkbook();
  const { runtime, bundle, spreadsheet } = openWorkbook(sheets);
  bundle.clickMenuItem('Stock');
  const stock = readStock(spreadsheet);
  const height = stock.sheet.getLastRow();

  test('it is the Stock sheet, active, and its first row says Lotline made it, when, and that it is overwritten', () => {
    expect(runtime.ui.dialogs).toEqual([]);
    expect(spreadsheet.getActiveSheet().getName()).toBe('Stock');
    expect(stock.lines[0]).toMatch(/^Made by Lotline \d{4}-\d{2}-\d{2} \d{2}:\d{2}, overwritten each time$/);
    expect(stock.lines[0]).toContain(TODAY);
  });

  test("every lot's and batch's on hand is the trace's mass balance: those with stock listed, the rest not", () => {
    const book = readWorkbook(sheets);
    const listed = new Map(stock.table('Lots and batches with stock').map((row) => [row['Lot or batch'] as string, row]));
    expect(listed.size).toBeGreaterThan(100);
    const codes = [
      ...(sheets.Receipts as unknown[][]).slice(1).map((row) => row[0] as string),
      ...(sheets.Batches as unknown[][]).slice(1).map((row) => row[3] as string),
    ];
    let compared = 0;
    for (const code of codes) {
      const balance = rowWhere(sectionOf(runTrace(book, code).report, 'massBalance'), 'Lot or batch', code);
      const row = listed.get(code);
      if (balance['On hand'] === 0) expect(row).toBeUndefined();
      else {
        expect([code, row?.['On hand'], row?.Unit]).toEqual([code, balance['On hand'], balance.Unit]);
        compared++;
      }
    }
    expect(compared).toBe(listed.size);
  });

  test('quantities are shown to 3 decimals, as the trace shows them: peppermint bought in fl oz reads 4.619, not 4.618598', () => {
    const pep = stock.table('Lots and batches with stock').find((row) => row['Lot or batch'] === 'PEP-0823-01')!;
    expect(pep).toMatchObject({ 'On hand': 4.619, Unit: 'fl oz' });
    const figures = [
      ...stock.table('Materials').map((row) => row['Usable on hand']),
      ...stock.table('Lots and batches with stock').map((row) => row['On hand']),
    ].filter((value): value is number => typeof value === 'number');
    expect(figures.length).toBeGreaterThan(100);
    for (const value of figures) expect(Math.round(value * 1000) / 1000).toBe(value);
  });

  test('it leaves a Log row and changes nothing in the maker’s sheets', () => {
    const log = spreadsheet.getSheetByName('Log')!;
    expect(log.getRange(log.getLastRow(), 1, 1, 4).getValues()[0]!.slice(2).join(' ')).toMatch(
      /^Stock Rewrote sheet "Stock": [\d,]+ lots and batches with stock/,
    );
    const receipts = spreadsheet.getSheetByName('Receipts')!;
    expect(receipts.getRange(1, 1, receipts.getLastRow(), receipts.getLastColumn()).getValues().length).toBe(
      (sheets.Receipts as unknown[][]).length,
    );
  });

  test('choosing Stock again rewrites the same sheet whole: no second sheet, no left-over rows', () => {
    const before = spreadsheet.getSheets().length;
    // Something typed below it, as if an earlier, longer Stock sheet had left it.
    const written = spreadsheet.getSheetByName('Stock')!;
    written.insertRowsAfter(written.getMaxRows(), 10);
    written.getRange(written.getMaxRows(), 2).setValue('left over');
    bundle.clickMenuItem('Stock');
    expect(spreadsheet.getSheets().length).toBe(before);
    const again = readStock(spreadsheet);
    expect(again.table('Lots and batches with stock')).toEqual(stock.table('Lots and batches with stock'));
    expect(again.sheet.getLastRow()).toBe(height);
    expect(again.sheet.getMaxRows()).toBe(again.sheet.getLastRow());
    expect(again.text).not.toContain('left over');
  });
});

/** The guide: 200 ml of fragrance oil a batch, 3 batches a week for the last 8 weeks, a 2 l bottle on hand. */
function guideExample(): SheetContents {
  const batches: unknown[][] = [['Batch ID', 'Made', 'SKU', 'Batch code', 'Quantity made', 'Status']];
  const inputs: unknown[][] = [['Batch ID', 'Lot', 'Quantity', 'Unit']];
  for (let week = 0; week < 8; week++)
    for (const day of [0, 2, 4]) {
      const n = batches.length;
      batches.push([`MFG-${n}`, dateCell(ago(55 - 7 * week - day)), 'SOAP', `SOAP-${n}`, 20, 'Released']);
      inputs.push([`MFG-${n}`, 'FO-0001', 200, 'ml']);
    }
  return {
    Suppliers: [
      ['Supplier', 'Lead time (days)'],
      ['Aroma Source', 7],
    ],
    Materials: [
      ['Material code', 'Material', 'Unit', 'Supplier', 'Reorder at'],
      ['FO', 'Fragrance oil', 'ml', 'Aroma Source', 1000],
    ],
    Products: [
      ['SKU', 'Product', 'Unit'],
      ['SOAP', 'Soap bar', 'bars'],
    ],
    BoM: [
      ['SKU', 'Component', 'Quantity', 'Unit'],
      ['SOAP', 'FO', 200, 'ml'],
    ],
    Receipts: [
      ['Lot number', 'Received', 'Material code', 'Supplier', 'Quantity', 'Unit', 'Expires', 'Status'],
      // 4.8 l bought before and used up by the 24 batches.
      ['FO-0001', dateCell(ago(80)), 'FO', 'Aroma Source', 4.8, 'l', '', 'Available'],
      // The 2 l bottle.
      ['FO-0002', dateCell(ago(2)), 'FO', 'Aroma Source', 2, 'l', dateCell(addDays(TODAY, 400)), 'Available'],
      // Held and expired: listed, never usable.
      ['FO-0003', dateCell(ago(5)), 'FO', 'Aroma Source', 1, 'l', '', 'Quarantined'],
      ['FO-0004', dateCell(ago(400)), 'FO', 'Aroma Source', 500, 'ml', dateCell(ago(1)), 'Available'],
      // Expires in 10 days: marked.
      ['FO-0005', dateCell(ago(300)), 'FO', 'Aroma Source', 0, 'ml', dateCell(addDays(TODAY, 10)), 'Available'],
    ],
    Batches: batches,
    'Batch inputs': inputs,
  };
}

describe("the guide's example: 200 ml a batch, 3 batches a week, a 2 l bottle", () => {
  const contents = guideExample();
  // FO-0005 holds 300 ml that expire in 10 days: usable until then.
  (contents.Receipts as unknown[][])[5]![4] = 300;
  const { bundle, spreadsheet } = openWorkbook(contents);
  bundle.clickMenuItem('Stock');
  const stock = readStock(spreadsheet);
  const oil = stock.table('Materials')[0]!;

  test('about 3 weeks of cover: 2.3 l usable at 600 ml a week over 24 batches', () => {
    expect(oil).toMatchObject({
      'Material code': 'FO',
      Unit: 'ml',
      'Usable on hand': 2300,
      'Reorder at': 1000,
      'At or below reorder point': 'no',
      'Use per week (last 8 weeks)': 600,
      'Batches behind it': 24,
      'Weeks of cover': 3.8,
    });
  });

  test('it runs out in 26 days (2300 ÷ 85.7 ml a day) and must be reordered 7 days before: the supplier’s lead time', () => {
    expect(oil).toMatchObject({ 'Runs out': addDays(TODAY, 26), 'Lead time (days)': 7, 'Reorder by': addDays(TODAY, 19) });
  });

  test('usable is what the production sidebar offers a run made today: the same lots, the same total', async () => {
    const setup = (await callFromClient(bundle, 'loadProductionRun')) as ProductionSetup;
    const offered = setup.stock.find((component) => component.component === 'FO')!;
    expect(offered.more).toBe(0);
    const ml = parseUnit('ml')!;
    const total = offered.lots.reduce((sum, [, , , , , unit, onHand]) => sum + convert(onHand, parseUnit(unit)!, ml)!, 0);
    expect(offered.lots.map(([code]) => code).sort()).toEqual(['FO-0002', 'FO-0005']);
    expect(total).toBe(oil['Usable on hand']);
  });

  test('the held and the expired lot are listed and marked, the one expiring in 10 days too', () => {
    const marks = Object.fromEntries(stock.table('Lots and batches with stock').map((row) => [row['Lot or batch'], row.Mark]));
    expect(marks).toMatchObject({
      'FO-0002': '',
      'FO-0003': 'held: Quarantined',
      'FO-0004': 'expired',
      'FO-0005': 'expires within 30 days',
    });
    expect(marks['FO-0001']).toBeUndefined();
  });

  test('with only the 2 l bottle, it is about 3 weeks: 3.3 weeks, run out in 23 days, reorder by 16 days from now', () => {
    const only = guideExample();
    const { bundle: b, spreadsheet: s } = openWorkbook(only);
    b.clickMenuItem('Stock');
    const row = readStock(s).table('Materials')[0]!;
    expect(row).toMatchObject({
      'Usable on hand': 2000,
      'Weeks of cover': 3.3,
      'Runs out': addDays(TODAY, 23),
      'Reorder by': addDays(TODAY, 16),
    });
  });
});

describe('a hand-made workbook: renamed columns, no Reorder at, a typo in a quantity', () => {
  const contents: SheetContents = {
    Materials: [
      ['Code', 'Name', 'UOM', 'Lead days'],
      ['LAV', 'Lavender oil', 'ml', 5],
      ['COCO', 'Coconut oil', 'g', ''],
    ],
    Receipts: [
      ['Lot #', 'Date received', 'Material', 'Vendor', 'Qty', 'UOM'],
      ['LAV-1', dateCell(ago(30)), 'LAV', 'Lavender Fields', 500, 'ml'],
      ['COCO-1', dateCell(ago(30)), 'COCO', 'Coastal Oils', '5,O', 'kg'],
    ],
    Batches: [
      ['Batch', 'Date made', 'Product', 'Lot', 'Yield'],
      ['MFG-1', dateCell(ago(7)), 'SOAP', 'SOAP-1', 10],
    ],
    'Batch inputs': [
      ['Batch', 'Input lot', 'Quantity used', 'UOM'],
      ['MFG-1', 'LAV-1', 50, 'ml'],
      ['MFG-1', 'COCO-1', '1.2.0', 'kg'],
    ],
  };
  const { runtime, bundle, spreadsheet } = openWorkbook(contents);
  bundle.clickMenuItem('Stock');
  const stock = readStock(spreadsheet);

  test('the top says what could not be counted, with sheet, row and column as the maker wrote them', () => {
    expect(runtime.ui.dialogs).toEqual([]);
    expect(stock.text).toMatch(/\d+ cells could not be read or counted: the first table lists each with its sheet and row/);
    expect(stock.text).toContain('Could not check: Materials has no "Reorder at" column: no material is checked against a reorder point.');
    // No Status column: every cell of it blank, and a blank Status is Available (workbook.md).
    expect(stock.text).toContain('Could not check: Receipts has no "Status" column: every lot is taken as Available.');
    const problems = stock.table('What could not be read or counted');
    expect(problems).toContainEqual(expect.objectContaining({ Sheet: 'Receipts', Row: 3, Column: 'Qty' }));
    expect(problems).toContainEqual(expect.objectContaining({ Sheet: 'Batch inputs', Row: 3, Column: 'Quantity used' }));
  });

  test('the figures the typo touches say "not counted", never 0; the others are counted', () => {
    const materials = Object.fromEntries(stock.table('Materials').map((row) => [row['Material code'], row]));
    expect(materials.COCO).toMatchObject({
      'Usable on hand': 'not counted',
      'Use per week (last 8 weeks)': 'not counted',
      'Weeks of cover': 'not counted',
    });
    expect(materials.LAV).toMatchObject({ 'Usable on hand': 450, 'At or below reorder point': '', 'Lead time (days)': 5 });
    const lots = Object.fromEntries(stock.table('Lots and batches with stock').map((row) => [row['Lot or batch'], row]));
    expect(lots['COCO-1']).toMatchObject({ 'On hand': 'not counted', Mark: 'not counted (see the top)' });
    expect(lots['LAV-1']).toMatchObject({ 'On hand': 450, Unit: 'ml', Supplier: 'Lavender Fields' });
  });
});

describe('a Batch inputs row whose lot is typed wrong', () => {
  const contents: SheetContents = {
    Materials: [
      ['Material code', 'Material', 'Unit'],
      ['LAV', 'Lavender oil', 'ml'],
    ],
    Receipts: [
      ['Lot number', 'Received', 'Material code', 'Supplier', 'Quantity', 'Unit'],
      ['LAV-0901', dateCell(ago(30)), 'LAV', 'Lavender Fields', 500, 'ml'],
    ],
    Batches: [
      ['Batch ID', 'Made', 'SKU', 'Batch code', 'Quantity made'],
      ['MFG-1', dateCell(ago(7)), 'SOAP', 'SOAP-1', 10],
      ['MFG-2', dateCell(ago(6)), 'SOAP', 'SOAP-2', 10],
    ],
    'Batch inputs': [
      ['Batch ID', 'Lot', 'Quantity', 'Unit'],
      ['MFG-1', 'LAV-0901', 50, 'ml'],
      ['MFG-2', 'LAV-901', 50, 'ml'],
    ],
  };
  const { spreadsheet, bundle } = openWorkbook(contents);
  bundle.clickMenuItem('Stock');
  const stock = readStock(spreadsheet);

  test('is said at the top: the lot it meant may have less than shown, with the closest code', () => {
    expect(stock.text).toContain(
      '1 row of Batch inputs, Orders or Waste names a code that matches no lot or batch: the lots they took from are shown with more on hand than they have (listed in the first table, with the closest codes).',
    );
    expect(stock.table('What could not be read, counted or matched')).toContainEqual({
      Sheet: 'Batch inputs',
      Row: 3,
      Column: 'Lot',
      Problem: 'LAV-901 matches no lot or batch (closest: LAV-0901): the lot this row used is shown with more on hand than it has.',
    });
  });
});

describe('the sheet is the add-on’s own', () => {
  test('a Stock tab Lotline did not make is never cleared: the maker is told to rename it', () => {
    const contents = guideExample();
    contents.Stock = [
      ['My own stock count', 'Jars'],
      ['shelf A', 40],
    ];
    const { runtime, bundle, spreadsheet } = openWorkbook(contents);
    bundle.clickMenuItem('Stock');
    expect(runtime.ui.dialogs.at(-1)?.prompt).toMatch(/Stock could not finish: the sheet "Stock" was not made by Lotline .* rename it/);
    expect(spreadsheet.getSheetByName('Stock')!.getRange('A1:B2').getValues()).toEqual([
      ['My own stock count', 'Jars'],
      ['shelf A', 40],
    ]);
    expect(spreadsheet.getSheetByName('Log')).toBeNull();
  });

  test('text a maker typed is written as text, never as a formula', () => {
    const contents = guideExample();
    (contents.Receipts as unknown[][])[2]![3] = '=HYPERLINK("https://example.com","x")';
    (contents.Suppliers as unknown[][]).push(['=HYPERLINK("https://example.com","x")', 1]);
    const { runtime, bundle, spreadsheet } = openWorkbook(contents);
    bundle.clickMenuItem('Stock');
    expect(runtime.meter.snapshot().formulasWritten).toBe(0);
    const lots = readStock(spreadsheet).table('Lots and batches with stock');
    expect(lots.find((row) => row['Lot or batch'] === 'FO-0002')!.Supplier).toBe('=HYPERLINK("https://example.com","x")');
  });

  test('while another execution writes the Stock sheet, a second one writes nothing and says so; a claim left behind goes stale', () => {
    const { runtime, bundle, spreadsheet } = openWorkbook(guideExample());
    const properties = runtime.PropertiesService.getDocumentProperties();
    properties.setProperty('lotline.stock.writing.v1', JSON.stringify({ id: 'another', startedMs: Date.now() - 60_000 }));
    bundle.clickMenuItem('Stock');
    expect(runtime.ui.dialogs.at(-1)?.prompt).toBe(
      'Stock could not finish: someone else is writing the Stock sheet right now. Nothing was written: choose Stock again in a minute.',
    );
    expect(spreadsheet.getSheetByName('Stock')).toBeNull();
    // One left by an execution that died: Apps Script stops any after 6 minutes.
    properties.setProperty('lotline.stock.writing.v1', JSON.stringify({ id: 'another', startedMs: Date.now() - 7 * 60_000 }));
    bundle.clickMenuItem('Stock');
    expect(spreadsheet.getSheetByName('Stock')).not.toBeNull();
    expect(properties.getProperty('lotline.stock.writing.v1')).toBeNull();
  });
});

describe('Stock settings…: how many days ahead an expiry is marked', () => {
  const marksOf = (spreadsheet: LocalSpreadsheet) =>
    Object.fromEntries(
      readStock(spreadsheet)
        .table('Lots and batches with stock')
        .map((row) => [row['Lot or batch'], row.Mark]),
    );
  const contents = () => {
    const example = guideExample();
    (example.Receipts as unknown[][])[5]![4] = 300;
    return example;
  };

  test('7 days: the lot expiring in 10 days is no longer marked, and the change has a Log row', () => {
    const { runtime, bundle, spreadsheet } = openWorkbook(contents());
    runtime.ui.answerNext({ button: 'OK', text: ' 7 ' });
    bundle.clickMenuItem('Stock settings…');
    expect(runtime.ui.dialogs.at(-1)!.prompt).toBe(
      'Stock marks lots and batches expiring within 7 days. Choose Stock to write the sheet again with it.',
    );
    const log = spreadsheet.getSheetByName('Log')!;
    expect(log.getRange(log.getLastRow(), 3, 1, 2).getValues()[0]).toEqual([
      'Stock settings',
      'Stock marks lots expiring within 7 days (was 30).',
    ]);
    bundle.clickMenuItem('Stock');
    expect(marksOf(spreadsheet)['FO-0005']).toBe('');
    runtime.ui.answerNext({ button: 'OK', text: '15' });
    bundle.clickMenuItem('Stock settings…');
    bundle.clickMenuItem('Stock');
    expect(marksOf(spreadsheet)['FO-0005']).toBe('expires within 15 days');
  });

  test.each(['0', '366', 'two weeks', '=1+1', ''])('"%s" is said to be no number of days, and nothing changes', (typed) => {
    const { runtime, bundle, spreadsheet } = openWorkbook(contents());
    runtime.ui.answerNext({ button: 'OK', text: typed });
    bundle.clickMenuItem('Stock settings…');
    expect(runtime.ui.dialogs.at(-1)!.prompt).toMatch(/is not a number of days from 1 to 365: .* Nothing was changed\.$/);
    expect(spreadsheet.getSheetByName('Log')).toBeNull();
    bundle.clickMenuItem('Stock');
    expect(marksOf(spreadsheet)['FO-0005']).toBe('expires within 30 days');
  });

  test('Cancel changes nothing', () => {
    const { runtime, bundle } = openWorkbook(contents());
    runtime.ui.answerNext({ button: 'CANCEL', text: '5' });
    bundle.clickMenuItem('Stock settings…');
    expect(runtime.ui.dialogs).toHaveLength(1);
    bundle.clickMenuItem('Stock');
    expect(runtime.ui.dialogs.filter((dialog) => dialog.kind === 'alert')).toEqual([]);
  });
});

test('without a Status column the sidebar offers what Stock counts usable, and Stock says it took every lot as Available', async () => {
  const contents = guideExample();
  const receipts = (contents.Receipts as unknown[][]).filter((row) => row[7] !== 'Quarantined').map((row) => row.slice(0, 7));
  const { bundle, spreadsheet } = openWorkbook({ ...contents, Receipts: receipts });
  bundle.clickMenuItem('Stock');
  const stock = readStock(spreadsheet);
  expect(stock.text).toContain('Receipts has no "Status" column: every lot is taken as Available.');
  const setup = (await callFromClient(bundle, 'loadProductionRun')) as ProductionSetup;
  const offered = setup.stock.find((component) => component.component === 'FO')!;
  const ml = parseUnit('ml')!;
  const total = offered.lots.reduce((sum, [, , , , , unit, onHand]) => sum + convert(onHand, parseUnit(unit)!, ml)!, 0);
  expect(offered.lots.map(([code]) => code).sort()).toEqual(['FO-0002']);
  expect(total).toBe(stock.table('Materials')[0]!['Usable on hand']);
});

/** The guide's workbook with one tab renamed, as a maker does. */
const renamed = (from: string, to: string): SheetContents =>
  Object.fromEntries(Object.entries(soapMakerWorkbook().sheets).map(([name, rows]) => [name === from ? to : name, rows]));

describe('Stock when a tab it reads has been renamed', () => {
  it('Receipts renamed: no material is shown with 0 usable or no use, and the top says which tab to rename', () => {
    const { bundle, spreadsheet } = openWorkbook(renamed('Receipts', 'Receiving log'));
    bundle.clickMenuItem('Stock');
    const stock = readStock(spreadsheet);
    expect(stock.text).toContain(
      'Could not check: there is no Receipts sheet: no received lot is counted, and no material’s usable on hand or use per week. The tab "Receiving log" looks like it: rename it "Receipts" for Lotline to read it.',
    );
    const materials = stock.table('Materials');
    expect(materials.length).toBeGreaterThan(0);
    for (const material of materials) {
      expect(material['Usable on hand']).toBe('not counted');
      expect(material['Use per week (last 8 weeks)']).toBe('not counted');
    }
    // Every code Batch inputs and Waste name would "match nothing": the missing sheet is what is said.
    expect(stock.text).not.toContain('matches no lot or batch');
  });

  it('Batch inputs renamed: no lot has an on hand, since what the batches used is not known', () => {
    const { bundle, spreadsheet } = openWorkbook(renamed('Batch inputs', 'Inputs used'));
    bundle.clickMenuItem('Stock');
    const stock = readStock(spreadsheet);
    expect(stock.text).toContain('there is no Batch inputs sheet: what the batches used is not known, so no lot’s on hand is counted.');
    expect(stock.text).toContain('The tab "Inputs used" looks like it');
    const lots = stock.table('Lots and batches');
    expect(lots.length).toBeGreaterThan(0);
    for (const lot of lots) expect(lot['On hand']).toBe('not counted');
  });

  it('Orders renamed: shipments are said not counted, with the tab to rename', () => {
    const { bundle, spreadsheet } = openWorkbook(renamed('Orders', 'Sales'));
    bundle.clickMenuItem('Stock');
    expect(readStock(spreadsheet).text).toContain(
      'there is no Orders sheet: nothing is counted as shipped, so a batch that did ship shows more on hand than it has. The tab "Sales" looks like it: rename it "Orders" for Lotline to read it.',
    );
  });
});

describe('the production sidebar when Receipts has been renamed', () => {
  it('says the tab to rename, and calls no Waste or Batch inputs code a typo for it', async () => {
    const { bundle } = openWorkbook(renamed('Receipts', 'Receiving log'));
    const setup = (await callFromClient(bundle, 'loadProductionRun')) as ProductionSetup;
    expect(setup.notices).toContain(
      'This spreadsheet has no Receipts sheet. The tab "Receiving log" looks like it: rename it "Receipts" for Lotline to read it.',
    );
    expect(setup.notices.join(' ')).not.toContain('matches no lot or batch');
  });
});

describe('a lot whose Expires cannot be read ("next spring")', () => {
  const contents = guideExample();
  (contents.Receipts as unknown[][])[2]![6] = 'next spring';
  const { bundle, spreadsheet } = openWorkbook(contents);
  bundle.clickMenuItem('Stock');
  const stock = readStock(spreadsheet);

  test('is not counted usable, as if it never expired: the material says why, the lot is marked', () => {
    const oil = stock.table('Materials')[0]!;
    expect(oil['Usable on hand']).toBe('not counted');
    expect(oil.Notes).toContain('usable not counted: the Expires of FO-0002 cannot be read');
    const marks = Object.fromEntries(stock.table('Lots and batches with stock').map((row) => [row['Lot or batch'], row.Mark]));
    expect(marks['FO-0002']).toBe('Expires cannot be read (see the top)');
  });

  test('is not offered for a run, and a run naming it is refused at the lot', async () => {
    const setup = (await callFromClient(bundle, 'loadProductionRun')) as ProductionSetup;
    const offered = setup.stock.find((component) => component.component === 'FO')!;
    expect(offered.lots.map(([code]) => code)).not.toContain('FO-0002');
    expect(offered.withheld).toContain('The Expires of lot FO-0002 cannot be read (see the problems listed for its sheet).');
    const result = (await callFromClient(bundle, 'saveProductionRun', [
      {
        run: {
          sku: 'SOAP',
          quantityToMake: 20,
          dateMade: TODAY,
          quantityMade: 20,
          madeBy: 'maker@example.com',
          notes: '',
          batchCode: '',
          expires: '',
          inputs: [{ component: 'FO', lot: 'FO-0002', quantity: 200, unit: 'ml' }],
          waste: [],
        },
        shownBatchCode: '',
      },
    ])) as { ok: boolean; problems?: { field: string; message: string }[] };
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result.problems)).toContain('The Expires of lot FO-0002 cannot be read');
  });
});
