import { convert, parseUnit, unitChoices } from '../../src/domain/units';

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

describe('count units', () => {
  it.each([
    'pcs',
    'ea',
    'each',
    'unit',
    'units',
    'bar',
    'bars',
    'jar',
    'jars',
    'tin',
    'tins',
    'candle',
    'candles',
    'bottle',
    'bottles',
    'box',
    'boxes',
    'pack',
    'packs',
    'tube',
    'tubes',
    'pot',
    'pots',
    'bag',
    'bags',
  ])('%s is a count, one piece each', (text) => {
    expect(unit(text)).toMatchObject({ kind: 'count', factor: 1 });
    expect(convert(12, unit(text), unit('pcs'))).toBe(12);
  });

  it('keeps the maker’s word, so "bars" is shown as "bars"', () => {
    expect(unit(' Bars ').symbol).toBe('Bars');
    expect(unit('jars').symbol).toBe('jars');
    expect(convert(3, unit('jars'), unit('candles'))).toBe(3);
    expect(convert(3, unit('jars'), unit('g'))).toBeNull();
  });

  it('offers the units of a kind, a count word first', () => {
    expect(unitChoices(unit('bars'))).toEqual(['bars', 'pcs']);
    expect(unitChoices(unit('pcs'))).toEqual(['pcs']);
    expect(unitChoices(unit('kg'))).toEqual(['mg', 'g', 'kg', 'oz', 'lb']);
  });
});
