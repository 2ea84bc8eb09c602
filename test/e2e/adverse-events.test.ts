// The Record an adverse event sidebar in a browser, on the demo workbook: a batch code with a typo gets
// the closest codes (one click puts the right one in, and its SKU), text that a spreadsheet would take
// for a formula is refused at its field; a serious event received four weeks ago is saved with its FDA
// due date; opening the form again lists it first as overdue, and its Trace button writes a trace report
// that names the event. Each step leaves a screenshot in test-output/.
import path from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import type { RowWindow, WorkbookView } from '../../local/workbench/protocol';
import { eventDates } from '../../src/domain/adverse-events/dates';
import { addDays } from '../../src/domain/days';
import {
  closeAll,
  collectPageProblems,
  eventually,
  launchChromium,
  openPage,
  SCREENSHOTS,
  startWorkbench,
  temporaryFolder,
  untilSaved,
  type RunningWorkbench,
} from './workbench';

/** Today as the workbench's spreadsheet (New York) sees it. */
const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
  new Date(),
);
const RECEIVED = addDays(TODAY, -28);
const DATES = eventDates(RECEIVED, true, false);
const BATCH = 'LSOAP-231015-01';

describe('The Record an adverse event sidebar in the workbench', () => {
  let workbench: RunningWorkbench;
  let browser: Browser;
  let page: Page;
  let sidebar: FrameLocator;
  const problems: string[] = [];
  const shot = (name: string) => page.locator('aside.sidebar').screenshot({ path: path.join(SCREENSHOTS, `adverse-events-${name}.png`) });
  const rowsOf = async (sheet: string, start: number, count: number) =>
    (await workbench.get<RowWindow>(`/api/window?sheet=${encodeURIComponent(sheet)}&start=${start}&count=${count}`)).rows.map((row) =>
      row.map((cell) => cell?.t ?? ''),
    );

  async function openSidebar(): Promise<void> {
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: 'Lotline' }).hover();
    await page.getByRole('menuitem', { name: 'Record an adverse event…' }).click();
    await page.locator('aside.sidebar').waitFor();
    sidebar = page.frameLocator('aside.sidebar iframe');
    await sidebar.getByRole('button', { name: 'Record the event' }).waitFor();
  }

  beforeAll(async () => {
    const file = path.join(temporaryFolder(), 'demo.xlsx');
    [workbench, browser] = await Promise.all([startWorkbench(['--workbook', file]), launchChromium()]);
    page = await openPage(browser, workbench, { width: 1400, height: 1000 });
    collectPageProblems(page, problems);
  });

  afterAll(() => closeAll(browser, workbench));

  test('a typo in the batch code gets the closest codes; a formula is refused at its field, nothing written', async () => {
    await openSidebar();
    expect(await sidebar.locator('#due-title').textContent()).toBe('No FDA report is overdue or due in the next 5 business days.');
    expect(await sidebar.getByLabel('Received').inputValue()).toBe(TODAY);
    await sidebar.getByLabel('Received').fill(RECEIVED);
    await sidebar.getByLabel('Reporter').fill('Dana Ruiz');
    await sidebar.getByLabel('Contact').fill('dana@example.com');
    await sidebar.getByLabel('Batch code').fill('LSOAP-23105-01');
    await sidebar.getByLabel('Batch code').press('Tab');
    await eventually(async () =>
      expect(await sidebar.locator('.batch-facts').textContent()).toMatch(/^No batch LSOAP-23105-01 in Batches\. Closest: /),
    );
    await shot('01-closest');
    await sidebar.getByLabel('What happened').fill('=HYPERLINK("http://x.example","rash")');
    await sidebar.getByLabel('medical or surgical intervention needed to prevent one of these').check();
    await sidebar.getByLabel(/^significant disfigurement/).check();
    expect(await sidebar.locator('#dates').textContent()).toContain(`Serious: report to FDA by ${DATES.fdaReportDue}`);

    await sidebar.getByRole('button', { name: BATCH, exact: true }).click();
    expect(await sidebar.getByLabel('Batch code').inputValue()).toBe(BATCH);
    expect(await sidebar.getByLabel('SKU').inputValue()).toBe('LSOAP');
    await sidebar.getByRole('button', { name: 'Record the event' }).click();
    await eventually(async () =>
      expect(await sidebar.locator('#event-what-problem').textContent()).toMatch(
        /^What happened starts with "=", which a spreadsheet takes for a formula/,
      ),
    );
    expect(await sidebar.locator('#form-problem').textContent()).toBe('Nothing was saved: fix what is marked above.');
    expect((await workbench.get<WorkbookView>('/api/workbook')).sheets.map((sheet) => sheet.name)).not.toContain('Adverse events');
    await shot('02-refused');
  });

  test('a serious event is saved with its dates, listed as overdue on reopening, and traced from there', async () => {
    await sidebar.getByLabel('What happened').fill('Blistering rash on both hands after two days of use; seen at urgent care.');
    await sidebar.getByRole('button', { name: 'Record the event' }).click();
    await eventually(async () => expect(await sidebar.getByRole('heading', { name: 'Event recorded' }).isVisible()).toBe(true), 20000);
    expect(await sidebar.locator('#saved-summary').textContent()).toBe(
      `Added to Adverse events row 2 (the sheet was created for it): received ${RECEIVED}, LSOAP batch ${BATCH}.`,
    );
    expect(await sidebar.locator('#saved-dates dd').allTextContents()).toEqual([
      expect.stringMatching(/^Yes: significant disfigurement/),
      DATES.fdaReportDue,
      DATES.followUpUntil,
      DATES.keepUntil,
    ]);
    expect(await sidebar.locator('#saved-urgency').textContent()).toBe(
      `The FDA report was due ${DATES.fdaReportDue}: it is overdue, report it now.`,
    );
    expect(await sidebar.locator('#due').isVisible()).toBe(false);
    await shot('03-recorded');
    await untilSaved(workbench);
    const [row] = await rowsOf('Adverse events', 2, 1);
    expect(row!.slice(0, 5)).toEqual([RECEIVED, 'Dana Ruiz', 'dana@example.com', 'LSOAP', BATCH]);
    expect(row![8]).toBe(DATES.fdaReportDue);

    await sidebar.getByRole('button', { name: 'Record another event' }).click();
    await eventually(async () => expect(await sidebar.locator('#due-title').textContent()).toBe('1 FDA report overdue or due soon'));
    const item = sidebar.locator('.due-item').first();
    expect(await item.locator('.when').textContent()).toBe(`Overdue since ${DATES.fdaReportDue}`);
    expect(await item.textContent()).toContain(`Adverse events row 2 (received ${RECEIVED} from Dana Ruiz, LSOAP batch ${BATCH})`);
    await shot('04-overdue');

    await item.getByRole('button', { name: `Trace batch ${BATCH}` }).click();
    await eventually(
      async () => expect(await item.locator('.status').textContent()).toMatch(/^The trace of LSOAP-231015-01 is in the new sheet "/),
      30000,
    );
    const view = await workbench.get<WorkbookView>('/api/workbook');
    expect(view.activeSheet).toMatch(/^LSOAP-231015… trace \d{6} \d{4}$/);
    const heading = (await rowsOf(view.activeSheet, 1, 4)).map((cells) => cells[0]);
    // A sentence longer than column A's width goes on in the next row, indented.
    expect(heading.join(' ').replace(/\s+/g, ' ')).toMatch(
      new RegExp(
        `^Trace ${BATCH} Traced for the adverse event received ${RECEIVED} from Dana Ruiz \\(Adverse events row 2\\)\\. (Complete|NOT COMPLETE)`,
      ),
    );
    await shot('05-traced');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'adverse-events-06-trace-report.png') });
    expect(problems).toEqual([]);
  });
});
