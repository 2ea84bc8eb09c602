// The "as if a person typed it" reading of strings written by a script (en_US, America/New_York).
import { readTyped, type TypedValue } from '../../local/runtime/typed-input';
import { fresh } from './helpers';

const NOW = Date.UTC(2024, 4, 20, 12); // 2024-05-20
const read = (text: string, plainText = false): TypedValue => readTyped(text, { plainText, timeZone: 'America/New_York', nowMs: NOW });
const isoOf = (typed: TypedValue): string =>
  typed.kind === 'date' ? new Date(typed.epochMs).toISOString() : `not a date: ${JSON.stringify(typed)}`;

describe('numbers', () => {
  it.each([
    ['0923', 923],
    ['1,200', 1200],
    [' 30 ', 30],
    ['-5', -5],
    ['+5', 5],
    ['1.5', 1.5],
    ['.5', 0.5],
    ['12%', 0.12],
    ['-12.5%', -0.125],
    ['$1,200.50', 1200.5],
    ['-$5', -5],
    ['1e3', 1000],
    ['1,234,567.25', 1234567.25],
    ['00', 0],
    ['123456789012345678901', 1.2345678901234568e20],
  ])('%j is the number %d', (text, value) => {
    const typed = read(text);
    expect(typed.kind).toBe('number');
    expect(typed.kind === 'number' && typed.value).toBeCloseTo(value, 10);
  });

  it('remembers the format the typing implied', () => {
    expect(read('12%')).toEqual({ kind: 'number', value: 0.12, format: '0%' });
    expect(read('$1,200.50')).toEqual({ kind: 'number', value: 1200.5, format: '"$"#,##0.00' });
    expect(read('1,200')).toEqual({ kind: 'number', value: 1200, format: '#,##0' });
    expect(read('0923')).toEqual({ kind: 'number', value: 923 });
  });

  it.each(['1,2', '12,34,567', '1.2.3', '--5', '5-', '$', '%', '1 200', 'LOT-0923', '0x1F', 'Infinity', '1e400'])(
    '%j stays text',
    (text) => {
      expect(read(text)).toEqual({ kind: 'text', text });
    },
  );
});

describe('dates and times (midnight or the given time in the spreadsheet’s zone)', () => {
  it.each([
    ['2023-09-14', '2023-09-14T04:00:00.000Z'],
    ['2023/9/4', '2023-09-04T04:00:00.000Z'],
    ['9/14/2023', '2023-09-14T04:00:00.000Z'],
    ['9/14/23', '2023-09-14T04:00:00.000Z'],
    ['1/2/75', '1975-01-02T05:00:00.000Z'],
    ['9-14-2023', '2023-09-14T04:00:00.000Z'],
    ['2023-09-14 10:30', '2023-09-14T14:30:00.000Z'],
    ['9/14/2023 10:30:15', '2023-09-14T14:30:15.000Z'],
    ['2023-01-14 1:05 PM', '2023-01-14T18:05:00.000Z'],
    ['Sep 14, 2023', '2023-09-14T04:00:00.000Z'],
    ['September 14 2023', '2023-09-14T04:00:00.000Z'],
    ['14 Sep 2023', '2023-09-14T04:00:00.000Z'],
    ['14-Sep-2023', '2023-09-14T04:00:00.000Z'],
  ])('%j is %s', (text, iso) => {
    expect(isoOf(read(text))).toBe(iso);
  });

  it('reads a month/day without a year as a date this year (a lot called 3/4 becomes March 4)', () => {
    expect(isoOf(read('3/4'))).toBe('2024-03-04T05:00:00.000Z');
  });

  it('reads a time alone as a time on 1899-12-30', () => {
    const typed = read('10:30');
    expect(typed).toMatchObject({ kind: 'date', format: 'h:mm am/pm' });
    expect(isoOf(typed).slice(0, 10)).toBe('1899-12-30');
  });

  it('remembers the date format the typing implied', () => {
    expect(read('2023-09-14')).toMatchObject({ format: 'yyyy-mm-dd' });
    expect(read('9/14/2023')).toMatchObject({ format: 'M/d/yyyy' });
  });

  it.each(['2/30/2023', '13/1/2023', '2023-02-29', '24:00', '10:61', '2023-09-14T10:30:00Z', 'Smarch 3, 2023', '3-4'])(
    '%j stays text',
    (text) => {
      expect(read(text)).toEqual({ kind: 'text', text });
    },
  );
});

describe('booleans and formulas', () => {
  it.each([
    ['TRUE', true],
    ['false', false],
    [' True ', true],
  ])('%j is the boolean %s', (text, value) => {
    expect(read(text)).toEqual({ kind: 'boolean', value });
  });

  it('reads anything starting with = as a formula, customers called =HYPERLINK(…) included', () => {
    expect(read('=HYPERLINK("http://x","y")')).toEqual({ kind: 'formula', formula: '=HYPERLINK("http://x","y")' });
    expect(read('=')).toEqual({ kind: 'formula', formula: '=' });
  });
});

describe('ways to keep text', () => {
  it('drops a leading apostrophe and keeps the rest as text', () => {
    expect(read("'0923")).toEqual({ kind: 'text', text: '0923' });
    expect(read("'=SUM(A1)")).toEqual({ kind: 'text', text: '=SUM(A1)' });
    expect(read("''quoted")).toEqual({ kind: 'text', text: "'quoted" });
    expect(read("'")).toEqual({ kind: 'empty' });
  });

  it('keeps everything verbatim in a plain-text (@) cell', () => {
    for (const text of ['0923', '=SUM(A1)', 'TRUE', '2023-09-14', "'0923"]) expect(read(text, true)).toEqual({ kind: 'text', text });
  });

  it('keeps ordinary text, including its spaces', () => {
    expect(read(' Lot A ')).toEqual({ kind: 'text', text: ' Lot A ' });
    expect(read('   ')).toEqual({ kind: 'text', text: '   ' });
    expect(read('')).toEqual({ kind: 'empty' });
  });
});

describe('in the spreadsheet’s locale', () => {
  const typed = (locale: string, text: string): TypedValue => readTyped(text, { plainText: false, timeZone: 'UTC', nowMs: NOW, locale });
  const day = (value: TypedValue) => (value.kind === 'date' ? new Date(value.epochMs).toISOString().slice(0, 10) : JSON.stringify(value));

  it.each([
    ['de_DE', '1,5', 1.5],
    ['de_DE', '1.200', 1200],
    ['de_DE', '1.200,75', 1200.75],
    ['de_DE', '12,5%', 0.125],
    ['fr_FR', '1,5', 1.5],
    ['fr_FR', '1 200', 1200],
    ['fr_FR', '1\u00a0200,5', 1200.5],
    ['fr_FR', '1\u202f200', 1200],
    ['en_GB', '1,200.5', 1200.5],
    ['xx_YY', '1,200', 1200],
  ])('in %s %j is the number %d', (locale, text, value) => {
    expect(typed(locale, text)).toMatchObject({ kind: 'number', value });
  });

  it.each([
    ['de_DE', '14.09.2023', '2023-09-14'],
    ['de_DE', '1.5', '2024-05-01'],
    ['de_DE', '2023-09-14', '2023-09-14'],
    ['en_GB', '14/09/2023', '2023-09-14'],
    ['en_GB', '03/04/2023', '2023-04-03'],
    ['fr_FR', '14/09/2023', '2023-09-14'],
    ['en_US', '03/04/2023', '2023-03-04'],
  ])('in %s %j is the day %s', (locale, text, iso) => {
    expect(day(typed(locale, text))).toBe(iso);
  });

  it.each([
    ['en_US', '1,5'],
    ['en_US', '14.09.2023'],
    ['en_GB', '9/14/2023'],
    ['fr_FR', '1.200,5'],
  ])('in %s %j stays text', (locale, text) => {
    expect(typed(locale, text)).toEqual({ kind: 'text', text });
  });

  it('applies to what a script writes into a German spreadsheet', () => {
    const { spreadsheet, sheet } = fresh({ spreadsheetLocale: 'de_DE', timeZone: 'UTC' });
    expect(spreadsheet.getSpreadsheetLocale()).toBe('de_DE');
    sheet.getRange('A1:C1').setValues([['1,5', '1.200', '14.09.2023']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[1.5, 1200, new Date('2023-09-14T00:00:00Z')]]);
    spreadsheet.setSpreadsheetLocale('en_US');
    sheet.getRange('A2').setValue('1,5');
    expect(sheet.getRange('A2').getValue()).toBe('1,5');
  });
});
