// Receive materials in a browser: dates the form must not save as they stand — a half-typed date box
// (which reports '' as its value), a lot already expired on arrival (saved only when the maker says so)
// — and the Add line button stopping at the most lines a delivery can have.
import path from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import type { RowWindow } from '../../local/workbench/protocol';
import { MAX_DELIVERY_LINES } from '../../src/contract/receiving';
import { soapMakerWorkbook } from '../fixtures/soap-maker';
import {
  closeAll,
  collectPageProblems,
  launchChromium,
  openPage,
  startWorkbench,
  temporaryFolder,
  type RunningWorkbench,
} from './workbench';

const { sheets: demo } = soapMakerWorkbook();
const nextRow = (sheet: string) => (demo[sheet]?.length ?? 0) + 1;

describe('Receive materials: dates and limits in the workbench', () => {
  let workbench: RunningWorkbench;
  let browser: Browser;
  let page: Page;
  let sidebar: FrameLocator;
  const problems: string[] = [];

  const rowsOf = async (sheet: string, start: number, count: number) =>
    (await workbench.get<RowWindow>(`/api/window?sheet=${encodeURIComponent(sheet)}&start=${start}&count=${count}`)).rows.map((row) =>
      row.map((cell) => cell?.t ?? ''),
    );
  const line = (number: number) => sidebar.getByRole('group', { name: `Line ${number}` });
  const problemOf = (number: number, label: string) =>
    line(number)
      .getByLabel(label, { exact: true })
      .evaluate((control) => document.getElementById(`${control.id}-problem`)?.textContent ?? '');

  async function openSidebar(): Promise<void> {
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: 'Lotline' }).hover();
    await page.getByRole('menuitem', { name: 'Receive materials…' }).click();
    await page.locator('aside.sidebar').waitFor();
    sidebar = page.frameLocator('aside.sidebar iframe');
    await sidebar.getByRole('button', { name: 'Save delivery' }).waitFor();
  }

  beforeAll(async () => {
    const file = path.join(temporaryFolder(), 'demo.xlsx');
    [workbench, browser] = await Promise.all([startWorkbench(['--workbook', file]), launchChromium()]);
    page = await openPage(browser, workbench, { width: 1280, height: 900 });
    collectPageProblems(page, problems);
    await openSidebar();
  });

  afterAll(() => closeAll(browser, workbench));

  afterEach(() => expect(problems).toEqual([]));

  test('a half-typed expiry is refused in the form, never saved as a blank', async () => {
    const before = await rowsOf('Receipts', nextRow('Receipts'), 3);
    await sidebar.getByLabel('Supplier', { exact: true }).fill('Lavender Fields Co.');
    await sidebar.getByLabel('Received').fill('2023-09-26');
    await line(1).getByLabel('Material').selectOption('LAV');
    await line(1).getByLabel('Quantity').fill('500');
    // Only the month typed: the box's value is '' and the browser knows it is unfinished.
    await line(1).getByLabel('Expires').click();
    await page.keyboard.type('09');
    expect(await line(1).getByLabel('Expires').inputValue()).toBe('');
    await sidebar.getByRole('button', { name: 'Save delivery' }).click();
    await sidebar.getByText('Nothing was saved: a date is not finished.').waitFor();
    expect(await problemOf(1, 'Expires')).toBe('Finish typing the date, or clear it.');
    expect(await rowsOf('Receipts', nextRow('Receipts'), 3)).toEqual(before);
  });

  test('a lot expired on arrival is shown to the maker first, and saved when they press Save again', async () => {
    await line(1).getByLabel('Expires').fill('2023-09-26');
    await sidebar.getByRole('button', { name: 'Save delivery' }).click();
    await sidebar.getByText(/^Nothing was saved yet: check what is marked above/).waitFor();
    expect(await problemOf(1, 'Expires')).toMatch(/^The expiry 2023-09-26 is the day it arrived/);
    expect((await rowsOf('Receipts', nextRow('Receipts'), 1))[0]).toEqual([]);

    await sidebar.getByRole('button', { name: 'Save delivery' }).click();
    await sidebar.getByRole('heading', { name: 'Delivery saved' }).waitFor();
    expect((await rowsOf('Receipts', nextRow('Receipts'), 1))[0]?.[8]).toBe('2023-09-26');
  });

  test(`Add a line stops at ${MAX_DELIVERY_LINES} lines, and says why`, async () => {
    await sidebar.getByRole('button', { name: 'Receive another delivery' }).click();
    const add = sidebar.getByRole('button', { name: 'Add a line' });
    for (let count = 1; count < MAX_DELIVERY_LINES; count++) await add.click();
    expect(await sidebar.getByRole('group', { name: /^Line \d+$/ }).count()).toBe(MAX_DELIVERY_LINES);
    expect(await add.isDisabled()).toBe(true);
    expect(await sidebar.locator('#lines-problem').textContent()).toBe(
      `A delivery has at most ${MAX_DELIVERY_LINES} lines: save these, then receive the rest.`,
    );
    await line(MAX_DELIVERY_LINES)
      .getByRole('button', { name: `Remove line ${MAX_DELIVERY_LINES}` })
      .click();
    expect(await add.isDisabled()).toBe(false);
  });
});
