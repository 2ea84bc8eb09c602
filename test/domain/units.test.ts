import { convert, parseUnit } from '../../src/domain/units';

const unit = (text: string) => {
  const found = parseUnit(text);
  if (!found) throw new Error(`no unit ${text}`);
  return found;
};

describe('unit conversion', () => {
  it('converts within a kind', () => {
    expect(convert(2, unit('kg'), unit('g'))).toBe(2000);
    expect(convert(1, unit('lb'), unit('oz'))).toBeCloseTo(16, 10);
    expect(convert(1, unit('gal'), unit('fl oz'))).toBeCloseTo(128, 10);
    expect(convert(250, unit('ml'), unit('l'))).toBeCloseTo(0.25, 10);
  });

  it('never mixes grams and millilitres, or pieces and mass', () => {
    expect(convert(100, unit('g'), unit('ml'))).toBeNull();
    expect(convert(3, unit('pcs'), unit('kg'))).toBeNull();
  });
});
