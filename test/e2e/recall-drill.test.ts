// The Recall drill sidebar in a browser, on the demo workbook: the first screen says no drill was ever
// recorded; a tolerance that is not a number is refused at its field; a drill of the lavender lot shows
// the answer first (mass balance, customers) with its clock; closing the sidebar and opening it again
// comes back to the same drill; finishing with notes appends the Recall drills row. Each step leaves a
// screenshot.
import path from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import type { RowWindow } from '../../local/workbench/protocol';
import { sheetSpec } from '../../src/domain/workbook';
import { soapMakerWorkbook } from '../fixtures/soap-maker';
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

const HEADERS = sheetSpec('recallDrills').columns.map((column) => column.header);
const WASTE = soapMakerWorkbook().sheets.Waste!;
/** The Waste row of the lavender lot (bottle cracked in storage), and its Quantity column. */
const LAVENDER_WASTE_ROW = WASTE.findIndex((row) => row[WASTE[0]!.indexOf('Lot')] === 'LAV-0923-01') + 1;
const WASTE_QUANTITY_COLUMN = WASTE[0]!.indexOf('Quantity') + 1;

describe('The Recall drill sidebar in the workbench', () => {
  let workbench: RunningWorkbench;
  let browser: Browser;
  let page: Page;
  let sidebar: FrameLocator;
  const problems: string[] = [];

  const shot = (name: string) => page.locator('aside.sidebar').screenshot({ path: path.join(SCREENSHOTS, `recall-drill-${name}.png`) });
  const rowsOf = async (sheet: string, start: number, count: number) =>
    (await workbench.get<RowWindow>(`/api/window?sheet=${encodeURIComponent(sheet)}&start=${start}&count=${count}`)).rows.map((row) =>
      row.map((cell) => cell?.t ?? ''),
    );

  async function openSidebar(): Promise<void> {
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: 'Lotline' }).hover();
    await page.getByRole('menuitem', { name: 'Recall drill…' }).click();
    await page.locator('aside.sidebar').waitFor();
    sidebar = page.frameLocator('aside.sidebar iframe');
  }

  beforeAll(async () => {
    const file = path.join(temporaryFolder(), 'demo.xlsx');
    [workbench, browser] = await Promise.all([startWorkbench(['--workbook', file]), launchChromium()]);
    page = await openPage(browser, workbench, { width: 1280, height: 1000 });
    collectPageProblems(page, problems);
  });

  afterAll(() => closeAll(browser, workbench));

  afterEach(() => expect(problems).toEqual([]));

  test('the first screen says no drill was ever recorded, and a tolerance that is not a number is refused', async () => {
    await openSidebar();
    expect((await page.locator('aside.sidebar').boundingBox())?.width).toBe(300);
    const last = sidebar.locator('#last-drill');
    await eventually(async () => expect(await last.textContent()).toMatch(/^No recall drill is recorded yet\./));
    expect(await last.getAttribute('class')).toContain('due');
    // The demo's deliveries are moved to end a few weeks before today: a random drill has lots to pick from.
    expect(await sidebar.locator('#drill-code-hint').textContent()).toMatch(
      /^Leave blank to let Lotline pick one of the \d+ lots received in the last 12 months, or type a lot number/,
    );
    await shot('01-start');

    await sidebar.getByText('Settings: tolerance and target time').click();
    await sidebar.getByLabel('Tolerance (± %)').fill('two');
    await sidebar.getByLabel('Target time (hours)').fill('72');
    await sidebar.getByRole('button', { name: 'Save settings' }).click();
    await eventually(async () =>
      expect(await sidebar.locator('#tolerance-problem').textContent()).toBe(
        'The tolerance "two" is not a number: enter one from 0 to 10%.',
      ),
    );
    expect(await sidebar.locator('#target-problem').textContent()).toBe('The target time must be from 0.25 to 48 hours, not 72 hours.');
    await shot('02-settings-refused');
    await sidebar.getByLabel('Tolerance (± %)').fill('2');
    await sidebar.getByLabel('Target time (hours)').fill('4');
    await sidebar.getByRole('button', { name: 'Save settings' }).click();
    await eventually(async () => expect(await sidebar.locator('#settings-form .status').textContent()).toMatch(/^Saved/));
    await sidebar.getByText('Settings: tolerance and target time').click();
  });

  test('a drill of the lavender lot shows the answer first, survives closing the sidebar, and is recorded with its notes', async () => {
    // A code that is nothing gets the nearest codes, at the field.
    await sidebar.getByLabel('Lot to drill with').fill('LAV-0923-99');
    await sidebar.getByRole('button', { name: 'Start the clock and trace' }).click();
    await eventually(async () => expect(await sidebar.locator('#drill-code-problem').textContent()).toMatch(/LAV-0923-01/));

    await sidebar.getByLabel('Lot to drill with').fill('LAV-0923-01');
    await sidebar.getByRole('button', { name: 'Start the clock and trace' }).click();
    await sidebar.locator('#drill:not([hidden])').waitFor();
    expect(await sidebar.locator('#drill-title').textContent()).toBe('LAV-0923-01');
    expect(await sidebar.locator('#balance-verdict').textContent()).toBe('Mass balance: every step within 100% ± 2%');
    expect(await sidebar.locator('#customers-title').textContent()).toBe('Customers identified: 34');
    expect(await sidebar.locator('#steps .step').count()).toBe(5);
    expect(await sidebar.locator('#steps .step.out').count()).toBe(0);
    await eventually(async () => expect(await sidebar.locator('#elapsed').textContent()).toMatch(/^0:00:0[1-9]$/));
    await shot('03-drill');

    await page.getByRole('button', { name: 'Close Recall drill' }).click();
    await openSidebar();
    await sidebar.locator('#drill:not([hidden])').waitFor();
    expect(await sidebar.locator('#drill-title').textContent()).toBe('LAV-0923-01');

    await sidebar.getByLabel('Documents checked').fill('Receipts, Batch inputs, Orders; the supplier’s CoA');
    await sidebar.getByLabel('Gaps found').fill('Two packing slips had no batch code');
    await sidebar.getByLabel('Corrective actions').fill('Print the batch code on every packing slip');
    await sidebar.getByLabel('Corrective actions').scrollIntoViewIfNeeded();
    await shot('04-notes');
    await sidebar.getByRole('button', { name: 'Finish and record the drill' }).click();
    await sidebar.getByRole('heading', { name: 'Drill recorded' }).waitFor();
    expect(await sidebar.locator('#done-verdict').textContent()).toMatch(
      /^Passed: every step within 100% ± 2%; 1 min, within the 4-hour target$/,
    );
    expect(await sidebar.locator('#done-where').textContent()).toBe(
      'Recorded in Recall drills, row 2, with your notes; the Log has a row for it.',
    );
    await shot('05-recorded');

    await untilSaved(workbench);
    const [header, row] = await rowsOf('Recall drills', 1, 2);
    expect(header).toEqual(HEADERS);
    const cells = Object.fromEntries(HEADERS.map((name, index) => [name, row![index]]));
    expect(cells).toMatchObject({
      Lot: 'LAV-0923-01',
      Direction: 'Forward',
      Minutes: '1',
      Batches: '4',
      Customers: '34',
      'Accounted for (%)': '100',
    });
    expect(cells.Gaps).toBe(
      'Documents checked: Receipts, Batch inputs, Orders; the supplier’s CoA. Gaps found: Two packing slips had no batch code. Found by the trace: nothing.',
    );

    // Back to the start: the last drill is today's now.
    await sidebar.getByRole('button', { name: 'Back to the start' }).click();
    await eventually(async () =>
      expect(await sidebar.locator('#last-drill').textContent()).toMatch(/^The last recall drill was on \d{4}-\d{2}-\d{2}\.$/),
    );
    expect(await sidebar.locator('#last-drill').getAttribute('class')).not.toContain('due');
  });

  test('a drill with no code takes a random recent lot, and abandoning it takes two clicks', async () => {
    await sidebar.getByLabel('Lot to drill with').fill('');
    await sidebar.getByRole('button', { name: 'Start the clock and trace' }).click();
    await sidebar.locator('#drill:not([hidden])').waitFor();
    expect(await sidebar.locator('.drill-meta').textContent()).toMatch(/^Forward trace · picked at random · started /);
    await sidebar.getByRole('button', { name: 'Abandon the drill' }).click();
    const again = sidebar.getByRole('button', { name: 'Click again to abandon: nothing is recorded' });
    await again.waitFor();
    await shot('06-abandon');
    await again.click();
    await sidebar.locator('#start:not([hidden])').waitFor();
    // Nothing recorded: still the one drill of before.
    await untilSaved(workbench);
    expect((await rowsOf('Recall drills', 1, 3)).filter((row) => row.some((cell) => cell !== ''))).toHaveLength(2);
  });

  test('a step whose balance cannot be counted shows as failing, not as fine', async () => {
    await workbench.post('/api/run', {
      kind: 'edit',
      sheet: 'Waste',
      row: LAVENDER_WASTE_ROW,
      column: WASTE_QUANTITY_COLUMN,
      text: 'a few',
    });
    await sidebar.getByLabel('Lot to drill with').fill('LAV-0923-01');
    await sidebar.getByRole('button', { name: 'Start the clock and trace' }).click();
    await sidebar.locator('#drill:not([hidden])').waitFor();
    expect(await sidebar.locator('#balance-verdict').textContent()).toBe(
      'Mass balance: 1 step is outside 100% ± 2% or could not be counted',
    );
    const lavender = sidebar.locator('#steps .step.out');
    expect(await lavender.count()).toBe(1);
    expect(await lavender.locator('.step-code').textContent()).toBe('LAV-0923-01');
    expect(await lavender.locator('.step-pct').textContent()).toBe('not counted');
    await shot('07-not-counted');
    await sidebar.getByRole('button', { name: 'Abandon the drill' }).click();
    await sidebar.getByRole('button', { name: 'Click again to abandon: nothing is recorded' }).click();
    await sidebar.locator('#start:not([hidden])').waitFor();
  });
});
