import { coverReport } from '../../../src/domain/records-pack/cover';
import { freePackSheetNames, packSheetNames } from '../../../src/domain/records-pack/names';

describe('the names of a pack’s sheets', () => {
  it('one prefix for every sheet, each within 31 characters', () => {
    const names = packSheetNames({ kind: 'product', sku: 'LSOAP', from: '2024-09-01', to: '2024-09-30' });
    expect(names.cover).toBe('Pack LSOAP 2409 cover');
    expect(names.shipments).toBe('Pack LSOAP 2409 shipments');
    expect(packSheetNames({ kind: 'period', from: '2023-01-01', to: '2023-12-31' }).lots).toBe('Pack all 2301-2312 lots');
  });

  it('a long code is cut the same way on every sheet, so they stay apart in an .xlsx download', () => {
    const names = Object.values(packSheetNames({ kind: 'batch', batchCode: 'LAVENDER-SOAP-2024-09-15-0001' }, 2));
    for (const name of names) expect(name.length).toBeLessThanOrEqual(31);
    expect(new Set(names.map((name) => name.split(' ')[1])).size).toBe(1);
    expect(new Set(names.map((name) => name.slice(0, 31).toLowerCase())).size).toBe(names.length);
  });

  it('a second pack of the same scope takes (2) on every sheet', () => {
    const scope = { kind: 'batch', batchCode: 'LSOAP-231015-01' } as const;
    const taken = new Set(['pack lsoap-231015-01 lots']);
    expect(freePackSheetNames(scope, (name) => taken.has(name.toLowerCase())).cover).toBe('Pack LSOAP-23101… (2) cover');
  });
});

describe('the cover', () => {
  const facts = {
    scope: { kind: 'batch', batchCode: 'LSOAP-231015-01' } as const,
    productName: '',
    madeAt: '2024-09-02 09:00',
    madeBy: 'not known',
    names: { cover: 'c', batches: 'b' },
    rows: { batches: 1 },
    gaps: [],
    eventsDue: [],
    options: { includeFormulas: false, includeCosts: false },
  };

  it('says what could not be included right after the answer, never an all-clear', () => {
    const cover = coverReport({ ...facts, notIncluded: ['No Orders sheet: the shipments sheet is empty: no distribution records.'] });
    expect(cover.heading[2]).toBe('Not complete: 1 thing could not be included or is wrong in the records:');
    expect(cover.heading[3]).toBe('• No Orders sheet: the shipments sheet is empty: no distribution records.');
  });

  it('with nothing missing, says only what the records check found', () => {
    const cover = coverReport({ ...facts, notIncluded: [] });
    expect(cover.heading[2]).toBe('The records check found no gaps in the rows this pack holds.');
    expect(cover.heading).toContain('Made 2024-09-02 09:00 by not known.');
  });
});
