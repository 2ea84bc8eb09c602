// Scaling a BoM from the product's standard batch to the quantity to make, in the BoM's units.
import { scaleBom, type Product } from '../../../src/domain/production';
import { WORKSHOP, workshop } from './workshop';

const scaled = (sku: string, quantity: number, catalog = workshop().catalog) =>
  scaleBom(catalog.product(sku) as Product, catalog.bomOf(sku), quantity);

describe('scaling a BoM', () => {
  test('250 bars of a 100-bar recipe take 2.5 times each line, in the BoM line units', () => {
    const { lines, problems } = scaled('lsoap', 250);
    expect(problems).toEqual([]);
    expect(lines.map((line) => [line.component, line.quantity, line.unit.symbol, line.bomRow])).toEqual([
      ['COCO', 3000, 'g', 2],
      ['LYE', 375, 'g', 3],
      ['FB', 100, 'ml', 4],
    ]);
  });

  test('scaled quantities are not left with floating-point dust', () => {
    expect(scaled('FB', 30).lines.map((line) => line.quantity)).toEqual([24, 6]);
    expect(scaled('LSOAP', 33.3).lines[0]?.quantity).toBe(399.6);
  });

  test('a product without a batch size cannot be scaled, and the problem says where to fix it', () => {
    const { lines, problems } = scaled('NOSIZE', 10);
    expect(lines).toEqual([]);
    expect(problems).toEqual([{ field: 'sku', message: expect.stringContaining('NOSIZE has no batch size on Products row 5') }]);
  });

  test('a batch size of zero is no batch size', () => {
    const { catalog } = workshop({ products: WORKSHOP.products.map((p) => (p.sku === 'LSOAP' ? { ...p, batchSize: 0 } : p)) });
    expect(scaled('LSOAP', 100, catalog).problems[0]?.message).toContain('LSOAP has no batch size');
  });

  test('a quantity to make of 0 is a problem on that field', () => {
    expect(scaled('LSOAP', 0).problems).toEqual([{ field: 'quantityToMake', message: 'The quantity to make must be more than 0 pcs.' }]);
  });

  test('a BoM row with an unreadable quantity is left out and named by its row; the others still scale', () => {
    const { catalog } = workshop({ bom: WORKSHOP.bom.map((line, i) => (i === 1 ? { ...line, quantity: 'a pinch' } : line)) });
    const { lines, problems } = scaled('LSOAP', 100, catalog);
    expect(lines.map((line) => line.component)).toEqual(['COCO', 'FB']);
    expect(problems).toEqual([{ field: 'sku', message: 'BoM row 3 (LYE): the Quantity must be a number more than 0.' }]);
  });
});
