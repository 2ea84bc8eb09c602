// How a report is laid out on its sheet: sentences in lines a column can show whole, column A as wide
// as they need, and a sheet that is only a table with its header in row 1 (a CSV download is the table).
import { layOutReport, textLines, TEXT_CHARS } from '../../src/domain/report-grid';

describe('sentences at the top of a report', () => {
  it('are broken between words into lines of at most TEXT_CHARS, later lines indented, nothing lost', () => {
    const sentence =
      'Not checked — No "Batch inputs" sheet: which lots went into which batches could not be checked, so batches reached and customers may be missing.';
    const lines = textLines(sentence);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(TEXT_CHARS);
    expect(lines.slice(1).every((line) => line.startsWith('   '))).toBe(true);
    expect(lines.map((line) => line.trim()).join(' ')).toBe(sentence);
    expect(textLines('Short.')).toEqual(['Short.']);
    // A word longer than a line is cut rather than lost.
    expect(textLines('x'.repeat(70)).join('').replace(/ /g, '')).toBe('x'.repeat(70));
  });

  it('make column A wide enough for them, and freeze only the lines asked for', () => {
    const layout = layOutReport({
      heading: ['Trace LAV-0923-01', 'NOT COMPLETE — 1 thing could not be checked, so more batches or customers may be affected:', 'Next.'],
      tables: [{ title: 'Lots', header: ['Lot'], rows: [['LAV-1']] }],
      frozenLines: 2,
    });
    expect(layout.columnChars[0]).toBeGreaterThanOrEqual(Math.max(...layout.blocks[0]!.rows.map((row) => String(row[0]).length)));
    expect(layout.frozenRows).toBe(3); // the title, and the status in two lines
    expect(layout.blocks[0]!.rows.map((row) => row[0])).toEqual([
      'Trace LAV-0923-01',
      'NOT COMPLETE — 1 thing could not be checked, so more',
      '   batches or customers may be affected:',
      'Next.',
    ]);
  });
});

describe('a report that is only a table', () => {
  it('has its header in row 1, frozen, its rows under it and nothing else', () => {
    const layout = layOutReport({
      heading: [],
      tables: [{ title: '', header: ['Customer', 'Email'], rows: [['Ana', 'ana@example.com']] }],
    });
    expect(layout.blocks).toEqual([
      {
        firstRow: 1,
        width: 2,
        rows: [
          ['Customer', 'Email'],
          ['Ana', 'ana@example.com'],
        ],
      },
    ]);
    expect(layout.frozenRows).toBe(1);
    expect(layout.height).toBe(2);
  });

  it('keeps its header when it has no rows: an empty list downloads as its header', () => {
    const layout = layOutReport({ heading: [], tables: [{ title: '', header: ['Customer'], rows: [], whenEmpty: 'Nobody.' }] });
    expect(layout.blocks).toEqual([{ firstRow: 1, width: 1, rows: [['Customer']] }]);
  });
});
