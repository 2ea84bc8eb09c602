// With no workbook yet, the workbench opens the demo: the soap maker's year of records, saved to the
// file straight away. Its Orders sheet is long enough to show the grid keeps only the rows on screen.
// Its dates are moved to end a couple of weeks before today, so a first New production run finds fresh lots.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { demoWorkbook } from '../../local/workbench/demo';
import { soapMakerWorkbook } from '../fixtures/soap-maker';
import {
  closeAll,
  eventually,
  launchChromium,
  openPage,
  SCREENSHOTS,
  startWorkbench,
  temporaryFolder,
  untilSaved,
  type RunningWorkbench,
} from './workbench';

describe('the demo workbook', () => {
  const { sheets: demo } = soapMakerWorkbook();
  const orders = demo.Orders!;
  const file = path.join(temporaryFolder(), 'new.xlsx');
  let workbench: RunningWorkbench;
  let browser: Browser;
  let page: Page;

  const cell = (row: number, column: number) => page.locator(`.cell[data-r="${row}"][data-c="${column}"]`);
  const scrollTo = (top: number) => page.locator('#grid').evaluate((grid, y) => grid.scrollTo({ top: y }), top);

  beforeAll(async () => {
    [workbench, browser] = await Promise.all([startWorkbench(['--workbook', file]), launchChromium()]);
    page = await openPage(browser, workbench);
  });

  afterAll(() => closeAll(browser, workbench));

  test('opens on the soap maker with every tab, and saves it to the new file', async () => {
    expect(await page.getByRole('tab').allTextContents()).toEqual(Object.keys(demo));
    expect(await page.getByRole('tab', { name: 'Orders' }).getAttribute('aria-selected')).toBe('true');
    // Rows arrive from the server after the page is up.
    await eventually(async () => expect(await cell(1, 1).textContent()).toBe('Order'));
    expect(await cell(2, 1).textContent()).toBe(String(orders[1]![0]));
    await untilSaved(workbench);
    expect(existsSync(file)).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'workbench-10-demo.png') });
  });

  test(`scrolling ${orders.length} orders renders only the rows on screen, fetched as they come into view`, async () => {
    const lastOrder = orders.length;
    await scrollTo((lastOrder - 20) * 21);
    await eventually(async () => expect(await cell(lastOrder, 1).textContent()).toBe(String(orders[lastOrder - 1]![0])));
    expect(await cell(lastOrder, 3).textContent()).toBe(orders[lastOrder - 1]![2]);
    // About a screenful of rows exist in the page, not thousands.
    expect(await page.locator('.grid-rows .row').count()).toBeLessThan(60);
    // The frozen header stays on screen.
    expect(await page.locator('.grid-head .cell[data-r="1"][data-c="1"]').textContent()).toBe('Order');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'workbench-11-demo-scrolled.png') });

    // The bottom of the sheet: the demo leaves 100 empty rows under the last order.
    await scrollTo(1e9);
    await eventually(async () =>
      expect(await page.locator('.grid-rows .row:last-child .row-number').textContent()).toBe(String(lastOrder + 100)),
    );
  });

  test('its dates end a couple of weeks before today, keeping their weekdays', () => {
    const today = new Date();
    const dayMs = 86_400_000;
    const receipts = demoWorkbook(today).sheets.find((sheet) => sheet.name === 'Receipts')!.values;
    const original = soapMakerWorkbook().sheets.Receipts!;
    const received = receipts[0]!.indexOf('Received');
    const latest = Math.max(...receipts.slice(1).map((row) => (row[received] as Date).getTime()));
    const age = (today.getTime() - latest) / dayMs;
    expect(age).toBeGreaterThanOrEqual(13);
    expect(age).toBeLessThan(22);
    const expires = receipts[0]!.indexOf('Expires');
    expect(receipts.slice(1).every((row) => (row[expires] as Date).getTime() > today.getTime())).toBe(true);
    const weekday = new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', weekday: 'short' });
    expect(receipts.slice(1).map((row) => weekday.format(row[received] as Date))).toEqual(
      original.slice(1).map((row) => weekday.format(row[received] as Date)),
    );
  });

  test('New production run proposes lots with no shortage for a standard batch of each product', async () => {
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: 'Lotline' }).hover();
    await page.getByRole('menuitem', { name: 'New production run…' }).click();
    const sidebar = page.frameLocator('aside.sidebar iframe');
    await sidebar.getByRole('button', { name: 'Save production run' }).waitFor();
    const products = await sidebar
      .getByLabel('Product')
      .locator('option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value).filter(Boolean));
    expect(products.length).toBeGreaterThan(1);
    const short: string[] = [];
    for (const sku of products) {
      await sidebar.getByLabel('Product').selectOption(sku);
      await sidebar.locator('.line-summary').first().waitFor();
      for (const summary of await sidebar.locator('.line-summary').all()) {
        const text = (await summary.textContent()) ?? '';
        if (!text.includes('as needed')) short.push(`${sku}: ${text}`);
      }
      if (sku === 'LBALM')
        await page.locator('aside.sidebar').screenshot({ path: path.join(SCREENSHOTS, 'workbench-12-demo-production.png') });
    }
    expect(short).toEqual([]);
  });
});
