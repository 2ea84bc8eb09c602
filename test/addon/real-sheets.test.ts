// Sheets as makers really have them, traced through the built add-on: count units written as makers
// write them, a German spreadsheet whose numbers and dates are text, Quantity columns computed by
// formula with an #N/A among them, and an unreadable cell far too long to quote.
import { createRuntimeWithBundle, type LocalSheet, type RuntimeOptions } from '../../local/runtime';
import type { SheetContents } from '../fixtures/sheet-values';
import { edited, SMALL_SOAP, smallSoap } from '../domain/trace/small-soap';

function openWorkbook(contents: SheetContents, options: RuntimeOptions = {}) {
  const { runtime, bundle } = createRuntimeWithBundle(options);
  for (const [name, rows] of Object.entries(contents)) runtime.spreadsheet.insertSheet(name).loadRowsForTest(rows);
  bundle.open('LIMITED');
  return { runtime, bundle, spreadsheet: runtime.spreadsheet };
}

type Opened = ReturnType<typeof openWorkbook>;

/** Trace a code from the menu, as a maker clicking it; the report as display text. */
function trace({ spreadsheet, bundle }: Opened, code: string): string[][] {
  const scratch = spreadsheet.getSheetByName('Scratch') ?? spreadsheet.insertSheet('Scratch');
  scratch.getRange('B3').setNumberFormat('@').setValue(code);
  scratch.setSelectionForTest(['A1:C5'], 'B3');
  bundle.clickMenuItem('Trace this lot');
  const report = spreadsheet.getActiveSheet();
  return report.getRange(1, 1, report.getLastRow(), report.getLastColumn()).getDisplayValues();
}

/** A report table's rows by their first cell, each as header → cell. */
function table(values: string[][], title: string): Map<string, Record<string, string>> {
  const start = values.findIndex((row) => row[0] === title && row.slice(1).every((cell) => cell === ''));
  if (start < 0) throw new Error(`no table ${title}`);
  const headerAt = values.findIndex((row, index) => index > start && row.filter((cell) => cell !== '').length > 1);
  const header = values[headerAt]!;
  const rows = new Map<string, Record<string, string>>();
  for (let index = headerAt + 1; index < values.length && values[index]!.some((cell) => cell !== ''); index += 1) {
    const row = values[index]!;
    rows.set(row[0]!, Object.fromEntries(header.map((name, column) => [name, row[column] ?? ''])));
  }
  return rows;
}

function summary(values: string[][], what: string): string {
  return values.find((row) => row[0] === what)?.[1] ?? '';
}

function problems(values: string[][]): string {
  const start = values.findIndex((row) => row[0] === 'Problems' && row.slice(1).every((cell) => cell === ''));
  return values
    .slice(start)
    .map((row) => row.filter((cell) => cell !== '').join(' | '))
    .join('\n');
}

describe('count units are shown as the maker wrote them', () => {
  const contents = smallSoap({
    products: [
      { sku: 'LSOAP', product: 'Lavender soap bar', kind: 'Finished', batchSize: 100, unit: 'bars' },
      { sku: 'FB', product: 'Lavender fragrance blend', kind: 'Sub-assembly', batchSize: 250, unit: 'ml' },
      { sku: 'GIFT', product: 'Gift box', kind: 'Finished', batchSize: 20, unit: 'boxes' },
    ],
    batchInputs: edited('batchInputs', 7, { unit: 'bars' }),
    waste: edited('waste', 1, { unit: 'pcs' }),
  });

  it('a trace shows bars and boxes, and counts a piece as a bar', () => {
    const values = trace(openWorkbook(contents), 'LAV-0923-01');
    const balance = table(values, 'Mass balance');
    expect(balance.get('LSOAP-231002-01')).toMatchObject({ Unit: 'bars', Wasted: '2', 'On hand': '96', 'Accounted for (%)': '100' });
    expect(balance.get('LSOAP-231015-01')).toMatchObject({ Unit: 'bars', 'Used in batches': '20', 'On hand': '77' });
    expect(balance.get('GIFT-231120-01')).toMatchObject({ Unit: 'boxes' });
    expect(summary(values, 'Problems')).toBe('0');
  });
});

describe('a German spreadsheet: numbers and dates typed as text are read the German way', () => {
  const german = (quantity: string) =>
    smallSoap({
      receipts: edited('receipts', 0, { quantity, received: '26.09.2023' }),
      batchInputs: edited('batchInputs', 0, { quantity: '200,0' }),
      waste: edited('waste', 0, { quantity: '15', date: '20.10.2023' }),
      batches: edited('batches', 0, { made: '01.10.2023', quantityMade: '250' }),
    });

  it('traces 0,5 l received on 26.09.2023 with the right balance', () => {
    const values = trace(openWorkbook(german('0,5'), { spreadsheetLocale: 'de_DE' }), 'LAV-0923-01');
    expect(table(values, 'Source lots').get('0')).toMatchObject({ 'Received or made': '2023-09-26', Quantity: '0.5', Unit: 'l' });
    expect(table(values, 'Mass balance').get('LAV-0923-01')).toMatchObject({
      'Received or made': '0.5',
      'Used in batches': '0.23',
      Wasted: '0.015',
      'On hand': '0.255',
      'Accounted for (%)': '100',
    });
    expect(summary(values, 'Problems')).toBe('0');
  });

  it('follows a change of locale at once, and asks for it only when some text needs it', () => {
    const opened = openWorkbook(german('0,5'), { spreadsheetLocale: 'en_US' });
    // Read the US way, "0,5" is no number: the balance is not claimed.
    expect(table(trace(opened, 'LAV-0923-01'), 'Mass balance').get('LAV-0923-01')?.['Accounted for (%)']).not.toBe('100');
    opened.spreadsheet.setSpreadsheetLocale('de_DE');
    opened.runtime.meter.reset();
    expect(table(trace(opened, 'LAV-0923-01'), 'Mass balance').get('LAV-0923-01')?.['Accounted for (%)']).toBe('100');
    expect(opened.runtime.meter.snapshot().callsByMethod['SpreadsheetApp.Spreadsheet.getSpreadsheetLocale']).toBe(1);
    // A workbook of real numbers and dates never asks.
    const plain = openWorkbook(smallSoap());
    plain.runtime.meter.reset();
    trace(plain, 'LAV-0923-01');
    expect(plain.runtime.meter.snapshot().callsByMethod['SpreadsheetApp.Spreadsheet.getSpreadsheetLocale']).toBeUndefined();
  });

  it('reports a quantity it could read two ways at its cell, and claims no balance for it', () => {
    const values = trace(openWorkbook(german('1,500'), { spreadsheetLocale: 'de_DE' }), 'LAV-0923-01');
    expect(problems(values)).toContain('Receipts | 2 | Quantity | "1,500" could be 1.5 or 1500');
    expect(table(values, 'Mass balance').get('LAV-0923-01')?.['Accounted for (%)']).not.toBe('100');
  });
});

describe('dates typed as text with a month name, as invoices and exports write them', () => {
  it.each(['en_US', 'de_DE'])('are read as one day each in %s', (locale) => {
    const named = smallSoap({
      receipts: edited('receipts', 0, { received: 'Sept 26, 2023' }),
      waste: edited('waste', 0, { date: '20-Oct-2023' }),
      batches: edited('batches', 0, { made: '1 October 2023' }),
    });
    const values = trace(openWorkbook(named, { spreadsheetLocale: locale }), 'LAV-0923-01');
    expect(table(values, 'Source lots').get('0')).toMatchObject({ 'Received or made': '2023-09-26' });
    expect(table(values, 'Mass balance').get('LAV-0923-01')?.['Accounted for (%)']).toBe('100');
    expect(summary(values, 'Problems')).toBe('0');
  });
});

describe('quantities typed with their unit and the Unit cell left blank', () => {
  it('trace with the right balance: "0.5 l" received, "200 ml" used, "15ml" wasted', () => {
    const typed = smallSoap({
      receipts: edited('receipts', 0, { quantity: '0.5 l', unit: '' }),
      batchInputs: edited('batchInputs', 0, { quantity: '200 ml', unit: '' }),
      waste: edited('waste', 0, { quantity: '15ml', unit: '' }),
    });
    const values = trace(openWorkbook(typed), 'LAV-0923-01');
    expect(table(values, 'Mass balance').get('LAV-0923-01')).toMatchObject({ 'Received or made': '0.5', 'Accounted for (%)': '100' });
    expect(summary(values, 'Problems')).toBe('0');
  });

  it('with another unit in the Unit cell, say so at the quantity and claim no balance', () => {
    const values = trace(openWorkbook(smallSoap({ receipts: edited('receipts', 0, { quantity: '500 ml', unit: 'g' }) })), 'LAV-0923-01');
    expect(table(values, 'Mass balance').get('LAV-0923-01')?.['Accounted for (%)']).not.toBe('100');
    expect(problems(values)).toContain('"500 ml" is in ml, but the row\'s unit is g');
  });
});

describe('an order line whose Quantity is blank', () => {
  it('is never a 0 in the recall list or on the first screen: "quantity not known", "at least … shipped"', () => {
    const values = trace(openWorkbook(smallSoap({ orders: edited('orders', 1, { quantity: '' }) })), 'LAV-0923-01');
    const ben = table(values, 'Recall list').get('Ben Smith');
    expect(ben?.Quantity).toBe('quantity not known (1 quantity not read)');
    expect(ben?.Received).toBe('quantity not known (1 quantity not read) × LSOAP from LSOAP-231015-01 (shipped 2023-10-20)');
    expect(table(values, 'Recall list').get('Ana Lopez')?.Quantity).toBe('3');
    const firstScreen = values
      .slice(0, 12)
      .map((row) => row[0])
      .join(' ')
      .replace(/\s+/g, ' ');
    expect(firstScreen).toMatch(/LSOAP: [^.]*at least \d+ shipped \(a quantity not read\)/);
  });
});

describe('Quantity columns computed by formula', () => {
  function withFormulas(): Opened {
    const opened = openWorkbook(smallSoap());
    const sheet = (name: string): LocalSheet => opened.spreadsheet.getSheetByName(name)!;
    // Receipts: 0.5 l as a formula; Batch inputs: 200 ml as 2 cases of 100; an order whose quantity shows #N/A.
    sheet('Receipts').getRange('F2').setFormula('=0.25*2');
    sheet('Batch inputs').getRange('C2').setFormula('=2*100');
    const orders = sheet('Orders');
    const quantity = orders.getRange(1, 1, 1, orders.getLastColumn()).getValues()[0]!.indexOf('Quantity') + 1;
    orders.getRange(2, quantity).setFormula('=VLOOKUP("LSOAP",A1:A2,1,FALSE)');
    return opened;
  }

  it('reads a formula’s number as the quantity and reports an #N/A at its cell, never as 0', () => {
    const opened = withFormulas();
    expect(opened.spreadsheet.getSheetByName('Receipts')!.getRange('F2').getValue()).toBe(0.5);
    const values = trace(opened, 'LAV-0923-01');
    expect(table(values, 'Mass balance').get('LAV-0923-01')).toMatchObject({ 'Received or made': '0.5', 'On hand': '0.255' });
    expect(problems(values)).toContain('Orders | 2 | Quantity | shows #N/A: fix the formula');
    const shipped = table(values, 'Shipments').get('1001');
    expect(shipped?.Quantity).toBe('');
  });
});

describe('an unreadable cell too long to quote', () => {
  it('is quoted in a short excerpt, so the report finishes and its cells fit', () => {
    const huge = `thirty${' and more'.repeat(5_553)}`.slice(0, 49_990);
    const opened = openWorkbook(smallSoap({ batchInputs: edited('batchInputs', 2, { quantity: huge }) }));
    const values = trace(opened, 'LAV-0923-01');
    const message = problems(values)
      .split('\n')
      .find((line) => line.includes('Batch inputs | 4 | Quantity'));
    expect(message).toContain('"thirty and more and more');
    expect(message).toContain('…" is not a number');
    expect(Math.max(...values.flat().map((cell) => cell.length))).toBeLessThan(1_000);
    expect(SMALL_SOAP.batchInputs?.[2]).toMatchObject({ lot: 'LAV-0923-01' });
  });
});
