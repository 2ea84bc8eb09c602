// A maker renames tabs in the workbench as in Sheets — double-click the tab, type, Enter — and the add-on
// must say which tab to rename back rather than count from nothing: the Stock sheet says Receipts was not
// read and shows no material as 0 usable, the production sidebar calls no Waste code a typo. A name
// already taken is refused with Google's sentence; Escape keeps the old name. Screenshots in test-output/.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { WorkbookView } from '../../local/workbench/protocol';
import {
  chooseMenuItem,
  closeAll,
  collectPageProblems,
  eventually,
  launchChromium,
  openPage,
  SCREENSHOTS,
  shownRows,
  startWorkbench,
  temporaryFolder,
  type RunningWorkbench,
} from './workbench';

describe('renaming tabs in the workbench', () => {
  let workbench: RunningWorkbench;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `renamed-tabs-${name}.png`) });
  const sheetNames = async () => (await workbench.get<WorkbookView>('/api/workbook')).sheets.map((sheet) => sheet.name);
  const firstColumn = async (sheet: string) =>
    (await shownRows(workbench, sheet, 40))
      .map((row) => row[0] ?? '')
      .join(' ')
      .replace(/\s+/g, ' ');

  async function rename(from: string, to: string, key: 'Enter' | 'Escape' = 'Enter'): Promise<void> {
    await page.getByRole('tab', { name: from, exact: true }).dblclick();
    const box = page.getByLabel(`Rename sheet ${from}`);
    await box.fill(to);
    await box.press(key);
  }

  const menu = (item: string) => chooseMenuItem(page, item);

  beforeAll(async () => {
    [workbench, browser] = await Promise.all([startWorkbench(['--workbook', path.join(temporaryFolder(), 'demo.xlsx')]), launchChromium()]);
    page = await openPage(browser, workbench, { width: 1280, height: 900 });
    collectPageProblems(page, problems);
  });

  afterAll(() => closeAll(browser, workbench));

  test('a tab is renamed by double-clicking it; Escape keeps its name; a taken name is refused', async () => {
    await rename('Receipts', 'Receiving log');
    await eventually(async () => expect(await sheetNames()).toContain('Receiving log'));
    expect(await sheetNames()).not.toContain('Receipts');
    await page.getByRole('tab', { name: 'Receiving log', exact: true }).waitFor();

    await rename('Orders', 'Sales', 'Escape');
    expect(await page.getByRole('tab', { name: 'Orders', exact: true }).count()).toBe(1);

    await rename('Orders', 'waste');
    await eventually(async () =>
      expect(await page.getByRole('alert').textContent()).toContain(
        'A sheet with the name "waste" already exists. Please enter another name.',
      ),
    );
    expect(await sheetNames()).toContain('Orders');
    await shot('01-taken-name');
    problems.length = 0; // the refusal is an error the page shows on purpose
  });

  test('Stock then says Receipts was not read, which tab to rename, and counts no material as 0', async () => {
    await menu('Stock');
    await eventually(async () => expect((await workbench.get<WorkbookView>('/api/workbook')).activeSheet).toBe('Stock'));
    const top = await firstColumn('Stock');
    expect(top).toContain('Could not check: there is no Receipts sheet');
    expect(top).toContain('The tab "Receiving log" looks like it: rename it "Receipts" for Lotline to read it.');
    const rows = await shownRows(workbench, 'Stock', 60);
    const header = rows.findIndex((row) => row[0] === 'Material code');
    expect(header).toBeGreaterThan(0);
    const usable = rows[header]!.indexOf('Usable on hand');
    expect(rows[header + 1]![usable]).toBe('not counted');
    await shot('02-stock');
  });

  test('the production sidebar says the tab to rename, and calls no Waste lot a typo', async () => {
    await menu('New production run…');
    const sidebar = page.frameLocator('aside.sidebar iframe');
    await sidebar.getByText('The tab "Receiving log" looks like it').waitFor();
    expect(await sidebar.locator('body').textContent()).not.toContain('matches no lot or batch');
    await page.locator('aside.sidebar').screenshot({ path: path.join(SCREENSHOTS, 'renamed-tabs-03-production.png') });
  });

  test('renamed back, Stock counts again', async () => {
    await rename('Receiving log', 'Receipts');
    await eventually(async () => expect(await sheetNames()).toContain('Receipts'));
    await menu('Stock');
    await eventually(async () => expect(await firstColumn('Stock')).not.toContain('there is no Receipts sheet'));
    expect(problems).toEqual([]);
  });
});
