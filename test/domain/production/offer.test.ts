// What the sidebar is sent once: the lots a run may take, per BoM component, first-expiring first.
import { lotsToOffer, stockOf } from '../../../src/domain/production';
import { WORKSHOP, workshop } from './workshop';

const codes = (offered: ReturnType<typeof lotsToOffer>, key: string) =>
  offered.find((component) => component.key === key)?.lots.map((lot) => lot.code);

describe('lots offered to the sidebar', () => {
  test('usable lots with stock of BoM components, FEFO; never quarantined, expired or used up; materials on no BoM left out', () => {
    const { stock, catalog } = workshop();
    const offered = lotsToOffer(stock, catalog, '2023-11-01');
    expect(codes(offered, 'COCO')).toEqual(['COCO-B', 'COCO-A', 'COCO-N']);
    expect(codes(offered, 'FB')).toEqual(['FB-2', 'FB-1']);
    expect(offered.flatMap((component) => component.lots.map((lot) => lot.code))).not.toEqual(expect.arrayContaining(['COCO-Q']));
    expect(codes(offered, 'COCO')).not.toContain('COCO-X');
    // A finished product's batches are offered only because the gift box takes the soap.
    expect(codes(offered, 'LSOAP')).toEqual(['LSOAP-1']);
    const noGift = workshop({ bom: WORKSHOP.bom.filter((line) => line.sku !== 'GIFT') });
    expect(codes(lotsToOffer(noGift.stock, noGift.catalog, '2023-11-01'), 'LSOAP')).toBeUndefined();
  });

  test('a lot received after the first day is kept for later dates; only the first lots of a component are sent, the rest counted', () => {
    const { stock, catalog } = workshop();
    expect(codes(lotsToOffer(stock, catalog, '2023-09-15'), 'LAV')).toEqual(['LAV-1', 'LAV-G']);
    const first = lotsToOffer(stock, catalog, '2023-09-15', 2).find((component) => component.key === 'COCO');
    expect(first?.lots.map((lot) => lot.code)).toEqual(['COCO-X', 'COCO-B']);
    expect(first?.more).toBe(2);
  });

  test('the offered lots make a Stock the domain proposes from', () => {
    const { stock, catalog } = workshop();
    const rebuilt = stockOf(lotsToOffer(stock, catalog, '2023-11-01').flatMap((component) => component.lots));
    expect(rebuilt.byComponent.get('LYE')?.map((lot) => lot.code)).toEqual(['LYE-2', 'LYE-1']);
    expect(rebuilt.lots.get('FB-2')?.onHand).toBe(210);
  });

  test('of the lots not sent, why the newest few cannot be taken: held, expired by the first day, used up', () => {
    const world = workshop({ batchInputs: [...WORKSHOP.batchInputs, { batchId: 'MFG-0004', lot: 'LYE-2', quantity: 0.2, unit: 'kg' }] });
    const offered = lotsToOffer(world.stock, world.catalog, '2023-11-01');
    const of = (key: string) => offered.find((component) => component.key === key);
    expect(of('COCO')).toMatchObject({ withheld: ['Lot COCO-Q is Quarantined.', 'Lot COCO-X expired on 2023-10-01.'], withheldMore: 0 });
    expect(of('FB')?.withheld).toEqual(['Batch FB-Q is Quarantined.']);
    expect(of('LYE')?.withheld).toEqual(['Lot LYE-2 is used up.']);
  });

  test('a component with no usable lot at all is still sent, with why, so its line can say it', () => {
    const world = workshop({
      receipts: WORKSHOP.receipts.map((r) => (r.lotNumber === 'LAV-1' || r.lotNumber === 'LAV-G' ? { ...r, status: 'Recalled' } : r)),
    });
    const lav = lotsToOffer(world.stock, world.catalog, '2023-11-01').find((component) => component.key === 'LAV');
    expect(lav).toMatchObject({ lots: [], withheld: ['Lot LAV-G is Recalled.', 'Lot LAV-1 is Recalled.'] });
  });

  test('only the newest five are said; the rest are counted', () => {
    const many = Array.from({ length: 8 }, (_, i) => ({
      lotNumber: `CEDQ-${i + 1}`,
      received: `2023-0${i + 1}-01`,
      materialCode: 'CED',
      supplier: 'Aroma Source',
      quantity: 10,
      unit: 'ml',
      status: 'Quarantined',
    }));
    const world = workshop({
      receipts: [...WORKSHOP.receipts, ...many],
      bom: [...WORKSHOP.bom, { sku: 'FB', component: 'CED', quantity: 10, unit: 'ml' }],
    });
    const ced = lotsToOffer(world.stock, world.catalog, '2023-11-01').find((component) => component.key === 'CED');
    expect(ced?.withheld).toEqual([
      'Lot CEDQ-8 is Quarantined.',
      'Lot CEDQ-7 is Quarantined.',
      'Lot CEDQ-6 is Quarantined.',
      'Lot CEDQ-5 is Quarantined.',
      'Lot CEDQ-4 is Quarantined.',
    ]);
    expect(ced?.withheldMore).toBe(3);
  });
});
