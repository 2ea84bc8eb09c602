import { parseLayouts } from '../../src/sheets/layout-cache';

describe('the stored layouts', () => {
  it('reads what the add-on stored', () => {
    const stored = JSON.stringify({
      timeZone: 'America/New_York',
      timeZoneAt: 1,
      sheets: { receipts: { name: 'Receipts', header: ['Lot number'], rows: 10 } },
    });
    expect(parseLayouts(stored)?.sheets.receipts?.header).toEqual(['Lot number']);
  });

  it.each([null, '', 'not json', '{"sheets":{"receipts":{"name":3}}}', '[]'])('takes %p as nothing remembered', (stored) => {
    expect(parseLayouts(stored)).toBeNull();
  });
});
