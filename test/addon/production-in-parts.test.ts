// Opening the production sidebar with its stock read in parts (src/sheets/stock-parts.ts), through the
// built bundle as the sidebar calls it: the plan, every part, then the call that counts. The answer must
// be the one call's, to the last notice — on the guide and busy workbooks and on one with the rows that
// could trip a merge up (a duplicated code in two parts, an unreadable quantity, a missing column, codes
// outside ASCII) — and when a part is lost or a sheet changes in between, the tables are read again.
import { scriptRunOf, type LocalSheet } from '../../local/runtime';
import { openGenerated } from '../../bench/harness';
import type * as Lotline from '../../src/index';
import { generateWorkbook } from '../../bench/generate';
import { openRunAnswer, productionSetup, type ProductionSetup } from '../../src/contract/production';
import type { StockInParts } from '../../src/contract/stock-in-parts';
import type { SheetContents } from '../fixtures/sheet-values';

const MADE = { guide: '2024-09-02', busy: '2024-01-02' };

function open(contents: SheetContents) {
  const { runtime, bundle } = openGenerated(contents, 20);
  return { runtime, server: scriptRunOf<typeof Lotline>(bundle) };
}

type Server = ReturnType<typeof open>['server'];

async function planOf(server: Server, stockFrom: string, parts: number): Promise<StockInParts> {
  const opened = openRunAnswer.parse(await server.openProductionRun({ stockFrom, parts }));
  if (!('inParts' in opened)) throw new Error('Asked for parts, the server sent everything.');
  expect(opened.inParts.parts).toBe(parts);
  return opened.inParts;
}

/** The sidebar's way at the ceiling, with `between` run after the parts and before the last call. */
async function loadInParts(
  server: Server,
  stockFrom: string,
  parts: number,
  between: () => void = () => undefined,
): Promise<ProductionSetup> {
  const plan = await planOf(server, stockFrom, parts);
  const kept = await Promise.all(Array.from({ length: parts }, (_, part) => server.loadProductionStockPart({ plan, part })));
  expect(kept.every((answer) => answer.kept)).toBe(true);
  between();
  return productionSetup.parse(await server.loadProductionRun({ stockFrom, fromParts: plan }));
}

const oneCall = async (server: Server, stockFrom: string) => productionSetup.parse(await server.loadProductionRun({ stockFrom }));

describe.each(['guide', 'busy'] as const)('on the %s workbook', (size) => {
  it('answers in parts exactly as in one call, in 2, 3 or 10 parts, and leaves nothing in the cache', async () => {
    const { runtime, server } = open(generateWorkbook(size).sheets);
    const whole = await oneCall(server, MADE[size]);
    expect(whole.stock.length).toBeGreaterThan(0);
    for (const parts of [2, 3, 10]) {
      expect(await loadInParts(server, MADE[size], parts)).toEqual(whole);
      expect(runtime.caches.document.entries.size).toBe(0);
    }
  });
});

describe('on the guide’s workbook with what could trip a merge up', () => {
  function trickyWorkbook(): SheetContents {
    const sheets = structuredClone(generateWorkbook('guide').sheets);
    const receipts = sheets.Receipts as unknown[][];
    const header = receipts[0] as string[];
    const at = (name: string) => header.indexOf(name);
    // The first lot's number again on the last row: the two rows fall in different parts.
    const twin = [...(receipts[1] as unknown[])];
    twin[at('Quantity')] = 10;
    receipts.push(twin);
    // A lot of shea butter with a code outside ASCII, used once.
    const shea = [...(receipts.find((row, index) => index > 0 && row[at('Material code')] === 'SHEA') as unknown[])];
    shea[at('Lot number')] = 'KARITÉ-0824-01';
    shea[at('Received')] = new Date('2024-08-20T04:00:00Z');
    shea[at('Expires')] = new Date('2026-08-20T04:00:00Z');
    receipts.push(shea);
    const inputs = sheets['Batch inputs'] as unknown[][];
    const lastBatch = (sheets.Batches as unknown[][]).at(-1) as unknown[];
    inputs.push([lastBatch[0], 'KARITÉ-0824-01', 250, 'g', '']);
    // A quantity nobody can read, in the middle of Batch inputs.
    const middle = inputs[Math.floor(inputs.length / 2)] as unknown[];
    middle[2] = 'about half';
    return sheets;
  }

  it('gives the same offers and the same notices, each said once, as one call', async () => {
    const { runtime, server } = open(trickyWorkbook());
    // No Status column in Receipts: every part reads without it, and the sheet's problem is said once.
    const receipts = runtime.spreadsheet.getSheetByName('Receipts') as LocalSheet;
    const statusColumn = (receipts.getRange(1, 1, 1, receipts.getLastColumn()).getValues()[0] as string[]).indexOf('Status') + 1;
    receipts.deleteColumn(statusColumn);
    const whole = await oneCall(server, MADE.guide);
    expect(whole.notices.some((notice) => /about half/.test(notice))).toBe(true);
    expect(whole.notices.some((notice) => /also the lot number/.test(notice))).toBe(true);
    expect(whole.stock.flatMap((offer) => offer.lots.map(([code]) => code))).toContain('KARITÉ-0824-01');
    for (const parts of [2, 5, 10]) expect(await loadInParts(server, MADE.guide, parts)).toEqual(whole);
  });
});

describe('when the parts cannot be trusted', () => {
  function setUp() {
    const { runtime, server } = open(generateWorkbook('guide').sheets);
    const inputs = runtime.spreadsheet.getSheetByName('Batch inputs') as LocalSheet;
    return { runtime, server, inputs };
  }

  it('reads the tables again when a part was evicted from the cache', async () => {
    const { runtime, server } = setUp();
    const whole = await oneCall(server, MADE.guide);
    expect(await loadInParts(server, MADE.guide, 3, () => runtime.caches.document.evictAll())).toEqual(whole);
  });

  it('reads the tables again when what a part kept is not a part (kept by another version of the add-on)', async () => {
    const { runtime, server } = setUp();
    const whole = await oneCall(server, MADE.guide);
    const spoil = () => {
      const [key, entry] = [...runtime.caches.document.entries].find(([name]) => /\.\d+\.0$/.test(name))!;
      runtime.caches.document.entries.set(key, { ...entry, value: '{"tables":' });
    };
    expect(await loadInParts(server, MADE.guide, 2, spoil)).toEqual(whole);
  });

  it('reads the tables again when a part never ran', async () => {
    const { server } = setUp();
    const whole = await oneCall(server, MADE.guide);
    const plan = await planOf(server, MADE.guide, 3);
    await server.loadProductionStockPart({ plan, part: 0 });
    await server.loadProductionStockPart({ plan, part: 2 });
    expect(productionSetup.parse(await server.loadProductionRun({ stockFrom: MADE.guide, fromParts: plan }))).toEqual(whole);
  });

  it('counts a use of a lot typed in after the parts read, not the stock before it', async () => {
    const { runtime, server, inputs } = setUp();
    const before = await oneCall(server, MADE.guide);
    const [code, , , , , unit, onHandBefore] = before.stock.find((offer) => offer.lots.length > 0)!.lots[0]!;
    const batchId = String(inputs.getRange(inputs.getLastRow(), 1).getValue());
    const typeAUse = () => inputs.appendRow([batchId, code, 1, unit, '']);
    const inParts = await loadInParts(server, MADE.guide, 3, typeAUse);
    const after = await oneCall(server, MADE.guide);
    expect(inParts).toEqual(after);
    const onHand = inParts.stock.flatMap((offer) => offer.lots).find((offered) => offered[0] === code)![6];
    expect(onHand).toBeCloseTo(onHandBefore - 1, 6);
    expect(runtime.caches.document.entries.size).toBe(0);
  });

  it('keeps nothing from a part that finds a table grown since the plan', async () => {
    const { runtime, server, inputs } = setUp();
    const plan = await planOf(server, MADE.guide, 2);
    inputs.appendRow(['MFG-9999', 'LAV-0923-01', 1, 'g', '']);
    expect(await server.loadProductionStockPart({ plan, part: 0 })).toEqual({ kept: false });
    expect(runtime.caches.document.entries.size).toBe(0);
  });

  it('refuses a part past the plan’s and a plan that is not one, in a sentence', async () => {
    const { server } = setUp();
    const plan = await planOf(server, MADE.guide, 2);
    expect(await server.loadProductionStockPart({ plan, part: 5 })).toEqual({ kept: false });
    await expect(server.loadProductionStockPart({ plan: { ...plan, token: '<b>x</b>' }, part: 0 })).rejects.toThrow(
      /The plan of the parts the stock is read in/,
    );
  });
});

describe('opening a small workbook', () => {
  it('sends everything in one call, as loadProductionRun, without a plan', async () => {
    const { runtime, server } = open(generateWorkbook('busy').sheets);
    runtime.meter.reset();
    const opened = openRunAnswer.parse(await server.openProductionRun({ stockFrom: MADE.busy }));
    expect('setup' in opened && opened.setup).toEqual(await oneCall(server, MADE.busy));
    expect(runtime.meter.snapshot().executions).toBe(2);
  });
});

describe('each part', () => {
  it('reads only its share of the rows, and keeps them in entries Google takes (100 KB at most)', async () => {
    const { runtime, server } = open(generateWorkbook('busy').sheets);
    await oneCall(server, MADE.busy);
    runtime.meter.reset();
    await oneCall(server, MADE.busy);
    const wholeRead = runtime.meter.snapshot().cellsRead;
    const plan = await planOf(server, MADE.busy, 4);
    const reads: number[] = [];
    for (let part = 0; part < 4; part++) {
      runtime.meter.reset();
      await server.loadProductionStockPart({ plan, part });
      reads.push(runtime.meter.snapshot().cellsRead);
    }
    for (const cells of reads) expect(cells).toBeLessThan(wholeRead / 3);
    const sizes = [...runtime.caches.document.entries.values()].map((entry) => Buffer.byteLength(entry.value, 'utf8'));
    expect(sizes.length).toBeGreaterThan(4);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(100 * 1024);
    // The last call reads none of the rows the parts kept: only Orders' and Waste's, the catalog and the costs.
    runtime.meter.reset();
    await server.loadProductionRun({ stockFrom: MADE.busy, fromParts: plan });
    expect(runtime.meter.snapshot().cellsRead).toBeLessThan(wholeRead / 2);
  });
});
