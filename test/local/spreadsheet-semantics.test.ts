// One describe per line of "SpreadsheetApp semantics the local runtime must reproduce"
// (shared/platform/apps-script.md), so a reader can tick them off.
import { MESSAGES } from '../../local/runtime';
import { errorOf, fresh } from './helpers';

describe('getValues() → 2-D array [row][col] of number, boolean, Date or string; empty cells are ""', () => {
  it('returns each type as stored and empty cells as ""', () => {
    const { sheet } = fresh();
    const when = new Date(Date.UTC(2023, 8, 14, 4));
    sheet.getRange(1, 1, 1, 4).setValues([[42, true, when, 'Lot A']]);
    expect(sheet.getRange('A1:E2').getValues()).toEqual([
      [42, true, when, 'Lot A', ''],
      ['', '', '', '', ''],
    ]);
  });

  it('gives Date objects for date cells, fresh on every read', () => {
    const { sheet } = fresh();
    sheet.getRange('A1').setValue(new Date(Date.UTC(2024, 0, 2)));
    const first = sheet.getRange('A1').getValues()[0]![0] as Date;
    const second = sheet.getRange('A1').getValue() as Date;
    expect(first).toBeInstanceOf(Date);
    expect(first).not.toBe(second);
    first.setUTCFullYear(1999);
    expect((sheet.getRange('A1').getValue() as Date).getUTCFullYear()).toBe(2024);
  });

  it('hands out a fresh array each time, so mutating it changes nothing', () => {
    const { sheet } = fresh();
    sheet.getRange('A1').setValue(5);
    const values = sheet.getRange('A1').getValues();
    values[0]![0] = 99;
    expect(sheet.getRange('A1').getValue()).toBe(5);
  });

  it('does not keep a reference to a Date the script wrote', () => {
    const { sheet } = fresh();
    const written = new Date(Date.UTC(2024, 5, 1));
    sheet.getRange('A1').setValue(written);
    written.setUTCFullYear(2000);
    expect((sheet.getRange('A1').getValue() as Date).getUTCFullYear()).toBe(2024);
  });
});

describe('getRange(row, col, numRows, numCols) is 1-based, with Google’s errors verbatim', () => {
  it('counts from 1', () => {
    const { sheet } = fresh();
    sheet.getRange('B3').setValue('here');
    expect(sheet.getRange(3, 2).getValue()).toBe('here');
    expect(sheet.getRange(3, 2).getA1Notation()).toBe('B3');
  });

  it.each([
    ['numRows 0', () => [1, 1, 0, 1], MESSAGES.rowsAtLeastOne, 'The number of rows in the range must be at least 1.'],
    ['numCols 0', () => [1, 1, 1, 0], MESSAGES.columnsAtLeastOne, 'The number of columns in the range must be at least 1.'],
    [
      'past the last row',
      () => [1000, 1, 2, 1],
      MESSAGES.outsideDimensions,
      'The coordinates of the range are outside the dimensions of the sheet.',
    ],
    [
      'past the last column',
      () => [1, 26, 1, 2],
      MESSAGES.outsideDimensions,
      'The coordinates of the range are outside the dimensions of the sheet.',
    ],
    ['row 0', () => [0, 1], MESSAGES.startRowTooSmall, 'The starting row of the range is too small.'],
    ['column 0', () => [1, 0], MESSAGES.startColumnTooSmall, 'The starting column of the range is too small.'],
  ])('%s', (_name, args, constant, text) => {
    const { sheet } = fresh();
    expect(constant).toBe(text);
    expect(errorOf(() => (sheet.getRange as (...a: number[]) => unknown)(...args()))).toBe(text);
  });

  it('refuses wrong argument types like Apps Script does', () => {
    const { sheet } = fresh();
    expect(errorOf(() => (sheet.getRange as (...a: unknown[]) => unknown)('1', 2))).toBe(
      "The parameters (String,number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
    );
    expect(errorOf(() => sheet.getRange(1.5, 1))).toMatch(/Cannot convert 1\.5/);
  });

  it('reads A1 forms: cells, blocks, whole columns, open-ended blocks and rows', () => {
    const { sheet } = fresh();
    const shape = (a1: string) => {
      const range = sheet.getRange(a1);
      return [range.getRow(), range.getColumn(), range.getNumRows(), range.getNumColumns(), range.getA1Notation()];
    };
    expect(shape('A1:C3')).toEqual([1, 1, 3, 3, 'A1:C3']);
    expect(shape('A:A')).toEqual([1, 1, 1000, 1, 'A:A']);
    expect(shape('B2:D')).toEqual([2, 2, 999, 3, 'B2:D1000']);
    expect(shape('3:3')).toEqual([3, 1, 1, 26, '3:3']);
    expect(errorOf(() => sheet.getRange('A1:A1001'))).toBe('Range not found');
    expect(errorOf(() => sheet.getRange('not a range'))).toBe('Range not found');
  });
});

describe('setValues(v) needs exactly the range’s shape', () => {
  it('names the row counts when rows differ', () => {
    const { sheet } = fresh();
    expect(errorOf(() => sheet.getRange(1, 1, 2, 1).setValues([[1]]))).toBe(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
  });

  it('names the column counts when columns differ, in any row', () => {
    const { sheet } = fresh();
    expect(errorOf(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2], [3]]))).toBe(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });

  it('writes nothing when it fails', () => {
    const { sheet } = fresh();
    errorOf(() => sheet.getRange(1, 1, 1, 2).setValues([[1, { not: 'a cell' }]]));
    expect(sheet.getLastRow()).toBe(0);
  });

  it('refuses values a cell cannot hold instead of converting them', () => {
    const { sheet } = fresh();
    expect(errorOf(() => sheet.getRange('A1').setValue({ a: 1 }))).toMatch(/Cannot write a value of type Object into cell Sheet1!A1/);
    expect(errorOf(() => sheet.getRange('A1').setValue(Number.NaN))).toMatch(/number NaN/);
    expect(errorOf(() => sheet.getRange('A1').setValues([1, 2] as never))).toBe(
      "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  });

  it('setValue sets every cell of the range', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:B2').setValue('x');
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['x', 'x'],
      ['x', 'x'],
    ]);
  });
});

describe('a string written with setValues/setValue/appendRow is read as if a person typed it', () => {
  it('turns codes, numbers, dates, booleans and formulas into what Sheets makes of them', () => {
    const { runtime, sheet } = fresh();
    sheet.getRange(1, 1, 1, 6).setValues([['0923', '1,200', '2023-09-14', '9/14/2023', 'TRUE', '=HYPERLINK("x")']]);
    const [row] = sheet.getRange(1, 1, 1, 6).getValues();
    expect(row!.slice(0, 2)).toEqual([923, 1200]);
    expect(row![2]).toEqual(new Date('2023-09-14T04:00:00Z')); // midnight in America/New_York
    expect(row![3]).toEqual(new Date('2023-09-14T04:00:00Z'));
    expect(row!.slice(4)).toEqual([true, 'x']); // a formula shows what it computes
    expect(sheet.getRange('F1').getFormula()).toBe('=HYPERLINK("x")');
    expect(runtime.meter.snapshot().formulasWritten).toBe(1);
  });

  it('applies to setValue and appendRow too', () => {
    const { runtime, sheet } = fresh();
    sheet.getRange('A1').setValue('0007');
    sheet.appendRow(['=1+1', '12%']);
    expect(sheet.getRange('A1').getValue()).toBe(7);
    expect(sheet.getRange('A2:B2').getValues()).toEqual([[2, 0.12]]);
    expect(runtime.meter.snapshot().formulasWritten).toBe(1);
  });

  it('keeps text behind an apostrophe, without the apostrophe', () => {
    const { runtime, sheet } = fresh();
    sheet.getRange(1, 1, 1, 3).setValues([["'0923", '\'=HYPERLINK("x")', "'2023-09-14"]]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['0923', '=HYPERLINK("x")', '2023-09-14']]);
    expect(sheet.getRange('B1').getFormula()).toBe('');
    expect(runtime.meter.snapshot().formulasWritten).toBe(0);
  });

  it('keeps text in plain-text (@) cells exactly as written', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:A3').setNumberFormat('@');
    sheet.getRange('A1:A3').setValues([['0923'], ['=SUM(1)'], ['1,200']]);
    expect(sheet.getRange('A1:A3').getValues()).toEqual([['0923'], ['=SUM(1)'], ['1,200']]);
  });
});

describe('getLastRow() / getLastColumn() are 0 on an empty sheet; getDataRange() there is A1', () => {
  it('is 0 and A1 on a new sheet', () => {
    const { sheet } = fresh();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
  });

  it('counts content only, not formats', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:Z100').setBackground('#ff0000');
    sheet.getRange('C5').setValue('x');
    sheet.getRange('B9').setFormula('=1');
    expect(sheet.getLastRow()).toBe(9);
    expect(sheet.getLastColumn()).toBe(3);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C9');
  });

  it('shrinks back when the last content is cleared', () => {
    const { sheet } = fresh();
    sheet.getRange('A1').setValue('x');
    sheet.getRange('D7').setValue('y');
    sheet.getRange('D7').clearContent();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([1, 1]);
  });
});

describe('insertSheet(name) with a taken name fails; sheet names are at most 100 characters', () => {
  it('refuses a taken name, also in another case, with Google’s words', () => {
    const { spreadsheet } = fresh();
    spreadsheet.insertSheet('Lots');
    expect(errorOf(() => spreadsheet.insertSheet('Lots'))).toBe('A sheet with the name "Lots" already exists. Please enter another name.');
    expect(errorOf(() => spreadsheet.insertSheet('LOTS'))).toBe('A sheet with the name "LOTS" already exists. Please enter another name.');
  });

  it('refuses names over 100 characters and accepts 100', () => {
    const { spreadsheet } = fresh();
    expect(errorOf(() => spreadsheet.insertSheet('x'.repeat(101)))).toBe(MESSAGES.sheetNameTooLong);
    expect(spreadsheet.insertSheet('x'.repeat(100)).getName()).toHaveLength(100);
  });

  it('makes a 1000 × 26 sheet that becomes active, at the index asked', () => {
    const { spreadsheet } = fresh();
    const sheet = spreadsheet.insertSheet('First', 0);
    expect([sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getIndex()]).toEqual([1000, 26, 1]);
    expect(spreadsheet.getActiveSheet().getName()).toBe('First');
    expect(spreadsheet.insertSheet().getName()).toBe('Sheet3');
  });
});

describe('getSheetByName → null when absent; getActiveRange()/getCurrentCell() → Range|null, the last of several', () => {
  it('finds sheets by exact, case-sensitive name only', () => {
    const { spreadsheet } = fresh();
    spreadsheet.insertSheet('Receipts');
    expect(spreadsheet.getSheetByName('Receipts')?.getName()).toBe('Receipts');
    expect(spreadsheet.getSheetByName('receipts')).toBeNull();
    expect(spreadsheet.getSheetByName('Nope')).toBeNull();
  });

  it('has no active range or current cell before anything is selected', () => {
    const { runtime, spreadsheet } = fresh();
    expect(spreadsheet.getActiveRange()).toBeNull();
    expect(spreadsheet.getCurrentCell()).toBeNull();
    expect(runtime.SpreadsheetApp.getActiveRange()).toBeNull();
  });

  it('gives the last of several selected ranges, and the current cell', () => {
    const { runtime, spreadsheet } = fresh();
    spreadsheet.setSelectionForTest(['A1:B2', 'D4:E9'], 'E5');
    expect(spreadsheet.getActiveRange()?.getA1Notation()).toBe('D4:E9');
    expect(spreadsheet.getCurrentCell()?.getA1Notation()).toBe('E5');
    expect(runtime.SpreadsheetApp.getActiveRange()?.getA1Notation()).toBe('D4:E9');
  });

  it('follows the active sheet: a selection belongs to its sheet', () => {
    const { spreadsheet, sheet } = fresh();
    spreadsheet.setSelectionForTest('C3');
    spreadsheet.insertSheet('Other');
    expect(spreadsheet.getActiveRange()).toBeNull();
    sheet.activate();
    expect(spreadsheet.getActiveRange()?.getA1Notation()).toBe('C3');
  });
});

describe('deleteRows past the end: "Those rows are out of bounds."', () => {
  it('refuses rows beyond the sheet', () => {
    const { sheet } = fresh();
    expect(errorOf(() => sheet.deleteRows(999, 3))).toBe('Those rows are out of bounds.');
    expect(errorOf(() => sheet.deleteRow(1001))).toBe('Those rows are out of bounds.');
    expect(sheet.getMaxRows()).toBe(1000);
  });

  it('refuses to delete every non-frozen row', () => {
    const { sheet } = fresh();
    sheet.setFrozenRows(1);
    expect(errorOf(() => sheet.deleteRows(2, 999))).toBe('Sorry, it is not possible to delete all non-frozen rows.');
  });
});

describe('protection can be warning-only; an edit blocked by real protection throws', () => {
  const BLOCKED =
    'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

  function protectedHeader(warningOnly: boolean) {
    const context = fresh({ userEmail: 'owner@example.com' });
    const protection = context.sheet.getRange('1:1').protect().setDescription('header');
    protection.removeEditors(protection.getEditors());
    if (warningOnly) protection.setWarningOnly(true);
    context.runtime.setUser('helper@example.com');
    return { ...context, protection };
  }

  it('blocks writes, clears and row deletions by someone not on the editor list', () => {
    const { sheet, protection } = protectedHeader(false);
    expect(protection.canEdit()).toBe(false);
    expect(errorOf(() => sheet.getRange('B1').setValue('x'))).toBe(BLOCKED);
    expect(errorOf(() => sheet.getRange('A1:C1').clearContent())).toBe(BLOCKED);
    expect(errorOf(() => sheet.deleteRow(1))).toBe(BLOCKED);
    sheet.getRange('B2').setValue('below the header is fine');
    expect(sheet.getRange('B2').getValue()).toBe('below the header is fine');
  });

  it('never blocks a script when warning-only', () => {
    const { sheet, protection } = protectedHeader(true);
    expect(protection.isWarningOnly()).toBe(true);
    sheet.getRange('B1').setValue('x');
    expect(sheet.getRange('B1').getValue()).toBe('x');
  });

  it('lets the owner edit, and blocks nobody until the editor list is changed', () => {
    const { runtime, sheet } = protectedHeader(false);
    runtime.setUser('owner@example.com');
    sheet.getRange('A1').setValue('owner');
    const fresh2 = fresh({ userEmail: 'helper@example.com', ownerEmail: 'owner@example.com' });
    fresh2.sheet.getRange('A1:B2').protect();
    fresh2.sheet.getRange('A1').setValue('still editable');
    expect([sheet.getRange('A1').getValue(), fresh2.sheet.getRange('A1').getValue()]).toEqual(['owner', 'still editable']);
  });

  it('blocks the whole sheet with a sheet protection, including appendRow', () => {
    const { runtime, sheet } = fresh({ userEmail: 'owner@example.com' });
    const protection = sheet.protect();
    protection.removeEditors(protection.getEditors());
    runtime.setUser('helper@example.com');
    expect(errorOf(() => sheet.appendRow(['x']))).toBe(BLOCKED);
    expect(protection.getRange().getA1Notation()).toBe('');
  });
});

describe('data validation is not applied to script writes', () => {
  it('stores a value the rule would reject, and keeps the rule', () => {
    const { runtime, sheet } = fresh();
    const rule = runtime.SpreadsheetApp.newDataValidation().requireValueInList(['kg', 'g'], true).setAllowInvalid(false).build();
    sheet.getRange('A1:A10').setDataValidation(rule);
    sheet.getRange('A2').setValue('litres');
    expect(sheet.getRange('A2').getValue()).toBe('litres');
    const stored = sheet.getRange('A2').getDataValidation();
    expect(stored?.getCriteriaType()).toBe(runtime.SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST);
    expect(stored?.getCriteriaValues()).toEqual([['kg', 'g'], true]);
    expect(stored?.getAllowInvalid()).toBe(false);
  });
});

describe('developer metadata sticks to its row/column when rows are inserted above; only whole sheets, rows or columns carry it', () => {
  it('moves row metadata down with inserted rows, and column metadata right', () => {
    const { sheet } = fresh();
    sheet.getRange('3:3').addDeveloperMetadata('lotline.header', 'receipts');
    sheet.getRange('C:C').addDeveloperMetadata('lotline.column', 'qty');
    sheet.insertRowsBefore(1, 2);
    sheet.insertColumnsBefore(1, 1);
    expect(sheet.getRange('3:3').getDeveloperMetadata()).toEqual([]);
    const [row] = sheet.getRange('5:5').getDeveloperMetadata();
    expect(row?.getValue()).toBe('receipts');
    expect(row?.getLocation().getRow()?.getA1Notation()).toBe('5:5');
    expect(sheet.getRange('D:D').getDeveloperMetadata()[0]?.getLocation().getColumn()?.getA1Notation()).toBe('D:D');
  });

  it('stays put when rows are inserted below, and goes with its row when deleted', () => {
    const { sheet } = fresh();
    sheet.getRange('2:2').addDeveloperMetadata('k');
    sheet.insertRowsAfter(2, 5);
    expect(sheet.getRange('2:2').getDeveloperMetadata()).toHaveLength(1);
    sheet.deleteRow(2);
    expect(sheet.getRange('2:2').getDeveloperMetadata()).toHaveLength(0);
  });

  it('refuses arbitrary ranges, including a bounded range as wide as the sheet', () => {
    const { sheet } = fresh();
    expect(errorOf(() => sheet.getRange('B2:D4').addDeveloperMetadata('k'))).toBe(MESSAGES.metadataArbitraryRange);
    expect(errorOf(() => sheet.getRange(1, 1, 1, 26).addDeveloperMetadata('k'))).toBe(MESSAGES.metadataArbitraryRange);
    expect(sheet.getRange('G3').getDeveloperMetadata()).toEqual([]);
  });

  it('carries sheet metadata on the sheet', () => {
    const { sheet } = fresh();
    sheet.addDeveloperMetadata('lotline.sheet', 'receipts');
    const [item] = sheet.getDeveloperMetadata();
    expect([item?.getKey(), item?.getValue(), String(item?.getLocation().getLocationType())]).toEqual([
      'lotline.sheet',
      'receipts',
      'SHEET',
    ]);
  });
});

describe('a spreadsheet holds at most 10,000,000 cells, 18,278 columns, 50,000 characters per cell', () => {
  const LIMIT = 'This action would increase the number of cells in the workbook above the limit of 10000000 cells.';

  it('refuses inserts that would pass 10,000,000 cells', () => {
    const { sheet } = fresh();
    sheet.setDimensionsForTest(384_000, 26); // 9,984,000 cells
    expect(errorOf(() => sheet.insertRowsAfter(1, 1000))).toBe(LIMIT);
    expect(errorOf(() => sheet.getParent().insertSheet('More'))).toBe(LIMIT); // + 26,000
    sheet.insertRowsAfter(1, 100);
    expect(sheet.getMaxRows()).toBe(384_100);
  });

  it('refuses an appendRow that would grow past the ceiling', () => {
    const { sheet } = fresh();
    sheet.setDimensionsForTest(384_615, 26); // 9,999,990 cells
    sheet.loadRowsForTest([['x']], 384_615);
    expect(errorOf(() => sheet.appendRow(['y']))).toBe(LIMIT);
  });

  it('refuses more than 18,278 columns', () => {
    const { sheet } = fresh();
    sheet.setDimensionsForTest(10, 18_000);
    expect(errorOf(() => sheet.insertColumnsAfter(1, 279))).toBe(MESSAGES.columnLimit);
    sheet.insertColumnsAfter(1, 278);
    expect(sheet.getMaxColumns()).toBe(18_278);
  });

  it('refuses a cell of more than 50,000 characters', () => {
    const { sheet } = fresh();
    expect(errorOf(() => sheet.getRange('A1').setValue('x'.repeat(50_001)))).toBe(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
    sheet.getRange('A1').setValue('x'.repeat(50_000));
    expect((sheet.getRange('A1').getValue() as string).length).toBe(50_000);
  });
});
