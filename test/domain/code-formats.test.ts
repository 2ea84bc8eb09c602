// Code formats as makers write them in Settings, and the codes they give.
import {
  DEFAULT_CODE_FORMATS,
  defaultCodeFormat,
  formatCode,
  parseCodeFormat,
  sequencePattern,
  type CodeFormat,
  type CodeKind,
} from '../../src/domain/code-formats';

function parsed(text: string, kind: CodeKind = 'receiptLot'): CodeFormat {
  const result = parseCodeFormat(text, kind);
  if (!result.ok) throw new Error(result.message);
  return result.format;
}

function refusal(text: string, kind: CodeKind = 'receiptLot'): string {
  const result = parseCodeFormat(text, kind);
  if (result.ok) throw new Error(`${text} was accepted`);
  return result.message;
}

describe('the default formats of workbook.md', () => {
  it('make LAV-0923-001, MFG-0056 and LSOAP-231015-01', () => {
    expect(formatCode(defaultCodeFormat('receiptLot'), { material: 'LAV', day: '2023-09-14' }, 1)).toBe('LAV-0923-001');
    expect(formatCode(defaultCodeFormat('batchId'), { day: '2023-10-15' }, 56)).toBe('MFG-0056');
    expect(formatCode(defaultCodeFormat('batchCode'), { sku: 'LSOAP', day: '2023-10-15' }, 1)).toBe('LSOAP-231015-01');
  });

  it('are the ones the contract lists', () => {
    expect(DEFAULT_CODE_FORMATS).toEqual({
      receiptLot: '{MAT}-{MM}{YY}-{SEQ3}',
      batchId: 'MFG-{SEQ4}',
      batchCode: '{SKU}-{YY}{MM}{DD}-{SEQ2}',
    });
  });
});

describe('tokens', () => {
  it('fill every date token from the day', () => {
    const format = parsed('{YYYY}/{YY}/{MM}/{MMM}/{DD}-{SEQ2}');
    expect(formatCode(format, { day: '2024-04-07' }, 3)).toBe('2024/24/04/APR/07-03');
  });

  it('are read in any case, with the material code trimmed', () => {
    expect(formatCode(parsed('{mat}{Seq4}'), { material: ' COCO ', day: '2023-01-02' }, 12)).toBe('COCO0012');
  });

  it('let a sequence grow past its width instead of wrapping', () => {
    expect(formatCode(parsed('{MAT}-{SEQ2}'), { material: 'LYE', day: '2023-01-02' }, 100)).toBe('LYE-100');
  });

  it('split a code into the text before and after its number', () => {
    expect(sequencePattern(parsed('{SEQ3}-{MAT}{YY}'), { material: 'LAV', day: '2023-09-01' })).toEqual({ prefix: '', suffix: '-LAV23' });
  });
});

describe('formats refused, with the reason', () => {
  it('an unknown token, naming the tokens to use', () => {
    expect(refusal('{MAT}-{MONTH}-{SEQ3}')).toMatch(/\{MONTH\} is not a token\. Use \{MAT\}/);
  });

  it('no sequence number', () => {
    expect(refusal('{MAT}-{MM}{YY}')).toMatch(/needs a sequence number/);
  });

  it('two sequence numbers', () => {
    expect(refusal('{SEQ2}-{SEQ3}')).toMatch(/exactly one/);
  });

  it('a token the kind of code has no value for', () => {
    expect(refusal('{SKU}-{SEQ3}', 'receiptLot')).toMatch(/\{SKU\} cannot be used in a receipt lot number/);
    expect(refusal('{MAT}-{SEQ3}', 'batchCode')).toMatch(/\{MAT\} cannot be used in a batch code/);
    expect(refusal('{SKU}-{SEQ4}', 'batchId')).toMatch(/batch ID/);
  });

  it('unbalanced braces, an empty format, a line break', () => {
    expect(refusal('{MAT-{SEQ3}')).toMatch(/is not a token/);
    expect(refusal('LOT-{SEQ3')).toMatch(/without its "}"/);
    expect(refusal('LOT}-{SEQ3}')).toMatch(/without its "\{"/);
    expect(refusal('   ')).toMatch(/empty/);
    expect(refusal('A\n{SEQ3}')).toMatch(/line break/);
  });

  it('accepts literal text and spaces around tokens, trimmed', () => {
    expect(parsed('  R {YYYY} {SEQ4} ').text).toBe('R {YYYY} {SEQ4}');
  });
});
