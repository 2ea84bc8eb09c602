// Never a false all-clear (issue 10 §1): on workbooks as makers really have them — a sheet renamed,
// a column missing, a batch code mistyped, a quantity typed in words, a cell at Sheets' size limit —
// Trace this lot and Recall list for this lot say at their top what they could not check, never claim
// what they did not establish, and either finish whole or leave nothing behind. Run on the built bundle.
import { createRuntimeWithBundle, type LocalSheet } from '../../local/runtime';
import { withBasics } from '../fixtures/small-workbook';
import { soapMakerWorkbook } from '../fixtures/soap-maker';
import type { SheetContents } from '../fixtures/sheet-values';

const { sheets: soapMaker, expected } = soapMakerWorkbook();

/** A deep copy of the workbook's contents, dates kept as dates, to change one thing in. */
function copyOf(contents: SheetContents): SheetContents {
  return Object.fromEntries(Object.entries(contents).map(([name, rows]) => [name, rows.map((row) => [...row])]));
}

function openWorkbook(contents: SheetContents) {
  const { runtime, bundle } = createRuntimeWithBundle();
  for (const [name, rows] of Object.entries(contents)) runtime.spreadsheet.insertSheet(name).loadRowsForTest(rows);
  bundle.open('LIMITED');
  return { runtime, bundle, spreadsheet: runtime.spreadsheet };
}

type Opened = ReturnType<typeof openWorkbook>;

function clickTrace(opened: Opened, code: string, item = 'Trace this lot') {
  const scratch = opened.spreadsheet.getSheetByName('Scratch') ?? opened.spreadsheet.insertSheet('Scratch');
  scratch.getRange('B3').setNumberFormat('@').setValue(code);
  scratch.setSelectionForTest(['A1:C5'], 'B3');
  const dialogs = opened.runtime.ui.dialogs.length;
  opened.bundle.clickMenuItem(item);
  const alerts = opened.runtime.ui.dialogs.slice(dialogs).map((dialog) => dialog.prompt);
  const sheet = opened.spreadsheet.getActiveSheet();
  return { sheet, alerts, read: readReport(sheet) };
}

function trace(contents: SheetContents, code: string, item = 'Trace this lot') {
  const opened = openWorkbook(contents);
  return { ...opened, ...clickTrace(opened, code, item) };
}

/**
 * The report as display strings: its first screen's sentences (the rows above the first blank one, a
 * sentence's indented continuation lines joined to it), every cell, and its tables by title. A recall
 * list alone is a bare table, header in row 1: `list` is that table.
 */
function readReport(sheet: LocalSheet) {
  const values = sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn()).getDisplayValues();
  const top: string[] = [];
  for (const row of values) {
    if (row.every((cell) => cell === '')) break;
    if (row[0]!.startsWith('   ') && top.length > 0) top[top.length - 1] += ` ${row[0]!.trim()}`;
    else top.push(row[0]!);
  }
  const weights = sheet.getRange(1, 1, sheet.getLastRow(), 1).getFontWeights();
  const tables = new Map<string, { header: string[]; rows: string[][]; note: string | null }>();
  for (let r = 1; r < values.length; r++) {
    const isTitle = weights[r]?.[0] === 'bold' && values[r - 1]?.every((v) => v === '') && values[r]![1] === '';
    if (!isTitle) continue;
    let h = r + 1;
    let note: string | null = null;
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
  const what = new Map((tables.get('What was traced')?.rows ?? []).map((row) => [row[0]!, row[1]!]));
  const list = { header: values[0]!.filter((v) => v !== ''), rows: values.slice(1) };
  return { values, text: values.flat().join('\n'), top, tables, what, list };
}

function column(table: { header: string[]; rows: string[][] } | undefined, name: string): string[] {
  if (!table) throw new Error('no such table');
  const index = table.header.indexOf(name);
  if (index < 0) throw new Error(`no column ${name} in ${table.header.join(', ')}`);
  return table.rows.map((row) => row[index]!);
}

function logDetails(opened: Opened): string[] {
  const log = opened.spreadsheet.getSheetByName('Log')!;
  return log.getLastRow() < 2
    ? []
    : log
        .getRange(2, 4, log.getLastRow() - 1, 1)
        .getDisplayValues()
        .map((row) => row[0]!);
}

/** The workbook with one sheet's header cell renamed (the column then is no known column). */
function withHeader(contents: SheetContents, sheet: string, from: string, to: string): SheetContents {
  const copy = copyOf(contents);
  const header = copy[sheet]![0]!;
  header[header.indexOf(from)] = to;
  return copy;
}

function without(contents: SheetContents, sheet: string): SheetContents {
  const copy = copyOf(contents);
  delete copy[sheet];
  return copy;
}

const ALL_CLEAR = /No customer received|No batch was made|No order line shipped/;

describe('a missing sheet or column is never an empty table', () => {
  it('with Orders renamed "Orders (old)", the trace says at its top that customers could not be checked, and claims no all-clear', () => {
    const renamed = copyOf(soapMaker);
    renamed['Orders (old)'] = renamed.Orders!;
    delete renamed.Orders;
    const run = trace(renamed, expected.lot);
    expect(run.alerts).toEqual([]);
    // The renamed tab still has the Orders header: the maker is told which tab it may be (never read in its place).
    expect(run.read.top).toContain(
      'Not checked — No "Orders" sheet: customers could not be checked. The tab "Orders (old)" looks like it: rename it "Orders" for Lotline to read it.',
    );
    expect(run.read.text).not.toMatch(ALL_CLEAR);
    expect(run.read.what.get('Customers to contact')).toBe(
      'Not known who received it: no "Orders" sheet, so customers could not be checked.',
    );
    expect(Number(run.read.what.get('Problems'))).toBeGreaterThan(0);
    expect(column(run.read.tables.get('Problems'), 'Sheet')).toContain('Orders');
    const [logged] = logDetails(run);
    expect(logged).not.toMatch(ALL_CLEAR);
    expect(logged).toContain('Not known who received it');
  });

  it('the recall list of a deleted Orders sheet says so in an alert, in its name and in the Log', () => {
    const run = trace(without(soapMaker, 'Orders'), expected.lot, 'Recall list for this lot');
    // The sheet is only the (empty) contact list; what it could not check is where a maker cannot miss it.
    expect(run.read.values).toEqual([run.read.list.header]);
    expect(run.sheet.getName()).toMatch(/^LAV-0923-01 recall⚠ \d{6} \d{4}$/);
    expect(run.alerts).toHaveLength(1);
    expect(run.alerts[0]).toContain('This list may be INCOMPLETE');
    expect(run.alerts[0]).toContain('Not checked — No "Orders" sheet: customers could not be checked.');
    expect(run.alerts[0]).toContain('Not known who received it: no "Orders" sheet, so customers could not be checked.');
    expect(run.alerts[0]).not.toMatch(ALL_CLEAR);
    expect(logDetails(run)[0]).not.toMatch(ALL_CLEAR);
    expect(logDetails(run)[0]).toContain('may be incomplete: 1 thing could not be checked — Not checked — No "Orders" sheet');
  });

  it('with no Batch inputs sheet, batches reached are not known rather than 0, and the problem is named', () => {
    const run = trace(without(soapMaker, 'Batch inputs'), expected.lot);
    expect(run.read.top).toContain(
      'Not checked — No "Batch inputs" sheet: which lots went into which batches could not be checked, so batches reached and customers may be missing.',
    );
    expect(run.read.what.get('Batches reached')).toBe('not known: no "Batch inputs" sheet');
    expect(run.read.what.get('Problems')).not.toBe('0');
    expect(run.read.text).not.toMatch(ALL_CLEAR);
  });

  it('with no Batch code column in Orders, the recall list does not say no customer received it', () => {
    const run = trace(withHeader(soapMaker, 'Orders', 'Batch code', 'Ref'), expected.lot, 'Recall list for this lot');
    expect(run.alerts[0]).toContain('Not checked — Orders has no "Batch code" column: customers could not be checked.');
    expect(run.read.text).not.toMatch(ALL_CLEAR);
    expect(run.alerts[0]).not.toMatch(ALL_CLEAR);
    expect(run.alerts[0]).toContain('Not known who received it: no "Batch code" column on Orders, so customers could not be checked.');
    expect(run.sheet.getName()).toContain('recall⚠');
  });

  it('a workbook with every sheet says nothing is unchecked', () => {
    const run = trace(soapMaker, expected.lot);
    expect(run.read.top[1]).toBe('Complete: everything this trace needs could be read.');
    expect(run.read.text).not.toContain('Not checked');
  });
});

/** The soap maker with the only affected order line of one customer typed with a wrong batch code. */
function withTypo() {
  const typo = copyOf(soapMaker);
  const orders = typo.Orders!;
  const header = orders[0] as string[];
  const code = header.indexOf('Batch code');
  const email = header.indexOf('Email');
  const affected = orders.filter((row) => expected.batchCodes.includes(String(row[code])));
  const emailOf = (row: unknown[]) => String(row[email]).trim().toLowerCase();
  const once = affected.find((row) => affected.filter((other) => emailOf(other) === emailOf(row)).length === 1)!;
  const line = orders.indexOf(once);
  const closest = String(once[code]);
  const written = closest.replace(/-0(\d)$/, '-$1');
  orders[line]![code] = written;
  return { contents: typo, row: line + 1, written, closest, email: emailOf(once) };
}

describe('order lines whose batch code matches nothing are listed to check', () => {
  it('the trace lists the line with its sheet, row and closest code, at the top and as a problem', () => {
    const { contents, row, written, closest, email } = withTypo();
    const run = trace(contents, expected.lot);
    const toCheck = run.read.tables.get('To check');
    expect(column(toCheck, 'Row')).toEqual([String(row)]);
    expect(column(toCheck, 'Sheet')).toEqual(['Orders']);
    expect(column(toCheck, 'Code as written')).toEqual([written]);
    expect(column(toCheck, 'Closest existing code')).toEqual([closest]);
    expect(column(toCheck, 'Email').map((cell) => cell.trim().toLowerCase())).toEqual([email]);
    expect(run.read.top.some((line) => line.startsWith('To check — 1 order line'))).toBe(true);
    const problems = run.read.tables.get('Problems');
    expect(column(problems, 'Row')).toContain(String(row));
    // The customer is not counted as sure, and not lost either.
    expect(run.read.what.get('Customers to contact')).toMatch(
      /; 1 more customer to check, on order lines whose batch code matches no lot\.$/,
    );
  });

  it('the recall list shows the customer as a "to check" row', () => {
    const { contents, row, written, closest, email } = withTypo();
    const run = trace(contents, expected.lot, 'Recall list for this lot');
    const { list } = run.read;
    const emails = column(list, 'Email').map((cell) => cell.trim().toLowerCase());
    const position = emails.indexOf(email);
    expect(position).toBeGreaterThanOrEqual(0);
    expect(column(list, 'To check')[position]).toBe(`Orders row ${row}: batch code "${written}" matches no lot; closest: ${closest}`);
    // The count, with the customer to check, is in the alert the maker must dismiss, and the sheet's name warns.
    expect(run.alerts[0]).toMatch(/\n33 of \d+ customers .*; 1 more customer to check, on order lines whose batch code matches no lot\.\n/);
    expect(run.sheet.getName()).toContain('recall⚠');
    // Everyone else is as sure as before, and unmarked.
    expect(column(list, 'To check').filter((note) => note !== '')).toHaveLength(1);
    expect(new Set(emails).size).toBe(expected.customerEmails.length);
  });

  it('a Batch inputs row whose lot is a typo of the traced lot is listed too', () => {
    const typo = copyOf(soapMaker);
    const inputs = typo['Batch inputs']!;
    const lot = (inputs[0] as string[]).indexOf('Lot');
    const row = inputs.findIndex((cells) => cells[lot] === expected.lot);
    inputs[row]![lot] = 'LAV-0923-1';
    const run = trace(typo, expected.lot);
    const toCheck = run.read.tables.get('To check');
    expect(column(toCheck, 'Sheet')).toEqual(['Batch inputs']);
    expect(column(toCheck, 'Row')).toEqual([String(row + 1)]);
    expect(column(toCheck, 'Closest existing code')).toEqual([expected.lot]);
  });
});

describe('one unreadable movement never hides an overdraw', () => {
  const overdrawn = withBasics({
    receipts: [
      { lotNumber: 'LAV-1', received: '2024-03-01', materialCode: 'LAV', supplier: 'Lavender Fields Co.', quantity: 2, unit: 'l' },
    ],
    batches: [
      { batchId: 'MFG-1', made: '2024-03-02', sku: 'FB', batchCode: 'FB-1', quantityMade: 3000, unit: 'ml' },
      { batchId: 'MFG-2', made: '2024-03-03', sku: 'FB', batchCode: 'FB-2', quantityMade: 3000, unit: 'ml' },
      { batchId: 'MFG-3', made: '2024-03-04', sku: 'FB', batchCode: 'FB-3', quantityMade: 100, unit: 'ml' },
    ],
    batchInputs: [
      { batchId: 'MFG-1', lot: 'LAV-1', quantity: 3, unit: 'l' },
      { batchId: 'MFG-2', lot: 'LAV-1', quantity: 2600, unit: 'ml' },
      { batchId: 'MFG-3', lot: 'LAV-1', quantity: 'thirty', unit: 'ml' },
    ],
    orders: [],
    waste: [],
  });

  it('shows the readable part of the balance, negative on hand included, marked incomplete, and names the unreadable cell', () => {
    const run = trace(overdrawn, 'LAV-1');
    const balance = run.read.tables.get('Mass balance');
    const lav = balance!.rows.find((row) => row[0] === 'LAV-1')!;
    const cell = (name: string) => lav[balance!.header.indexOf(name)];
    expect(cell('Used in batches')).toBe('5.6');
    expect(cell('On hand')).toBe('-3.6');
    expect(cell('Note')).toMatch(/^incomplete: 1 quantity could not be counted/);
    const problems = run.read.tables.get('Problems')!.rows.map((row) => row.join(' | '));
    expect(problems).toContainEqual(expect.stringMatching(/^Batch inputs \| 4 \| Quantity \| .*thirty/));
    expect(problems).toContainEqual(expect.stringMatching(/^Receipts \| 2 \| Quantity \| on hand of LAV-1 comes to -3\.6 l or less/));
    expect(run.read.top.some((line) => line.startsWith('Incomplete — ') && line.includes('LAV-1'))).toBe(true);
  });
});

describe('long cells never make a trace fail halfway', () => {
  /** 50,000 characters: as much as a cell holds, so the apostrophe that keeps it text would make 50,001. */
  const huge = (letter: string) => letter.repeat(50_000);

  function withHugeCells() {
    const copy = copyOf(soapMaker);
    const set = (sheet: string, match: (row: unknown[], header: string[]) => boolean, column: string, value: string) => {
      const rows = copy[sheet]!;
      const header = rows[0] as string[];
      const found = rows.find((row, index) => index > 0 && match(row, header))!;
      found[header.indexOf(column)] = value;
    };
    const isLot = (row: unknown[], header: string[]) => row[header.indexOf('Lot number')] === expected.lot;
    set('Receipts', isLot, 'Supplier lot', huge('S'));
    set('Receipts', isLot, 'Spec', huge('P'));
    const isOrder = (row: unknown[], header: string[]) => String(row[header.indexOf('Order')]) === expected.affectedOrder.order;
    set('Orders', isOrder, 'Customer', huge('C'));
    set('Orders', isOrder, 'Address', huge('A'));
    return copy;
  }

  it('writes the whole report, every cell within 50,000 characters, and its Log row', () => {
    for (const item of ['Trace this lot', 'Recall list for this lot']) {
      const run = trace(withHugeCells(), expected.lot, item);
      expect(run.alerts).toEqual([]);
      const longest = Math.max(...run.read.values.flat().map((value) => value.length));
      expect(longest).toBeGreaterThan(49_000);
      expect(longest).toBeLessThanOrEqual(50_000);
      expect(run.read.text).toContain(`${'C'.repeat(100)}`);
      expect(
        run.read.values
          .flat()
          .find((value) => value.startsWith('CCC'))
          ?.endsWith('…'),
      ).toBe(true);
      expect(logDetails(run)).toHaveLength(1);
    }
  });

  it('a report that cannot finish removes its partial sheet and says why', () => {
    const opened = openWorkbook(soapMaker);
    const sheetsBefore = opened.spreadsheet.getSheets().map((sheet) => sheet.getName());
    // Google failing halfway through the report (a timeout, a quota): its bold rows are written, its freeze is not.
    const insert = opened.spreadsheet.insertSheet.bind(opened.spreadsheet) as (...args: unknown[]) => LocalSheet;
    (opened.spreadsheet as unknown as { insertSheet: (...args: unknown[]) => LocalSheet }).insertSheet = (...args) => {
      const sheet = insert(...args);
      if (String(args[0]).includes(' trace ')) {
        sheet.setFrozenRows = () => {
          throw new Error('Service Spreadsheets timed out while accessing document.');
        };
      }
      return sheet;
    };
    const run = clickTrace(opened, expected.lot);
    expect(run.alerts).toEqual([
      'Trace this lot could not finish: the report could not be written (Service Spreadsheets timed out while accessing document.) and its half-written sheet was removed.',
    ]);
    const after = opened.spreadsheet.getSheets().map((sheet) => sheet.getName());
    expect(after.filter((name) => !sheetsBefore.includes(name))).toEqual(['Scratch']);
    expect(logDetails(opened)).toEqual([]);
  });
});

describe('report sheet names fit 31 characters', () => {
  it('two traces and two recall lists of one lot in the same minute get four names of at most 31 characters, distinct within 31', () => {
    const opened = openWorkbook(soapMaker);
    const names: string[] = [];
    for (const item of ['Trace this lot', 'Trace this lot', 'Recall list for this lot', 'Recall list for this lot']) {
      const run = clickTrace(opened, expected.subAssemblyBatchCode, item);
      expect(run.alerts).toEqual([]);
      names.push(run.sheet.getName());
    }
    for (const name of names) expect(name.length).toBeLessThanOrEqual(31);
    expect(new Set(names.map((name) => name.slice(0, 31).toLowerCase())).size).toBe(4);
    expect(names[0]).toMatch(/^FB-231001-01 trace \d{6} \d{4}$/);
    expect(names[2]).toMatch(/^FB-231001-01 recall \d{6} \d{4}$/);
    // Within one minute the second takes a number, the code giving way to it (a minute may turn between clicks).
    const stamp = (name: string) => /\d{6} \d{4}/.exec(name)?.[0];
    if (stamp(names[1]!) === stamp(names[0]!)) expect(names[1]).toMatch(/^FB-23100… trace \d{6} \d{4} \(2\)$/);
  });
});
