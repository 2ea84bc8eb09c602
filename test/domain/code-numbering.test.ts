// Next codes in the lot namespace: per material per month for receipt lots, skipping every code in use.
import { CodeNumbering, highestSequences } from '../../src/domain/code-numbering';
import { defaultCodeFormat, parseCodeFormat, type CodeFormat } from '../../src/domain/code-formats';

const lots = defaultCodeFormat('receiptLot');
const september = { material: 'LAV', day: '2023-09-26' };

function format(text: string, kind: 'receiptLot' | 'batchId' | 'batchCode' = 'receiptLot'): CodeFormat {
  const result = parseCodeFormat(text, kind);
  if (!result.ok) throw new Error(result.message);
  return result.format;
}

describe('the next receipt lot number', () => {
  it('starts at 001 for a material and month with no lots', () => {
    expect(new CodeNumbering(lots, ['COCO-0923-004', 'LAV-0823-009']).next(september)).toBe('LAV-0923-001');
  });

  it('follows the highest of the same material and month, however it was typed', () => {
    const numbering = new CodeNumbering(lots, ['LAV-0923-001', ' lav-0923-007 ', 'LAV-0923-02', 'LAV-1023-050', 'COCO-0923-090']);
    expect(numbering.next(september)).toBe('LAV-0923-008');
  });

  it('never hands out a number below the highest, even where there is a gap', () => {
    expect(new CodeNumbering(lots, ['LAV-0923-001', 'LAV-0923-005']).next(september)).toBe('LAV-0923-006');
  });

  it('gives N distinct numbers for N lines of the same material', () => {
    const numbering = new CodeNumbering(lots, ['LAV-0923-002']);
    expect([numbering.next(september), numbering.next(september), numbering.next(september)]).toEqual([
      'LAV-0923-003',
      'LAV-0923-004',
      'LAV-0923-005',
    ]);
  });

  it('skips a code the maker typed for another line, without moving the sequence past it', () => {
    const numbering = new CodeNumbering(lots, ['LAV-0923-001']);
    numbering.take('lav-0923-002');
    numbering.take('LAV-0923-009');
    expect([numbering.next(september), numbering.next(september)]).toEqual(['LAV-0923-003', 'LAV-0923-004']);
  });

  it('skips hand-typed codes a format without a material would collide with', () => {
    // A running sequence: batch codes typed by hand share the namespace with receipt lots.
    const running = format('R{SEQ3}');
    expect(new CodeNumbering(running, ['R001', 'r002', 'R010X']).next({ day: '2023-09-01' })).toBe('R003');
  });

  it('reads a sequence glued to the date digits', () => {
    const glued = format('{MAT}{YY}{MM}{SEQ2}');
    expect(new CodeNumbering(glued, ['LAV230901', 'LAV230907', 'LAV2309']).next(september)).toBe('LAV230908');
  });
});

describe('batch IDs and batch codes', () => {
  it('one running sequence of batch IDs', () => {
    expect(new CodeNumbering(defaultCodeFormat('batchId'), ['MFG-0055', 'MFG-0009', 'LAV-0923-001']).next({ day: '2023-10-15' })).toBe(
      'MFG-0056',
    );
  });

  it('batch codes per SKU per day', () => {
    const numbering = new CodeNumbering(defaultCodeFormat('batchCode'), ['LSOAP-231015-01', 'LSOAP-231014-05', 'FB-231015-03']);
    expect(numbering.next({ sku: 'LSOAP', day: '2023-10-15' })).toBe('LSOAP-231015-02');
    expect(numbering.next({ sku: 'FB', day: '2023-10-15' })).toBe('FB-231015-04');
  });
});

describe('highest numbers for many materials at once', () => {
  it('finds each material’s highest in one pass', () => {
    const numbering = new CodeNumbering(lots, ['LAV-0923-003', 'COCO-0923-011', 'COCO-0923-002', 'LYE-0823-004', 'CED-0923-x1']);
    const highest = numbering.learnHighest(['LAV', 'COCO', 'LYE', 'CED'].map((material) => ({ material, day: '2023-09-02' })));
    expect(highest).toEqual([3, 11, 0, 0]);
  });

  it('keeps material codes that begin alike apart', () => {
    expect(
      highestSequences(
        [
          { prefix: 'LA-', suffix: '' },
          { prefix: 'LAV-', suffix: '' },
        ],
        ['LAV-009', 'LA-002'],
      ),
    ).toEqual([2, 9]);
  });

  it('lets the sidebar start from the server’s figures without the namespace', () => {
    const numbering = new CodeNumbering(lots);
    numbering.assumeHighest(september, 41);
    expect(numbering.next(september)).toBe('LAV-0923-042');
  });
});
