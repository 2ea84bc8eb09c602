// Recall drill… through the built bundle on the guide's soap-maker workbook, with the script's clock
// set by the test (the Date of the bundle's own context): a drill started with the contaminated
// lavender lot, finished 95 minutes later with the maker's notes, is one Recall drills row holding its
// figures; a random drill picks only lots received in the last 12 months; bad settings and a forged
// start time are refused; a balance that cannot be counted fails the drill.
import vm from 'node:vm';
import { callFromClient, createRuntimeWithBundle, scriptRunOf, type LoadedBundle } from '../../local/runtime';
import { dayOf } from '../../src/domain/days';
import { sheetSpec } from '../../src/domain/workbook';
import type * as Lotline from '../../src/index';
import { TIME_ZONE, type SheetContents } from '../fixtures/sheet-values';
import { soapMakerWorkbook } from '../fixtures/soap-maker';

const { sheets: soapMaker, expected } = soapMakerWorkbook();
const HEADERS = sheetSpec('recallDrills').columns.map((column) => column.header);
/** 09:00 in New York, the spreadsheet's time zone. */
const MORNING = Date.parse('2024-09-02T13:00:00Z');
const MINUTE = 60_000;

/** The bundle's clock: `Date` inside its context, moved by the test; dates from the runtime still are Dates. */
function clockOf(bundle: LoadedBundle) {
  vm.runInContext(
    `(() => {
      const Real = Date;
      const clock = (globalThis.__testClock = { now: Real.now() });
      class ClockDate extends Real {
        constructor(...args) { if (args.length === 0) super(clock.now); else super(...args); }
        static now() { return clock.now; }
        static [Symbol.hasInstance](value) { return value instanceof Real; }
      }
      globalThis.Date = ClockDate;
    })()`,
    bundle.context,
  );
  const clock = vm.runInContext('globalThis.__testClock', bundle.context) as { now: number };
  return {
    set: (ms: number) => (clock.now = ms),
    advance: (minutes: number) => (clock.now += minutes * MINUTE),
  };
}

function openWorkbook(contents: SheetContents = soapMaker, now = MORNING) {
  const { runtime, bundle } = createRuntimeWithBundle();
  for (const [name, rows] of Object.entries(contents)) runtime.spreadsheet.insertSheet(name).loadRowsForTest(rows);
  const clock = clockOf(bundle);
  clock.set(now);
  bundle.open('LIMITED');
  return { runtime, bundle, clock, server: scriptRunOf<typeof Lotline>(bundle) };
}

function drillRows(runtime: ReturnType<typeof openWorkbook>['runtime']) {
  const sheet = runtime.spreadsheet.getSheetByName('Recall drills');
  if (!sheet) return null;
  return sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn()).getDisplayValues();
}

function logActions(runtime: ReturnType<typeof openWorkbook>['runtime']): string[][] {
  const log = runtime.spreadsheet.getSheetByName('Log')!;
  if (log.getLastRow() < 2) return [];
  return log.getRange(2, 3, log.getLastRow() - 1, 2).getDisplayValues();
}

/** Receipt lots received after 2023-09-02 and by 2024-09-02, from the fixture itself. */
function lotsReceivedInTheYearBefore(today: string): string[] {
  const [header, ...rows] = soapMaker.Receipts!;
  const lot = header!.indexOf('Lot number');
  const received = header!.indexOf('Received');
  const yearBefore = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  return rows
    .filter((row) => {
      const day = dayOf(row[received] as Date, TIME_ZONE);
      return day > yearBefore && day <= today;
    })
    .map((row) => row[lot] as string);
}

describe('A recall drill of the lavender lot, finished 95 minutes later', () => {
  const opened = openWorkbook();
  const { runtime, bundle, clock, server } = opened;
  let first: Awaited<ReturnType<typeof server.loadRecallDrill>>;
  let started: Awaited<ReturnType<typeof server.startRecallDrill>>;
  let reopened: Awaited<ReturnType<typeof server.loadRecallDrill>>;
  let finished: Awaited<ReturnType<typeof server.finishRecallDrill>>;
  let after: Awaited<ReturnType<typeof server.loadRecallDrill>>;

  beforeAll(async () => {
    bundle.clickMenuItem('Recall drill…');
    first = await server.loadRecallDrill();
    started = await server.startRecallDrill({ code: expected.lot });
    clock.advance(40);
    // The maker closed the sidebar; opening it again comes back to the same drill.
    reopened = await server.loadRecallDrill();
    clock.advance(55);
    if (!started.ok) throw new Error(JSON.stringify(started));
    finished = await server.finishRecallDrill({
      id: started.drill.id,
      documents: 'Receipts, Batch inputs, Orders; supplier CoA for LF-0923',
      gaps: 'Orders 1041 and 1042 had no batch code on the packing slip',
      correctiveActions: 'Write the batch code on every packing slip',
    });
    after = await server.loadRecallDrill();
  });

  it('opens a sidebar whose first screen says no drill was ever recorded', () => {
    expect(runtime.ui.sidebar?.title).toBe('Recall drill');
    expect(first.lastDrill).toMatchObject({ day: null, due: true });
    expect(first.lastDrill.line).toMatch(/^No recall drill is recorded yet\. BRCGS, SQF and IFS ask for one at least every 12 months\./);
    expect(first.recentLots).toBe(new Set(lotsReceivedInTheYearBefore('2024-09-02')).size);
    expect(first.inProgress).toBeNull();
    expect(first.settings).toEqual({ tolerancePct: 2, targetHours: 4 });
  });

  it('shows the trace at once: the 4 batches, the 34 customers by name, every step balanced', () => {
    if (!started.ok) throw new Error('not started');
    const { drill } = started;
    expect(drill).toMatchObject({ lot: expected.lot, direction: 'Forward', picked: 'given', started: '2024-09-02 09:00', batches: 4 });
    expect(drill.customers.count).toBe(34);
    expect(drill.customers.line).toMatch(/^34 of \d+ customers who bought these products/);
    expect(drill.customers.list.map((customer) => customer.email.toLowerCase()).sort()).toEqual(expected.customerEmails);
    expect(drill.steps.map((step) => step.code)).toEqual(
      expect.arrayContaining([expected.lot, ...expected.batchCodes, expected.subAssemblyBatchCode]),
    );
    const lavender = drill.steps.find((step) => step.code === expected.lot)!;
    // 0.5 l received = used in 4 batches + 15 ml wasted + the rest on hand.
    expect(lavender).toMatchObject({ kind: 'lot', unit: 'l', quantityIn: 0.5, accountedPct: 100, within: true });
    expect(drill.balance).toMatchObject({ within: true, accountedPct: 100, failing: [] });
    expect(drill.notChecked).toEqual([]);
  });

  it('comes back to the same drill, on the same clock, when the sidebar is opened again', () => {
    if (!started.ok) throw new Error('not started');
    expect(reopened.inProgress?.id).toBe(started.drill.id);
    expect(reopened.inProgress?.elapsedMs).toBe(40 * MINUTE);
    expect(reopened.inProgress?.customers.count).toBe(34);
  });

  it('appends one Recall drills row with its figures, minutes from the server clock, and the notes', () => {
    expect(finished).toMatchObject({ ok: true, sheet: 'Recall drills', row: 2, minutes: 95, passed: true, batches: 4, customers: 34 });
    const rows = drillRows(runtime)!;
    expect(rows[0]).toEqual(HEADERS);
    expect(rows).toHaveLength(2);
    const row = Object.fromEntries(HEADERS.map((header, index) => [header, rows[1]![index]]));
    expect(row).toMatchObject({
      Date: '2024-09-02',
      Lot: expected.lot,
      Direction: 'Forward',
      Started: '2024-09-02 09:00:00',
      Finished: '2024-09-02 10:35:00',
      Minutes: '95',
      Batches: '4',
      Customers: '34',
      'Accounted for (%)': '100',
      'Corrective actions': 'Write the batch code on every packing slip',
      By: 'maker@example.com',
    });
    expect(row['Within tolerance']).toBe('Yes: every step within 100% ± 2%; 95 min, within the 4-hour target');
    expect(row.Gaps).toBe(
      'Documents checked: Receipts, Batch inputs, Orders; supplier CoA for LF-0923. Gaps found: Orders 1041 and 1042 had no batch code on the packing slip. Found by the trace: nothing.',
    );
  });

  it('writes a Log row when the drill starts and one when it is recorded', () => {
    const drills = logActions(runtime).filter(([action]) => action === 'Recall drill');
    expect(drills.map(([, details]) => details)).toEqual([
      `Started a recall drill of ${expected.lot}`,
      `Recall drill of ${expected.lot}: passed, 95 min, 4 batches, 34 customers, accounted for 100% (Recall drills row 2)`,
    ]);
  });

  it('then says when the last drill was, and nothing is left in progress', () => {
    expect(after.lastDrill).toEqual({ day: '2024-09-02', due: false, line: 'The last recall drill was on 2024-09-02.' });
    expect(after.inProgress).toBeNull();
  });

  it('says a drill is due again 12 months later', async () => {
    clock.set(Date.parse('2025-09-03T13:00:00Z'));
    const later = await server.loadRecallDrill();
    expect(later.lastDrill.due).toBe(true);
    expect(later.lastDrill.line).toMatch(/^The last recall drill was on 2024-09-02, more than 12 months ago/);
  });
});

describe('A drill that takes longer than the target time', () => {
  it('is recorded as failed, saying it was over time', async () => {
    const { runtime, clock, server } = openWorkbook();
    const started = await server.startRecallDrill({ code: expected.batchCodes[0] });
    if (!started.ok) throw new Error(JSON.stringify(started));
    expect(started.drill.direction).toBe('Both ways');
    clock.advance(4 * 60 + 1);
    const finished = await server.finishRecallDrill({ id: started.drill.id, documents: '', gaps: '', correctiveActions: '' });
    expect(finished).toMatchObject({ ok: true, minutes: 241, passed: false });
    const row = drillRows(runtime)![1]!;
    expect(row[HEADERS.indexOf('Within tolerance')]).toBe('No: every step within 100% ± 2%; 241 min, over the 4-hour target');
    expect(row[HEADERS.indexOf('Gaps')]).toMatch(/^Documents checked: none noted\./);
  });
});

describe('A drill whose mass balance cannot be counted', () => {
  // The lavender lot's waste row says "a few" instead of a quantity.
  const contents: SheetContents = { ...soapMaker, Waste: soapMaker.Waste!.map((row) => [...row]) };
  const waste = contents.Waste!;
  const quantity = waste[0]!.indexOf('Quantity');
  const lavenderWaste = waste.findIndex((row) => row[waste[0]!.indexOf('Lot')] === expected.lot);
  waste[lavenderWaste]![quantity] = 'a few';

  it('fails the tolerance at that step instead of assuming it is fine, and records Accounted for as not known', async () => {
    const { runtime, clock, server } = openWorkbook(contents);
    const started = await server.startRecallDrill({ code: expected.lot });
    if (!started.ok) throw new Error(JSON.stringify(started));
    const lavender = started.drill.steps.find((step) => step.code === expected.lot)!;
    expect(lavender).toMatchObject({ accountedPct: null, within: false });
    expect(lavender.why).toMatch(/^not counted/);
    expect(started.drill.balance.within).toBe(false);
    clock.advance(30);
    const finished = await server.finishRecallDrill({ id: started.drill.id, documents: 'Waste log', gaps: '', correctiveActions: '' });
    expect(finished).toMatchObject({ ok: true, passed: false, accountedPct: null });
    const row = drillRows(runtime)![1]!;
    expect(row[HEADERS.indexOf('Accounted for (%)')]).toBe('');
    expect(row[HEADERS.indexOf('Within tolerance')]).toMatch(
      /^No: 1 step outside 100% ± 2% or not counted; 30 min, within the 4-hour target/,
    );
    expect(row[HEADERS.indexOf('Gaps')]).toContain(`Found by the trace: ${expected.lot}: not counted`);
  });
});

describe('A drill with no code', () => {
  it('picks only lots received in the last 12 months', async () => {
    const { server } = openWorkbook();
    const recent = new Set(lotsReceivedInTheYearBefore('2024-09-02'));
    const picked = new Set<string>();
    for (let attempt = 0; attempt < 30; attempt++) {
      const started = await server.startRecallDrill({ code: '' });
      if (!started.ok) throw new Error(JSON.stringify(started));
      expect(started.drill.picked).toBe('random');
      picked.add(started.drill.lot);
      const abandoned = await server.abandonRecallDrill({ id: started.drill.id });
      expect(abandoned).toEqual({ ok: true });
    }
    for (const lot of picked) expect(recent).toContain(lot);
    // Random, not always the same lot.
    expect(picked.size).toBeGreaterThan(3);
  });

  it('is refused with a sentence when no lot was received in the last 12 months', async () => {
    const { server } = openWorkbook(soapMaker, Date.parse('2026-12-02T15:00:00Z'));
    expect((await server.loadRecallDrill()).recentLots).toBe(0);
    expect(await server.startRecallDrill({})).toEqual({
      ok: false,
      problems: [
        {
          field: 'code',
          message:
            'No lot was received in the last 12 months, so none can be picked at random: type a lot number, batch code or order number.',
        },
      ],
    });
  });
});

describe('The drill settings', () => {
  it('refuses a tolerance or a target that is not a number or out of range, with a sentence at its field', async () => {
    const { server } = openWorkbook();
    expect(await server.saveRecallDrillSettings({ tolerancePct: 'two', targetHours: '0' })).toEqual({
      ok: false,
      problems: [
        { field: 'tolerancePct', message: 'The tolerance "two" is not a number: enter one from 0 to 10%.' },
        { field: 'targetHours', message: 'The target time must be from 0.25 to 48 hours, not 0 hours.' },
      ],
    });
    expect(await server.saveRecallDrillSettings({ tolerancePct: '15', targetHours: '' })).toEqual({
      ok: false,
      problems: [
        { field: 'tolerancePct', message: 'The tolerance must be from 0 to 10%, not 15%.' },
        { field: 'targetHours', message: 'The target time is empty: enter a number from 0.25 to 48 hours.' },
      ],
    });
    expect((await server.loadRecallDrill()).settings).toEqual({ tolerancePct: 2, targetHours: 4 });
  });

  it('stores good settings, logs the change, and scores the next drill with them', async () => {
    const { runtime, clock, server } = openWorkbook();
    expect(await server.saveRecallDrillSettings({ tolerancePct: '± 1,5 %', targetHours: '2' })).toEqual({
      ok: true,
      settings: { tolerancePct: 1.5, targetHours: 2 },
    });
    expect((await server.loadRecallDrill()).settings).toEqual({ tolerancePct: 1.5, targetHours: 2 });
    expect(logActions(runtime).at(-1)).toEqual([
      'Change recall drill settings',
      'Drills are now scored against 100% ± 1.5% (was ± 2%) and a target of 2 hours (was 4)',
    ]);
    const started = await server.startRecallDrill({ code: expected.lot });
    if (!started.ok) throw new Error(JSON.stringify(started));
    clock.advance(150);
    await server.finishRecallDrill({ id: started.drill.id, documents: '', gaps: '', correctiveActions: '' });
    expect(drillRows(runtime)![1]![HEADERS.indexOf('Within tolerance')]).toBe(
      'No: every step within 100% ± 1.5%; 150 min, over the 2-hour target',
    );
  });

  it('refuses settings sent as numbers, naming the field', async () => {
    const { bundle } = openWorkbook();
    await expect(callFromClient(bundle, 'saveRecallDrillSettings', [{ tolerancePct: 2, targetHours: '4' }])).rejects.toThrow(
      'The tolerance must be text, not a number.',
    );
  });
});

describe('The drill’s time cannot be forged from the sidebar', () => {
  it('refuses a finish request carrying a start time, and one naming another drill; the server clock decides', async () => {
    const { runtime, bundle, clock, server } = openWorkbook();
    const started = await server.startRecallDrill({ code: expected.lot });
    if (!started.ok) throw new Error(JSON.stringify(started));
    clock.advance(300);
    const notes = { documents: '', gaps: '', correctiveActions: '' };
    await expect(
      callFromClient(bundle, 'finishRecallDrill', [
        { id: started.drill.id, ...notes, started: new Date(MORNING + 299 * MINUTE).toISOString() },
      ]),
    ).rejects.toThrow('The request has no field called "started".');
    await expect(callFromClient(bundle, 'finishRecallDrill', [{ id: started.drill.id, ...notes, minutes: 5 }])).rejects.toThrow(
      'The request has no field called "minutes".',
    );
    expect(await server.finishRecallDrill({ id: 'an-old-drill', ...notes })).toMatchObject({
      ok: false,
      problems: [{ field: 'form', message: expect.stringMatching(/^This drill is no longer in progress/) }],
    });
    expect(drillRows(runtime)).toBeNull();
    // Starting again while it runs would restart the clock: refused.
    expect(await server.startRecallDrill({ code: expected.lot })).toEqual({
      ok: false,
      problems: [
        {
          field: 'form',
          message: `A recall drill of ${expected.lot} is in progress since 2024-09-02 09:00 (started by maker@example.com): finish it or abandon it first.`,
        },
      ],
    });
    const finished = await server.finishRecallDrill({ id: started.drill.id, ...notes });
    expect(finished).toMatchObject({ ok: true, minutes: 300, passed: false });
  });
});

describe('A Recall drills sheet of the maker’s own, without a Date column', () => {
  it('is not taken for "no drill ever": the first screen says the date cannot be read, and why', async () => {
    const { server } = openWorkbook({
      ...soapMaker,
      'Recall drills': [
        ['When', 'Lot'],
        ['spring', 'LAV-0923-01'],
      ],
    });
    const first = await server.loadRecallDrill();
    expect(first.lastDrill.due).toBe(true);
    expect(first.lastDrill.line).toMatch(/^When the last recall drill was cannot be read from the Recall drills sheet/);
    expect(first.notices).toContain('Recall drills, row 1, column "Date": the sheet has no "Date" column');
  });
});
