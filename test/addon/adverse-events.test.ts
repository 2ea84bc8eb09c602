// Record an adverse event… through the built bundle on the guide's soap-maker workbook, with the
// script's clock set by the test: a serious event received on the Friday before Veterans Day gets its
// FDA report due date counted over the holiday and Thanksgiving, a follow-up year and a keep-until;
// a non-serious one gets only its keep-until, 6 years or 3 for a small business; the due list on
// opening puts it first; bad input gets a sentence at its field and writes nothing; tracing the
// event's batch writes a trace report that names the event.
import vm from 'node:vm';
import { callFromClient, createRuntimeWithBundle, scriptRunOf, type LoadedBundle } from '../../local/runtime';
import type { RecordAdverseEventRequest } from '../../src/contract/adverse-events';
import { sheetSpec } from '../../src/domain/workbook';
import type * as Lotline from '../../src/index';
import { soapMakerWorkbook } from '../fixtures/soap-maker';

const { sheets: soapMaker } = soapMakerWorkbook();
const HEADERS = sheetSpec('adverseEvents').columns.map((column) => column.header);
/** 09:00 in New York, the spreadsheet's time zone, on a day. */
const morningOf = (day: string) => Date.parse(`${day}T14:00:00Z`);

/** The bundle's clock: `Date` inside its context, set by the test (as in recall-drill.test.ts). */
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
  return { set: (ms: number) => (clock.now = ms) };
}

function openWorkbook(today = '2026-11-20') {
  const { runtime, bundle } = createRuntimeWithBundle();
  for (const [name, rows] of Object.entries(soapMaker)) runtime.spreadsheet.insertSheet(name).loadRowsForTest(rows);
  const clock = clockOf(bundle);
  clock.set(morningOf(today));
  bundle.open('LIMITED');
  return { runtime, bundle, clock, server: scriptRunOf<typeof Lotline>(bundle) };
}
type Opened = ReturnType<typeof openWorkbook>;

/** The Adverse events sheet as the maker sees it, by header; null when there is none. */
function eventRows(opened: Opened): Record<string, string>[] | null {
  const sheet = opened.runtime.spreadsheet.getSheetByName('Adverse events');
  if (!sheet) return null;
  const [header, ...rows] = sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn()).getDisplayValues();
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i] ?? ''])));
}

function logRows(opened: Opened): string[][] {
  const log = opened.runtime.spreadsheet.getSheetByName('Log')!;
  if (log.getLastRow() < 2) return [];
  return log.getRange(2, 3, log.getLastRow() - 1, 2).getDisplayValues();
}

const ordersOf = (code: string) =>
  (soapMaker.Orders as unknown[][])
    .slice(1)
    .filter((row) => row[6] === code)
    .map((row) => String(row[0]));
const BATCH = 'LSOAP-231015-01';

const EVENT: RecordAdverseEventRequest = {
  received: '2026-11-06',
  reporter: 'Dana Ruiz',
  contact: 'dana@example.com, 555-0199',
  batchCode: 'lsoap-231015-01 ',
  sku: '',
  order: ordersOf(BATCH)[0]!,
  whatHappened: 'Red, blistering rash on both hands after two days of use; seen at urgent care, prescribed a steroid cream.',
  serious: ['intervention', 'disfigurement'],
  notes: '',
};

describe('A serious event received Friday 2026-11-06, before Veterans Day', () => {
  let opened: Opened;
  let result: Awaited<ReturnType<Opened['server']['recordAdverseEvent']>>;
  beforeAll(async () => {
    opened = openWorkbook();
    result = await opened.server.recordAdverseEvent({ ...EVENT });
  });

  it('is due to FDA on 2026-12-01: 15 business days, Veterans Day and Thanksgiving skipped', () => {
    // By hand, from Friday 11-06 (not counted): Mon 11-09 is 1, Tue 11-10 2, Wed 11-11 Veterans Day
    // skipped, Thu 11-12 3, Fri 11-13 4, 11-16…11-20 5–9, 11-23…11-25 10–12, Thu 11-26 Thanksgiving
    // skipped, Fri 11-27 13, Mon 11-30 14, Tue 12-01 15. Without the holidays it would be 11-27.
    expect(result).toMatchObject({
      ok: true,
      sheet: 'Adverse events',
      row: 2,
      created: true,
      fdaReportDue: '2026-12-01',
      followUpUntil: '2027-11-06',
      keepUntil: '2032-11-06',
    });
  });

  it('writes one row: the batch as written in Batches, its SKU filled in, the criteria named in the law’s order', () => {
    const rows = eventRows(opened)!;
    expect(Object.keys(rows[0]!)).toEqual(HEADERS);
    expect(rows).toEqual([
      {
        Received: '2026-11-06',
        Reporter: 'Dana Ruiz',
        Contact: 'dana@example.com, 555-0199',
        SKU: 'LSOAP',
        'Batch code': BATCH,
        Order: EVENT.order,
        'What happened': EVENT.whatHappened,
        Serious: expect.stringMatching(
          /^Yes: significant disfigurement .*; medical or surgical intervention needed to prevent one of these$/,
        ),
        'FDA report due': '2026-12-01',
        'Reported to FDA': '',
        'Follow-up until': '2027-11-06',
        Status: 'Open',
        'Keep until': '2032-11-06',
        Notes: '',
      },
    ]);
    const sheet = opened.runtime.spreadsheet.getSheetByName('Adverse events')!;
    expect(sheet.getFrozenRows()).toBe(1);
  });

  it('adds a Log row saying what was recorded and where', () => {
    const [action, details] = logRows(opened).at(-1)!;
    expect(action).toBe('Record an adverse event');
    expect(details).toMatch(/^Adverse event received 2026-11-06 from Dana Ruiz about LSOAP, batch LSOAP-231015-01, order \d+: serious/);
    expect(details).toMatch(/FDA report due 2026-12-01, follow-up until 2027-11-06; keep until 2032-11-06; into Adverse events row 2$/);
  });

  it('opening the sidebar on Friday 11-27 lists it first as due; on 12-03 as overdue', async () => {
    opened.clock.set(morningOf('2026-11-27'));
    const soon = await opened.server.loadAdverseEvents();
    expect(soon.needingAction[0]).toEqual({
      row: 2,
      action: 'reportDueSoon',
      until: '2026-12-01',
      batchCode: BATCH,
      sentence: 'Adverse events row 2 (received 2026-11-06 from Dana Ruiz, LSOAP batch LSOAP-231015-01): the FDA report is due 2026-12-01.',
    });
    opened.clock.set(morningOf('2026-12-03'));
    const late = await opened.server.loadAdverseEvents();
    expect(late.needingAction[0]).toMatchObject({ action: 'reportOverdue', until: '2026-12-01' });
    expect(late.needingAction[0]!.sentence).toMatch(/the FDA report was due 2026-12-01 and is not marked Reported to FDA\.$/);
    expect(late.batches.map((batch) => batch.code)).toContain(BATCH);
  });
});

describe('A non-serious event', () => {
  it('has no FDA report due and no follow-up, and is kept 6 years', async () => {
    const opened = openWorkbook();
    const result = await opened.server.recordAdverseEvent({
      ...EVENT,
      serious: [],
      order: '',
      whatHappened: 'Mild itching, gone the next day.',
    });
    expect(result).toMatchObject({ ok: true, serious: 'No', fdaReportDue: null, followUpUntil: null, keepUntil: '2032-11-06' });
    expect(eventRows(opened)![0]).toMatchObject({ Serious: 'No', 'FDA report due': '', 'Follow-up until': '', 'Keep until': '2032-11-06' });
    // Not due: the sidebar opens saying so.
    expect((await opened.server.loadAdverseEvents()).needingAction).toEqual([]);
  });

  it('is kept 3 years once the maker says it is a small business, a change the Log records', async () => {
    const opened = openWorkbook();
    expect((await opened.server.loadAdverseEvents()).settings).toEqual({ smallBusiness: false });
    await opened.server.saveAdverseEventSettings({ smallBusiness: true });
    expect(logRows(opened).at(-1)).toEqual([
      'Change adverse event settings',
      'Adverse event reports recorded from now on are kept 3 years (was 6): a small business under MoCRA',
    ]);
    expect((await opened.server.loadAdverseEvents()).settings).toEqual({ smallBusiness: true });
    const result = await opened.server.recordAdverseEvent({ ...EVENT, serious: [], order: '' });
    expect(result).toMatchObject({ ok: true, keepUntil: '2029-11-06', fdaReportDue: null });
    // A serious one of a small business is still due to FDA: the exemption is not from reporting.
    const serious = await opened.server.recordAdverseEvent({ ...EVENT });
    expect(serious).toMatchObject({ ok: true, row: 3, fdaReportDue: '2026-12-01', keepUntil: '2029-11-06' });
  });
});

describe('Bad input gets a sentence at its field, and nothing is written', () => {
  let opened: Opened;
  let logBefore: number;
  beforeAll(() => {
    opened = openWorkbook();
    logBefore = logRows(opened).length;
  });
  afterEach(() => {
    expect(eventRows(opened)).toBeNull();
    expect(logRows(opened)).toHaveLength(logBefore);
  });

  const problemsOf = async (changes: Partial<RecordAdverseEventRequest>) => {
    const result = await opened.server.recordAdverseEvent({ ...EVENT, ...changes });
    if (result.ok) throw new Error('saved');
    return result.problems;
  };

  it('a received date in the future, or one that is not a date', async () => {
    expect(await problemsOf({ received: '2026-11-21' })).toEqual([
      { field: 'received', message: 'The day it was received, 2026-11-21, is after today (2026-11-20): enter the day the report came in.' },
    ]);
    expect(await problemsOf({ received: '2026-02-30' })).toEqual([
      { field: 'received', message: 'The day it was received: use a real date written YYYY-MM-DD.' },
    ]);
  });

  it('a batch code that matches nothing, with the closest codes', async () => {
    const [problem, ...more] = await problemsOf({ batchCode: 'LSOAP-23105-01' });
    expect(more).toEqual([]);
    expect(problem).toMatchObject({ field: 'batchCode' });
    expect(problem!.message).toMatch(/^There is no batch LSOAP-23105-01 in Batches\. Closest codes that exist: .*LSOAP-231015-01/);
  });

  it('an order that does not exist, or did not ship the batch', async () => {
    expect(await problemsOf({ order: '99999' })).toEqual([
      { field: 'order', message: expect.stringMatching(/^There is no order 99999 in Orders\./) },
    ]);
    const other = (soapMaker.Orders as unknown[][]).slice(1).find((row) => String(row[6]).startsWith('PSOAP-'))!;
    expect(await problemsOf({ order: String(other[0]) })).toEqual([
      { field: 'order', message: expect.stringMatching(new RegExp(`^Order ${other[0]} did not ship batch ${BATCH} \\(it shipped `)) },
    ]);
  });

  it('text a spreadsheet would take for a formula, or HTML, each named by its field', async () => {
    const problems = await problemsOf({
      whatHappened: '=HYPERLINK("http://evil.example","rash")',
      reporter: '<img src=x onerror=alert(1)>',
      notes: '+SUM(A1:A9)',
    });
    expect(problems).toEqual([
      { field: 'reporter', message: 'The reporter holds HTML (<img src=x onerror=alert(1)>): write it as plain words, without the < >.' },
      {
        field: 'whatHappened',
        message: 'What happened starts with "=", which a spreadsheet takes for a formula: write it as words, without the leading "=".',
      },
      {
        field: 'notes',
        message: 'The notes field starts with "+", which a spreadsheet takes for a formula: write it as words, without the leading "+".',
      },
    ]);
  });

  it('no product named, nothing said of what happened, a SKU that is not the batch’s', async () => {
    expect(await problemsOf({ batchCode: '', sku: '', order: '', whatHappened: '  ' })).toEqual([
      { field: 'whatHappened', message: 'Say what happened, in the words it was reported.' },
      { field: 'batchCode', message: 'Name the product: the batch code on it, or its SKU when the batch is not known.' },
    ]);
    expect(await problemsOf({ sku: 'PSOAP' })).toEqual([
      { field: 'sku', message: expect.stringMatching(/^Batch LSOAP-231015-01 is LSOAP \(Batches row \d+\), not PSOAP/) },
    ]);
    expect(await problemsOf({ batchCode: '', sku: 'LSOPA', order: '' })).toEqual([
      { field: 'sku', message: 'There is no SKU LSOPA in Products. Closest codes that exist: LSOAP.' },
    ]);
  });

  it('a request the sidebar would not send', async () => {
    const result = await opened.server.recordAdverseEvent({ ...EVENT, serious: ['rash'] } as unknown as RecordAdverseEventRequest);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatchObject({ field: 'serious', message: expect.stringMatching(/^The serious criteria/) });
  });
});

describe('Tracing the batch of an event', () => {
  let opened: Opened;
  let traced: Awaited<ReturnType<Opened['server']['traceAdverseEvent']>>;
  beforeAll(async () => {
    opened = openWorkbook('2026-11-27');
    await opened.server.recordAdverseEvent({ ...EVENT });
    traced = await opened.server.traceAdverseEvent({ row: 2, batchCode: BATCH });
  });

  it('writes a trace report of the batch that names the event under its title, and shows it', () => {
    expect(traced).toEqual({ ok: true, sheet: 'LSOAP-231015… trace 261127 0900', batchCode: BATCH });
    const sheet = opened.runtime.spreadsheet.getSheetByName(traced.ok ? traced.sheet : '')!;
    expect(opened.runtime.spreadsheet.getActiveSheet().getName()).toBe(sheet.getName());
    const column = sheet
      .getRange(1, 1, 8, 1)
      .getDisplayValues()
      .map(([cell]) => cell);
    expect(column[0]).toBe(`Trace ${BATCH}`);
    // Sentences are broken into lines of a column's width: read the heading as one text.
    const heading = column.join('\n').replace(/\n {3}/g, ' ');
    expect(heading).toMatch(
      /^Trace LSOAP-231015-01\nTraced for the adverse event received 2026-11-06 from Dana Ruiz \(Adverse events row 2\)\.\n(Complete|NOT COMPLETE)/,
    );
  });

  it('the trace’s Log row names the event too', () => {
    const [action, details] = logRows(opened).at(-1)!;
    expect(action).toBe('Trace this lot');
    expect(details).toMatch(
      /^Traced "LSOAP-231015-01" into sheet ".*" \(Traced for the adverse event received 2026-11-06 from Dana Ruiz \(Adverse events row 2\)\.\): /,
    );
  });

  it('refuses a row that no longer names the batch the sidebar showed', async () => {
    const before = opened.runtime.spreadsheet.getSheets().length;
    expect(await opened.server.traceAdverseEvent({ row: 2, batchCode: 'PSOAP-231002-01' })).toEqual({
      ok: false,
      message: expect.stringMatching(/^Adverse events row 2 no longer names batch PSOAP-231002-01/),
    });
    expect(await opened.server.traceAdverseEvent({ row: 9, batchCode: BATCH })).toMatchObject({ ok: false });
    expect(opened.runtime.spreadsheet.getSheets()).toHaveLength(before);
  });
});

describe('Requests the sidebar would not send', () => {
  it('fail with a sentence naming the field, nothing stored', async () => {
    const opened = openWorkbook();
    const failure = (fn: 'saveAdverseEventSettings' | 'traceAdverseEvent', request: unknown) =>
      callFromClient(opened.bundle, fn, [request] as never).then(
        () => null,
        (error: Error) => error.message,
      );
    expect(await failure('saveAdverseEventSettings', { smallBusiness: 'yes' })).toBe('Small business must be true or false, not text.');
    expect(await failure('traceAdverseEvent', { row: 1, batchCode: BATCH })).toBe('The event’s row must be at least 2.');
    expect(opened.runtime.properties.document.values.size).toBe(0);
    expect(logRows(opened)).toEqual([]);
  });
});
