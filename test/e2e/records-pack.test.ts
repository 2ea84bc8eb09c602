// The Records pack sidebar in a browser, on the demo workbook: choose LSOAP over last month, make the
// pack, and the sidebar names the sheets made while the cover opens with what the pack covers and
// what could not be included; the lots sheet shows each batch's lots under one frozen header. Each
// step leaves a screenshot in test-output/.
import path from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import type { WorkbookView } from '../../local/workbench/protocol';
import {
  closeAll,
  collectPageProblems,
  eventually,
  launchChromium,
  openPage,
  SCREENSHOTS,
  startWorkbench,
  temporaryFolder,
  type RunningWorkbench,
} from './workbench';

describe('The Records pack sidebar in the workbench', () => {
  let workbench: RunningWorkbench;
  let browser: Browser;
  let page: Page;
  let sidebar: FrameLocator;
  const problems: string[] = [];
  const shot = (name: string) => page.locator('aside.sidebar').screenshot({ path: path.join(SCREENSHOTS, `records-pack-${name}.png`) });

  beforeAll(async () => {
    const file = path.join(temporaryFolder(), 'demo.xlsx');
    [workbench, browser] = await Promise.all([startWorkbench(['--workbook', file]), launchChromium()]);
    page = await openPage(browser, workbench, { width: 1400, height: 900 });
    collectPageProblems(page, problems);
  });

  afterAll(() => closeAll(browser, workbench));

  test('a pack for one product over last month: the sheets named in the sidebar, the cover answer first', async () => {
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: 'Lotline' }).hover();
    await page.getByRole('menuitem', { name: 'Records pack…' }).click();
    await page.locator('aside.sidebar').waitFor();
    sidebar = page.frameLocator('aside.sidebar iframe');
    await sidebar.getByLabel('Product', { exact: true }).waitFor();
    await sidebar.getByLabel('Product', { exact: true }).selectOption('LSOAP');
    expect(await sidebar.getByLabel('From', { exact: true }).inputValue()).toMatch(/^\d{4}-\d{2}-01$/);
    expect(await sidebar.getByLabel('Batch code').isVisible()).toBe(false);
    await shot('01-form');

    await sidebar.getByRole('button', { name: 'Make the pack' }).click();
    await eventually(async () => expect(await sidebar.getByRole('heading', { name: 'Pack made' }).isVisible()).toBe(true), 30000);
    const sheets = await sidebar.locator('#saved-sheets li').allTextContents();
    expect(sheets[0]).toMatch(/^Pack LSOAP \d{4} cover$/);
    expect(sheets.map((name) => name.replace(/^Pack LSOAP \d{4} /, ''))).toEqual(['cover', 'batches', 'lots', 'shipments']);
    expect(await sidebar.locator('#saved-summary').textContent()).toMatch(
      /^Records pack: LSOAP \(Lavender soap bar\), batches made from .* \d+ batch(es)?, \d+ lots used/,
    );
    await shot('02-made');

    await eventually(async () => expect((await workbench.get<WorkbookView>('/api/workbook')).activeSheet).toBe(sheets[0]));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'records-pack-03-cover.png') });
    await page.getByRole('tab', { name: sheets[2], exact: true }).click();
    await eventually(async () => expect((await workbench.get<WorkbookView>('/api/workbook')).activeSheet).toBe(sheets[2]));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'records-pack-04-lots.png') });
    expect(problems).toEqual([]);
  });
});
