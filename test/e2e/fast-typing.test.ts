// A barcode scanner types a code and Enter about every 20 ms, far faster than a round trip to the
// server: every value must land in its own cell, in order, none lost or written over.
import path from 'node:path';
import * as ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import type { RowWindow } from '../../local/workbench/protocol';
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

describe('typing as fast as a barcode scanner', () => {
  let workbench: RunningWorkbench;
  let browser: Browser;
  let page: Page;
  let file: string;

  beforeAll(async () => {
    file = path.join(temporaryFolder(), 'scans.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Scans').addRow(['Scanned']);
    await workbook.xlsx.writeFile(file);
    [workbench, browser] = await Promise.all([startWorkbench(['--workbook', file]), launchChromium()]);
    page = await openPage(browser, workbench);
  });

  afterAll(() => closeAll(browser, workbench));

  test('1 to 10, each followed by Enter 20 ms apart, fill A2:A11 in order', async () => {
    await page.locator('.cell[data-r="2"][data-c="1"]').click();
    for (let value = 1; value <= 10; value += 1) {
      for (const key of String(value)) {
        await page.keyboard.press(key);
        await page.waitForTimeout(20);
      }
      await page.keyboard.press('Enter');
      await page.waitForTimeout(20);
    }
    const column = async () => {
      const window = await workbench.get<RowWindow>('/api/window?sheet=Scans&start=2&count=10');
      return window.rows.map((row) => row[0]?.t ?? '');
    };
    const expected = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'];
    await eventually(async () => expect(await column()).toEqual(expected));
    // The page shows the same, and the cursor waits under the last value.
    await eventually(async () =>
      expect(await page.locator('.cell[data-c="1"]').evaluateAll((cells) => cells.slice(1, 11).map((c) => c.textContent))).toEqual(
        expected,
      ),
    );
    expect(await page.locator('.cell.current').getAttribute('data-r')).toBe('12');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'workbench-fast-typing.png') });
    await untilSaved(workbench);
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.readFile(file);
    expect(saved.getWorksheet('Scans')!.getColumn(1).values.slice(2)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});
