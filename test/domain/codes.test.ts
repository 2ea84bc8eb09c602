// Codes compare as they look: a code pasted from a web page or PDF with characters nobody sees is the
// code it looks like, so a recall finds it and a "new" lot number cannot duplicate an old one.
import { codeKey, invisibleCharacterIn, sameCode } from '../../src/domain/codes';

describe('codes that look the same are the same code', () => {
  test.each([
    ['trimmed and in any case', ' lav-0923-01 '],
    ['with a zero-width space', 'LAV-0923\u200b-01'],
    ['with a byte-order mark in front', '\ufeffLAV-0923-01'],
    ['with a word joiner and a soft hyphen', 'LAV\u2060-0923-\u00ad01'],
    ['in full-width letters and digits', 'ＬＡＶ-０９２３-０１'],
    ['with non-breaking hyphens', 'LAV\u20110923\u201101'],
  ])('%s', (_what, code) => {
    expect(sameCode(code, 'LAV-0923-01')).toBe(true);
  });

  test('a non-breaking space is a space, and codes that differ stay apart', () => {
    expect(codeKey('LAV\u00a001')).toBe('LAV 01');
    expect(sameCode('LAV-0923-01', 'LAV-0923-02')).toBe(false);
    expect(sameCode('LAV 01', 'LAV01')).toBe(false);
  });

  test('an invisible character is named for the message that refuses it', () => {
    expect(invisibleCharacterIn('NEW\u200b-1')).toBe('an invisible character (U+200B)');
    expect(invisibleCharacterIn('NEW-1')).toBeNull();
  });
});
