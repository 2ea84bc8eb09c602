// Receive materials in a browser, on the demo workbook: the sidebar opened from the menu, a delivery of
// two materials saved with the lot numbers it showed, bad input refused with nothing written, and a
// material named like an HTML tag shown as text. Each step leaves a screenshot in test-output/.
import path from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import type { RowWindow } from '../../local/workbench/protocol';
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
  collectPageProblems,
} from './workbench';

const HOSTILE = '<img src=x onerror=alert(1)>';
const { sheets: demo } = soapMakerWorkbook();
/** The first empty row of each demo sheet: where new rows go. */
const nextRow = (sheet: string) => (demo[sheet]?.length ?? 0) + 1;

describe('Receive materials in the workbench', () => {
  let workbench: RunningWorkbench;
  let browser: Browser;
  let page: Page;
  let sidebar: FrameLocator;
  const problems: string[] = [];

  const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `receiving-${name}.png`) });
  const shotSidebar = (name: string) =>
    page.locator('aside.sidebar').screenshot({ path: path.join(SCREENSHOTS, `receiving-${name}-sidebar.png`) });
  /** Rows of a sheet as displayed, from a row on; empty rows are []. */
  const rowsOf = async (sheet: string, start: number, count: number) =>
    (await workbench.get<RowWindow>(`/api/window?sheet=${encodeURIComponent(sheet)}&start=${start}&count=${count}`)).rows.map((row) =>
      row.map((cell) => cell?.t ?? ''),
    );
  const line = (number: number) => sidebar.getByRole('group', { name: `Line ${number}` });

  async function openSidebar(): Promise<void> {
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: 'Lotline' }).hover();
    await page.getByRole('menuitem', { name: 'Receive materials…' }).click();
    await page.locator('aside.sidebar').waitFor();
    sidebar = page.frameLocator('aside.sidebar iframe');
    await sidebar.getByRole('button', { name: 'Save delivery' }).waitFor();
  }

  async function fillLine(number: number, material: string, quantity: string): Promise<void> {
    await line(number).getByLabel('Material').selectOption(material);
    await line(number).getByLabel('Quantity').fill(quantity);
  }

  beforeAll(async () => {
    const file = path.join(temporaryFolder(), 'demo.xlsx');
    [workbench, browser] = await Promise.all([startWorkbench(['--workbook', file]), launchChromium()]);
    page = await openPage(browser, workbench, { width: 1280, height: 900 });
    collectPageProblems(page, problems);
  });

  afterAll(() => closeAll(browser, workbench));

  afterEach(() => expect(problems).toEqual([]));

  test('a delivery of two materials is saved with the lot numbers the sidebar showed', async () => {
    await openSidebar();
    expect((await page.locator('aside.sidebar').boundingBox())?.width).toBe(300);
    await sidebar.getByLabel('Supplier', { exact: true }).fill('Lavender Fields Co.');
    await sidebar.getByLabel('Received').fill('2023-09-26');
    await fillLine(1, 'LAV', '500');
    // The unit follows the material: lavender oil is counted in ml.
    expect(await line(1).getByLabel('Unit', { exact: true }).inputValue()).toBe('ml');
    await line(1).getByLabel('Supplier lot').fill('LF-0923-912');
    await line(1).getByLabel('Cost').fill('42.50');
    await line(1).getByLabel('Expires').fill('2099-09-01');

    await sidebar.getByRole('button', { name: 'Add a line' }).click();
    // The new line's material has the focus, for the keyboard.
    await eventually(async () =>
      expect(
        await line(2)
          .getByLabel('Material')
          .evaluate((select) => select === document.activeElement),
      ).toBe(true),
    );
    await fillLine(2, 'COCO', '1,200');
    await line(2).getByLabel('Unit', { exact: true }).selectOption('kg');
    await line(2).getByLabel('Condition').selectOption('Damaged');

    // Lot numbers are shown before saving, after the demo's September lots LAV-0923-01 and COCO-0923-01.
    const shown = [await line(1).getByLabel('Lot number').inputValue(), await line(2).getByLabel('Lot number').inputValue()];
    expect(shown).toEqual(['LAV-0923-002', 'COCO-0923-002']);
    const existing = new Set(demo.Receipts!.slice(1).map((row) => String(row[0]).toUpperCase()));
    for (const lot of shown) expect(existing.has(lot)).toBe(false);
    await shotSidebar('01-filled');

    await sidebar.getByRole('button', { name: 'Save delivery' }).click();
    await sidebar.getByRole('heading', { name: 'Delivery saved' }).waitFor();
    expect(await sidebar.locator('#saved-lots').textContent()).toContain('LAV-0923-002');
    expect(await sidebar.locator('#saved-summary').textContent()).toBe(
      `2 lots from Lavender Fields Co. are in Receipts, rows ${nextRow('Receipts')}–${nextRow('Receipts') + 1}.`,
    );
    await shot('02-saved');
    await shotSidebar('02-saved');

    const rows = await rowsOf('Receipts', nextRow('Receipts'), 3);
    expect(rows[0]).toEqual([
      'LAV-0923-002',
      '2023-09-26',
      'LAV',
      'Lavender Fields Co.',
      'LF-0923-912',
      '500',
      'ml',
      '42.5',
      '2099-09-01',
      '',
      'OK',
      'Available',
    ]);
    expect(rows[1]).toEqual([
      'COCO-0923-002',
      '2023-09-26',
      'COCO',
      'Lavender Fields Co.',
      '',
      '1200',
      'kg',
      '',
      '',
      '',
      'Damaged',
      'Available',
    ]);
    expect(rows[2]).toEqual([]);
    const log = await rowsOf('Log', 2, 1);
    expect(log[0]?.[2]).toBe('Receive materials');
    await untilSaved(workbench);
  });

  test('bad input is shown next to each field, and nothing is written', async () => {
    await sidebar.getByRole('button', { name: 'Receive another delivery' }).click();
    await sidebar.getByRole('button', { name: 'Save delivery' }).waitFor();
    const receiptsBefore = await rowsOf('Receipts', nextRow('Receipts'), 5);
    const suppliersBefore = await rowsOf('Suppliers', 1, 20);
    const logBefore = await rowsOf('Log', 1, 10);

    await fillLine(1, 'LAV', '-3');
    await line(1).getByLabel('Lot number').fill('LAV-0923-002');
    await sidebar.getByRole('button', { name: 'Add a line' }).click();
    await sidebar.getByRole('button', { name: 'Save delivery' }).click();

    await sidebar.getByText('Nothing was saved: fix the 6 problems marked above.').waitFor();
    expect(await sidebar.locator('#supplier-problem').textContent()).toBe('Choose a supplier, or type the name of a new one.');
    const problemOf = (number: number, label: string) =>
      line(number)
        .getByLabel(label, { exact: true })
        .evaluate((control) => document.getElementById(`${control.id}-problem`)?.textContent ?? '');
    expect(await problemOf(1, 'Quantity')).toBe('The quantity must be more than 0.');
    expect(await problemOf(1, 'Lot number')).toBe('LAV-0923-002 is already used in Receipts or Batches: a lot number is never used twice.');
    expect(await problemOf(2, 'Material')).toBe('Choose a material.');
    expect(await problemOf(2, 'Quantity')).toBe('Enter the quantity received.');
    expect(await problemOf(2, 'Unit')).toBe('Choose a unit.');
    expect(await line(1).getByLabel('Quantity').getAttribute('aria-invalid')).toBe('true');
    // The first field with a problem has the focus.
    expect(await sidebar.getByLabel('Supplier', { exact: true }).evaluate((input) => input === document.activeElement)).toBe(true);
    await shotSidebar('03-problems');

    expect(await rowsOf('Receipts', nextRow('Receipts'), 5)).toEqual(receiptsBefore);
    expect(await rowsOf('Suppliers', 1, 20)).toEqual(suppliersBefore);
    expect(await rowsOf('Log', 1, 10)).toEqual(logBefore);
  });

  test('a material named like an HTML tag shows as text, and is received as it is written', async () => {
    const materialsRow = nextRow('Materials');
    for (const [column, text] of [
      [1, 'XSS'],
      [2, HOSTILE],
      [3, 'g'],
      [4, HOSTILE],
    ] as const) {
      await workbench.post('/api/run', { kind: 'edit', sheet: 'Materials', row: materialsRow, column, text });
    }
    await page.getByRole('button', { name: 'Close Receive materials' }).click();
    await openSidebar();
    const option = line(1).getByLabel('Material').locator('option[value="XSS"]');
    expect(await option.textContent()).toBe(`${HOSTILE} (XSS)`);

    await sidebar.getByLabel('Supplier', { exact: true }).fill(HOSTILE);
    await sidebar.getByLabel('Received').fill('2023-09-27');
    await fillLine(1, 'XSS', '3');
    // The supplier's materials come first, under a heading naming the supplier as text.
    await eventually(async () =>
      expect(await line(1).getByLabel('Material').locator('optgroup').first().getAttribute('label')).toBe(`From ${HOSTILE}`),
    );
    expect(await sidebar.locator('#supplier-hint').textContent()).toBe('New supplier: added to Suppliers when you save.');
    await shotSidebar('04-hostile-name');
    await sidebar.getByRole('button', { name: 'Save delivery' }).click();
    await sidebar.getByRole('heading', { name: 'Delivery saved' }).waitFor();
    expect(await sidebar.locator('#saved-lots').textContent()).toContain(`XSS-0923-001 ${HOSTILE}, 3 g`);
    expect(await sidebar.locator('#saved-summary').textContent()).toContain(`${HOSTILE} was added to Suppliers.`);
    expect(await sidebar.locator('img').count()).toBe(0);
    await shot('05-hostile-saved');

    const [saved] = await rowsOf('Receipts', nextRow('Receipts') + 2, 1);
    expect(saved?.slice(0, 4)).toEqual(['XSS-0923-001', '2023-09-27', 'XSS', HOSTILE]);
    expect((await rowsOf('Suppliers', nextRow('Suppliers'), 1))[0]?.[0]).toBe(HOSTILE);
    await untilSaved(workbench);
  });

  test('Settings refuses a format with an unknown token, and a saved format makes the next lot numbers', async () => {
    await sidebar.getByRole('button', { name: 'Receive another delivery' }).click();
    await sidebar.getByText('Settings: code formats').click();
    const receiptFormat = sidebar.getByLabel('Receipt lot numbers');
    await receiptFormat.fill('{MAT}-{MONTH}-{SEQ3}');
    expect(await sidebar.locator('#format-receiptLot-problem').textContent()).toMatch(/^\{MONTH\} is not a token\. Use \{MAT\}/);
    await sidebar.getByRole('button', { name: 'Save formats' }).click();
    await sidebar.getByText('Not saved: see the problem above.').waitFor();

    await receiptFormat.fill('R-{MAT}-{YYYY}-{SEQ2}');
    expect(await sidebar.locator('#format-receiptLot-hint').textContent()).toBe('For example R-LAV-2023-01');
    await sidebar.getByRole('button', { name: 'Save formats' }).click();
    await sidebar.getByText('Saved. New codes follow these formats.').waitFor();
    await sidebar.getByLabel('Received').fill('2023-09-28');
    await fillLine(1, 'LAV', '250');
    await eventually(async () => expect(await line(1).getByLabel('Lot number').inputValue()).toBe('R-LAV-2023-01'));
    expect(await line(1).getByText('Generated from R-{MAT}-{YYYY}-{SEQ2}.').count()).toBe(1);
    await shotSidebar('06-settings');
  });
});
