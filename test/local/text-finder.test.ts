// TextFinder as Google's: it matches what a cell shows, whole or in part, any case unless asked, by
// regular expression when asked; one call and a priced search, never a free read of the column.
import { createRuntime, type LocalSheet } from '../../local/runtime';

function sheetWith(rows: unknown[][]) {
  const runtime = createRuntime();
  const sheet = runtime.spreadsheet.insertSheet('Orders') as LocalSheet;
  sheet.loadRowsForTest(rows);
  return { runtime, sheet };
}

describe('Range.createTextFinder … findAll', () => {
  it('finds cells by their displayed text, case-insensitively, whole cell when asked, and says where', () => {
    const { sheet } = sheetWith([['Batch code'], ['LSOAP-01'], ['lsoap-01 '], ['X-LSOAP-01'], [1234], ['']]);
    sheet.getRange('A5').setNumberFormat('#,##0');
    const rows = (finder: { findAll(): { getRow(): number }[] }) => finder.findAll().map((range) => range.getRow());
    const column = sheet.getRange('A2:A6');
    expect(rows(column.createTextFinder('lsoap-01'))).toEqual([2, 3, 4]);
    expect(rows(column.createTextFinder('lsoap-01').matchEntireCell(true))).toEqual([2]);
    expect(rows(column.createTextFinder('LSOAP-01').matchCase(true))).toEqual([2, 4]);
    expect(rows(column.createTextFinder('^\\s*lsoap-01\\s*$').useRegularExpression(true).matchEntireCell(true))).toEqual([2, 3]);
    // What the cell shows, as Google searches: "1,234", not the 1234 it holds.
    expect(rows(column.createTextFinder('1234'))).toEqual([]);
    expect(rows(column.createTextFinder('1,234'))).toEqual([5]);
  });

  it('costs one call and 2 µs a cell searched; an option Google has but this runtime lacks is refused', () => {
    const { runtime, sheet } = sheetWith(Array.from({ length: 1000 }, (_, i) => [`B-${i}`]));
    runtime.meter.reset();
    sheet.getRange('A1:A1000').createTextFinder('B-7').matchEntireCell(true).findAll();
    const meter = runtime.meter.snapshot();
    expect(meter).toMatchObject({ calls: 1, cellsRead: 0, cellsSearched: 1000 });
    expect(meter.costMs.cellsSearched).toBe(2);
    const finder = sheet.getRange('A1:A10').createTextFinder('B') as unknown as Record<string, unknown>;
    expect(finder.ignoreDiacritics).toBeUndefined();
    expect(finder.replaceAllWith).toBeUndefined();
  });
});
