// Stock from the menu in a browser, on the demo workbook: the sheet appears as the active one, its first
// row says Lotline made it and overwrites it, the answer comes before the tables, and running it again
// rewrites the same tab instead of adding another. Screenshots in test-output/.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { RowWindow, WorkbookView } from '../../local/workbench/protocol';
import {
  chooseMenuItem,
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

describe('Stock in the workbench', () => {
  let workbench: RunningWorkbench;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    const file = path.join(temporaryFolder(), 'demo.xlsx');
    [workbench, browser] = await Promise.all([startWorkbench(['--workbook', file]), launchChromium()]);
    page = await openPage(browser, workbench, { width: 1400, height: 900 });
    collectPageProblems(page, problems);
  });

  afterAll(() => closeAll(browser, workbench));

  const runStock = () => chooseMenuItem(page, 'Stock');
  const column = async (sheet: string, count: number) =>
    (await workbench.get<RowWindow>(`/api/window?sheet=${encodeURIComponent(sheet)}&start=1&count=${count}`)).rows.map(
      (row) => row[0]?.t ?? '',
    );

  test('the Stock sheet opens on its answer, and a second run rewrites the same tab', async () => {
    await runStock();
    await eventually(async () => expect((await workbench.get<WorkbookView>('/api/workbook')).activeSheet).toBe('Stock'), 30000);
    const firstColumn = await column('Stock', 60);
    expect(firstColumn[0]).toMatch(/^Made by Lotline \d{4}-\d{2}-\d{2} \d{2}:\d{2}, overwritten each time/);
    // The demo holds materials used every week and lots with stock: both tables are there.
    expect(firstColumn.some((text) => /^Materials/.test(text))).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'stock-01-sheet.png') });

    await page.getByRole('tab', { name: 'Receipts', exact: true }).click();
    await eventually(async () => expect((await workbench.get<WorkbookView>('/api/workbook')).activeSheet).toBe('Receipts'));
    await runStock();
    await eventually(async () => expect((await workbench.get<WorkbookView>('/api/workbook')).activeSheet).toBe('Stock'), 30000);
    const names = (await workbench.get<WorkbookView>('/api/workbook')).sheets.map((sheet) => sheet.name);
    expect(names.filter((name) => name.startsWith('Stock'))).toEqual(['Stock']);
    expect(problems).toEqual([]);
  });
});
