// The first screen of a trace report in the workbench, as a maker sees it on opening it: the lavender
// oil LAV-0923-01 traced from its cell in Receipts. Every sentence at the top is whole in its cell, and
// the recall list starts on the same screen. Saved as test-output/trace-first-screen.png.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { WorkbookView } from '../../local/workbench/protocol';
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
  type RunningWorkbench,
} from './workbench';

const { sheets: demo, expected } = soapMakerWorkbook();
const LOT_ROW = demo.Receipts!.findIndex((row) => row[0] === expected.lot) + 1;

describe('the first screen of a trace report in the workbench', () => {
  let workbench: RunningWorkbench;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const cell = (row: number, column: number) => page.locator(`.cell[data-r="${row}"][data-c="${column}"]`);

  beforeAll(async () => {
    const file = path.join(temporaryFolder(), 'demo.xlsx');
    [workbench, browser] = await Promise.all([startWorkbench(['--workbook', file]), launchChromium()]);
    page = await openPage(browser, workbench, { width: 1280, height: 560 });
    collectPageProblems(page, problems);
  });

  afterAll(() => closeAll(browser, workbench));

  test('says it is complete, whom to contact and which batches, each line whole, above the recall list', async () => {
    await openTab(page, 'Receipts');
    await cell(LOT_ROW, 1).click();
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: 'Lotline' }).hover();
    await page.getByRole('menuitem', { name: 'Trace this lot' }).click();
    await eventually(async () => expect((await workbench.get<WorkbookView>('/api/workbook')).activeSheet).toMatch(/^LAV-0923-01 trace/));
    await eventually(async () => expect(await cell(1, 1).textContent()).toBe('Trace LAV-0923-01'));
    await eventually(async () => expect(await cell(13, 1).textContent()).not.toBe(''));

    // Each line of the heading is whole: its text is no wider than its cell.
    for (let row = 1; row <= 9; row++) {
      const fits = await cell(row, 1).evaluate((element) => element.scrollWidth <= element.clientWidth);
      expect([row, fits]).toEqual([row, true]);
    }
    expect(await cell(2, 1).textContent()).toBe('Complete: everything this trace needs could be read.');
    expect(await cell(3, 1).textContent()).toMatch(/^To contact: 34 of \d+ customers who bought these/);
    expect(await cell(11, 1).textContent()).toBe('Recall list');
    expect(await cell(12, 1).textContent()).toBe('Customer');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'trace-first-screen.png') });
    expect(problems).toEqual([]);
  });
});
