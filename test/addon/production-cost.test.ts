// The real cost of a batch (issue 13 §2), through the built bundle on the guide's soap-maker workbook:
// the sidebar's open answer carries each lot's cost per unit, and a save writes Batches Cost and Unit cost
// — the hand-computed sum over a sub-assembly two levels deep (its own Unit cost cell counts only when
// its inputs were never recorded), and blank (never 0) with the lot named when a lot has no cost.
import { createRuntimeWithBundle, scriptRunOf, type LocalSheet } from '../../local/runtime';
import type * as Lotline from '../../src/index';
import type { ProductionResult, ProductionRunRequest } from '../../src/contract/production';
import { soapMakerWorkbook } from '../fixtures/soap-maker';
import { dateCell } from '../fixtures/sheet-values';

const { sheets: guide } = soapMakerWorkbook();
const MADE = '2024-09-02';

/** Rows of the maker's own, with round costs a person can add up. */
const RECEIPTS = [
  { 'Lot number': 'LAV-T', 'Material code': 'LAV', Quantity: 500, Unit: 'ml', Cost: 60 },
  { 'Lot number': 'CED-T', 'Material code': 'CED', Quantity: 100, Unit: 'ml', Cost: 15 },
  { 'Lot number': 'SHEA-T', 'Material code': 'SHEA', Quantity: 4, Unit: 'kg', Cost: 48 },
  { 'Lot number': 'OLV-T', 'Material code': 'OLV', Quantity: 10, Unit: 'kg', Cost: 35 },
  { 'Lot number': 'OLV-N', 'Material code': 'OLV', Quantity: 10, Unit: 'kg', Cost: '' },
];

function openGuide(options: { withoutCostColumns?: boolean } = {}) {
  const { runtime, bundle } = createRuntimeWithBundle();
  for (const [name, rows] of Object.entries(guide)) runtime.spreadsheet.insertSheet(name).loadRowsForTest(rows);
  const sheet = (name: string) => runtime.spreadsheet.getSheetByName(name) as LocalSheet;
  const headers = (name: string) => sheet(name).getRange(1, 1, 1, sheet(name).getLastColumn()).getValues()[0] as string[];
  const append = (name: string, record: Record<string, unknown>) => {
    const row = headers(name).map((header) => record[header] ?? '');
    for (const header of Object.keys(record)) if (!headers(name).includes(header)) throw new Error(`${name} has no ${header}`);
    sheet(name).loadRowsForTest([row], sheet(name).getLastRow() + 1);
  };
  for (const receipt of RECEIPTS)
    append('Receipts', { ...receipt, Received: dateCell('2024-08-25'), Expires: dateCell('2026-08-25'), Status: 'Available' });
  // A balm base (a sub-assembly) made with the blend (itself a sub-assembly), and a gift tin made with the base.
  append('Products', { SKU: 'BASE', Product: 'Balm base', Kind: 'Sub-assembly', 'Batch size': 1000, Unit: 'g', 'Shelf life (days)': 365 });
  append('Products', { SKU: 'GIFT', Product: 'Gift tin', Kind: 'Finished', 'Batch size': 10, Unit: 'pcs', 'Shelf life (days)': 365 });
  for (const [sku, component, quantity, unit] of [
    ['BASE', 'FB', 100, 'ml'],
    ['BASE', 'SHEA', 900, 'g'],
    ['GIFT', 'BASE', 500, 'g'],
    ['GIFT', 'OLV', 200, 'g'],
  ])
    append('BoM', { SKU: sku, Component: component, Quantity: quantity, Unit: unit });
  const batch = (id: string, made: string, sku: string, code: string, quantity: number, unit: string) =>
    append('Batches', {
      'Batch ID': id,
      Made: dateCell(made),
      SKU: sku,
      'Batch code': code,
      'Quantity made': quantity,
      Unit: unit,
      Status: 'Released',
    });
  batch('MFG-T1', '2024-08-26', 'FB', 'FB-T', 250, 'ml');
  batch('MFG-T2', '2024-08-27', 'BASE', 'BASE-T', 1000, 'g');
  for (const [id, lot, quantity, unit] of [
    ['MFG-T1', 'LAV-T', 200, 'ml'],
    ['MFG-T1', 'CED-T', 50, 'ml'],
    ['MFG-T2', 'FB-T', 100, 'ml'],
    ['MFG-T2', 'SHEA-T', 900, 'g'],
  ])
    append('Batch inputs', { 'Batch ID': id, Lot: lot, Quantity: quantity, Unit: unit });
  if (options.withoutCostColumns) {
    const batches = sheet('Batches');
    const at = headers('Batches').indexOf('Cost') + 1;
    batches.deleteColumns(at, 2);
  }
  bundle.open('LIMITED');
  runtime.setAuthMode('FULL');
  const server = scriptRunOf<typeof Lotline>(bundle);
  return { sheet, headers, server };
}

function giftRun(olive = 'OLV-T'): ProductionRunRequest {
  return {
    sku: 'GIFT',
    quantityToMake: 10,
    dateMade: MADE,
    quantityMade: 10,
    madeBy: 'maker@example.com',
    notes: '',
    batchCode: '',
    expires: '',
    inputs: [
      { component: 'BASE', lot: 'BASE-T', quantity: 500, unit: 'g' },
      { component: 'OLV', lot: olive, quantity: 200, unit: 'g' },
    ],
    waste: [],
  };
}

function okResult(result: ProductionResult): Extract<ProductionResult, { ok: true }> {
  if (!result.ok) throw new Error(`the save was refused: ${JSON.stringify(result.problems)}`);
  return result;
}

/** The saved batch's Cost and Unit cost cells, as the maker sees them. */
function costCells(sheet: (name: string) => LocalSheet, headers: (name: string) => string[], row: number) {
  const values = sheet('Batches').getRange(row, 1, 1, sheet('Batches').getLastColumn()).getDisplayValues()[0] as string[];
  return { cost: values[headers('Batches').indexOf('Cost')], unitCost: values[headers('Batches').indexOf('Unit cost')] };
}

// By hand: LAV-T 60 / 500 ml = 0.12 a ml, CED-T 15 / 100 ml = 0.15 a ml, SHEA-T 48 / 4 kg = 12 a kg,
// OLV-T 35 / 10 kg = 3.5 a kg.
// FB-T (250 ml) = 200 × 0.12 + 50 × 0.15 = 31.50, so 0.126 a ml.
// BASE-T (1000 g) = 100 ml × 0.126 + 0.9 kg × 12 = 12.60 + 10.80 = 23.40, so 0.0234 a g.
// The gift tins (10 pcs) = 500 g × 0.0234 + 0.2 kg × 3.5 = 11.70 + 0.70 = 12.40, so 1.24 a tin.
describe('a production run’s real cost', () => {
  it('the open answer carries each lot’s cost per unit, a sub-assembly’s from its own inputs two levels down', async () => {
    const { server } = openGuide();
    const setup = await server.loadProductionRun({ stockFrom: MADE });
    const costOf = (component: string, code: string) => {
      const offered = setup.stock.find((each) => each.component === component);
      const index = offered?.lots.findIndex(([lot]) => lot === code) ?? -1;
      return index < 0 ? undefined : offered?.costs?.[index];
    };
    expect(costOf('BASE', 'BASE-T')).toBeCloseTo(0.0234, 10);
    expect(costOf('FB', 'FB-T')).toBeCloseTo(0.126, 10);
    expect(costOf('OLV', 'OLV-T')).toBeCloseTo(3.5, 10);
    // A guide lot: its own Receipts Cost over its Quantity, per its own unit (kg).
    const olive = guide.Receipts?.find((row) => row[0] === 'OLV-0824-01') as unknown[];
    const header = guide.Receipts?.[0] as string[];
    const [cost, quantity] = [olive[header.indexOf('Cost')], olive[header.indexOf('Quantity')]] as [number, number];
    expect(costOf('OLV', 'OLV-0824-01')).toBeCloseTo(cost / quantity, 10);
    // A lot without a cost is never 0: the answer says which and where.
    expect(costOf('OLV', 'OLV-N')).toEqual([expect.stringMatching(/^OLV-N \(Receipts row \d+\) has no Cost recorded$/)]);
  });

  it('saving writes Batches Cost and Unit cost: the hand-computed sum over a sub-assembly two levels deep', async () => {
    const { server, sheet, headers } = openGuide();
    const result = okResult(await server.saveProductionRun({ run: giftRun() }));
    expect(result).toMatchObject({ cost: 12.4, unitCost: 1.24, noCost: [] });
    expect(costCells(sheet, headers, result.row)).toEqual({ cost: '12.4', unitCost: '1.24' });
  });

  it('a sub-assembly is costed from its inputs even when its Unit cost cell says otherwise, as Batch costs does', async () => {
    const { server, sheet, headers } = openGuide();
    const batches = sheet('Batches');
    const row = (batches.getRange(1, 4, batches.getLastRow(), 1).getValues() as string[][]).findIndex(([code]) => code === 'BASE-T') + 1;
    batches.getRange(row, headers('Batches').indexOf('Unit cost') + 1).setValue(0.05);
    const setup = await server.loadProductionRun({ stockFrom: MADE });
    const base = setup.stock.find((each) => each.component === 'BASE');
    expect(base?.costs?.[base.lots.findIndex(([lot]) => lot === 'BASE-T')]).toBeCloseTo(0.0234, 10);
    const result = okResult(await server.saveProductionRun({ run: giftRun() }));
    expect(costCells(sheet, headers, result.row)).toEqual({ cost: '12.4', unitCost: '1.24' });
  });

  it('a sub-assembly whose inputs were never recorded costs what its Unit cost cell says', async () => {
    const { server, sheet, headers } = openGuide();
    const inputs = sheet('Batch inputs');
    const ids = inputs.getRange(1, 1, inputs.getLastRow(), 1).getValues() as string[][];
    // The base's two input rows taken away, as for a batch made before the workshop kept Batch inputs.
    for (let row = ids.length; row >= 1; row -= 1) if (ids[row - 1]?.[0] === 'MFG-T2') inputs.deleteRow(row);
    const batches = sheet('Batches');
    const row = (batches.getRange(1, 4, batches.getLastRow(), 1).getValues() as string[][]).findIndex(([code]) => code === 'BASE-T') + 1;
    batches.getRange(row, headers('Batches').indexOf('Unit cost') + 1).setValue(0.05);
    // 500 g × 0.05 + 0.70 = 25.70.
    const result = okResult(await server.saveProductionRun({ run: giftRun() }));
    expect(costCells(sheet, headers, result.row)).toEqual({ cost: '25.7', unitCost: '2.57' });
  });

  it('a lot without a cost leaves Cost and Unit cost blank, never 0, and the answer names the lot', async () => {
    const { server, sheet, headers } = openGuide();
    const result = okResult(await server.saveProductionRun({ run: giftRun('OLV-N') }));
    expect(result).toMatchObject({
      cost: null,
      unitCost: null,
      noCost: [expect.stringMatching(/^OLV-N \(Receipts row \d+\) has no Cost recorded$/)],
    });
    expect(costCells(sheet, headers, result.row)).toEqual({ cost: '', unitCost: '' });
  });

  it('a Batches sheet without the cost columns gets them at its right end, and the save says so', async () => {
    const { server, sheet, headers } = openGuide({ withoutCostColumns: true });
    expect(headers('Batches')).not.toContain('Cost');
    const result = okResult(await server.saveProductionRun({ run: giftRun() }));
    expect(result.addedColumns).toEqual([{ sheet: 'Batches', columns: ['Cost', 'Unit cost'] }]);
    expect(headers('Batches').slice(-2)).toEqual(['Cost', 'Unit cost']);
    expect(costCells(sheet, headers, result.row)).toEqual({ cost: '12.4', unitCost: '1.24' });
  });
});
