// Units as makers write them (workbook.md). Quantities convert within one kind only: grams and
// millilitres never mix, because density differs per material and a guess would corrupt a balance.

export type UnitKind = 'mass' | 'volume' | 'count';

export interface Unit {
  /** How we write it: the symbol of a mass or volume unit; a count unit as the maker wrote it ("bars"). */
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
  { symbol: 'pcs', kind: 'count', factor: 1, spellings: ['pcs', 'pc', 'ea', 'each', 'unit', 'units', 'piece', 'pieces'] },
];

/** The things makers count, singular and plural: each is one piece (1 jar = 1 pcs). */
const COUNTED_THINGS = ['bar', 'jar', 'tin', 'candle', 'bottle', 'box', 'pack', 'tube', 'pot', 'bag'];
const COUNT_SPELLINGS = new Set([
  ...(UNITS.find((unit) => unit.kind === 'count')?.spellings ?? []),
  ...COUNTED_THINGS.flatMap((thing) => [thing, thing.endsWith('x') ? `${thing}es` : `${thing}s`]),
]);

const BY_SPELLING = new Map<string, Unit>();
for (const { spellings, ...unit } of UNITS) for (const spelling of spellings) BY_SPELLING.set(spelling, unit);

// A count unit keeps the maker's word, so "bars" stays "bars" in reports and sidebars; one object per
// spelling, because this runs on every Unit cell of a table.
const COUNT_UNITS = new Map<string, Unit>();

/** The unit a maker typed, or null when it is not one we know. A count unit keeps its spelling. */
export function parseUnit(text: string): Unit | null {
  const written = text.trim().replace(/\s+/g, ' ');
  const spelling = written.toLowerCase();
  if (!COUNT_SPELLINGS.has(spelling)) return BY_SPELLING.get(spelling) ?? null;
  let unit = COUNT_UNITS.get(written);
  if (!unit) {
    unit = { symbol: written, kind: 'count', factor: 1 };
    if (COUNT_UNITS.size > 1000) COUNT_UNITS.clear();
    COUNT_UNITS.set(written, unit);
  }
  return unit;
}

export const UNIT_SYMBOLS: readonly string[] = UNITS.map((unit) => unit.symbol);

/** The units a form offers for a quantity kept in `unit`: those of its kind, its own spelling first when it is a count word. */
export function unitChoices(unit: Unit): string[] {
  const ofKind = UNIT_SYMBOLS.filter((symbol) => parseUnit(symbol)?.kind === unit.kind);
  return ofKind.includes(unit.symbol) ? ofKind : [unit.symbol, ...ofKind];
}

/** Convert a quantity between units of one kind; null when the kinds differ. */
export function convert(quantity: number, from: Unit, to: Unit): number | null {
  if (from.kind !== to.kind) return null;
  return (quantity * from.factor) / to.factor;
}

/** Pieces: the count unit a product is made in when its Unit is blank (workbook.md, Products). */
export const PIECES = parseUnit('pcs') as Unit;
