// The workbench never loses a maker's work: a save that fails keeps the changes in memory, says so on
// the page (title and banner) and is retried; when a later save succeeds the page says that too and the
// file holds every change. Tab names an .xlsx cannot hold (over 31 characters) are saved shortened,
// not refused and not warned about on every save.
import { mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import type { ServerStatus, Step } from '../../local/workbench/protocol';
import { readCustomProperties } from '../../local/workbench/xlsx-custom-properties';
import { retryDelayMs } from '../../local/workbench/saver';
import { toWorkbook } from '../../local/workbench/xlsx-file';
import { xlsxSheetNames } from '../../local/workbench/xlsx-sheet-names';
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

describe('a save that fails, then succeeds', () => {
  let workbench: RunningWorkbench;
  let browser: Browser;
  let page: Page;
  let file: string;

  beforeAll(async () => {
    file = path.join(temporaryFolder(), 'maker.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Notes').addRow(['Lot', 'Note']);
    await workbook.xlsx.writeFile(file);
    [workbench, browser] = await Promise.all([startWorkbench(['--workbook', file]), launchChromium()]);
    page = await openPage(browser, workbench);
  });

  afterAll(() => closeAll(browser, workbench));

  test('keeps the edits, says the workbook is not saved and why, and says so again when it is', async () => {
    // The file's place is taken by a folder: the save's rename over it fails until the folder goes.
    unlinkSync(file);
    mkdirSync(file);
    writeFileSync(path.join(file, 'in-the-way.txt'), 'x');

    await page.locator('.cell[data-r="2"][data-c="1"]').click();
    await page.keyboard.type('LAV-0923-01');
    await page.keyboard.press('Enter');
    await eventually(async () => {
      const { save } = await workbench.get<ServerStatus>('/api/status');
      expect(save.error).toMatch(/^EISDIR: .+\. Your changes are kept here and saving is retried\.$/);
    });
    await eventually(async () => expect(await page.title()).toBe('Not saved - maker - Lotline workbench'));
    await eventually(async () => expect(await page.locator('#save-banner').textContent()).toContain('maker.xlsx is not saved yet:EISDIR'));
    expect(await page.locator('#save-state').textContent()).toBe('Not saved yet');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'workbench-save-failed.png') });

    // A later edit while saving fails is kept too.
    await page.locator('.cell[data-r="2"][data-c="2"]').click();
    await page.keyboard.type('kept while unsaved');
    await page.keyboard.press('Enter');
    await eventually(async () => expect(await page.locator('.cell[data-r="2"][data-c="2"]').textContent()).toBe('kept while unsaved'));
    rmSync(file, { recursive: true });

    await eventually(
      async () => expect(await page.locator('#save-banner').textContent()).toBe('Saved to maker.xlsx.Every change is in the file now.'),
      20000,
    );
    expect(await page.title()).toBe('maker - Lotline workbench');
    expect(await page.locator('#save-state').textContent()).toBe('Saved to maker.xlsx again');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'workbench-save-recovered.png') });
    await untilSaved(workbench);

    const saved = new ExcelJS.Workbook();
    await saved.xlsx.readFile(file);
    expect(saved.getWorksheet('Notes')!.getRow(2).values).toEqual([undefined, 'LAV-0923-01', 'kept while unsaved']);
    expect(workbench.output()).toContain('again: every change is in the file.');
  });

  test('retries after a pause that grows, up to 30 s', () => {
    expect([1, 2, 3, 4, 10].map(retryDelayMs)).toEqual([500, 1000, 2000, 4000, 30000]);
  });
});

describe('tab names an .xlsx cannot hold', () => {
  test('two traces of one lot on one day, alike in their first 31 characters, are saved as two tabs without a warning', async () => {
    const names = ['LAV-0923-01 trace 2024-05-01 10.00.00', 'LAV-0923-01 trace 2024-05-01 10.00.05', 'Receipts'];
    const shortened = xlsxSheetNames(names);
    expect(shortened).toEqual(['LAV-0923-01 trace 2024-05-01 10', 'LAV-0923-01 trace 2024-05-0 (2)', 'Receipts']);
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const sheets = names.map((name) => ({
        name,
        values: [['Traced', name]],
        formulas: [],
        numberFormats: [],
        bold: [],
        frozenRows: 0,
        frozenColumns: 0,
        maxRows: 1000,
        maxColumns: 26,
        hidden: false,
        columnWidths: [],
      }));
      const buffer = await toWorkbook({ sheets, activeSheet: names[1]! }, 'America/New_York').xlsx.writeBuffer();
      const reread = new ExcelJS.Workbook();
      await reread.xlsx.load(buffer);
      expect(reread.worksheets.map((sheet) => [sheet.name, sheet.getCell('B1').value])).toEqual(
        shortened.map((name, i) => [name, names[i]]),
      );
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  test('names that fit are never changed', () => {
    expect(xlsxSheetNames(['Batch inputs', 'Orders (old)', 'x'.repeat(31)])).toEqual(['Batch inputs', 'Orders (old)', 'x'.repeat(31)]);
  });
});

describe('the code formats set in Settings', () => {
  const formats = { receiptLot: 'R{YYYY}-{MAT}-{SEQ2}', batchId: 'MFG-{SEQ4}', batchCode: '{SKU}<&>{YY}{MM}{DD}-{SEQ2}' };
  const loadFormats = async (workbench: RunningWorkbench) => {
    const step = await workbench.post<Step>('/api/run', { kind: 'script.run', name: 'loadReceiving', args: [] });
    if (step.status !== 'done' || !step.report.ok) throw new Error(`loadReceiving: ${JSON.stringify(step)}`);
    return (step.report.value as { formats: unknown }).formats;
  };

  test('are in the workbook after a restart, kept as its custom document properties, and saving prints no warning', async () => {
    const file = path.join(temporaryFolder(), 'formats.xlsx');
    const first = await startWorkbench(['--workbook', file]);
    try {
      const step = await first.post<Step>('/api/run', { kind: 'script.run', name: 'saveCodeFormats', args: [formats] });
      expect(step).toMatchObject({ status: 'done', report: { ok: true, value: { ok: true } } });
      await untilSaved(first);
    } finally {
      expect(await first.stop()).toBe(0);
    }
    // Only the workbench's two lines: exceljs warned on every save before.
    expect(first.output().trim().split('\n')).toEqual([
      expect.stringContaining('Lotline workbench: http'),
      expect.stringContaining('Workbook: '),
    ]);

    // In the file where Excel shows them (File ▸ Properties ▸ Custom), and the file still opens.
    const stored = await readCustomProperties(readFileSync(file));
    expect(JSON.parse(stored['lotline.codeFormats.v1']!)).toEqual(formats);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toContain('Receipts');

    const second = await startWorkbench(['--workbook', file]);
    try {
      expect(await loadFormats(second)).toEqual(formats);
    } finally {
      await second.stop();
    }
  });
});
