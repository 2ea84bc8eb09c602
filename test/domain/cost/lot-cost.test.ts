// The real cost of a batch from the lots it used: what a maker would check by hand on a calculator.
import { CostBook, describeMissingCost, runCost, type CostTables } from '../../../src/domain/cost';
import type { TypedRow, TypedValue } from '../../../src/domain/rows';
import { parseUnit } from '../../../src/domain/units';

let nextRow = 2;
const row = (values: Record<string, TypedValue>): TypedRow => ({ row: nextRow++, values });
const u = (symbol: string) => parseUnit(symbol);

function book(tables: Partial<CostTables>): CostBook {
  return new CostBook({ receipts: [], batches: [], batchInputs: [], products: [], ...tables });
}

const receipts = [
  // 15 kg of coconut oil for 150.00: 0.01 a gram.
  row({ lotNumber: 'COCO-01', quantity: 15, unit: u('kg'), cost: 150 }),
  // 500 g of lye for 4.00: 0.008 a gram.
  row({ lotNumber: 'LYE-01', quantity: 500, unit: u('g'), cost: 4 }),
  // 0.5 l of lavender oil for 60.00: 0.12 a ml.
  row({ lotNumber: 'LAV-01', quantity: 0.5, unit: u('l'), cost: 60 }),
  // 200 jars for 50.00: 0.25 a jar.
  row({ lotNumber: 'JAR-01', quantity: 200, unit: u('jars'), cost: 50 }),
  row({ lotNumber: 'CED-01', quantity: 100, unit: u('ml'), cost: null }),
];

describe('the cost of a lot per unit', () => {
  test('Cost over Quantity, converted within the kind: a lot bought by the kg costs per gram used', () => {
    const costs = book({ receipts });
    // 1200 g of a 15 kg lot costing 150: 1200 × 150 / 15000 = 12.00
    expect(runCost([{ lot: 'coco-01 ', quantity: 1200, unit: u('g') }], 100, (lot) => costs.costPerUnit(lot)).cost).toBe(12);
    // 0.5 kg of a 500 g lot costing 4: all of it, 4.00
    expect(runCost([{ lot: 'LYE-01', quantity: 0.5, unit: u('kg') }], 1, (lot) => costs.costPerUnit(lot)).cost).toBe(4);
  });

  test('count units are one kind: 40 jars of a lot counted in jars cost 40 × 0.25 = 10.00', () => {
    const costs = book({ receipts });
    expect(runCost([{ lot: 'JAR-01', quantity: 40, unit: u('pcs') }], 40, (lot) => costs.costPerUnit(lot))).toMatchObject({
      cost: 10,
      unitCost: 0.25,
    });
  });

  test('grams never convert to millilitres: the figure is incomplete, not a guess', () => {
    const costs = book({ receipts });
    const cost = runCost([{ lot: 'LAV-01', quantity: 30, unit: u('g') }], 1, (lot) => costs.costPerUnit(lot));
    expect(cost.cost).toBeNull();
    expect(describeMissingCost(cost.missing[0]!)).toBe('LAV-01 is kept by volume (l): g cannot be converted to it');
  });
});

describe('a batch from its inputs, sub-assemblies at any depth', () => {
  // BASE (sub-assembly): 1000 g made from 1000 g COCO (10.00) + 500 g LYE (4.00) = 14.00, 0.014 a gram.
  // BLEND (sub-assembly of BASE): 100 ml made from 500 g BASE (7.00) + 50 ml LAV (6.00) = 13.00, 0.13 a ml.
  // SOAP: 100 bars from 100 ml BLEND (13.00) + 1200 g COCO (12.00) = 25.00, 0.25 a bar.
  const batches = [
    row({ batchId: 'MFG-1', batchCode: 'BASE-1', sku: 'BASE', quantityMade: 1000, unit: u('g'), cost: null }),
    row({ batchId: 'MFG-2', batchCode: 'BLEND-1', sku: 'BLEND', quantityMade: 100, unit: u('ml'), cost: null }),
    row({ batchId: 'MFG-3', batchCode: 'SOAP-1', sku: 'SOAP', quantityMade: 100, unit: null, cost: null }),
  ];
  const batchInputs = [
    row({ batchId: 'MFG-1', lot: 'COCO-01', quantity: 1, unit: u('kg') }),
    row({ batchId: 'MFG-1', lot: 'LYE-01', quantity: 500, unit: u('g') }),
    row({ batchId: 'MFG-2', lot: 'BASE-1', quantity: 0.5, unit: u('kg') }),
    row({ batchId: 'MFG-2', lot: 'LAV-01', quantity: 50, unit: u('ml') }),
    row({ batchId: 'MFG-3', lot: 'BLEND-1', quantity: 100, unit: u('ml') }),
    row({ batchId: 'MFG-3', lot: 'COCO-01', quantity: 1200, unit: u('g') }),
  ];
  const products = [row({ sku: 'SOAP', unit: u('bars') })];

  test('two levels deep: the soap costs 25.00, 0.25 a bar', () => {
    const costs = book({ receipts, batches, batchInputs, products });
    expect(costs.batchCost('BASE-1')).toMatchObject({ cost: 14, missing: [] });
    expect(costs.batchCost('BLEND-1')).toMatchObject({ cost: 13, unitCost: 0.13 });
    const soap = costs.batchCost('SOAP-1');
    expect(soap).toMatchObject({ cost: 25, unitCost: 0.25, missing: [] });
    expect(soap?.unit?.symbol).toBe('bars');
  });

  test('a run with the blend is costed the same way before it is a batch', () => {
    const costs = book({ receipts, batches, batchInputs, products });
    // 50 ml BLEND (6.50) + 500 g LYE (4.00) = 10.50 for 50 bars: 0.21 a bar
    const run = runCost(
      [
        { lot: 'BLEND-1', quantity: 50, unit: u('ml') },
        { lot: 'LYE-01', quantity: 500, unit: u('g') },
      ],
      50,
      (lot) => costs.costPerUnit(lot),
    );
    expect(run).toMatchObject({ cost: 10.5, unitCost: 0.21, missing: [] });
  });

  test('a lot without a cost two levels down makes every batch above it incomplete, naming the lot and its row', () => {
    const withoutCost = [...batchInputs, row({ batchId: 'MFG-1', lot: 'CED-01', quantity: 10, unit: u('ml') })];
    const costs = book({ receipts, batches, batchInputs: withoutCost, products });
    const soap = costs.batchCost('SOAP-1');
    expect(soap?.cost).toBeNull();
    expect(soap?.unitCost).toBeNull();
    // What is known is kept apart, never shown as the cost.
    expect(soap?.known).toBe(12);
    expect(soap?.missing.map(describeMissingCost)).toEqual([`CED-01 (Receipts row ${receipts[4]!.row}) has no Cost recorded`]);
  });

  test('an unreadable Cost is said to be unreadable, not blank', () => {
    const costs = book({ receipts, unreadableCostRows: new Set([receipts[4]!.row]) });
    expect(costs.costPerUnit('CED-01')?.missing[0]?.why).toBe('has a Cost that cannot be read');
  });

  test('a loop of batches using each other is a problem named with its codes, not a hang', () => {
    const looped = [...batchInputs, row({ batchId: 'MFG-1', lot: 'BLEND-1', quantity: 1, unit: u('ml') })];
    const costs = book({ receipts, batches, batchInputs: looped, products });
    const soap = costs.batchCost('SOAP-1');
    expect(soap?.cost).toBeNull();
    expect(soap?.missing.map(describeMissingCost).join('; ')).toMatch(/loop.*BASE-1.*BLEND-1|loop.*BLEND-1.*BASE-1/i);
  });

  test('a batch using itself is a loop too', () => {
    const self = [row({ batchId: 'MFG-1', lot: 'BASE-1', quantity: 1, unit: u('g') })];
    expect(book({ batches, batchInputs: self }).batchCost('BASE-1')?.missing[0]?.why).toMatch(/loop/);
  });

  test('a batch made before its inputs were recorded takes the Cost typed into Batches', () => {
    const old = [row({ batchId: 'MFG-9', batchCode: 'OLD-1', sku: 'SOAP', quantityMade: 80, unit: null, cost: 20 })];
    expect(book({ batches: old, products }).batchCost('OLD-1')).toMatchObject({ cost: 20, unitCost: 0.25 });
    const blank = [row({ batchId: 'MFG-9', batchCode: 'OLD-2', sku: 'SOAP', quantityMade: 80, unit: null, cost: null })];
    expect(book({ batches: blank }).batchCost('OLD-2')?.cost).toBeNull();
  });

  test('without inputs or a Cost, its Unit cost × quantity made; with inputs, the inputs whatever the cells say', () => {
    const perUnit = [row({ batchId: 'MFG-8', batchCode: 'OLD-3', sku: 'SOAP', quantityMade: 80, unit: null, cost: null, unitCost: 0.2 })];
    expect(book({ batches: perUnit, products }).batchCost('OLD-3')).toMatchObject({ cost: 16, unitCost: 0.2, missing: [] });
    const unmade = [row({ batchId: 'MFG-8', batchCode: 'OLD-4', sku: 'SOAP', quantityMade: null, unit: null, cost: null, unitCost: 0.2 })];
    expect(book({ batches: unmade }).batchCost('OLD-4')?.missing[0]?.why).toBe('has no quantity made');
    expect(book({ receipts, batches, batchInputs, products }).batchCost('SOAP-1')?.cost).toBeGreaterThan(1);
    const said = batches.map((each) => ({ ...each, values: { ...each.values, cost: 1, unitCost: 0.001 } }));
    expect(book({ receipts, batches: said, batchInputs, products }).batchCost('SOAP-1')?.cost).toBe(
      book({ receipts, batches, batchInputs, products }).batchCost('SOAP-1')?.cost,
    );
  });
});

describe('what a batch cannot be costed by is named, never skipped', () => {
  const batches = [row({ batchId: 'MFG-5', batchCode: 'SOAP-5', sku: 'SOAP', quantityMade: 10, unit: u('bars'), cost: null })];

  test('an input row whose Quantity cannot be read makes the batch incomplete, not cheaper', () => {
    const inputs = [
      row({ batchId: 'MFG-5', lot: 'COCO-01', quantity: 1000, unit: u('g') }),
      row({ batchId: 'MFG-5', lot: 'LYE-01', quantity: null, unit: u('g') }),
    ];
    const soap = book({ receipts, batches, batchInputs: inputs }).batchCost('SOAP-5');
    expect(soap).toMatchObject({ cost: null, unitCost: null, known: 10 });
    expect(soap?.missing.map(describeMissingCost)).toEqual([
      `LYE-01 (Batch inputs row ${inputs[1]!.row}) has no Quantity that can be read`,
    ]);
  });

  test('an input that is neither a lot nor a batch is named with its Batch inputs row', () => {
    const inputs = [row({ batchId: 'MFG-5', lot: 'COCO-99', quantity: 5, unit: u('g') })];
    const soap = book({ receipts, batches, batchInputs: inputs }).batchCost('SOAP-5');
    expect(soap?.missing.map(describeMissingCost)).toEqual([
      `COCO-99 (Batch inputs row ${inputs[0]!.row}) is neither a lot in Receipts nor a batch in Batches`,
    ]);
  });

  test('a chain of 5000 sub-assemblies is costed to the cent without running out of stack', () => {
    // Each batch: 1000 g made from 1000 g of the one before; the first from 1000 g COCO (10.00).
    const depth = 5000;
    const chain = Array.from({ length: depth }, (_, i) =>
      row({ batchId: `M-${i}`, batchCode: `B-${i}`, sku: 'BASE', quantityMade: 1000, unit: u('g'), cost: null }),
    );
    const inputs = chain.map((_, i) => row({ batchId: `M-${i}`, lot: i === 0 ? 'COCO-01' : `B-${i - 1}`, quantity: 1000, unit: u('g') }));
    expect(book({ receipts, batches: chain, batchInputs: inputs }).batchCost(`B-${depth - 1}`)).toMatchObject({ cost: 10, missing: [] });
  });
});
