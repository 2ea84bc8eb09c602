// getDisplayValues: what a person sees, by number format, in the spreadsheet's time zone.
import { columnLetters, columnNumber, formatA1, parseA1 } from '../../local/runtime/a1';
import { displayText } from '../../local/runtime/number-format';
import { fresh } from './helpers';

const ZONE = 'America/New_York';
const SEP_14 = new Date('2023-09-14T04:00:00Z'); // midnight in New York
const SEP_14_0930 = new Date('2023-09-14T13:30:05Z');

describe('getDisplayValues', () => {
  it('shows numbers plainly, booleans as TRUE/FALSE and dates as M/d/yyyy by default', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:E1').setValues([[1200, 0.1 + 0.2, true, SEP_14, SEP_14_0930]]);
    expect(sheet.getRange('A1:E1').getDisplayValues()).toEqual([['1200', '0.3', 'TRUE', '9/14/2023', '9/14/2023 9:30:05']]);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('1200');
  });

  it('shows typed text the way it was typed when the typing implied a format', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:D1').setValues([['2023-09-14', '12%', '$1,200.50', '1,200']]);
    expect(sheet.getRange('A1:D1').getDisplayValues()).toEqual([['2023-09-14', '12%', '$1,200.50', '1,200']]);
    expect(sheet.getRange('A1:D1').getNumberFormats()).toEqual([['yyyy-mm-dd', '0%', '"$"#,##0.00', '#,##0']]);
  });

  it('shows the leading zero lost when a code was not written as text', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:B1').setValues([['0923', "'0923"]]);
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['923', '0923']]);
  });

  it('uses the cell’s number format', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:D1').setNumberFormats([['yyyy-mm-dd hh:mm:ss', '#,##0.###', '0.00', 'mmm d, yyyy']]);
    sheet.getRange('A1:D1').setValues([[SEP_14_0930, 1200, 3.14159, SEP_14]]);
    expect(sheet.getRange('A1:D1').getDisplayValues()).toEqual([['2023-09-14 09:30:05', '1,200.', '3.14', 'Sep 14, 2023']]);
  });
});

describe('number formats', () => {
  it.each([
    [1234.5678, '#,##0.00', '1,234.57'],
    [1234.5, '#,##0.###', '1,234.5'],
    [-1234.5, '#,##0.00', '-1,234.50'],
    [-5, '0;(0)', '(5)'],
    [0.256, '0.0%', '25.6%'],
    [7, '000', '007'],
    [1200, '"$"#,##0', '$1,200'],
    [12345, '0.00E+00', '1.23E+04'],
    [45183, 'yyyy-mm-dd', '2023-09-14'],
    [0.5, 'h:mm am/pm', '12:00 PM'],
    [1e20, 'General', '1E+20'],
    [1 / 3, 'General', '0.3333333333'],
  ])('%d in %j shows %j', (value, format, shown) => {
    expect(displayText(value, format, ZONE)).toBe(shown);
  });

  it('reads mm as minutes after an hour and as months elsewhere', () => {
    expect(displayText(SEP_14_0930, 'mm/dd hh:mm', ZONE)).toBe('09/14 09:30');
    expect(displayText(SEP_14_0930, 'dddd d mmmm', ZONE)).toBe('Thursday 14 September');
  });

  it('shows a date as its serial number under a numeric format', () => {
    expect(displayText(SEP_14, '0', ZONE)).toBe('45183');
  });
});

describe('A1 notation', () => {
  it('converts column letters both ways up to ZZZ', () => {
    expect([columnLetters(1), columnLetters(26), columnLetters(27), columnLetters(18278)]).toEqual(['A', 'Z', 'AA', 'ZZZ']);
    expect([columnNumber('a'), columnNumber('AZ'), columnNumber('ZZZ')]).toEqual([1, 52, 18278]);
  });

  it('parses sheet-qualified references with quotes', () => {
    expect(parseA1("'Lot ''A'' log'!B2:C")).toEqual({ sheetName: "Lot 'A' log", startRow: 2, startColumn: 2, endRow: null, endColumn: 3 });
    expect(parseA1('Sheet1!$A$1')).toMatchObject({ sheetName: 'Sheet1', startRow: 1, startColumn: 1 });
  });

  it('rejects what is not a range', () => {
    for (const text of ['', 'A', '3', 'A1:3', '3:A', 'A:3', 'A0', 'AAAA1', '1A']) expect(parseA1(text)).toBeNull();
  });

  it('puts reversed corners in order and prints ranges', () => {
    const ref = parseA1('C3:A1')!;
    expect([ref.startRow, ref.startColumn, ref.endRow, ref.endColumn]).toEqual([1, 1, 3, 3]);
    expect(formatA1({ row: 2, column: 2, numRows: 1, numColumns: 1 })).toBe('B2');
    expect(formatA1({ row: 1, column: 2, numRows: 1000, numColumns: 2 }, { openRows: true, openColumns: false })).toBe('B:C');
  });
});
