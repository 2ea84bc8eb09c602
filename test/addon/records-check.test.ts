// Check my records through the built bundle: a hand-made workbook (tabs renamed, columns in the maker's
// order under other spellings, columns of their own) with one planted problem of each kind, each found
// at its cell with a link selecting that cell; the guide's clean workbook; a workbook with no Orders.
import { createRuntimeWithBundle, type LocalSpreadsheet } from '../../local/runtime';
import { HAND_MADE } from '../fixtures/records-check-workbook';
import type { SheetContents } from '../fixtures/sheet-values';
import { soapMakerWorkbook } from '../fixtures/soap-maker';

/** One planted problem of each kind: the tab, the cell, how much it matters and words of its sentence. */
const PLANTED: readonly { tab: string; cell: string; group: string; says: RegExp }[] = [
  { tab: 'suppliers ', cell: 'B3', group: 'Weakens', says: /Coco Supply has no contact/ },
  { tab: 'RECEIPTS', cell: 'E4', group: 'Breaks', says: /LAV-02 has no supplier/ },
  { tab: 'RECEIPTS', cell: 'F5', group: 'Weakens', says: /LAV-03 has no supplier lot/ },
  { tab: 'RECEIPTS', cell: 'E6', group: 'Weakens', says: /Nobody Ltd is not on the Suppliers sheet/ },
  { tab: 'RECEIPTS', cell: 'G7', group: 'Weakens', says: /lots/ },
  { tab: 'RECEIPTS', cell: 'I8', group: 'Weakens', says: /LAV-06 is Quarantined, and 1 Batch inputs row uses it/ },
  { tab: 'RECEIPTS', cell: 'G9', group: 'Weakens', says: /On hand of LAV-07 comes to -40/ },
  { tab: 'RECEIPTS', cell: 'B10', group: 'Breaks', says: /coco-01 is already the lot number of RECEIPTS row 3/ },
  { tab: 'Products', cell: 'A4', group: 'To tidy up', says: /TIN has no BoM lines/ },
  { tab: 'BoM', cell: 'B6', group: 'To tidy up', says: /LAVX is neither a material code nor a SKU.*closest that exists is LAV\./ },
  { tab: 'Batches', cell: 'A4', group: 'Breaks', says: /MFG-3 \(LSOAP-3\) has no Batch inputs rows/ },
  {
    tab: 'Batch Inputs',
    cell: 'B6',
    group: 'Breaks',
    says: /No receipt lot or batch has the code LAV-0l.*closest code that exists is LAV-01\./,
  },
  { tab: 'Batch Inputs', cell: 'A7', group: 'Breaks', says: /No batch has Batch ID MFG-9.*closest code that exists is MFG-1\./ },
  { tab: 'Batch Inputs', cell: 'D8', group: 'Weakens', says: /1 ml of COCO-01 cannot be counted against the lot, which is kept in g/ },
  { tab: 'Batch Inputs', cell: 'B11', group: 'Weakens', says: /MFG-2 was made on 2023-09-11, before LAV-08 was received \(2023-09-20\)/ },
  { tab: 'Batch Inputs', cell: 'B12', group: 'Breaks', says: /^No lot: what this batch used/ },
  { tab: 'Orders', cell: 'F3', group: 'Breaks', says: /Order line with no batch code \(LSOAP\)/ },
  {
    tab: 'Orders',
    cell: 'F4',
    group: 'Breaks',
    says: /No batch or receipt lot has the code LSOAP-9.*closest code that exists is LSOAP-1\./,
  },
  { tab: 'Orders', cell: 'B5', group: 'Weakens', says: /Shipped on 2023-09-05, before LSOAP-2 was made \(2023-09-11\)/ },
  { tab: 'Orders', cell: 'B6', group: 'Weakens', says: /someday/ },
  { tab: 'waste', cell: 'B3', group: 'Weakens', says: /No receipt lot or batch has the code LAV-99X/ },
  { tab: 'waste', cell: 'D4', group: 'Weakens', says: /spoons/ },
];

function openWorkbook(contents: SheetContents) {
  const { runtime, bundle } = createRuntimeWithBundle({ timeZone: 'America/New_York', userEmail: 'maker@example.com' });
  for (const [name, rows] of Object.entries(contents)) runtime.spreadsheet.insertSheet(name).loadRowsForTest(rows);
  bundle.open('LIMITED');
  return { runtime, bundle, spreadsheet: runtime.spreadsheet };
}

interface Listed {
  group: string;
  cell: string;
  link: string | null;
  sheet: string;
  row: string;
  column: string;
  problem: string;
}

/** The report: its lines as text, and every listed problem with its group and the link of its Cell. */
function checkRecords(spreadsheet: LocalSpreadsheet, clickMenuItem: (caption: string) => void) {
  clickMenuItem('Check my records');
  const report = spreadsheet.getActiveSheet();
  const range = report.getRange(1, 1, report.getLastRow(), Math.max(5, report.getLastColumn()));
  const values = range.getDisplayValues();
  const links = report.getRange(1, 1, report.getLastRow(), 1).getRichTextValues();
  const listed: Listed[] = [];
  let group = '';
  values.forEach((row, index) => {
    const title = /^(Breaks a trace|Weakens a trace|To tidy up) \(\d+\)$/.exec(row[0] ?? '');
    if (title) group = title[1]!.replace(' a trace', '');
    else if (row[0] === 'Problems by kind') group = '';
    else if (group && row[0] !== 'Cell' && row[1] !== '')
      listed.push({
        group,
        cell: row[0]!,
        link: links[index]?.[0]?.getLinkUrl() ?? null,
        sheet: row[1]!,
        row: row[2]!,
        column: row[3]!,
        problem: row[4]!,
      });
  });
  // A sentence in column A runs on over rows, its later lines indented: read it back whole.
  const lines: string[] = [];
  for (const row of values) {
    const text = row.filter((cell) => cell !== '').join(' | ');
    if (text.startsWith('   ') && lines.length > 0) lines[lines.length - 1] += ` ${text.trim()}`;
    else lines.push(text);
  }
  return { name: report.getName(), lines, listed, frozen: report.getFrozenRows() };
}

describe('Check my records on a hand-made workbook with one problem of each kind', () => {
  let result: ReturnType<typeof checkRecords>;
  let spreadsheet: LocalSpreadsheet;
  beforeAll(() => {
    const opened = openWorkbook(HAND_MADE);
    spreadsheet = opened.spreadsheet;
    result = checkRecords(spreadsheet, (caption) => opened.bundle.clickMenuItem(caption));
  });

  it('finds every planted problem at its sheet, row and column, in its group, with a link selecting that cell', () => {
    for (const planted of PLANTED) {
      const found = result.listed.filter((item) => item.sheet === planted.tab && item.cell === planted.cell);
      expect({ planted: `${planted.tab}!${planted.cell}`, found: found.map((item) => item.problem) }).toEqual({
        planted: `${planted.tab}!${planted.cell}`,
        found: [expect.stringMatching(planted.says)],
      });
      const item = found[0]!;
      expect(item.group).toBe(planted.group);
      expect(item.row).toBe(planted.cell.replace(/^[A-Z]+/, ''));
      const sheetId = spreadsheet.getSheetByName(planted.tab)!.getSheetId();
      expect(item.link).toBe(`#gid=${sheetId}&range=${planted.cell}`);
    }
  });

  it('names the columns as the maker wrote them, and finds nothing that was not planted', () => {
    expect(result.listed.find((item) => item.cell === 'E4')?.column).toBe('Vendor');
    expect(result.listed.find((item) => item.sheet === 'Orders' && item.cell === 'F3')?.column).toBe('Lot');
    expect(result.listed.map((item) => `${item.sheet}!${item.cell}`).sort()).toEqual(PLANTED.map((p) => `${p.tab}!${p.cell}`).sort());
  });

  it('puts the readiness figure first, and counts each group', () => {
    expect(result.name).toMatch(/^Records check \d{6} \d{4}$/);
    expect(result.name.length).toBeLessThanOrEqual(31);
    // Only LAV-04 is untouched: every other lot has a fault of its own or went into a batch that has one.
    expect(result.lines[1]).toBe('1 of 9 lots traceable end to end.');
    expect(result.lines[2]).toBe('8 problems break a trace, 12 weaken one, 2 to tidy up.');
    expect(result.lines).toContain('Code used twice | 1 | breaks a trace');
  });

  it('changes nothing in the maker’s sheets and writes a Log row', () => {
    for (const [name, rows] of Object.entries(HAND_MADE)) {
      const sheet = spreadsheet.getSheetByName(name)!;
      expect(sheet.getLastRow()).toBe(rows.length);
      expect(sheet.getRange(2, 2).getValue()).toBe(rows[1]![1]);
    }
    const log = spreadsheet.getSheetByName('Log')!;
    expect(String(log.getRange(log.getLastRow(), 4).getValue())).toMatch(/^Checked the records into sheet "Records check .*1 of 9 lots/);
  });
});

describe('Check my records on the guide’s workbook', () => {
  it('says what it checked and finds nothing false', () => {
    const opened = openWorkbook(soapMakerWorkbook().sheets);
    const { lines, listed } = checkRecords(opened.spreadsheet, (caption) => opened.bundle.clickMenuItem(caption));
    expect(lines[1]).toBe('80 of 80 lots traceable end to end.');
    expect(lines[2]).toBe('No problems found in the rows checked.');
    expect(lines[3]).toBe(
      'Rows checked: 5 Suppliers, 7 Materials, 80 Receipts, 5 Products, 15 BoM, 137 Batches, 494 Batch inputs, 3,133 Orders, 5 Waste.',
    );
    expect(listed).toEqual([]);
  });

  it('says at its top that it could not check shipments when there is no Orders sheet, and claims no all-clear', () => {
    const { Orders: _orders, ...withoutOrders } = soapMakerWorkbook().sheets;
    const opened = openWorkbook(withoutOrders);
    const { lines } = checkRecords(opened.spreadsheet, (caption) => opened.bundle.clickMenuItem(caption));
    expect(lines[1]).toBe('At most 80 of 80 lots traceable end to end: some records could not be checked.');
    expect(lines[2]).toBe(
      'Could not check: No Orders sheet: shipments were not checked (order lines with no or unknown batch codes, batches shipped before they were made).',
    );
    expect(lines[3]).toBe('No problems found in what could be checked; what could not is listed here.');
  });
});
