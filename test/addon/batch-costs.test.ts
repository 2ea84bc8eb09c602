// Batch costs through the built bundle: a hand-made workbook whose figures a maker can check on a
// calculator (a soap made from a blend made from a base: two sub-assemblies deep), a lot without a cost
// named and never counted as 0, a month's cost of goods shipped beside the average-cost method, and the
// guide's workbook costed as the guide's numbers add up by hand.
import { createRuntimeWithBundle, type LocalSpreadsheet } from '../../local/runtime';
import { dateCell, type SheetContents } from '../fixtures/sheet-values';
import { soapMakerWorkbook } from '../fixtures/soap-maker';

function openWorkbook(contents: SheetContents) {
  const { runtime, bundle } = createRuntimeWithBundle({ timeZone: 'America/New_York', userEmail: 'maker@example.com' });
  for (const [name, rows] of Object.entries(contents)) runtime.spreadsheet.insertSheet(name).loadRowsForTest(rows);
  bundle.open('LIMITED');
  return { runtime, bundle, spreadsheet: runtime.spreadsheet };
}

/** The report as the maker sees it: every row's displayed text, and a table's rows under its title. */
function batchCosts(spreadsheet: LocalSpreadsheet, clickMenuItem: (caption: string) => void) {
  clickMenuItem('Batch costs');
  const report = spreadsheet.getActiveSheet();
  const range = report.getRange(1, 1, report.getLastRow(), Math.max(7, report.getLastColumn()));
  const shown = range.getDisplayValues();
  const values = range.getValues();
  const lines = shown.map((row) => row[0]!.trim());
  // A sentence runs on over indented rows: joined again, as the maker reads it.
  const text = shown
    .map((row) => row[0]!)
    .join('\n')
    .replace(/\n {3}/g, ' ');
  /** Rows under the table whose title starts with `title`, after its header: until a blank row. */
  const table = (title: string) => {
    const at = lines.findIndex((line) => line.startsWith(title));
    if (at < 0) return { shown: [], values: [], firstRow: 0 };
    let header = at + 1;
    while (shown[header]![1] === '') header++;
    let end = header + 1;
    while (end < shown.length && shown[end]!.some((cell) => cell !== '')) end++;
    return { shown: shown.slice(header + 1, end), values: values.slice(header + 1, end), firstRow: header + 2 };
  };
  return { report, lines, text, table };
}

// 15 kg of coconut oil for 150.00 (0.01 a gram); 500 g of lye for 4.00; 0.5 l of lavender oil for 60.00
// (0.12 a ml); cedarwood with no Cost yet.
const HAND_MADE: SheetContents = {
  Receipts: [
    ['Lot number', 'Received', 'Material code', 'Supplier', 'Quantity', 'Unit', 'Cost'],
    ['COCO-01', dateCell('2023-09-01'), 'COCO', 'Coco Supply', 15, 'kg', 150],
    ['LYE-01', dateCell('2023-09-01'), 'LYE', 'Coco Supply', 500, 'g', 4],
    ['LAV-01', dateCell('2023-09-01'), 'LAV', 'Lavender Fields', 0.5, 'l', 60],
    ['CED-01', dateCell('2023-09-01'), 'CED', 'Lavender Fields', 100, 'ml', ''],
  ],
  Products: [
    ['SKU', 'Product', 'Unit'],
    ['BASE', 'Soap base', 'g'],
    ['BLEND', 'Fragrance blend', 'ml'],
    ['SOAP', 'Lavender soap', 'bars'],
  ],
  Batches: [
    ['Batch ID', 'Made', 'SKU', 'Batch code', 'Quantity made', 'Unit', 'Cost', 'Unit cost'],
    // BASE-1: 1000 g COCO (10.00) + 500 g LYE (4.00) = 14.00 for 1000 g.
    ['MFG-1', dateCell('2023-09-02'), 'BASE', 'BASE-1', 1000, 'g', '', ''],
    // BLEND-1: 500 g BASE-1 (7.00) + 50 ml LAV (6.00) = 13.00 for 100 ml.
    ['MFG-2', dateCell('2023-09-03'), 'BLEND', 'BLEND-1', 100, 'ml', '', ''],
    // SOAP-1: 100 ml BLEND-1 (13.00) + 1200 g COCO (12.00) = 25.00 for 100 bars; the sheet says 30.00.
    ['MFG-3', dateCell('2023-09-04'), 'SOAP', 'SOAP-1', 100, '', 30, 0.3],
    // SOAP-2: 10 ml CED (no cost) + 500 g COCO (5.00): incomplete.
    ['MFG-4', dateCell('2023-09-05'), 'SOAP', 'SOAP-2', 50, '', '', ''],
    // SOAP-3: 3000 g COCO = 30.00 for 100 bars, 0.30 a bar; the sheet agrees.
    ['MFG-5', dateCell('2023-09-06'), 'SOAP', 'SOAP-3', 100, '', 30, 0.3],
  ],
  'Batch inputs': [
    ['Batch ID', 'Lot', 'Quantity', 'Unit'],
    ['MFG-1', 'COCO-01', 1, 'kg'],
    ['MFG-1', 'LYE-01', 500, 'g'],
    ['MFG-2', 'BASE-1', 0.5, 'kg'],
    ['MFG-2', 'LAV-01', 50, 'ml'],
    ['MFG-3', 'BLEND-1', 100, 'ml'],
    ['MFG-3', 'COCO-01', 1200, 'g'],
    ['MFG-4', 'CED-01', 10, 'ml'],
    ['MFG-4', 'COCO-01', 500, 'g'],
    ['MFG-5', 'COCO-01', 3, 'kg'],
  ],
  // The average-cost method costs SOAP at (25.00 + 30.00) ÷ 200 bars = 0.275 a bar.
  Orders: [
    ['Order', 'Shipped', 'Customer', 'Batch code', 'Quantity'],
    // September: 10 × 0.25 + 20 × 0.30 = 8.50 at the batches' own cost; 30 × 0.275 = 8.25 at average.
    ['#1001', dateCell('2023-09-10'), 'Ann', 'SOAP-1', 10],
    ['#1002', dateCell('2023-09-20'), 'Bob', 'SOAP-3', 20],
    // October: SOAP-2 has no cost, so the month is incomplete; at average 8 × 0.275 = 2.20.
    ['#1003', dateCell('2023-10-02'), 'Cy', 'SOAP-1', 5],
    ['#1004', dateCell('2023-10-03'), 'Di', 'SOAP-2', 3],
  ],
};

describe('Batch costs on a workbook worked out by hand', () => {
  const { bundle, spreadsheet } = openWorkbook(HAND_MADE);
  const { report, lines, text, table } = batchCosts(spreadsheet, (caption) => bundle.clickMenuItem(caption));
  const batches = table('Batches (');
  const batch = (code: string) => batches.values.find((row) => row[0] === code) ?? [];

  test('the answer comes first: 4 of 5 batches costed in full, the rest held up by a missing cost', () => {
    expect(report.getName()).toMatch(/^Batch costs \d{6} \d{4}$/);
    expect(lines[0]).toMatch(/^Batch costs, \d{4}-\d{2}-\d{2} \d{2}:\d{2} by maker@example\.com$/);
    expect(lines[1]).toMatch(/^4 of 5 batches costed in full; 1 incomplete/);
  });

  test('a soap two sub-assemblies deep costs the hand-computed 25.00, 0.25 a bar, and so do its sub-assemblies', () => {
    expect(batch('BASE-1').slice(4, 6)).toEqual([14, 0.014]);
    expect(batch('BLEND-1').slice(4, 6)).toEqual([13, 0.13]);
    expect(batch('SOAP-1').slice(2, 6)).toEqual([100, 'bars', 25, 0.25]);
    // Shown to the cent, and a gram's cost to the tenth of a cent.
    const shown = batches.shown.find((row) => row[0] === 'BASE-1')!;
    expect(shown.slice(4, 6)).toEqual(['14.00', '0.014']);
  });

  test('a lot without a cost makes the batch incomplete, is named with its row, and is never counted as 0', () => {
    expect(batch('SOAP-2')[4]).toBe('incomplete');
    expect(batch('SOAP-2')[5]).toBe('incomplete');
    expect(batch('SOAP-2')[6]).toMatch(/^incomplete: no cost for CED-01 \(Receipts row 5\); the lots with a cost come to 5\.00$/);
    const holding = table('What holds figures up');
    expect(holding.values).toEqual([['CED-01', 'Receipts', 5, 'has no Cost recorded', 1, '', '']]);
  });

  test('a Batches Cost that disagrees with the lots used is pointed out; one that agrees is not', () => {
    expect(batch('SOAP-1')[6]).toBe(
      'Batches row 4: Cost says 30.00, the lots used come to 25.00; Unit cost says 0.30, the lots used come to 0.25',
    );
    expect(batch('SOAP-3')[6]).toBe('');
    expect(text).toMatch(/1 Batches row holds a Cost or Unit cost that disagrees/);
  });

  test("a month's cost of goods shipped is the hand sum, beside the average-cost method and the difference", () => {
    const months = table('Cost of goods shipped by month');
    expect(months.values[0]!.slice(0, 5)).toEqual(['2023-09', 2, 8.5, 8.25, 0.25]);
    expect(months.shown[0]!.slice(2, 5)).toEqual(['8.50', '8.25', '0.25']);
    // October: SOAP-2's cost is not known, so the month says incomplete and how many lines, never a smaller sum.
    expect(months.values[1]!.slice(0, 5)).toEqual(['2023-10', 2, 'incomplete', 2.2, '']);
    expect(months.values[1]![5]).toBe('1 line whose batch cost is not known (SOAP-2)');
    expect(text).toMatch(/average-cost method.*total cost over all its batches costed in full/);
  });

  test('it changes nothing in the sheets and leaves a Log row', () => {
    const batchesSheet = spreadsheet.getSheetByName('Batches')!;
    expect(batchesSheet.getRange('G4:H4').getValues()).toEqual([[30, 0.3]]);
    const log = spreadsheet.getSheetByName('Log')!;
    expect(log.getRange(2, 1, 1, log.getLastColumn()).getValues()[0]!.join(' ')).toMatch(/Batch costs.*4 of 5 batches costed in full/);
  });
});

test('with no Orders sheet, the batches are costed and the top says the shipments could not be', () => {
  const { Orders: _orders, ...withoutOrders } = HAND_MADE;
  const { bundle, spreadsheet } = openWorkbook(withoutOrders);
  const { text, table } = batchCosts(spreadsheet, (caption) => bundle.clickMenuItem(caption));
  expect(text).toMatch(/\nCould not check: there is no Orders sheet\.\nCost of goods shipped: not worked out/);
  expect(table('Cost of goods shipped by month').values).toEqual([]);
  expect(table('Batches (').values.find((row) => row[0] === 'SOAP-1')![4]).toBe(25);
});

describe('Batch costs on the guide workbook', () => {
  test("the blend soap's cost is the hand sum of its lots, through the fragrance blend; blanking a lot's Cost names it", () => {
    const { sheets, expected } = soapMakerWorkbook();
    const [, ...receipts] = sheets.Receipts as unknown[][];
    const [, ...batches] = sheets.Batches as unknown[][];
    const [, ...inputs] = sheets['Batch inputs'] as unknown[][];
    const header = (sheet: string) => (sheets[sheet] as unknown[][])[0] as string[];
    const col = (sheet: string, name: string) => header(sheet).indexOf(name);
    const grams: Record<string, number> = { g: 1, kg: 1000, ml: 1, l: 1000, pcs: 1 };
    // A lot's cost per gram (or ml, or piece), by hand: Cost ÷ Quantity in the base unit.
    const perBase = new Map(
      receipts.map((row) => [
        row[col('Receipts', 'Lot number')] as string,
        (row[col('Receipts', 'Cost')] as number) /
          ((row[col('Receipts', 'Quantity')] as number) * grams[row[col('Receipts', 'Unit')] as string]!),
      ]),
    );
    const idOf = (code: string) => batches.find((row) => row[col('Batches', 'Batch code')] === code)![0] as string;
    const madeOf = (code: string) =>
      batches.find((row) => row[col('Batches', 'Batch code')] === code)![col('Batches', 'Quantity made')] as number;
    const costOf = (code: string): number =>
      inputs
        .filter((row) => row[0] === idOf(code))
        .reduce((sum, [, lot, quantity, unit]) => {
          const each = perBase.get(lot as string) ?? costOf(lot as string) / madeOf(lot as string);
          return sum + (quantity as number) * grams[unit as string]! * each;
        }, 0);
    const soapCode = expected.pathThroughBlend[2]!;
    const cents = (amount: number) => Math.round(amount * 100) / 100;

    const { bundle, spreadsheet } = openWorkbook(sheets);
    const { lines, text, table } = batchCosts(spreadsheet, (caption) => bundle.clickMenuItem(caption));
    const row = (code: string) => table('Batches (').values.find((each) => each[0] === code)!;
    expect(lines[1]).toMatch(/^All [\d,]+ batches costed in full/);
    expect(text).toMatch(/Cost of goods shipped over 12 months: [\d,]+\.\d\d at the batches’ own cost, [\d,]+\.\d\d at average cost\./);
    expect(row(expected.subAssemblyBatchCode)[4]).toBe(cents(costOf(expected.subAssemblyBatchCode)));
    expect(row(soapCode)[4]).toBe(cents(costOf(soapCode)));
    expect(row(soapCode)[4]).toBeGreaterThan(0);

    // The supplier's lot with no Cost: every batch it reached is incomplete, and the lot is named.
    const lotRow = receipts.findIndex((each) => each[0] === expected.lot) + 2;
    const blanked = structuredClone(sheets);
    (blanked.Receipts as unknown[][])[lotRow - 1]![col('Receipts', 'Cost')] = '';
    const again = openWorkbook(blanked);
    const second = batchCosts(again.spreadsheet, (caption) => again.bundle.clickMenuItem(caption));
    const rowAgain = (code: string) => second.table('Batches (').values.find((each) => each[0] === code)!;
    for (const code of [...expected.batchCodes, expected.subAssemblyBatchCode]) {
      expect(rowAgain(code)[4]).toBe('incomplete');
      expect(rowAgain(code)[6]).toContain(`no cost for ${expected.lot} (Receipts row ${lotRow})`);
    }
    expect(second.text).toMatch(/ 4 incomplete, held up by 1 missing figure listed first below\./);
    expect(second.table('What holds figures up').values[0]!.slice(0, 5)).toEqual([
      expected.lot,
      'Receipts',
      lotRow,
      'has no Cost recorded',
      4,
    ]);
  });
});
