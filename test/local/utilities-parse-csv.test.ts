// Utilities.parseCsv as the add-on meets it: RFC 4180 quoting, and strict where Google documents nothing
// (local/runtime/parse-csv.ts says which reading is taken and why).
import { errorOf, fresh } from './helpers';

const parse = (csv: string, delimiter?: string) => {
  const { runtime } = fresh();
  return delimiter === undefined ? runtime.Utilities.parseCsv(csv) : runtime.Utilities.parseCsv(csv, delimiter);
};
const failure = (action: (u: ReturnType<typeof fresh>['runtime']['Utilities']) => unknown) => {
  const { runtime } = fresh();
  return errorOf(() => action(runtime.Utilities));
};

describe('Utilities.parseCsv', () => {
  it('reads Google’s documented examples: commas by default, another delimiter when given', () => {
    expect(parse('a,b,c\nd,e,f')).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ]);
    expect(parse('a\tb\tc\nd\te\tf', '\t')).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ]);
    expect(parse('a;b\n1;2', ';')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps the delimiter, line breaks and doubled quotes inside quoted fields', () => {
    expect(parse('name,address\n"Okafor, Maya","14 Orchard Lane\nApt ""B"""\n')).toEqual([
      ['name', 'address'],
      ['Okafor, Maya', '14 Orchard Lane\nApt "B"'],
    ]);
    expect(parse('"",x\n')).toEqual([['', 'x']]);
  });

  it('ends records at CRLF, LF or CR; a final line break adds no record, an empty line inside is one', () => {
    expect(parse('a,b\r\n1,2\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parse('a\r1\n\n2')).toEqual([['a'], ['1'], [''], ['2']]);
    expect(parse('a,b,\n')).toEqual([['a', 'b', '']]);
    expect(parse('')).toEqual([]);
  });

  it('keeps a byte-order mark as part of the first field, and rows their own lengths', () => {
    expect(parse('\ufeffName,Email\n1\n')).toEqual([['\ufeffName', 'Email'], ['1']]);
  });

  it('keeps formula-looking and HTML text as text, and numbers as strings', () => {
    expect(parse('=SUM(A1),<b>x</b>,0923,+cmd|calc')).toEqual([['=SUM(A1)', '<b>x</b>', '0923', '+cmd|calc']]);
  });

  it('fails on a quote left open, a quote inside an unquoted field, or text after a closing quote', () => {
    expect(failure((u) => u.parseCsv('a,b\n"open,2\n'))).toBe('Could not parse text.');
    expect(failure((u) => u.parseCsv('a,b\n5"B,2\n'))).toBe('Could not parse text.');
    expect(failure((u) => u.parseCsv('a,b\n"x"y,2\n'))).toBe('Could not parse text.');
  });

  it('refuses a delimiter that is not one character, and arguments that are not text', () => {
    expect(failure((u) => u.parseCsv('a;;b', ';;' as never))).toBe(
      "The parameters (String,String) don't match the method signature for Utilities.parseCsv.",
    );
    expect(failure((u) => u.parseCsv(42 as never))).toMatch(/don't match the method signature for Utilities\.parseCsv/);
    expect(failure((u) => (u.parseCsv as (...a: unknown[]) => unknown)())).toMatch(/method signature for Utilities\.parseCsv/);
  });

  it('is not metered as a call to the document', () => {
    const { runtime } = fresh();
    runtime.Utilities.parseCsv('a,b\n1,2');
    expect(runtime.meter.snapshot().callsByMethod['Utilities.parseCsv'] ?? 0).toBe(0);
  });
});
