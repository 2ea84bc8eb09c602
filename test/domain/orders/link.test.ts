// Which batches an imported order line is linked to: first-expiring first, split when one batch is not
// enough, stock taken by earlier lines counted for later ones, held or expired batches never proposed.
import type { PlannedLine } from '../../../src/contract/orders';
import { checkPlannedLines, linkPlannedLines } from '../../../src/domain/orders/link-plan';
import { batchChoices } from '../../../src/domain/orders/link';
import { workshop } from '../production/workshop';

const BATCHES = [
  { batchId: 'MFG-1', made: '2023-10-02', sku: 'LSOAP', batchCode: 'LS-LATE', quantityMade: 100, expires: '2024-12-01' },
  { batchId: 'MFG-2', made: '2023-10-03', sku: 'LSOAP', batchCode: 'LS-SOON', quantityMade: 30, expires: '2024-06-01', status: '' },
  {
    batchId: 'MFG-3',
    made: '2023-09-01',
    sku: 'LSOAP',
    batchCode: 'LS-HELD',
    quantityMade: 500,
    expires: '2024-01-01',
    status: 'Quarantined',
  },
  { batchId: 'MFG-4', made: '2023-12-01', sku: 'LSOAP', batchCode: 'LS-NEW', quantityMade: 500, expires: '2024-03-01' },
];

function stockWith(orders: Record<string, unknown>[] = []) {
  return workshop({ batches: BATCHES, batchInputs: [], orders, waste: [] }).stock;
}

function line(changes: Partial<PlannedLine>): PlannedLine {
  return {
    lineId: 'L1',
    file: 'orders.csv',
    line: 2,
    order: '#1001',
    shipped: '2023-11-01',
    customer: 'Ana Lopez',
    email: 'ana@example.com',
    address: '1 Oak St',
    sku: 'LSOAP',
    item: 'Lavender soap',
    quantity: 10,
    channel: 'Shopify',
    customerType: 'Consumer',
    allocations: [],
    warnings: [],
    ...changes,
  };
}

test('a line takes the first-expiring Released batch made by its ship day, never a held one or one made later', () => {
  const plan = linkPlannedLines([line({})], stockWith());
  expect(plan.lines[0]?.allocations).toEqual([{ batchCode: 'LS-SOON', quantity: 10 }]);
});

test('a quantity one batch cannot cover is split, and later lines get what earlier ones left', () => {
  const plan = linkPlannedLines(
    [line({ lineId: 'L2', shipped: '2023-11-05', quantity: 20 }), line({ lineId: 'L1', shipped: '2023-11-01', quantity: 25 })],
    stockWith(),
  );
  // L1 ships first: 25 of the 30 in LS-SOON; L2 gets the last 5 and 15 of LS-LATE.
  expect(plan.lines.find((l) => l.lineId === 'L1')?.allocations).toEqual([{ batchCode: 'LS-SOON', quantity: 25 }]);
  expect(plan.lines.find((l) => l.lineId === 'L2')?.allocations).toEqual([
    { batchCode: 'LS-SOON', quantity: 5 },
    { batchCode: 'LS-LATE', quantity: 15 },
  ]);
});

test('stock already shipped in Orders is not offered again', () => {
  const plan = linkPlannedLines([line({ quantity: 10 })], stockWith([{ order: 9, sku: 'LSOAP', batchCode: 'ls-soon', quantity: 30 }]));
  expect(plan.lines[0]?.allocations).toEqual([{ batchCode: 'LS-LATE', quantity: 10 }]);
});

test('a line no stock covers is left out with a way to link it by hand', () => {
  const plan = linkPlannedLines([line({ quantity: 500 })], stockWith());
  expect(plan.lines).toEqual([]);
  expect(plan.leftOut[0]).toMatchObject({ reason: 'cannotLink', line: 2, asLine: { lineId: 'L1', allocations: [] } });
  expect(plan.leftOut[0]?.message).toMatch(
    /only 130 of LSOAP was on hand on 2023-11-01.*make a production run first, or pick a batch by hand\.$/,
  );
});

test('a batch picked by hand below zero is warned about, and saving holds the maker to what they saw', () => {
  const picked = line({ quantity: 40, allocations: [{ batchCode: 'LS-SOON', quantity: 40 }] });
  const plan = linkPlannedLines([picked], stockWith());
  expect(plan.lines[0]?.warnings).toEqual(['LS-SOON would have -10 on hand after this: more is shipped than was made.']);
  expect(checkPlannedLines(plan.lines, stockWith(), new Set())).toEqual([]);
  // Someone shipped 5 more meanwhile: -15 is not what the maker was shown.
  const problems = checkPlannedLines(plan.lines, stockWith([{ batchCode: 'LS-SOON', quantity: 5 }]), new Set());
  expect(problems).toEqual([expect.objectContaining({ line: 2, lineId: 'L1', message: expect.stringMatching(/-15 on hand/) })]);
});

test('saving refuses a Line ID already imported, a batch that is gone and amounts that do not add up', () => {
  const lines = [
    line({ lineId: 'L1', allocations: [{ batchCode: 'LS-SOON', quantity: 10 }] }),
    line({ lineId: 'L2', line: 3, allocations: [{ batchCode: 'LS-GONE', quantity: 10 }] }),
    line({ lineId: 'L3', line: 4, allocations: [{ batchCode: 'LS-LATE', quantity: 4 }] }),
  ];
  const messages = checkPlannedLines(lines, stockWith(), new Set(['L1'])).map((p) => `${p.line}: ${p.message}`);
  expect(messages).toEqual([
    '2: Order #1001: line L1 is already in Orders (imported meanwhile).',
    '3: Order #1001: there is no batch LS-GONE in Batches or Receipts.',
    '4: Order #1001: the batches picked add up to 4, but the line ships 10.',
  ]);
});

describe('a batch whose on hand cannot be counted (an order line of it has no readable Quantity)', () => {
  const uncounted = () => stockWith([{ batchCode: 'LS-SOON', quantity: null }]);

  test('picked by hand: linked with a warning that says so, never "would have -10 on hand", and saved without a below-zero confirm', () => {
    const picked = line({ quantity: 40, allocations: [{ batchCode: 'LS-SOON', quantity: 40 }] });
    const plan = linkPlannedLines([picked], uncounted());
    expect(plan.lines[0]?.warnings).toEqual([
      "LS-SOON's on hand cannot be counted (a quantity in its rows cannot be read: Check my records lists it), so whether it had 40 left is not known.",
    ]);
    expect(checkPlannedLines(plan.lines, uncounted(), new Set())).toEqual([]);
  });

  test('never proposed, and a line it alone could cover says why it is left out', () => {
    const plan = linkPlannedLines([line({ quantity: 500 })], uncounted());
    expect(plan.leftOut[0]?.message).toContain('(the on hand of LS-SOON cannot be counted: a quantity in its rows cannot be read)');
  });

  test('offered to pick with its on hand as not known, not 0', () => {
    const choice = batchChoices(uncounted(), ['LSOAP']).find((batch) => batch.batchCode === 'LS-SOON');
    expect(choice?.onHand).toBeNull();
  });
});
