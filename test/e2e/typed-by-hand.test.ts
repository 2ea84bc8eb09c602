// A maker types a delivery into Receipts in the workbench, the way people do by hand: the quantity with its
// unit in one cell ("2 l", the Unit left blank) and an expiry the sheet cannot read ("next spring") on a
// second lot. Stock from the menu then counts the first as 2 l and never takes the second as a lot that
// does not expire. Screenshot in test-output/.
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
  openTab,
  SCREENSHOTS,
  shownRows,
  startWorkbench,
  temporaryFolder,
  type RunningWorkbench,
} from './workbench';

describe('a delivery typed into Receipts by hand', () => {
  let workbench: RunningWorkbench;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const rows = (sheet: string, count: number) => shownRows(workbench, sheet, count);

  beforeAll(async () => {
    [workbench, browser] = await Promise.all([startWorkbench(['--workbook', path.join(temporaryFolder(), 'demo.xlsx')]), launchChromium()]);
    page = await openPage(browser, workbench, { width: 1400, height: 900 });
    collectPageProblems(page, problems);
  });

  afterAll(() => closeAll(browser, workbench));

  test('"2 l" with the Unit blank is 2 l on hand; "next spring" keeps its lot out of usable stock', async () => {
    await openTab(page, 'Receipts');
    const receipts = await rows('Receipts', 300);
    const header = receipts[0]!;
    const next = receipts.findIndex((row) => row.every((cell) => cell === '')) + 1;
    expect(next).toBeGreaterThan(1);
    // Received on the first of this month: unexpired, so the lot counts as usable stock.
    const today = new Date();
    const received = `${today.getUTCMonth() + 1}/1/${today.getUTCFullYear()}`;
    // Typed cell by cell, as a maker does: the arrow keys to the cell (the grid scrolls with them), then
    // typing and Enter in the grid's own editor.
    let cursor = { row: 1, column: 1 };
    await page.locator('.cell[data-r="1"][data-c="1"]').click();
    const goTo = async (row: number, column: number) => {
      const steps = [
        ...Array.from({ length: Math.abs(row - cursor.row) }, () => (row > cursor.row ? 'ArrowDown' : 'ArrowUp')),
        ...Array.from({ length: Math.abs(column - cursor.column) }, () => (column > cursor.column ? 'ArrowRight' : 'ArrowLeft')),
      ];
      for (const key of steps) await page.keyboard.press(key);
      cursor = { row, column };
      await eventually(async () => expect((await workbench.get<WorkbookView>('/api/workbook')).current).toEqual(cursor));
    };
    const typeRow = async (row: number, values: Record<string, string>) => {
      for (const [column, text] of Object.entries(values)) {
        const at = header.indexOf(column) + 1;
        expect(at).toBeGreaterThan(0);
        await goTo(row, at);
        await page.keyboard.type(text);
        await page.keyboard.press('Enter');
        // Enter moves the cursor down, as in Sheets.
        cursor = { row: row + 1, column: at };
        await eventually(async () => expect((await rows('Receipts', row))[row - 1]![at - 1]).not.toBe(''));
      }
    };
    await typeRow(next, { 'Lot number': 'PEP-HAND-01', Received: received, 'Material code': 'PEP', Quantity: '2 l', Status: 'Available' });
    await typeRow(next + 1, {
      'Lot number': 'PEP-HAND-02',
      Received: received,
      'Material code': 'PEP',
      Quantity: '500',
      Unit: 'ml',
      Expires: 'next spring',
      Status: 'Available',
    });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'typed-by-hand-01-receipts.png') });

    await chooseMenuItem(page, 'Stock');
    await eventually(async () => expect((await workbench.get<WorkbookView>('/api/workbook')).activeSheet).toBe('Stock'), 30000);
    const stock = await rows('Stock', 400);
    const lotsHeader = stock.findIndex((row) => row[0] === 'Lot or batch');
    const lotTable = stock.slice(lotsHeader);
    const at = (name: string) => lotTable[0]!.indexOf(name);
    const first = lotTable.find((row) => row[0] === 'PEP-HAND-01')!;
    expect([first[at('On hand')], first[at('Unit')]]).toEqual(['2', 'l']);
    const second = lotTable.find((row) => row[0] === 'PEP-HAND-02')!;
    expect(second[at('Mark')]).toContain('Expires cannot be read (see the top)');
    const materials = stock.findIndex((row) => row[0] === 'Material code');
    const pep = stock.slice(materials).find((row) => row[0] === 'PEP')!;
    expect(pep[stock[materials]!.indexOf('Usable on hand')]).toBe('not counted');
    // Neither row is a problem of its Quantity or Unit: only the expiry is listed at the top.
    const top = stock
      .slice(0, lotsHeader)
      .map((row) => row.join(' '))
      .join(' ');
    expect(top).toContain('"next spring" is not a date');
    expect(top).not.toContain('"2 l" is not a number');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'typed-by-hand-02-stock.png') });
    expect(problems).toEqual([]);
  });
});
