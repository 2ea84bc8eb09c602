// The workbook file: what the workbench saves after every change is a real .xlsx that exceljs (so Excel
// or Sheets) opens with the data intact — dates as dates, numbers as numbers, text that looks like a
// number still text — and the workbench opens it again as it was.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as ExcelJS from 'exceljs';
import type { RowWindow, Step } from '../../local/workbench/protocol';
import { demoWorkbook } from '../../local/workbench/demo';
import {
  removeTemporaryFolders,
  runWorkbenchToExit,
  startWorkbench,
  temporaryFolder,
  untilSaved,
  type RunningWorkbench,
} from './workbench';

afterAll(removeTemporaryFolders);

const newYorkDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York', year: 'numeric', month: '2-digit', day: '2-digit' });

/** An .xlsx date has no zone: a New York midnight is saved as that day at 00:00 (exceljs reads it as UTC). */
function savedDay(value: unknown): string {
  if (!(value instanceof Date)) throw new Error(`expected a date cell, got ${JSON.stringify(value)}`);
  expect(value.getUTCHours()).toBe(0);
  return value.toISOString().slice(0, 10);
}

async function type(workbench: RunningWorkbench, sheet: string, row: number, column: number, text: string): Promise<void> {
  const step = await workbench.post<Step>('/api/run', { kind: 'edit', sheet, row, column, text });
  expect(step).toMatchObject({ status: 'done', report: { ok: true } });
}

async function shown(workbench: RunningWorkbench, sheet: string, row: number): Promise<string[]> {
  const window = await workbench.get<RowWindow>(`/api/window?sheet=${encodeURIComponent(sheet)}&start=${row}&count=1`);
  return (window.rows[0] ?? []).map((cell) => cell?.t ?? '');
}

test('a workbook saved by the workbench opens in exceljs with its data intact, and in the workbench again', async () => {
  const file = path.join(temporaryFolder(), 'maker.xlsx');
  // The demo as the workbench makes it today (its dates moved to end a couple of weeks ago: demo.ts).
  const demo = Object.fromEntries(demoWorkbook().sheets.map((sheet) => [sheet.name, sheet.values]));
  const notes = demo.Orders![0]!.indexOf('Notes') + 1;

  const first = await startWorkbench(['--workbook', file]);
  let before: string[][];
  try {
    // Typed as a person types: an apostrophe keeps text, a date and a grouped number are read as such.
    await type(first, 'Orders', 2, notes, "'0923");
    await type(first, 'Orders', 3, notes, '2024-03-05');
    await type(first, 'Orders', 4, notes, '1,250.5');
    await type(first, 'Orders', 5, notes, 'TRUE');
    await untilSaved(first);
    before = await Promise.all([2, 3, 4, 5].map((row) => shown(first, 'Orders', row)));
    expect(before.map((row) => row[notes - 1])).toEqual(['0923', '2024-03-05', '1,250.50', 'TRUE']);
  } finally {
    expect(await first.stop()).toBe(0);
  }

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(Object.keys(demo));

  const receipts = workbook.getWorksheet('Receipts')!;
  expect(receipts.getCell('A1').font?.bold).toBe(true);
  expect(receipts.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  // Every Receipts cell as the demo made it: dates on the same day, numbers as numbers, text as text.
  demo.Receipts!.forEach((row, r) =>
    row.forEach((expected, c) => {
      const actual = receipts.getCell(r + 1, c + 1).value;
      if (expected instanceof Date) expect(savedDay(actual)).toBe(newYorkDay.format(expected));
      else expect(actual ?? '').toBe(expected);
    }),
  );

  const orders = workbook.getWorksheet('Orders')!;
  expect(orders.getCell(2, notes).value).toBe('0923');
  expect(savedDay(orders.getCell(3, notes).value)).toBe('2024-03-05');
  expect(orders.getCell(4, notes).value).toBe(1250.5);
  expect(orders.getCell(5, notes).value).toBe(true);
  expect(orders.getCell(2, 1).value).toBe(demo.Orders![1]![0]);

  const again = await startWorkbench(['--workbook', file]);
  try {
    // The same rows show the same, formats included ('1,250.50' keeps the format the typing implied).
    expect(await Promise.all([2, 3, 4, 5].map((row) => shown(again, 'Orders', row)))).toEqual(before);
    const received = demo.Receipts![1]![1] as Date;
    const shownDate = new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', year: 'numeric', month: 'numeric', day: 'numeric' });
    expect((await shown(again, 'Receipts', 2)).slice(0, 2)).toEqual(['LAV-0723-01', shownDate.format(received)]);
  } finally {
    await again.stop();
  }
});

describe('a workbook that cannot be read', () => {
  const cases: [string, (valid: Buffer) => Buffer][] = [
    ['a truncated .xlsx', (valid) => valid.subarray(0, Math.floor(valid.length / 2))],
    ['a text file named .xlsx', () => Buffer.from('Lot number,Received\nLAV-0923-01,2023-09-26\n')],
  ];

  test.each(cases)('%s: a clear message, a non-zero exit, and the file byte-identical', async (_name, corrupt) => {
    const folder = temporaryFolder();
    const file = path.join(folder, 'maker.xlsx');
    const valid = new ExcelJS.Workbook();
    valid.addWorksheet('Receipts').addRow(['Lot number', 'Received']);
    const bytes = corrupt(Buffer.from(await valid.xlsx.writeBuffer()));
    writeFileSync(file, bytes);

    const result = await runWorkbenchToExit(['--workbook', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file} cannot be read as an .xlsx workbook`);
    expect(result.stderr).toContain('the file was left exactly as it was');
    expect(result.stdout).not.toContain('http://');
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(readdirSync(folder)).toEqual(['maker.xlsx']);
  });
});
