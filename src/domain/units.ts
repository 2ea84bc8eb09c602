// Units as makers write them (workbook.md). Quantities convert within one kind only: grams and
// millilitres never mix, because density differs per material and a guess would corrupt a balance.

export type UnitKind = 'mass' | 'volume' | 'count';

export interface Unit {
  /** How we write it. */
  symbol: string;
  kind: UnitKind;
  /** Size in the kind's base unit: grams, millilitres or pieces. */
  factor: number;
}

const UNITS: readonly (Unit & { spellings: readonly string[] })[] = [
  { symbol: 'mg', kind: 'mass', factor: 0.001, spellings: ['mg', 'milligram', 'milligrams'] },
  { symbol: 'g', kind: 'mass', factor: 1, spellings: ['g', 'gr', 'gram', 'grams'] },
  { symbol: 'kg', kind: 'mass', factor: 1000, spellings: ['kg', 'kgs', 'kilo', 'kilos', 'kilogram', 'kilograms'] },
  { symbol: 'oz', kind: 'mass', factor: 28.349523125, spellings: ['oz', 'ounce', 'ounces'] },
  { symbol: 'lb', kind: 'mass', factor: 453.59237, spellings: ['lb', 'lbs', 'pound', 'pounds'] },
  { symbol: 'ml', kind: 'volume', factor: 1, spellings: ['ml', 'millilitre', 'milliliter', 'millilitres', 'milliliters'] },
  { symbol: 'l', kind: 'volume', factor: 1000, spellings: ['l', 'litre', 'liter', 'litres', 'liters'] },
  {
    symbol: 'fl oz',
    kind: 'volume',
    factor: 29.5735295625,
    spellings: ['fl oz', 'floz', 'fl. oz', 'fl. oz.', 'fluid ounce', 'fluid ounces'],
  },
  { symbol: 'gal', kind: 'volume', factor: 3785.411784, spellings: ['gal', 'gallon', 'gallons'] },
  { symbol: 'pcs', kind: 'count', factor: 1, spellings: ['pcs', 'pc', 'ea', 'each', 'unit', 'units', 'bar', 'bars', 'piece', 'pieces'] },
];

const BY_SPELLING = new Map<string, Unit>();
for (const { spellings, ...unit } of UNITS) for (const spelling of spellings) BY_SPELLING.set(spelling, unit);

/** The unit a maker typed, or null when it is not one we know. */
export function parseUnit(text: string): Unit | null {
  return BY_SPELLING.get(text.trim().toLowerCase().replace(/\s+/g, ' ')) ?? null;
}

export const UNIT_SYMBOLS: readonly string[] = UNITS.map((unit) => unit.symbol);

/** Convert a quantity between units of one kind; null when the kinds differ. */
export function convert(quantity: number, from: Unit, to: Unit): number | null {
  if (from.kind !== to.kind) return null;
  return (quantity * from.factor) / to.factor;
}

/** Pieces: the count unit a product is made in when its Unit is blank (workbook.md, Products). */
export const PIECES = parseUnit('pcs') as Unit;
