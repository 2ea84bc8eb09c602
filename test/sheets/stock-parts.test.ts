// The pieces of stock-parts.ts that need no spreadsheet: how a part's text is cut for the cache, and
// which rows each part reads.
import { partSpan, piecesOf } from '../../src/sheets/stock-parts';

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

describe('piecesOf', () => {
  it('cuts text into pieces of at most the limit in UTF-8 bytes that join back to it', () => {
    const text = `${'a'.repeat(250)}é${'€'.repeat(40)}😀${'b'.repeat(99)}😀`;
    for (const limit of [4, 7, 100, 1000]) {
      const pieces = piecesOf(text, limit);
      expect(pieces.join('')).toBe(text);
      for (const piece of pieces) expect(bytes(piece)).toBeLessThanOrEqual(limit);
      // Never between the two halves of an emoji: each piece is valid text on its own.
      for (const piece of pieces) expect(Buffer.from(piece, 'utf8').toString('utf8')).toBe(piece);
    }
  });

  it('keeps short text in one piece, and fills pieces to the limit', () => {
    expect(piecesOf('LAV-0923-01')).toEqual(['LAV-0923-01']);
    expect(piecesOf('x'.repeat(250), 100).map(bytes)).toEqual([100, 100, 50]);
  });
});

describe('partSpan', () => {
  it('shares rows 2…last among the parts, each row once, in order', () => {
    for (const [lastRow, parts] of [
      [1, 3],
      [2, 3],
      [11, 3],
      [250_001, 9],
    ] as const) {
      const rows: number[] = [];
      for (let part = 0; part < parts; part++) {
        const span = partSpan(lastRow, part, parts);
        if (span) for (let row = span.fromRow; row <= span.toRow; row++) rows.push(row);
      }
      expect(rows.length).toBe(Math.max(0, lastRow - 1));
      expect(rows[0] ?? 2).toBe(2);
      expect(rows.every((row, index) => index === 0 || row === (rows[index - 1] as number) + 1)).toBe(true);
    }
  });
});
