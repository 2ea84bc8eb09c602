// A maker who changes File ▸ Settings ▸ Time zone: Google keeps every date cell's day, so the moment it
// stands for moves with the zone. The next execution must read each date in the new zone, not in one it
// remembered from before — or every expiry, received and made day would be read a day off.
import { createRuntimeWithBundle, scriptRunOf } from '../../local/runtime';
import type * as Lotline from '../../src/index';
import { soapMakerWorkbook } from '../fixtures/soap-maker';

const { sheets: guide } = soapMakerWorkbook();
const MADE = '2024-09-02';

/** Each offered lot's code and expiry day, as the production sidebar receives them. */
async function expiries(server: ReturnType<typeof scriptRunOf<typeof Lotline>>): Promise<Map<string, string>> {
  const setup = await server.loadProductionRun({ stockFrom: MADE });
  return new Map(setup.stock.flatMap((offered) => offered.lots.map((lot) => [lot[0], String(lot[4])] as const)));
}

describe('a changed spreadsheet time zone', () => {
  it('is the zone the next execution reads dates in: the days a maker sees stay the days read', async () => {
    const { runtime, bundle } = createRuntimeWithBundle({ timeZone: 'America/New_York' });
    for (const [name, rows] of Object.entries(guide)) runtime.spreadsheet.insertSheet(name).loadRowsForTest(rows);
    bundle.open('LIMITED');
    runtime.setAuthMode('FULL');
    const server = scriptRunOf<typeof Lotline>(bundle);
    const receipts = runtime.spreadsheet.getSheetByName('Receipts')!;
    const shown = () => {
      const rows = receipts.getRange(1, 1, receipts.getLastRow(), receipts.getLastColumn()).getDisplayValues();
      const at = (rows[0] as string[]).indexOf('Expires');
      return new Map(rows.slice(1).map((row) => [row[0] as string, row[at] as string]));
    };
    const before = await expiries(server);
    expect(before.size).toBeGreaterThan(3);
    const shownBefore = shown();

    // Six hours east: midnight in Berlin is 18:00 the day before in New York.
    runtime.spreadsheet.setSpreadsheetTimeZone('Europe/Berlin');
    expect(shown()).toEqual(shownBefore);
    expect(await expiries(server)).toEqual(before);
  });
});
