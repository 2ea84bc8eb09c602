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
});
