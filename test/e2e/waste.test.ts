// Record waste… in a browser, on the demo workbook: the maker clicks a cedarwood lot in Receipts and opens
// the sidebar, which takes that lot with its on hand; too much is refused at the quantity, a mistyped
// batch code gets its nearest code to click, and two lines are saved as two Waste rows with a Log row.
// Each step leaves a screenshot.
import path from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import type { RowWindow, WorkbookView } from '../../local/workbench/protocol';
import { soapMakerWorkbook } from '../fixtures/soap-maker';
import {
  closeAll,
  collectPageProblems,
  eventually,
  launchChromium,
  openPage,
  openTab,
  SCREENSHOTS,
  startWorkbench,
  temporaryFolder,
  untilSaved,
  type RunningWorkbench,
} from './workbench';

const { sheets: demo } = soapMakerWorkbook();
const LOT = 'CED-0923-01';
const LOT_ROW = demo.Receipts!.findIndex((row) => row[0] === LOT) + 1;
/** The demo's last batch: peppermint bars, made most recently. */
const BATCH = String(demo.Batches!.at(-1)![3]);
const NEXT_WASTE_ROW = demo.Waste!.length + 1;

describe('Record waste in the workbench', () => {
  let workbench: RunningWorkbench;
  let browser: Browser;
  let page: Page;
  let sidebar: FrameLocator;
  const problems: string[] = [];

  const shotSidebar = (name: string) => page.locator('aside.sidebar').screenshot({ path: path.join(SCREENSHOTS, `waste-${name}.png`) });
  const rowsOf = async (sheet: string, start: number, count: number) =>
    (await workbench.get<RowWindow>(`/api/window?sheet=${encodeURIComponent(sheet)}&start=${start}&count=${count}`)).rows.map((row) =>
      row.map((cell) => cell?.t ?? ''),
    );
  const line = (number: number) => sidebar.getByRole('group', { name: `Waste ${number}` });

  beforeAll(async () => {
    const file = path.join(temporaryFolder(), 'demo.xlsx');
    [workbench, browser] = await Promise.all([startWorkbench(['--workbook', file]), launchChromium()]);
    page = await openPage(browser, workbench, { width: 1280, height: 1000 });
    collectPageProblems(page, problems);
  });

  afterAll(() => closeAll(browser, workbench));

  afterEach(() => expect(problems).toEqual([]));

  test('a lot clicked in Receipts and a batch typed with a typo are recorded as two Waste rows', async () => {
    expect(LOT_ROW).toBeGreaterThan(1);
    await openTab(page, 'Receipts');
    await page.locator(`.cell[data-r="${LOT_ROW}"][data-c="1"]`).click();
    await eventually(async () => {
      const view = await workbench.get<WorkbookView>('/api/workbook');
      expect([view.activeSheet, view.current]).toEqual(['Receipts', { row: LOT_ROW, column: 1 }]);
    });

    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: 'Lotline' }).hover();
    await page.getByRole('menuitem', { name: 'Record waste…' }).click();
    await page.locator('aside.sidebar').waitFor();
    expect((await page.locator('aside.sidebar').boundingBox())?.width).toBe(300);
    sidebar = page.frameLocator('aside.sidebar iframe');
    await sidebar.getByRole('button', { name: 'Record waste' }).waitFor();

    // The lot of the current cell, its on hand and status beside it, counted in its own unit.
    const first = line(1);
    // Filled once the sidebar's first server call answers, which a busy machine may not have done yet.
    await eventually(async () => expect(await first.getByLabel('Lot', { exact: true }).inputValue()).toBe(LOT));
    const facts = first.locator('.lot-facts');
    await eventually(async () => expect(await facts.locator('.hint').first().textContent()).toBe(`Lot of CED · Receipts row ${LOT_ROW}`));
    const onHandText = (await facts.locator('.on-hand').textContent()) ?? '';
    const onHand = Number(/On hand ([\d,.]+) ml/.exec(onHandText)?.[1]?.replace(/,/g, ''));
    expect(onHand).toBeGreaterThan(10);
    expect(await facts.locator('.status-tag').textContent()).toBe('Available');
    expect(await first.getByLabel('Unit').inputValue()).toBe('ml');
    const units = await first
      .getByLabel('Unit')
      .locator('option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(units).toEqual(['ml', 'l', 'fl oz', 'gal']);
    const today = await sidebar.getByLabel('Date').inputValue();
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await shotSidebar('01-lot-at-cursor');

    // More than is on hand is refused at the quantity, and nothing is written.
    await first.getByLabel('Quantity').fill(String(onHand + 5));
    await first.getByLabel('Reason').selectOption('Damaged');
    await sidebar.getByRole('button', { name: 'Record waste' }).click();
    const refused = `${LOT} has ${onHand} ml on hand; this takes ${onHand + 5} ml of it. Only a Count correction may take more than is on hand.`;
    await eventually(async () => expect(await first.locator('[id$="-quantity-problem"]').textContent()).toBe(refused));
    expect(await sidebar.locator('#form-problem').textContent()).toBe('Nothing was saved: fix what is marked above.');
    expect((await rowsOf('Waste', NEXT_WASTE_ROW, 1))[0]?.every((cell) => cell === '')).toBe(true);
    await shotSidebar('02-refused-beyond-on-hand');

    // Ten millilitres spilt, and a second line: the batch code typed with a typo, its nearest code clicked.
    await first.getByLabel('Quantity').fill('10');
    // The refusal answered 55 ml: once the quantity changes it is taken away.
    expect(await first.locator('[id$="-quantity-problem"]').textContent()).toBe('');
    expect(await sidebar.locator('#form-problem').textContent()).toBe('');
    await first.getByLabel('Notes').fill('bottle knocked over');
    await sidebar.getByRole('button', { name: 'Add another lot' }).click();
    const second = line(2);
    const mistyped = BATCH.replace(/-01$/, '-1');
    await second.getByLabel('Lot', { exact: true }).fill(mistyped);
    await second.getByLabel('Quantity').focus();
    await eventually(async () =>
      expect(await second.locator('.lot-facts .problem').textContent()).toBe(
        `There is no lot or batch ${mistyped} on Receipts or Batches.`,
      ),
    );
    await shotSidebar('03-nearest-code');
    await second.getByRole('button', { name: `Use ${BATCH}` }).click();
    await eventually(async () => expect(await second.locator('.lot-facts .on-hand').textContent()).toMatch(/^On hand \d+ pcs/));
    expect(await second.getByLabel('Lot', { exact: true }).inputValue()).toBe(BATCH);
    expect(await second.getByLabel('Unit').inputValue()).toBe('pcs');
    await second.getByLabel('Quantity').fill('3');
    await second.getByLabel('Reason').selectOption('Destroyed');
    expect(await second.locator('.hint', { hasText: 'Say in Notes what was destroyed' }).count()).toBe(1);
    await second.getByLabel('Notes').fill('dropped on the floor, binned');
    await shotSidebar('04-two-lines');

    await sidebar.getByRole('button', { name: 'Record waste' }).click();
    await sidebar.getByRole('heading', { name: 'Waste recorded' }).waitFor();
    expect(await sidebar.locator('#saved-summary').textContent()).toBe(
      `2 lines added to Waste, rows ${NEXT_WASTE_ROW}–${NEXT_WASTE_ROW + 1}.`,
    );
    expect(await sidebar.locator('#saved-rows li').allTextContents()).toEqual([
      `10 ml of ${LOT} (Damaged) — ${onHand - 10} ml left`,
      expect.stringMatching(new RegExp(`^3 pcs of ${BATCH} \\(Destroyed\\) — \\d+ pcs left$`)),
    ]);
    await shotSidebar('05-saved');

    const written = await rowsOf('Waste', NEXT_WASTE_ROW, 2);
    expect(written.map((row) => row.slice(1))).toEqual([
      [LOT, '10', 'ml', 'Damaged', 'bottle knocked over'],
      [BATCH, '3', 'pcs', 'Destroyed', 'dropped on the floor, binned'],
    ]);
    const log = await rowsOf('Log', 2, 1);
    expect(log[0]?.[2]).toBe('Record waste');
    expect(log[0]?.[3]).toContain(`10 ml of ${LOT} (Damaged), 3 pcs of ${BATCH} (Destroyed)`);
    await untilSaved(workbench);
    await page.getByRole('button', { name: 'Close Record waste' }).click();
  });
});
