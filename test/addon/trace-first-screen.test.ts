// The answer first (issue 12 §1), on the guide's soap-maker workbook through the built bundle: the first
// screen of a trace report (rows 1–20) says whether it is complete or what it could not check, whom to
// contact of how many bought these products, and which batches and units, each sentence whole in a
// column wide enough for it; the recall list comes before the detail. And "Recall list for this lot"
// is only the contact list, header in row 1, so that a CSV download of the sheet is exactly that list.
import { createRuntimeWithBundle, type LocalSheet } from '../../local/runtime';
import { parseCsvText } from '../../local/runtime/parse-csv';
import { soapMakerWorkbook } from '../fixtures/soap-maker';
import type { SheetContents } from '../fixtures/sheet-values';

const { sheets: soapMaker, expected } = soapMakerWorkbook();

function run(contents: SheetContents, item: string, code = expected.lot) {
  const { runtime, bundle } = createRuntimeWithBundle();
  for (const [name, rows] of Object.entries(contents)) runtime.spreadsheet.insertSheet(name).loadRowsForTest(rows);
  bundle.open('LIMITED');
  const scratch = runtime.spreadsheet.insertSheet('Scratch');
  scratch.getRange('B3').setNumberFormat('@').setValue(code);
  scratch.setSelectionForTest(['B3'], 'B3');
  runtime.endExecution();
  runtime.meter.reset();
  bundle.clickMenuItem(item);
  const sheet = runtime.spreadsheet.getActiveSheet();
  const values = sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn()).getDisplayValues();
  const log = runtime.spreadsheet.getSheetByName('Log')!;
  return { runtime, sheet, values, meter: runtime.meter.snapshot(), logged: String(log.getRange(log.getLastRow(), 4).getValue()) };
}

/** Rows 1–20: what a maker sees on opening the report, without scrolling. */
const FIRST_SCREEN = 20;

/** The sentences above the first blank row, a sentence's indented continuation lines joined to it. */
function sentencesAtTop(values: string[][]): string[] {
  const sentences: string[] = [];
  for (const row of values) {
    if (row.every((cell) => cell === '')) break;
    if (row[0]!.startsWith('   ')) sentences[sentences.length - 1] += ` ${row[0]!.trim()}`;
    else sentences.push(row[0]!);
  }
  return sentences;
}

/** Sheets' default font is about 7 px a character; the report's widths are made on the same measure. */
function fitsItsCell(sheet: LocalSheet, text: string): boolean {
  return 16 + text.length * 7 <= sheet.getColumnWidth(1);
}

/** Every heading row: only column A holds text, and that text fits column A. */
function expectReadable(sheet: LocalSheet, values: string[][]): number {
  const top = values.findIndex((row) => row.every((cell) => cell === ''));
  for (const row of values.slice(0, top)) {
    expect(row.slice(1).every((cell) => cell === '')).toBe(true);
    expect(fitsItsCell(sheet, row[0]!)).toBe(true);
  }
  return top;
}

function titleRow(values: string[][], title: string): number {
  return values.findIndex((row, index) => row[0] === title && row[1] === '' && values[index - 1]?.every((cell) => cell === '')) + 1;
}

/** As File ▸ Download ▸ Comma-separated values: every cell of the sheet's data range as shown, quoted where needed. */
function csvOf(values: string[][]): string {
  const quoted = (cell: string) => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return values.map((row) => row.map(quoted).join(',')).join('\n');
}

describe('the first screen of Trace this lot on the guide’s workbook', () => {
  const trace = run(soapMaker, 'Trace this lot');
  const { values, sheet } = trace;
  const sentences = sentencesAtTop(values);

  it('says it is complete, whom to contact of how many, and the batches and units, each sentence readable whole', () => {
    expect(sentences[0]).toBe('Trace LAV-0923-01');
    expect(sentences[1]).toBe('Complete: everything this trace needs could be read.');
    expect(sentences).toContain(
      `To contact: 34 of ${expected.customersOfSameProducts} customers who bought these products (LSOAP) between 2023-10-05 and 2023-11-26.`,
    );
    expect(sentences).toContain('Batches involved: 4 (1 of FB, 3 of LSOAP).');
    expect(sentences).toContain('LSOAP: 295 pcs made, 156 shipped, 2 wasted, 137 on hand.');
    expect(sentences).toContain('FB: 250 ml made, 40 used in other batches, 210 wasted, 0 on hand.');
    expect(sentences).toContain('Problems met on the way: none.');
    expect(expectReadable(sheet, values)).toBeLessThan(FIRST_SCREEN);
    // The title and the status stay in view while scrolling the detail.
    expect(sheet.getFrozenRows()).toBe(2);
  });

  it('counts one product however its SKU is typed, and a Quantity made it cannot read as not known, never 0', () => {
    const header = soapMaker.Batches![0]!;
    const [skuAt, codeAt, madeAt] = ['SKU', 'Batch code', 'Quantity made'].map((name) => header.indexOf(name));
    const [first, second] = expected.batchCodes;
    const messy = {
      ...soapMaker,
      Batches: soapMaker.Batches!.map((row) => {
        if (row[codeAt!] === first) return row.map((cell, index) => (index === skuAt ? ' lsoap ' : cell));
        if (row[codeAt!] === second) return row.map((cell, index) => (index === madeAt ? 'about 100' : cell));
        return row;
      }),
    };
    const unreadMade = Number(soapMaker.Batches!.find((row) => row[codeAt!] === second)![madeAt!]);
    const top = sentencesAtTop(run(messy, 'Trace this lot').values);
    expect(top).toContain('Batches involved: 4 (1 of FB, 3 of lsoap).');
    expect(top.find((sentence) => sentence.startsWith('lsoap: '))).toMatch(
      new RegExp(`^lsoap: at least ${295 - unreadMade} pcs made \\(one batch's Quantity made not read\\), `),
    );
  });

  it('shows the recall list, each customer once with what they received, before every detail table', () => {
    const recall = titleRow(values, 'Recall list');
    expect(recall).toBeGreaterThan(0);
    // Its header and its first customers are on the first screen.
    expect(recall + 2).toBeLessThan(FIRST_SCREEN);
    for (const title of ['What was traced', 'Source lots', 'Batches reached', 'Shipments', 'Mass balance', 'Lots at risk', 'Problems']) {
      expect(titleRow(values, title)).toBeGreaterThan(recall);
    }
    const header = values[recall]!;
    expect(header.slice(0, 10)).toEqual([
      'Customer',
      'Email',
      'Address',
      'Received',
      'SKUs',
      'Batch codes',
      'Quantity',
      'First shipped',
      'Last shipped',
      'Orders',
    ]);
    const rows = values.slice(recall + 1, recall + 1 + 34);
    expect(values[recall + 1 + 34]!.every((cell) => cell === '')).toBe(true);
    const emails = rows.map((row) => row[1]!.toLowerCase()).sort();
    expect(emails).toEqual(expected.customerEmails);
    for (const row of rows) {
      expect(row[3]).toMatch(/^\d+ × LSOAP from LSOAP-\d{6}-01 \(shipped 2023-\d\d-\d\d(, 2023-\d\d-\d\d)*\)/);
      expect(row[4]).toBe('LSOAP');
      expect(row[5]).toMatch(/^LSOAP-\d{6}-01(, LSOAP-\d{6}-01)*$/);
      expect(Number(row[6])).toBeGreaterThan(0);
      expect(row[9]).toMatch(/^\d+(, \d+)*$/);
    }
  });

  it('keeps what was traced, when and by whom, under the recall list', () => {
    const traced = titleRow(values, 'What was traced');
    const what = new Map(values.slice(traced + 1, traced + 14).map((row) => [row[0], row[1]]));
    expect(what.get('Code')).toBe(expected.lot);
    expect(what.get('Traced by')).toBe('maker@example.com');
    expect(what.get('Customers to contact')).toMatch(/^34 of /);
  });

  it('ends with the Log row, the report the active sheet, with no commit of its own after it', () => {
    expect(trace.runtime.spreadsheet.getActiveSheet().getName()).toMatch(/^LAV-0923-01 trace \d{6} \d{4}$/);
    expect(trace.logged).toContain('34 of');
    // The report (committed by the first read of the Log) and the Log row: no empty commit at the end.
    expect(trace.meter.cellsPerCommit.every((cells) => cells > 0)).toBe(true);
  });
});

describe('a trace in a workbook that has its Log already', () => {
  it('shows the report, with no commit of its own after the Log row', () => {
    const withLog = { ...soapMaker, Log: [['Time', 'User', 'Action', 'Details']] };
    const traced = run(withLog, 'Trace this lot');
    expect(traced.runtime.spreadsheet.getActiveSheet().getName()).toMatch(/^LAV-0923-01 trace \d{6} \d{4}$/);
    expect(traced.logged).toContain('34 of');
    expect(traced.meter.commits).toBe(traced.meter.cellsPerCommit.length);
    expect(traced.meter.cellsPerCommit.every((cells) => cells > 0)).toBe(true);
  });
});

describe('the first screen of a trace that could not check everything', () => {
  const withoutInputs = Object.fromEntries(Object.entries(soapMaker).filter(([name]) => name !== 'Batch inputs'));
  const { values, sheet } = run(withoutInputs, 'Trace this lot');
  const sentences = sentencesAtTop(values);

  it('says NOT COMPLETE and names each thing, every sentence readable whole, on the first screen', () => {
    expect(sentences[1]).toBe('NOT COMPLETE — 1 thing could not be checked, so more batches or customers may be affected:');
    expect(sentences[2]).toBe(
      'Not checked — No "Batch inputs" sheet: which lots went into which batches could not be checked, so batches reached and customers may be missing.',
    );
    expect(sentences).toContain('Batches involved: not known: no "Batch inputs" sheet.');
    expect(sentences.some((line) => /^To contact: /.test(line) && !/^To contact: No customer received/.test(line))).toBe(true);
    expect(expectReadable(sheet, values)).toBeLessThan(FIRST_SCREEN);
  });
});

describe('the first screen when the Orders sheet is missing', () => {
  const withoutOrders = Object.fromEntries(Object.entries(soapMaker).filter(([name]) => name !== 'Orders'));
  const { values, sheet } = run(withoutOrders, 'Trace this lot');
  const sentences = sentencesAtTop(values);

  it('says shipments are not known rather than 0, and whom to contact is not known', () => {
    expect(sentences).toContain('Not checked — No "Orders" sheet: customers could not be checked.');
    expect(sentences).toContain('To contact: Not known who received it: no "Orders" sheet, so customers could not be checked.');
    const lsoap = sentences.find((line) => line.startsWith('LSOAP: '))!;
    expect(lsoap).toContain('shipped not known');
    expect(lsoap).toContain('on hand not known');
    expect(sentences.join('\n')).not.toMatch(/\b0 shipped/);
    expect(expectReadable(sheet, values)).toBeLessThan(FIRST_SCREEN);
  });
});

describe('Recall list for this lot on the guide’s workbook', () => {
  const list = run(soapMaker, 'Recall list for this lot');
  const full = run(soapMaker, 'Trace this lot');

  it('is the contact list alone: header in row 1, exactly one row per customer, nothing else on the sheet', () => {
    const [header, ...rows] = list.values;
    expect(header).toEqual([
      'Customer',
      'Email',
      'Address',
      'Received',
      'SKUs',
      'Batch codes',
      'Quantity',
      'First shipped',
      'Last shipped',
      'Orders',
    ]);
    expect(rows).toHaveLength(34);
    expect(rows.map((row) => row[1]!.toLowerCase()).sort()).toEqual(expected.customerEmails);
    expect(list.sheet.getLastRow()).toBe(35);
    expect(list.sheet.getLastColumn()).toBe(header!.length);
    expect(list.sheet.getFrozenRows()).toBe(1);
    expect(list.sheet.getName()).toMatch(/^LAV-0923-01 recall \d{6} \d{4}$/);
  });

  it('downloads as a CSV that is exactly the contact list of the trace report', () => {
    const csv = csvOf(list.values);
    const recall = titleRow(full.values, 'Recall list');
    const contacts = full.values.slice(recall, recall + 1 + 34).map((row) => row.slice(0, list.values[0]!.length));
    expect(csv).toBe(csvOf(contacts));
    const parsed = parseCsvText(csv);
    expect(parsed[0]![0]).toBe('Customer');
    expect(
      parsed
        .slice(1)
        .map((row) => row[1]!.toLowerCase())
        .sort(),
    ).toEqual(expected.customerEmails);
    // A customer's address with a comma stays one field.
    expect(parsed.every((row) => row.length === parsed[0]!.length)).toBe(true);
  });

  it('tells the maker where the list is, with the count, in a toast; the Log row has the count', () => {
    expect(list.runtime.ui.dialogs).toEqual([]);
    const [toast] = list.runtime.ui.toasts;
    expect(toast?.message).toContain(`34 customers to contact written to sheet "${list.sheet.getName()}"`);
    expect(toast?.message).toContain(`34 of ${expected.customersOfSameProducts} customers`);
    expect(list.logged).toContain(`34 of ${expected.customersOfSameProducts} customers`);
  });
});

describe('a recall list that may miss customers', () => {
  // A customer's only affected order line typed with a wrong batch code: the list cannot be sure of them.
  const typo = Object.fromEntries(Object.entries(soapMaker).map(([name, rows]) => [name, rows.map((row) => [...row])]));
  const orders = typo.Orders!;
  const code = (orders[0] as string[]).indexOf('Batch code');
  const line = orders.findIndex((row) => row[code] === expected.batchCodes[0]);
  orders[line]![code] = 'LSOAP-231002-1';
  const list = run(typo, 'Recall list for this lot');

  it('still holds only the table, but says so in an alert that must be dismissed, in its name and in the Log', () => {
    expect(list.values[0]![0]).toBe('Customer');
    expect(list.values[0]).toContain('To check');
    const [alert] = list.runtime.ui.dialogs;
    expect(alert?.kind).toBe('alert');
    expect(alert?.prompt).toMatch(/^This list may be INCOMPLETE/);
    expect(alert?.prompt).toContain('To check — 1 order line names a batch code that matches no lot');
    expect(list.sheet.getName()).toMatch(/^LAV-0923-01 recall⚠ \d{6} \d{4}$/);
    expect(list.logged).toContain('may be incomplete: 1 thing could not be checked — To check — 1 order line');
    expect(list.runtime.ui.toasts).toEqual([]);
  });
});
