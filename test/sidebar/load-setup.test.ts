// The sidebar's load (sidebar/production/load-setup.ts): one call when the server sends everything; the
// parts side by side, then the counting call, when it sends a plan — against the built bundle, and with
// calls of our own to see the order, the progress shown and a part that fails.
import { scriptRunOf } from '../../local/runtime';
import { openGenerated } from '../../bench/harness';
import { generateWorkbook } from '../../bench/generate';
import type * as Lotline from '../../src/index';
import { loadSetup, type SetupCalls } from '../../sidebar/production/load-setup';
import type { StockInParts } from '../../src/contract/stock-in-parts';

const MADE = '2024-09-02';

function server() {
  const { bundle } = openGenerated(generateWorkbook('guide').sheets, 20);
  return scriptRunOf<typeof Lotline>(bundle);
}

describe('loadSetup', () => {
  it('takes everything from one call on a workbook the server reads at once', async () => {
    const run = server();
    const asked: string[] = [];
    const calls: SetupCalls = {
      openProductionRun: (request) => (asked.push('open'), run.openProductionRun(request)),
      loadProductionStockPart: (request) => (asked.push('part'), run.loadProductionStockPart(request)),
      loadProductionRun: (request) => (asked.push('load'), run.loadProductionRun(request)),
    };
    const setup = await loadSetup(calls, MADE);
    expect(asked).toEqual(['open']);
    expect(setup).toEqual(await run.loadProductionRun({ stockFrom: MADE }));
  });

  it('reads a plan’s parts side by side, says how far it is, and answers as one call would', async () => {
    const run = server();
    const shown: string[] = [];
    let running = 0;
    let most = 0;
    const calls: SetupCalls = {
      // As the server plans for a workbook at the ceiling.
      openProductionRun: (request) => run.openProductionRun({ ...request, parts: 4 }),
      loadProductionStockPart: async (request) => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        const answer = await run.loadProductionStockPart(request);
        running -= 1;
        return answer;
      },
      loadProductionRun: (request) => {
        expect(running).toBe(0);
        return run.loadProductionRun(request);
      },
    };
    const setup = await loadSetup(calls, MADE, (text) => shown.push(text));
    expect(most).toBe(4);
    expect(shown[0]).toBe('Counting the stock of a large workbook: 0 of 4 parts read…');
    expect(shown).toContain('Counting the stock of a large workbook: 4 of 4 parts read…');
    expect(setup).toEqual(await run.loadProductionRun({ stockFrom: MADE }));
  });

  it('still asks for the count when a part fails, which then reads what the part did not keep', async () => {
    const run = server();
    let finalAsked: StockInParts | undefined;
    const calls: SetupCalls = {
      openProductionRun: (request) => run.openProductionRun({ ...request, parts: 3 }),
      loadProductionStockPart: (request) =>
        request.part === 1 ? Promise.reject(new Error('Exceeded maximum execution time')) : run.loadProductionStockPart(request),
      loadProductionRun: (request) => {
        finalAsked = request?.fromParts;
        return run.loadProductionRun(request);
      },
    };
    const setup = await loadSetup(calls, MADE);
    expect(finalAsked?.parts).toBe(3);
    expect(setup).toEqual(await run.loadProductionRun({ stockFrom: MADE }));
  });
});
