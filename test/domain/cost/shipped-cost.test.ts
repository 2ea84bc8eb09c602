// The cost of goods shipped per month, beside the average-cost method: the sums a maker does by hand.
import { CostBook, type CostTables } from '../../../src/domain/cost';
import { shippedCost } from '../../../src/domain/cost/shipped-cost';
import type { TypedRow, TypedValue } from '../../../src/domain/rows';
import { parseUnit } from '../../../src/domain/units';

let nextRow = 2;
const row = (values: Record<string, TypedValue>): TypedRow => ({ row: nextRow++, values });
const u = (symbol: string) => parseUnit(symbol);

// A balm made in kg in one batch and in g in another: 2 kg for 20.00 (0.01 a g), 500 g for 10.00 (0.02 a g).
const tables: CostTables = {
  receipts: [row({ lotNumber: 'WAX-01', quantity: 10, unit: u('kg'), cost: 100 })],
  batches: [
    row({ batchId: 'M-1', batchCode: 'BALM-1', sku: 'BALM', quantityMade: 2, unit: u('kg'), cost: null }),
    row({ batchId: 'M-2', batchCode: 'BALM-2', sku: 'BALM', quantityMade: 500, unit: u('g'), cost: null }),
    row({ batchId: 'M-3', batchCode: 'BALM-3', sku: 'BALM', quantityMade: 100, unit: u('g'), cost: null }),
  ],
  batchInputs: [
    row({ batchId: 'M-1', lot: 'WAX-01', quantity: 2, unit: u('kg') }),
    row({ batchId: 'M-2', lot: 'WAX-01', quantity: 1, unit: u('kg') }),
    // BALM-3's input has no cost: a lot nobody received.
    row({ batchId: 'M-3', lot: 'WAX-99', quantity: 100, unit: u('g') }),
  ],
  products: [],
};

test('a month costs its lines at their own batch; the average is every costed batch of the product, across units', () => {
  const book = new CostBook(tables);
  const orders = [
    // 1 kg of BALM-1 (10.00) and 100 g of BALM-2 (2.00): 12.00.
    row({ shipped: '2024-03-04', batchCode: 'BALM-1', quantity: 1 }),
    row({ shipped: '2024-03-20', batchCode: 'balm-2', quantity: 100 }),
    row({ shipped: '2024-04-01', batchCode: 'BALM-3', quantity: 10 }),
    row({ shipped: null, batchCode: 'BALM-1', quantity: 1 }),
  ];
  const { months, undated } = shippedCost(book, orders);
  // Average: (20.00 + 10.00) ÷ 2,500 g = 0.012 a g; 1,100 g × 0.012 = 13.20.
  expect(months[0]).toMatchObject({ month: '2024-03', lines: 2, real: 12, average: 13.2, unknownLines: 0 });
  // BALM-3 has no cost: the month is incomplete, never 0, and names it; the average still costs it.
  expect(months[1]).toMatchObject({ month: '2024-04', real: null, average: 0.12, unknownLines: 1, unknownCodes: ['BALM-3'] });
  expect(undated).toBe(1);
});
