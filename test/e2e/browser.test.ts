// The workbench in a real browser, as a maker would use it: a workbook opened from .xlsx, the Lotline
// menu, typing into cells, Set up tracking sheets with its alert in the middle of the run, and the Help
// sidebar calling the server. Each step leaves a screenshot in test-output/.
import path from 'node:path';
import * as ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import type { RowWindow, ServerStatus, WorkbookView } from '../../local/workbench/protocol';
import {
  closeAll,
  eventually,
  launchChromium,
  SCREENSHOTS,
  startWorkbench,
  temporaryFolder,
  untilSaved,
  type RunningWorkbench,
} from './workbench';

const HOSTILE = '<img src=x onerror=alert(1)>';

async function writeStartingWorkbook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const notes = workbook.addWorksheet('Notes', { views: [{ state: 'frozen', ySplit: 1 }] });
  notes.addRow(['Lot', 'Received', 'Quantity', 'Note']).font = { bold: true };
  notes.addRow(['0923', new Date(Date.UTC(2023, 8, 26)), 12.5, HOSTILE]);
  notes.getCell('B2').numFmt = 'm/d/yyyy';
  await workbook.xlsx.writeFile(file);
}

describe('the workbench in a browser', () => {
  let workbench: RunningWorkbench;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const browserDialogs: string[] = [];

  const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `workbench-${name}.png`) });
  const cell = (row: number, column: number) => page.locator(`.cell[data-r="${row}"][data-c="${column}"]`);
  const cellOnServer = async (sheet: string, row: number, column: number) => {
    const window = await workbench.get<RowWindow>(`/api/window?sheet=${encodeURIComponent(sheet)}&start=${row}&count=1`);
    return window.rows[0]?.[column - 1] ?? null;
  };
  const openLotlineMenu = async () => {
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: 'Lotline' }).hover();
  };

  beforeAll(async () => {
    const folder = temporaryFolder();
    const file = path.join(folder, 'maker.xlsx');
    await writeStartingWorkbook(file);
    [workbench, browser] = await Promise.all([startWorkbench(['--workbook', file]), launchChromium()]);
    page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
    page.setDefaultTimeout(10000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // A browser dialog would mean workbook text ran as HTML (the hostile cell) or a dialog escaped the page.
    page.on('dialog', (dialog) => {
      browserDialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(workbench.url);
    await page.locator('body[data-ready="true"]').waitFor();
  });

  afterAll(() => closeAll(browser, workbench));

  afterEach(() => {
    expect(pageErrors).toEqual([]);
    expect(browserDialogs).toEqual([]);
  });

  test('opens the workbook as a spreadsheet: tabs, letters, row numbers, formatted values, frozen bold header', async () => {
    expect(await page.getByRole('tab', { name: 'Notes' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('.col-header').first().textContent()).toBe('A');
    expect(await page.locator('.row-number').first().textContent()).toBe('1');
    // Rows arrive from the server after the page is up.
    await eventually(async () => expect(await cell(1, 1).textContent()).toBe('Lot'));
    expect(await cell(1, 1).getAttribute('class')).toContain('bold');
    expect(await cell(2, 1).textContent()).toBe('0923');
    expect(await cell(2, 2).textContent()).toBe('9/26/2023');
    expect(await cell(2, 3).textContent()).toBe('12.5');
    // Workbook text is shown as text, never parsed as HTML.
    expect(await cell(2, 4).textContent()).toBe(HOSTILE);
    expect(await page.locator('.grid img').count()).toBe(0);
    // The frozen header row stays in the sticky head, with Sheets' divider under it.
    expect(await page.locator('.grid-head .row.frozen-edge .cell[data-r="1"]').first().isVisible()).toBe(true);
    await shot('01-workbook');
  });

  test('shows the Lotline menu under Extensions exactly as onOpen built it', async () => {
    await openLotlineMenu();
    const { menus } = await workbench.get<WorkbookView>('/api/workbook');
    const lotline = menus.find((menu) => menu.title === 'Lotline')!;
    const submenu = page.locator('.menu-item.has-submenu > .menu-popup');
    const captions = lotline.items.flatMap((item) => ('caption' in item ? [item.caption] : []));
    expect(await submenu.getByRole('menuitem').allTextContents()).toEqual(captions);
    expect(await submenu.getByRole('separator').count()).toBe(lotline.items.filter((item) => 'separator' in item).length);
    expect(captions).toEqual(expect.arrayContaining(['Set up tracking sheets', 'Help']));
    await shot('02-menu');
    await page.keyboard.press('Escape');
    await submenu.waitFor({ state: 'detached' });
  });

  test('clicking a cell makes it the current cell; typing writes through the runtime as typed input', async () => {
    await cell(3, 1).click();
    await eventually(async () => expect(await page.locator('#name-box').textContent()).toBe('A3'));
    expect((await workbench.get<WorkbookView>('/api/workbook')).current).toEqual({ row: 3, column: 1 });

    await page.keyboard.type('1,200');
    await page.keyboard.press('Enter');
    await eventually(async () => expect(await cell(3, 1).textContent()).toBe('1,200'));
    // Read as a person's typing: a grouped number, right-aligned; and the cursor moved down.
    expect(await cellOnServer('Notes', 3, 1)).toMatchObject({ t: '1,200', e: '1200', a: 'right' });
    expect(await page.locator('#name-box').textContent()).toBe('A4');

    await page.keyboard.type("'0923");
    await page.keyboard.press('Enter');
    await eventually(async () => expect(await cell(4, 1).textContent()).toBe('0923'));
    expect(await cellOnServer('Notes', 4, 1)).toEqual({ t: '0923' });
    await untilSaved(workbench);
    await shot('03-typed');
  });

  test('Set up tracking sheets stops on its alert mid-run, then adds the tracking tabs', async () => {
    await openLotlineMenu();
    await page.getByRole('menuitem', { name: 'Set up tracking sheets' }).click();
    const alert = page.getByRole('dialog');
    await alert.waitFor();
    expect(await alert.getByRole('heading').textContent()).toBe('Set up tracking sheets');
    expect(await alert.textContent()).toContain('Created sheets: Suppliers');
    // The script is paused inside setUpSheets until the person answers.
    const paused = await workbench.get<ServerStatus>('/api/status');
    expect(paused.dialog).toMatchObject({ kind: 'alert', title: 'Set up tracking sheets', buttons: 'OK' });
    await shot('04-setup-alert');

    await alert.getByRole('button', { name: 'OK' }).click();
    await alert.waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: 'Batch inputs' }).waitFor();
    expect(await page.getByRole('tab').allTextContents()).toEqual(
      expect.arrayContaining([
        'Notes',
        'Suppliers',
        'Materials',
        'Receipts',
        'Products',
        'BoM',
        'Batches',
        'Batch inputs',
        'Orders',
        'Waste',
        'Log',
      ]),
    );
    // setUpSheets puts the maker back on the sheet they were on.
    expect(await page.getByRole('tab', { name: 'Notes' }).getAttribute('aria-selected')).toBe('true');
    expect((await workbench.get<ServerStatus>('/api/status')).dialog).toBeNull();
    await page.getByRole('tab', { name: 'Receipts' }).click();
    await eventually(async () => expect(await cell(1, 1).textContent()).toBe('Lot number'));
    expect(await cell(1, 1).getAttribute('class')).toContain('bold');
    await shot('05-new-tabs');
  });

  test('Help opens the 300 px sidebar; its button runs the server through google.script.run', async () => {
    await openLotlineMenu();
    await page.getByRole('menuitem', { name: 'Help' }).click();
    const sidebar = page.locator('aside.sidebar');
    await sidebar.waitFor();
    expect((await sidebar.boundingBox())?.width).toBe(300);
    const help = page.frameLocator('aside.sidebar iframe');
    await help.getByRole('heading', { name: 'Lotline', level: 1 }).waitFor();
    await shot('06-help-sidebar');

    await help.getByRole('button', { name: 'Set up tracking sheets' }).click();
    const alert = page.getByRole('dialog');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Everything was already set up');
    await alert.getByRole('button', { name: 'OK' }).click();
    await eventually(async () => expect(await help.locator('#status').textContent()).toBe('Done. See the message in the spreadsheet.'));
    await shot('07-sidebar-call');

    await page.getByRole('button', { name: 'Close Lotline' }).click();
    await sidebar.waitFor({ state: 'detached' });
  });
});
