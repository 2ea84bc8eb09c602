// New production run on a workbook too large to count in one call (src/sheets/stock-parts.ts): a busy
// maker's sheets with 90,000 more Batch inputs rows, as years of making leave. The sidebar must open on
// the same proposals as ever, having read its stock in parts side by side, and say nothing odd meanwhile.
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { generateWorkbook } from '../../bench/generate';
import {
  chooseMenuItem,
  closeAll,
  collectPageProblems,
  launchChromium,
  openPage,
  SCREENSHOTS,
  startWorkbench,
  temporaryFolder,
  type RunningWorkbench,
} from './workbench';

const FILLER_ROWS = 90_000;

async function writeLargeWorkbook(file: string): Promise<void> {
  const sheets = generateWorkbook('busy').sheets;
  const inputs = sheets['Batch inputs'] as unknown[][];
  const receipts = sheets.Receipts as unknown[][];
  const header = receipts[0] as string[];
  // One big lot of a material no BoM takes, used a gram at a time by the first batch: rows to count, no stock changed.
  const filler = [...(receipts[1] as unknown[])];
  filler[header.indexOf('Lot number')] = 'ZZZ-FILLER';
  filler[header.indexOf('Material code')] = 'ZZZ';
  filler[header.indexOf('Quantity')] = 1_000_000;
  filler[header.indexOf('Unit')] = 'g';
  receipts.push(filler);
  const batchId = (inputs[1] as unknown[])[0];
  for (let n = 0; n < FILLER_ROWS; n++) inputs.push([batchId, 'ZZZ-FILLER', 1, 'g', '']);
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    sheet.addRows(rows.map((row) => row.map((value) => (value === '' ? null : value))));
  }
  await workbook.xlsx.writeFile(file);
}

describe('New production run on a large workbook', () => {
  let workbench: RunningWorkbench;
  let browser: Browser;
  let page: Page;
  let sidebar: FrameLocator;
  const problems: string[] = [];
  const called: string[] = [];

  beforeAll(async () => {
    const file = path.join(temporaryFolder(), 'large.xlsx');
    await writeLargeWorkbook(file);
    [workbench, browser] = await Promise.all([startWorkbench(['--workbook', file]), launchChromium()]);
    page = await openPage(browser, workbench, { width: 1280, height: 1400 });
    collectPageProblems(page, problems);
    // Which server functions the sidebar calls, from what its page sends the workbench.
    page.on('request', (request) => {
      const name = /"name":"(\w+)"/.exec(request.postData() ?? '')?.[1];
      if (name) called.push(name);
    });
  }, 120_000);

  afterAll(() => closeAll(browser, workbench));

  test('opens on lots proposed for a run, its stock read in parts', async () => {
    await chooseMenuItem(page, 'New production run…');
    await page.locator('aside.sidebar').waitFor();
    sidebar = page.frameLocator('aside.sidebar iframe');
    await sidebar.getByRole('button', { name: 'Save production run' }).waitFor({ timeout: 60_000 });
    expect(called.filter((name) => name === 'openProductionRun')).toHaveLength(1);
    expect(called.filter((name) => name === 'loadProductionStockPart').length).toBeGreaterThanOrEqual(2);
    expect(called.filter((name) => name === 'loadProductionRun')).toHaveLength(1);
    // The busy maker's lots are of 2023–24: a run dated then, whose stock the sidebar loads again (in parts).
    const before = called.length;
    await sidebar.getByLabel('Date made').fill('2024-01-02');
    await sidebar.getByLabel('Date made').press('Tab');
    await sidebar.getByLabel('Product').selectOption('LSOAP');
    await sidebar
      .getByRole('group', { name: /^Lot 1 of / })
      .first()
      .waitFor({ timeout: 60_000 });
    expect(called.slice(before).filter((name) => name === 'loadProductionStockPart').length).toBeGreaterThanOrEqual(2);
    await page.locator('aside.sidebar').screenshot({ path: path.join(SCREENSHOTS, 'production-large-sidebar.png') });
    const shown = await sidebar.locator('body').innerText();
    expect(shown).not.toMatch(/Could not|Counting the stock/);
    expect(shown).toMatch(/Taking 100 ml, as needed\./);
    expect(problems).toEqual([]);
  }, 120_000);
});
