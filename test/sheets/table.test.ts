// The workbook layer on the local runtime: tables by header, column-block reads, whole-row appends.
import { createRuntime } from '../../local/runtime';
import { readCodeColumns } from '../../src/sheets/code-columns';
import { readTable } from '../../src/sheets/read-table';
import { Workbook } from '../../src/sheets/workbook';

function workbookWith(sheets: Record<string, unknown[][]>) {
  const runtime = createRuntime();
  const spreadsheet = runtime.spreadsheet;
  for (const [name, rows] of Object.entries(sheets)) spreadsheet.insertSheet(name).loadRowsForTest(rows);
  runtime.meter.reset();
  const workbook = new Workbook(spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet);
  return { runtime, workbook, spreadsheet };
}

const receiptsRows = [
  ['Spec', 'Lot number', 'Where it is', 'Material code', 'Supplier', 'Quantity', 'Unit', 'Received'],
  ['food grade', 'LAV-0923-01', 'shelf 2', 'LAV', 'Aroma Co', '1,200', 'ml', '2023-09-14'],
  ['', '', '', '', '', '', '', ''],
  ['', ' coco-1023-01 ', 'shelf 3', 'COCO', 'Oils Inc', 'lots', 'g', new Date('2023-10-02T04:00:00Z')],
];

describe('reading a table', () => {
  it('finds the sheet ignoring case and reads only the columns asked for, one call per block', () => {
    const { runtime, workbook } = workbookWith({ ' RECEIPTS': receiptsRows });
    const read = readCodeColumns(workbook, 'receipts', ['lotNumber', 'materialCode']);
    expect(read.rows).toEqual([2, 4]);
    expect(read.codes.lotNumber).toEqual(['LAV-0923-01', 'coco-1023-01']);
    const meter = runtime.meter.snapshot();
    // getSheets, getDataRange, header getValues, then the two columns (B and D: the gap is cheap) in one.
    expect(meter.callsByMethod['SpreadsheetApp.Range.getValues']).toBe(2);
    expect(meter.cellsRead).toBe(8 + 3 * 3);
  });

  it('reads columns far apart on a big table as separate blocks', () => {
    const rows: unknown[][] = [['Lot number', 'A', 'B', 'C', 'D', 'E', 'F', 'Supplier lot']];
    for (let i = 0; i < 5000; i++) rows.push([`L-${i}`, 1, 2, 3, 4, 5, 6, `S-${i}`]);
    const { runtime, workbook } = workbookWith({ Receipts: rows });
    runtime.meter.reset();
    readCodeColumns(workbook, 'receipts', ['lotNumber', 'supplierLot']);
    expect(runtime.meter.snapshot().cellsRead).toBe(8 + 2 * 5000);
  });

  it('types values as people type them and names sheet, row and column of what it cannot read', () => {
    const { workbook } = workbookWith({ Receipts: receiptsRows });
    const read = readTable(workbook, 'receipts', ['lotNumber', 'quantity', 'received']);
    expect(read.rows.map((r) => [r.row, r.values.quantity, r.values.received])).toEqual([
      [2, 1200, '2023-09-14'],
      [4, null, '2023-10-02'],
    ]);
    expect(read.problems).toEqual([{ sheet: 'Receipts', row: 4, column: 'Quantity', message: '"lots" is not a number' }]);
  });

  it('reports a missing required column by its header', () => {
    const { workbook } = workbookWith({ Receipts: [['Lot number'], ['A-1']] });
    const read = readTable(workbook, 'receipts', ['lotNumber', 'quantity']);
    expect(read.problems).toEqual([{ sheet: 'Receipts', row: 1, column: 'Quantity', message: 'the sheet has no "Quantity" column' }]);
  });
});

describe('appending rows', () => {
  it('writes whole rows in the known columns, as text where text was given, leaving user columns alone', () => {
    const { runtime, workbook, spreadsheet } = workbookWith({ Receipts: receiptsRows });
    const sheet = spreadsheet.getSheetByName('Receipts')!;
    sheet.getRange('C5').setNumberFormat('0.00');
    runtime.meter.reset();
    workbook.table('receipts')!.appendRows([
      {
        lotNumber: '0923',
        spec: '=HYPERLINK("http://evil","x")',
        materialCode: 'LAV',
        supplier: '+1 Supplies',
        quantity: 5,
        unit: 'ml',
        received: '2023-11-01',
      },
    ]);
    const row = sheet.getRange(5, 1, 1, 8).getValues()[0]!;
    expect(row.slice(0, 2)).toEqual(['=HYPERLINK("http://evil","x")', '0923']);
    expect(row[2]).toBe('');
    expect(row.slice(3, 7)).toEqual(['LAV', '+1 Supplies', 5, 'ml']);
    expect(Object.prototype.toString.call(row[7])).toBe('[object Date]');
    expect(sheet.getRange('C5').getNumberFormat()).toBe('0.00');
    expect(runtime.meter.snapshot().formulasWritten).toBe(0);
    // Two runs of our columns (A–B and D–H, around the maker's column C): a format and a write each.
    expect(runtime.meter.snapshot().callsByMethod['SpreadsheetApp.Range.setValues']).toBe(2);
  });

  it('grows the sheet when the rows do not fit', () => {
    const { workbook, spreadsheet } = workbookWith({ Log: [['Time', 'User', 'Action', 'Details']] });
    const sheet = spreadsheet.getSheetByName('Log')!;
    const max = sheet.getMaxRows();
    const records = Array.from({ length: max + 5 }, (_, i) => ({ time: new Date(0), user: 'u', action: 'a', details: String(i) }));
    workbook.table('log')!.appendRows(records);
    expect(sheet.getLastRow()).toBe(max + 6);
  });
});
