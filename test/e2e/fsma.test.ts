// The FDA traceability spreadsheet sidebar in a browser, on a fresh-salsa maker's workbook: the location
// is asked (a blank element refused at its field, nothing written), then SALSA over October 2023 is made,
// the sidebar names the four sheets and their counts, the glossary opens with what is missing, and each
// event sheet shows one header row and a record a row. Opened again, the sidebar remembers the location.
// Each step leaves a screenshot in test-output/fsma-*.png.
import path from 'node:path';
import * as ExcelJS from 'exceljs';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import type { RowWindow, WorkbookView } from '../../local/workbench/protocol';
import { FOOD, LOCATION } from '../fixtures/salsa-maker';
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

const isDate = (cell: unknown): cell is Date => Object.prototype.toString.call(cell) === '[object Date]';

/** The fixture as an .xlsx a maker would download: dates typed as ISO days, codes as text. */
async function writeFoodWorkbook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(FOOD)) {
    const sheet = workbook.addWorksheet(name);
    rows.forEach((row, index) => {
      row.forEach((value, column) => {
        const cell = sheet.getCell(index + 1, column + 1);
        // Midnight in New York, as the fixture holds it, is that day in UTC too (04:00 or 05:00).
        if (isDate(value)) cell.value = value.toISOString().slice(0, 10);
        else if (typeof value === 'string' && value !== '') {
          cell.numFmt = '@';
          cell.value = value;
        } else cell.value = value === '' ? null : (value as ExcelJS.CellValue);
      });
    });
    sheet.getRow(1).font = { bold: true };
  }
  await workbook.xlsx.writeFile(file);
}

describe('The FDA traceability spreadsheet sidebar in the workbench', () => {
  let workbench: RunningWorkbench;
  let browser: Browser;
  let page: Page;
  let sidebar: FrameLocator;
  const problems: string[] = [];
  const shot = (name: string) => page.locator('aside.sidebar').screenshot({ path: path.join(SCREENSHOTS, `fsma-${name}.png`) });
  const textOf = async (sheet: string) =>
    (await workbench.get<RowWindow>(`/api/window?sheet=${encodeURIComponent(sheet)}&start=1&count=60`)).rows.map((row) =>
      row.map((cell) => cell?.t ?? ''),
    );
  const openSidebar = async () => {
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: 'Lotline' }).hover();
    await page.getByRole('menuitem', { name: 'FDA traceability spreadsheet…' }).click();
    await page.locator('aside.sidebar').waitFor();
    sidebar = page.frameLocator('aside.sidebar iframe');
    await sidebar.getByRole('button', { name: 'Make the spreadsheet' }).waitFor();
  };

  beforeAll(async () => {
    const file = path.join(temporaryFolder(), 'salsa.xlsx');
    await writeFoodWorkbook(file);
    [workbench, browser] = await Promise.all([startWorkbench(['--workbook', file]), launchChromium()]);
    page = await openPage(browser, workbench, { width: 1600, height: 900 });
    collectPageProblems(page, problems);
  });

  afterAll(() => closeAll(browser, workbench));

  afterEach(() => expect(problems).toEqual([]));

  test('the location is asked first, and a blank element is refused at its field with nothing written', async () => {
    await openSidebar();
    expect(await sidebar.getByLabel('Business name').isVisible()).toBe(true);
    await sidebar.getByLabel('From').fill('2023-10-01');
    await sidebar.getByLabel('To').fill('2023-10-31');
    await sidebar.getByLabel('Fresh herb salsa (SALSA)').check();
    for (const [label, key] of [
      ['Business name', 'name'],
      ['Phone', 'phone'],
      ['Street address', 'street'],
      ['City', 'city'],
      ['State', 'state'],
    ] as const)
      await sidebar.getByLabel(label, { exact: true }).fill(LOCATION[key]);
    const before = (await workbench.get<WorkbookView>('/api/workbook')).sheets.length;
    await sidebar.getByRole('button', { name: 'Make the spreadsheet' }).click();
    await eventually(async () => expect(await sidebar.locator('#location-zip-problem').textContent()).toMatch(/Enter your ZIP code/));
    expect(await sidebar.locator('#make-problem').textContent()).toMatch(/Nothing was written/);
    expect((await workbench.get<WorkbookView>('/api/workbook')).sheets.length).toBe(before);
    await shot('01-location-asked');
  });

  test('SALSA over October: four new sheets named in the sidebar, the glossary opening with what is missing', async () => {
    await sidebar.getByLabel('ZIP code').fill(LOCATION.zip);
    await sidebar.getByRole('button', { name: 'Make the spreadsheet' }).click();
    await eventually(async () => expect(await sidebar.getByRole('heading', { name: 'Spreadsheet made' }).isVisible()).toBe(true), 30000);
    const figures = (await sidebar.locator('#done-figures').innerText()).replace(/\s+/g, ' ');
    expect(figures).toMatch(/Receipts 6 Input lots 10 Wholesale shipments 3 Not known — check 1 Missing elements 6/);
    const where = (await sidebar.locator('#done-where').textContent()) ?? '';
    const sheets = [...where.matchAll(/"([^"]+)"/g)].map((match) => match[1] as string);
    expect(sheets.map((name) => name.replace(/ \d{6} \d{4}$/, ''))).toEqual([
      'FDA glossary',
      'FDA receiving',
      'FDA transformation',
      'FDA shipping',
    ]);
    await shot('02-made');
    // The sheets are shown whole, without the sidebar over their right-hand columns.
    await page.getByRole('button', { name: 'Close FDA traceability spreadsheet' }).click();
    await page.locator('aside.sidebar').waitFor({ state: 'detached' });

    await eventually(async () => expect((await workbench.get<WorkbookView>('/api/workbook')).activeSheet).toBe(sheets[0]));
    // Column A's sentences, each broken into lines whose later ones are indented.
    const sentences = (await textOf(sheets[0]!))
      .map((row) => row[0])
      .join('\n')
      .replace(/\n {3}/g, ' ')
      .split('\n');
    expect(sentences[0]).toMatch(/^FDA traceability spreadsheet \(FSMA 204\) of product SALSA, 2023-10-01 to 2023-10-31, made /);
    expect(sentences[1]).toMatch(/^Not complete: 6 key data elements missing, 1 order line not known/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'fsma-03-glossary.png') });

    const headers = { 1: 'Traceability lot code', 2: 'Input traceability lot code', 3: 'Traceability lot code' } as const;
    for (const [index, kind] of [
      [1, 'receiving'],
      [2, 'transformation'],
      [3, 'shipping'],
    ] as const) {
      await page.getByRole('tab', { name: sheets[index], exact: true }).click();
      await eventually(async () => expect((await workbench.get<WorkbookView>('/api/workbook')).activeSheet).toBe(sheets[index]));
      const rows = (await textOf(sheets[index]!)).filter((row) => row.some((cell) => cell !== ''));
      expect(rows[0]![0]).toBe(headers[index]);
      expect(rows).toHaveLength({ 1: 7, 2: 11, 3: 4 }[index]);
      await page.screenshot({ path: path.join(SCREENSHOTS, `fsma-0${3 + index}-${kind}.png`) });
    }
  });

  test('opened again, the sidebar remembers the location and keeps it folded', async () => {
    await openTab(page, 'Orders');
    await openSidebar();
    await eventually(async () =>
      expect(await sidebar.locator('#location-summary').textContent()).toBe('Your location: Riverbend Salsa Co., Lodi, CA'),
    );
    expect(await sidebar.getByLabel('Business name').isVisible()).toBe(false);
    await shot('07-remembered');
  });
});
