// Trace this lot and Recall list for this lot, run from the menu of the built add-on on the guide's
// soap-maker workbook, with the current cell set as a maker would set it; the report is read back.
import { createRuntimeWithBundle, type LocalSheet } from '../../local/runtime';
import { soapMakerWorkbook, variant } from '../fixtures/soap-maker';
import type { SheetContents } from '../fixtures/sheet-values';

const { sheets: soapMaker, expected } = soapMakerWorkbook();

function openWorkbook(contents: SheetContents) {
  const { runtime, bundle } = createRuntimeWithBundle();
  for (const [name, rows] of Object.entries(contents)) runtime.spreadsheet.insertSheet(name).loadRowsForTest(rows);
  bundle.open('LIMITED');
  return { runtime, bundle, spreadsheet: runtime.spreadsheet };
}

/** Put a code in a cell of a scratch sheet and make it the current cell, as a maker clicking it. */
function selectCode(spreadsheet: ReturnType<typeof openWorkbook>['spreadsheet'], code: string) {
  const scratch = spreadsheet.getSheetByName('Scratch') ?? spreadsheet.insertSheet('Scratch');
  scratch.getRange('B3').setNumberFormat('@').setValue(code);
  scratch.setSelectionForTest(['A1:C5'], 'B3');
}

/** The report as rows of display strings, and its tables by title. */
function readReport(sheet: LocalSheet) {
  const values = sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn()).getDisplayValues();
  const tables = new Map<string, { header: string[]; rows: string[][]; note: string | null }>();
  const weights = sheet.getRange(1, 1, sheet.getLastRow(), 1).getFontWeights();
  for (let r = 1; r < values.length; r++) {
    const isTitle = weights[r]?.[0] === 'bold' && values[r - 1]?.every((v) => v === '') && values[r]![1] === '';
    if (!isTitle) continue;
    let h = r + 1;
    let note: string | null = null;
    // A note is a sentence in one or more lines (the later ones indented), above the bold header.
    while (h < values.length && weights[h]?.[0] !== 'bold' && values[h]![0] !== '' && values[h]![1] === '') {
      note = note === null ? values[h]![0]! : `${note} ${values[h]![0]!.trim()}`;
      h++;
    }
    if (weights[h]?.[0] !== 'bold') {
      tables.set(values[r]![0]!, { header: [], rows: [], note });
      continue;
    }
    const header = values[h]!.filter((v) => v !== '');
    const rows: string[][] = [];
    for (let i = h + 1; i < values.length && values[i]!.some((v) => v !== ''); i++) rows.push(values[i]!.slice(0, header.length));
    tables.set(values[r]![0]!, { header, rows, note });
  }
  return { values, tables, frozen: sheet.getFrozenRows() };
}

function column(table: { header: string[]; rows: string[][] } | undefined, name: string): string[] {
  if (!table) throw new Error('no such table');
  const index = table.header.indexOf(name);
  if (index < 0) throw new Error(`no column ${name} in ${table.header.join(', ')}`);
  return table.rows.map((row) => row[index]!);
}

function traceFromMenu(contents: SheetContents, code: string, item = 'Trace this lot') {
  const opened = openWorkbook(contents);
  selectCode(opened.spreadsheet, code);
  const before = opened.spreadsheet.getSheets().map((s) => s.getName());
  opened.bundle.clickMenuItem(item);
  const report = opened.spreadsheet.getActiveSheet();
  return { ...opened, before, report, read: readReport(report) };
}

describe('Trace this lot, forward from the contaminated lavender oil', () => {
  const run = traceFromMenu(soapMaker, `  ${expected.lot.toLowerCase()} `);
  const { read } = run;

  it('writes a new sheet named after the code and the time, and shows it', () => {
    expect(run.report.getName()).toMatch(/^LAV-0923-01 trace \d{6} \d{4}$/);
    expect(run.before).not.toContain(run.report.getName());
    expect(read.frozen).toBeGreaterThan(0);
  });

  it('reaches the 3 batches, one of them through the fragrance blend', () => {
    const batches = [...read.tables.entries()].find(([title]) => title.startsWith('Batches'))?.[1];
    const codes = column(batches, 'Batch code');
    for (const code of expected.batchCodes) expect(codes).toContain(code);
    expect(codes).toContain(expected.subAssemblyBatchCode);
    expect(column(batches, 'Path')).toContain(expected.pathThroughBlend.join(' → '));
  });

  it('lists exactly the 34 customers to contact, each once, beside the buyers of the same products', () => {
    const recall = [...read.tables.entries()].find(([title]) => title.startsWith('Recall list'))?.[1];
    const emails = column(recall, 'Email')
      .map((e) => e.toLowerCase())
      .sort();
    expect(emails).toEqual(expected.customerEmails);
    expect(new Set(emails).size).toBe(34);
    expect(read.values.flat().join('\n')).toContain(`34 of ${expected.customersOfSameProducts} customers`);
  });

  it('shows the source lot with its supplier and a mass balance', () => {
    const titles = [...read.tables.keys()];
    expect(titles.some((t) => t.startsWith('Source'))).toBe(true);
    expect(titles.some((t) => t.startsWith('Mass balance'))).toBe(true);
    expect(read.values.flat()).toContain('Lavender Fields Co.');
  });

  it('changes nothing in the maker’s sheets but adds the report and one Log row', () => {
    const after = run.spreadsheet.getSheets().map((s) => s.getName());
    expect(after.filter((name) => !run.before.includes(name))).toEqual([run.report.getName()]);
    const log = run.spreadsheet.getSheetByName('Log')!;
    expect(log.getLastRow()).toBe(2);
    expect(log.getRange(2, 3, 1, 2).getValues()[0]).toEqual(['Trace this lot', expect.stringContaining('34 of')]);
    for (const [name, rows] of Object.entries(soapMaker)) {
      if (name === 'Log') continue;
      const sheet = run.spreadsheet.getSheetByName(name)!;
      expect(sheet.getLastRow()).toBe(rows.length);
      expect(sheet.getRange(1, 1, rows.length, rows[0]!.length).getValues()).toEqual(rows);
    }
    expect(run.runtime.meter.snapshot().formulasWritten).toBe(0);
  });
});

describe('Trace this lot, backward from an affected customer’s order', () => {
  const run = traceFromMenu(soapMaker, expected.affectedOrder.order);

  it('finds every lot in the item and its supplier', () => {
    const text = run.read.values.flat();
    for (const lot of expected.affectedOrder.lots) {
      expect(text).toContain(lot.lot);
      expect(text).toContain(lot.supplierLot);
      expect(text).toContain(lot.supplier);
    }
  });
});

describe('the same trace on a messy copy of the workbook', () => {
  const messy = variant(soapMaker);
  const clean = traceFromMenu(soapMaker, expected.lot);
  const run = traceFromMenu(messy, expected.lot);

  it('gives the same recall list and batches', () => {
    const recallOf = (read: ReturnType<typeof readReport>) =>
      column([...read.tables.entries()].find(([t]) => t.startsWith('Recall list'))?.[1], 'Email')
        .map((e) => e.trim().toLowerCase())
        .sort();
    expect(recallOf(run.read)).toEqual(recallOf(clean.read));
    const batchesOf = (read: ReturnType<typeof readReport>) =>
      column([...read.tables.entries()].find(([t]) => t.startsWith('Batches'))?.[1], 'Batch code')
        .map((c) => c.trim().toUpperCase())
        .sort();
    expect(batchesOf(run.read)).toEqual(batchesOf(clean.read));
  });
});

describe('Recall list for this lot', () => {
  const run = traceFromMenu(soapMaker, expected.lot, 'Recall list for this lot');

  it('writes only the contact list, one row per customer', () => {
    // Header in row 1, then the customers, and nothing else (test/addon/trace-first-screen.test.ts has the CSV).
    const [header, ...rows] = run.read.values;
    const list = { header: header!, rows };
    expect(list.header[0]).toBe('Customer');
    expect(run.read.tables.size).toBe(0);
    const emails = column(list, 'Email')
      .map((e) => e.toLowerCase())
      .sort();
    expect(emails).toEqual(expected.customerEmails);
    expect(run.report.getName()).toMatch(/^LAV-0923-01 recall \d{6} \d{4}$/);
  });
});

describe('codes that need asking or match nothing', () => {
  it('asks for a code when the current cell is empty', () => {
    const { runtime, bundle, spreadsheet } = openWorkbook(soapMaker);
    spreadsheet.getSheetByName('Receipts')!.setSelectionForTest(['Z900'], 'Z900');
    runtime.ui.answerNext({ button: 'OK', text: expected.lot });
    bundle.clickMenuItem('Trace this lot');
    expect(runtime.ui.dialogs.at(-1)?.kind).toBe('prompt');
    expect(spreadsheet.getActiveSheet().getName()).toMatch(/^LAV-0923-01 trace/);
  });

  it('says so in plain words and suggests the nearest codes, writing nothing', () => {
    const { runtime, bundle, spreadsheet } = openWorkbook(soapMaker);
    selectCode(spreadsheet, 'LAV-0923-10');
    const sheets = spreadsheet.getSheets().length;
    bundle.clickMenuItem('Trace this lot');
    const alert = runtime.ui.dialogs.at(-1)!;
    expect(alert.kind).toBe('alert');
    expect(alert.prompt).toContain('LAV-0923-10');
    expect(alert.prompt).toContain('LAV-0923-01');
    expect(spreadsheet.getSheets().length).toBe(sheets);
  });

  it('keeps a customer called =HYPERLINK(...) as text in the report', () => {
    const hostile = JSON.parse(
      JSON.stringify(soapMaker, (_k, v) => v),
      (_k, v) => (typeof v === 'string' && /^\d{4}-\d\d-\d\dT/.test(v) ? new Date(v) : v),
    ) as SheetContents;
    const orders = hostile.Orders!;
    const header = orders[0] as string[];
    const batchColumn = header.indexOf('Batch code');
    const customerColumn = header.indexOf('Customer');
    const row = orders.find((r) => r[batchColumn] === expected.batchCodes[0])!;
    row[customerColumn] = '=HYPERLINK("http://evil.example","Click")';
    const run = traceFromMenu(hostile, expected.lot);
    expect(run.read.values.flat()).toContain('=HYPERLINK("http://evil.example","Click")');
    expect(run.runtime.meter.snapshot().formulasWritten).toBe(0);
  });
});

describe('other kinds of starting code', () => {
  it('traces a supplier’s own lot number to every receipt that carries it', () => {
    const run = traceFromMenu(soapMaker, expected.sharedSupplierLot.supplierLot);
    const text = run.read.values.flat();
    for (const lot of expected.sharedSupplierLot.lots) expect(text).toContain(lot);
    expect(text.join('\n')).toContain('supplier lot');
  });

  it('traces a batch ID both ways', () => {
    const run = traceFromMenu(soapMaker, expected.affectedOrder.batchId.toLowerCase());
    const text = run.read.values.flat();
    expect(text).toContain(expected.affectedOrder.batchCode);
    expect(text).toContain(expected.lot);
    expect(text).toContain(expected.affectedOrder.email);
  });
});

describe('the layout cache between traces', () => {
  it('asks Google less the second time, and notices columns that moved or sheets renamed', () => {
    const { runtime, bundle, spreadsheet } = openWorkbook(soapMaker);
    const trace = () => {
      selectCode(spreadsheet, expected.lot);
      runtime.meter.reset();
      bundle.clickMenuItem('Trace this lot');
      const read = readReport(spreadsheet.getActiveSheet());
      const recall = [...read.tables.entries()].find(([title]) => title.startsWith('Recall list'))?.[1];
      return {
        calls: runtime.meter.snapshot().calls,
        emails: column(recall, 'Email')
          .map((e) => e.toLowerCase())
          .sort(),
      };
    };
    const cold = trace();
    const warm = trace();
    expect(warm.emails).toEqual(expected.customerEmails);
    expect(warm.calls).toBeLessThan(cold.calls - 10);

    // A maker inserts a column before Lot number and renames the Orders tab.
    spreadsheet.getSheetByName('Receipts')!.insertColumnBefore(1);
    spreadsheet.getSheetByName('Receipts')!.getRange('A1').setValue('Shelf');
    spreadsheet.getSheetByName('Orders')!.setName('orders ');
    const changed = trace();
    expect(changed.emails).toEqual(expected.customerEmails);
    // Finding out cost calls once; the layouts learnt then serve the next trace.
    const again = trace();
    expect(changed.calls).toBeGreaterThan(again.calls);
    expect(again.calls).toBeLessThan(cold.calls - 10);
  });
});

describe('the code under the maker’s cursor in a sheet the trace reads anyway', () => {
  /** Select the cell of Receipts' Lot number column that holds the lot, as a maker clicking it there. */
  function clickLotInReceipts(spreadsheet: ReturnType<typeof openWorkbook>['spreadsheet'], lot: string) {
    const receipts = spreadsheet.getSheetByName('Receipts')!;
    const header = receipts.getRange(1, 1, 1, receipts.getLastColumn()).getValues()[0]!;
    const lotColumn = header.indexOf('Lot number') + 1;
    const lots = receipts
      .getRange(1, lotColumn, receipts.getLastRow(), 1)
      .getValues()
      .map((row) => String(row[0]));
    const row = lots.indexOf(lot) + 1;
    expect(row).toBeGreaterThan(1);
    receipts.setSelectionForTest([receipts.getRange(row, lotColumn).getA1Notation()], receipts.getRange(row, lotColumn).getA1Notation());
    return { receipts, row, lotColumn };
  }

  it('takes the lot from the column read for the trace, without a call of its own, and gives the same report', () => {
    const { runtime, bundle, spreadsheet } = openWorkbook(soapMaker);
    clickLotInReceipts(spreadsheet, expected.lot);
    runtime.endExecution();
    runtime.meter.reset();
    bundle.clickMenuItem('Trace this lot');
    const byMethod = runtime.meter.snapshot().callsByMethod;
    const read = readReport(spreadsheet.getActiveSheet());
    const recall = [...read.tables.entries()].find(([title]) => title.startsWith('Recall list'))?.[1];
    expect(
      column(recall, 'Email')
        .map((e) => e.toLowerCase())
        .sort(),
    ).toEqual(expected.customerEmails);
    expect(byMethod['SpreadsheetApp.Range.getDisplayValue'] ?? 0).toBe(0);
    expect(byMethod['SpreadsheetApp.Range.getValue'] ?? 0).toBe(0);
  });

  it('still asks for a code when that cell is empty', () => {
    const { runtime, bundle, spreadsheet } = openWorkbook(soapMaker);
    const { receipts, row, lotColumn } = clickLotInReceipts(spreadsheet, expected.lot);
    receipts.getRange(row, lotColumn).setValue('');
    runtime.ui.answerNext({ button: 'OK', text: expected.subAssemblyBatchCode });
    bundle.clickMenuItem('Trace this lot');
    expect(runtime.ui.dialogs.at(-1)?.kind).toBe('prompt');
    expect(spreadsheet.getActiveSheet().getName().startsWith(`${expected.subAssemblyBatchCode} trace`)).toBe(true);
  });

  it('reads a number in a code column as Sheets shows it, format and all', () => {
    const { runtime, bundle, spreadsheet } = openWorkbook(soapMaker);
    const { receipts, row, lotColumn } = clickLotInReceipts(spreadsheet, expected.lot);
    // A lot number typed as digits becomes a number; the maker sees it through the format.
    receipts.getRange(row, lotColumn).setNumberFormat('00000').setValue(923);
    bundle.clickMenuItem('Trace this lot');
    // Nothing else is called 00923: the alert names the code as the maker sees it.
    expect(runtime.ui.dialogs.at(-1)?.prompt).toContain('"00923"');
  });
});
