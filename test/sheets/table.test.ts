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

describe('where appended rows go', () => {
  /** Receipts with two records, then the maker's checkbox column and copied-down formula to row 40. */
  function withContentBelow() {
    const rows: unknown[][] = [
      ['Lot number', 'Received', 'Material code', 'Supplier', 'Quantity', 'Unit', 'Checked', 'Days left'],
      ['LAV-0923-01', '2023-09-14', 'LAV', 'Aroma Co', 500, 'ml', true, ''],
      ['COCO-0923-01', '2023-09-15', 'COCO', 'Oils Inc', 1000, 'g', false, ''],
    ];
    for (let row = 4; row <= 40; row++) rows.push(['', '', '', '', '', '', false, '']);
    const made = workbookWith({ Receipts: rows });
    const sheet = made.spreadsheet.getSheetByName('Receipts')!;
    // A formula copied down the maker's own column shows '' until its row has a lot.
    sheet.getRange(2, 8, 39, 1).setFormulas(Array.from({ length: 39 }, (_, i) => [`=IF(A${i + 2}="","",TODAY()-B${i + 2})`]));
    made.runtime.meter.reset();
    return { ...made, sheet };
  }
  const record = { lotNumber: 'CED-1023-01', received: '2023-10-02', materialCode: 'CED', supplier: 'Aroma Co', quantity: 250, unit: 'ml' };

  it('go right after the last record, not below the maker’s checkboxes and formulas, which stay', () => {
    const { workbook, sheet } = withContentBelow();
    expect(sheet.getLastRow()).toBe(40);
    const appended = workbook.table('receipts')!.appendRows([record]);
    expect(appended.firstRow).toBe(4);
    expect(sheet.getRange(4, 1, 1, 7).getValues()[0]!.slice(0, 7)).toEqual([
      'CED-1023-01',
      expect.any(Date),
      'CED',
      'Aroma Co',
      250,
      'ml',
      false,
    ]);
    expect(sheet.getRange(4, 8).getFormula()).toBe('=IF(A4="","",TODAY()-B4)');
    expect(sheet.getLastRow()).toBe(40);
  });

  it('read only the table’s own columns of the rows below the last record, and nothing when a read reached the end', () => {
    const { runtime, workbook } = withContentBelow();
    readCodeColumns(workbook, 'receipts', ['lotNumber']);
    runtime.meter.reset();
    workbook.table('receipts')!.appendRows([record]);
    // The lot numbers read end at row 3: rows 4–40 of the six known columns are looked at, from the
    // bottom; then row 2's formats (the date format) and what the new row's cells held (to take it back).
    expect(runtime.meter.snapshot().cellsRead).toBe(37 * 6 + 6 + 3 * 6);

    const plain = workbookWith({ Receipts: receiptsRows });
    readCodeColumns(plain.workbook, 'receipts', ['lotNumber']);
    plain.runtime.meter.reset();
    plain.workbook.table('receipts')!.appendRows([record]);
    expect(plain.runtime.meter.snapshot().callsByMethod['SpreadsheetApp.Range.getValues']).toBeUndefined();
  });

  it('taken back, leave every cell as it was, the maker’s formulas and formats included', () => {
    const { workbook, sheet } = withContentBelow();
    const look = () => ({
      values: sheet.getRange(1, 1, 40, 8).getDisplayValues(),
      formulas: sheet.getRange(1, 1, 40, 8).getFormulas(),
      formats: sheet.getRange(1, 1, 40, 8).getNumberFormats(),
      rows: sheet.getMaxRows(),
    });
    const before = look();
    const table = workbook.table('receipts')!;
    table.removeAppended(table.appendRows([record, { ...record, lotNumber: 'CED-1023-02' }]));
    expect(look()).toEqual(before);
    // And the next append lands where the first did.
    expect(table.appendRows([record]).firstRow).toBe(4);
  });
});

describe('dates the add-on writes', () => {
  it('take the date format of the column’s first data row, else ISO', () => {
    const { workbook, spreadsheet } = workbookWith({
      Receipts: [
        ['Lot number', 'Received', 'Material code', 'Supplier', 'Quantity', 'Unit', 'Expires'],
        ['LAV-0923-01', new Date('2023-09-01T04:00:00Z'), 'LAV', 'Aroma Co', 500, 'ml', ''],
      ],
    });
    const sheet = spreadsheet.getSheetByName('Receipts')!;
    sheet.getRange('B2').setNumberFormat('M/d/yyyy');
    workbook.table('receipts')!.appendRows([
      {
        lotNumber: 'LAV-0923-02',
        received: '2023-09-26',
        materialCode: 'LAV',
        supplier: 'Aroma Co',
        quantity: 5,
        unit: 'ml',
        expires: '2025-03-01',
      },
    ]);
    expect(sheet.getRange(3, 1, 1, 7).getDisplayValues()[0]).toEqual([
      'LAV-0923-02',
      '9/26/2023',
      'LAV',
      'Aroma Co',
      '5',
      'ml',
      '2025-03-01',
    ]);
    expect(Object.prototype.toString.call(sheet.getRange('B3').getValue())).toBe('[object Date]');
  });
});
