// What the report writer puts in a new sheet's name and cells: what Sheets accepts, and what an .xlsx
// download keeps apart.
import { CELL_CHARACTER_LIMIT, fitCell, reportValue } from '../../src/sheets/report-sheet';

describe('report cells', () => {
  it('keep text as text and within the 50,000 characters a cell holds, apostrophe included', () => {
    const written = reportValue('x'.repeat(60_000)) as string;
    expect(written).toHaveLength(CELL_CHARACTER_LIMIT);
    expect(written.startsWith("'x")).toBe(true);
    expect(written.endsWith('…')).toBe(true);
    expect(reportValue('x'.repeat(49_999))).toBe(`'${'x'.repeat(49_999)}`);
    expect(reportValue('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(reportValue(12)).toBe(12);
  });

  it('never cut a character in half', () => {
    expect(fitCell(`ab${'😀'.repeat(3)}`, 4)).toBe('ab…');
    expect(fitCell(`ab${'😀'.repeat(3)}`, 5)).toBe('ab😀…');
    expect(fitCell('abcdef', 4)).toBe('abc…');
  });
});
