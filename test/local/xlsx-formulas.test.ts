// Formulas in a workbook downloaded from Sheets (.xlsx): the file keeps each formula and the value it
// last computed. Loaded into the workbench's runtime, getFormulas gives the formula and getValues its
// value — recomputed where the engine can, the saved value where it cannot (a Google-only function);
// saved again, the file carries the values too.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as ExcelJS from 'exceljs';
import { createRuntime } from '../../local/runtime';
import { loadSnapshot, takeSnapshot } from '../../local/workbench/snapshot';
import { readXlsx, toWorkbook } from '../../local/workbench/xlsx-file';

const folder = mkdtempSync(path.join(tmpdir(), 'lotline-xlsx-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function downloadedWorkbook(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Receipts');
  sheet.getCell('A1').value = 'Cases';
  sheet.getCell('B1').value = 'Quantity';
  sheet.getCell('C1').value = 'Price';
  sheet.getCell('D1').value = 'Supplier code';
  sheet.getCell('A2').value = 3;
  sheet.getCell('B2').value = { formula: 'A2*12', result: 36 };
  sheet.getCell('C2').value = { formula: 'GOOGLEFINANCE("LAV")', result: 4.5 };
  sheet.getCell('D2').value = { formula: 'VLOOKUP("LAV",A1:A2,1,FALSE)', result: { error: '#N/A' } };
  const file = path.join(folder, 'downloaded.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

test('an .xlsx formula keeps its formula and shows its value; saved again, the value goes along', async () => {
  const snapshot = await readXlsx(await downloadedWorkbook(), 'America/New_York');
  const runtime = createRuntime();
  loadSnapshot(runtime, snapshot);
  const receipts = runtime.spreadsheet.getSheetByName('Receipts')!;
  expect(receipts.getRange('A2:D2').getValues()).toEqual([[3, 36, 4.5, '#N/A']]);
  expect(receipts.getRange('B2:D2').getFormulas()).toEqual([['=A2*12', '=GOOGLEFINANCE("LAV")', '=VLOOKUP("LAV",A1:A2,1,FALSE)']]);

  receipts.getRange('A2').setValue(4);
  expect(receipts.getRange('B2').getValue()).toBe(48);

  const saved = toWorkbook(takeSnapshot(runtime), 'America/New_York').getWorksheet('Receipts')!;
  expect(saved.getCell('B2').value).toEqual({ formula: 'A2*12', result: 48 });
  expect(saved.getCell('C2').value).toEqual({ formula: 'GOOGLEFINANCE("LAV")', result: 4.5 });
  expect(saved.getCell('D2').value).toEqual({ formula: 'VLOOKUP("LAV",A1:A2,1,FALSE)', result: { error: '#N/A' } });
});
