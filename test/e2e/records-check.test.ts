// Check my records in the workbench, on the hand-made workbook with one problem of each kind: the report
// opens with the readiness figure and the count of problems, then the problems by how much they matter,
// each naming its cell. Saved as test-output/records-check.png.
import path from 'node:path';
import * as ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import type { WorkbookView } from '../../local/workbench/protocol';
import { HAND_MADE } from '../fixtures/records-check-workbook';
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

async function writeWorkbook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(HAND_MADE)) {
    const sheet = workbook.addWorksheet(name);
    rows.forEach((row, index) =>
      row.forEach((value, column) => {
        const cell = sheet.getCell(index + 1, column + 1);
        if (typeof value === 'string' && value !== '') cell.numFmt = '@';
        cell.value = value === '' ? null : (value as ExcelJS.CellValue);
      }),
    );
    sheet.getRow(1).font = { bold: true };
  }
  await workbook.xlsx.writeFile(file);
}

describe('Check my records in the workbench', () => {
  let workbench: RunningWorkbench;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const cell = (row: number, column: number) => page.locator(`.cell[data-r="${row}"][data-c="${column}"]`);

  beforeAll(async () => {
    const file = path.join(temporaryFolder(), 'hand-made.xlsx');
    await writeWorkbook(file);
    [workbench, browser] = await Promise.all([startWorkbench(['--workbook', file]), launchChromium()]);
    page = await openPage(browser, workbench, { width: 1400, height: 820 });
    collectPageProblems(page, problems);
  });

  afterAll(() => closeAll(browser, workbench));

  test('the answer first, then each problem with its cell, grouped by how much it matters', async () => {
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: 'Lotline' }).hover();
    await page.getByRole('menuitem', { name: 'Check my records' }).click();
    await eventually(async () =>
      expect((await workbench.get<WorkbookView>('/api/workbook')).activeSheet).toMatch(/^Records check \d{6} \d{4}$/),
    );
    await eventually(async () => expect(await cell(2, 1).textContent()).toBe('1 of 9 lots traceable end to end.'));
    expect(await cell(3, 1).textContent()).toBe('8 problems break a trace, 12 weaken one, 2 to tidy up.');
    // The heading's sentences are whole in their cells.
    for (let row = 1; row <= 3; row++) {
      const fits = await cell(row, 1).evaluate((element) => element.scrollWidth <= element.clientWidth);
      expect([row, fits]).toEqual([row, true]);
    }
    await page.screenshot({ path: path.join(SCREENSHOTS, 'records-check.png') });
    const texts = await page.locator('.cell[data-c="1"]').allTextContents();
    expect(texts).toContain('Breaks a trace (8)');
    expect(texts).toContain('E4');
    expect(problems).toEqual([]);
  });
});
