// Put on hold… and Release hold… through the built add-on, called as the sidebar calls them: what the
// preview lists (from a trace report, from a cell, typed), that a save changes only the Status cells it
// was asked to (every other cell of every sheet compared), its Log row, a release, a save refused when
// the sheet changed since the preview, a Status column added, bad requests answered at their field, and
// a held lot then refused by New production run.
import { callFromClient, createRuntimeWithBundle, scriptRunOf, type LocalSheet, type Runtime } from '../../local/runtime';
import type * as Lotline from '../../src/index';
import type { HoldsPreview, HoldsSaveResult, HoldTarget, SaveHoldsRequest } from '../../src/contract/holds';
import { smallWorkbook, type SmallTables } from '../fixtures/small-workbook';
import { WORKSHOP } from '../domain/production/workshop';

// The workshop of the production tests. Receipts rows: COCO-A 2, COCO-B 3, COCO-Q 4 (Quarantined) … LAV-1 9.
// Batches rows: FB-1 2, FB-2 3, FB-Q 4 (Quarantined), LSOAP-1 5 (made with COCO-B and FB-2).
const SHOP: SmallTables = { ...WORKSHOP, suppliers: [{ supplier: 'Coastal Oils' }], log: [] };

function openWorkbook(tables: SmallTables = SHOP) {
  const { runtime, bundle } = createRuntimeWithBundle({ timeZone: 'UTC' });
  for (const [name, rows] of Object.entries(smallWorkbook(tables))) runtime.spreadsheet.insertSheet(name).loadRowsForTest(rows);
  bundle.open('LIMITED');
  runtime.setAuthMode('FULL');
  const sheet = (name: string) => runtime.spreadsheet.getSheetByName(name) as LocalSheet;
  const server = scriptRunOf<typeof Lotline>(bundle);
  /** The maker clicks this cell, as before choosing the menu item. */
  const click = (name: string, a1: string) => {
    runtime.spreadsheet.setActiveSheet(sheet(name));
    sheet(name).setSelectionForTest([a1], a1);
  };
  return { runtime, bundle, sheet, server, click };
}

function okPreview(preview: HoldsPreview): Extract<HoldsPreview, { ok: true }> {
  if (!preview.ok) throw new Error(`the preview was refused: ${JSON.stringify(preview.problems)}`);
  return preview;
}

function okSave(result: HoldsSaveResult): Extract<HoldsSaveResult, { ok: true }> {
  if (!result.ok) throw new Error(`the save was refused: ${JSON.stringify(result.problems)}`);
  return result;
}

/** What the sidebar sends for these targets: each row with the code and Status it showed. */
function saveRequest(targets: readonly HoldTarget[], changes: Partial<SaveHoldsRequest> = {}): SaveHoldsRequest {
  return {
    mode: 'hold',
    status: 'Quarantined',
    reason: 'Supplier notice SN-22: possible contamination',
    code: targets[0]?.code ?? '',
    rows: targets.map((target) => ({ sheet: target.sheet, row: target.row, code: target.code, status: target.status })),
    ...changes,
  };
}

/** Every cell of every sheet as it reads, and its number format: what a maker could notice changed. */
function everyCell(runtime: Runtime) {
  return new Map(
    runtime.spreadsheet.getSheets().map((sheet) => {
      const range = sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns());
      return [sheet.getName(), { values: range.getValues(), formats: range.getNumberFormats() }];
    }),
  );
}

/** Cells that differ between two snapshots, as "Sheet!R1C1 before → after". */
function changedCells(before: ReturnType<typeof everyCell>, after: ReturnType<typeof everyCell>): string[] {
  const changed: string[] = [];
  for (const [name, now] of after) {
    const was = before.get(name);
    const rows = Math.max(was?.values.length ?? 0, now.values.length);
    for (let r = 0; r < rows; r++) {
      const columns = Math.max(was?.values[r]?.length ?? 0, now.values[r]?.length ?? 0);
      for (let c = 0; c < columns; c++) {
        const a = was?.values[r]?.[c] ?? '';
        const b = now.values[r]?.[c] ?? '';
        const formatA = was?.formats[r]?.[c] ?? '';
        const formatB = now.formats[r]?.[c] ?? '';
        if (String(a) !== String(b) || formatA !== formatB) changed.push(`${name}!R${r + 1}C${c + 1} ${String(a)} → ${String(b)}`);
      }
    }
  }
  return changed;
}

const RECEIPTS_STATUS = 12; // column L, in the order Set up tracking sheets writes them
const BATCHES_STATUS = 8; // column H

function logRows(sheet: LocalSheet): string[][] {
  return sheet.getLastRow() < 2 ? [] : sheet.getRange(2, 3, sheet.getLastRow() - 1, 2).getDisplayValues();
}

describe('the menu items', () => {
  it('sit after Recall list for this lot and open their sidebars', () => {
    const { runtime, bundle } = openWorkbook();
    const items = runtime.ui.menus[0]!.items.map((item) => ('caption' in item ? item.caption : '—'));
    // In the group of the trace, after Recall list for this lot (others' items may stand between).
    const hold = items.indexOf('Put on hold…');
    expect(hold).toBeGreaterThan(items.indexOf('Recall list for this lot'));
    expect(items.slice(items.indexOf('Recall list for this lot'), hold)).not.toContain('—');
    expect(items[hold + 1]).toBe('Release hold…');
    bundle.clickMenuItem('Put on hold…');
    expect(runtime.ui.sidebar).toMatchObject({ title: 'Put on hold', width: 300 });
    bundle.clickMenuItem('Release hold…');
    expect(runtime.ui.sidebar).toMatchObject({ title: 'Release hold' });
  });
});

describe('putting a lot on hold from the current cell', () => {
  it('lists the lot and the batch made with it, with Status and on hand; saving changes only those two Status cells and adds one Log row', async () => {
    const { runtime, sheet, server, click } = openWorkbook();
    click('Receipts', 'A3');
    const preview = okPreview(await server.previewHolds({ mode: 'hold' }));
    expect(preview).toMatchObject({ code: 'COCO-B', from: { kind: 'cell', sheet: 'Receipts' }, notices: [] });
    expect(
      preview.targets.map(({ sheet, row, code, status, onHand, unit, level }) => [sheet, row, code, status, onHand, unit, level]),
    ).toEqual([
      ['receipts', 3, 'COCO-B', 'Available', 3.8, 'kg', 0],
      ['batches', 5, 'LSOAP-1', 'Released', 90, 'pcs', 1],
    ]);

    const before = everyCell(runtime);
    runtime.meter.reset();
    const saved = okSave(await server.saveHolds(saveRequest(preview.targets, { status: 'Recalled' })));
    expect(saved).toMatchObject({ ok: true, changed: 2, addedStatusColumn: [] });
    const after = everyCell(runtime);
    const changed = changedCells(before, after);
    expect(changed.filter((cell) => !cell.startsWith('Log!'))).toEqual([
      `Receipts!R3C${RECEIPTS_STATUS}  → Recalled`,
      `Batches!R5C${BATCHES_STATUS}  → Recalled`,
    ]);
    expect(logRows(sheet('Log'))).toEqual([
      [
        'Put on hold',
        'Put 2 lots and batches on hold as Recalled, traced from COCO-B. Reason: Supplier notice SN-22: possible contamination. COCO-B (Receipts row 3) Available → Recalled; LSOAP-1 (Batches row 5) Released → Recalled',
      ],
    ]);
    expect(saved.summary).toBe(logRows(sheet('Log'))[0]![1]);
    expect(runtime.locks.holder('document')).toBeNull();
  });

  it('writes neighbouring rows in one call: a lot in two batches on rows 2 and 3 and one on row 5 takes three setValues for four cells', async () => {
    // LAV-1 went into FB-1 (row 2) and, here, FB-2 (row 3), which went into LSOAP-1 (row 5).
    const { runtime, sheet, server } = openWorkbook({
      ...SHOP,
      batchInputs: [...WORKSHOP.batchInputs, { batchId: 'MFG-0002', lot: 'LAV-1', quantity: 200, unit: 'ml' }],
    });
    const preview = okPreview(await server.previewHolds({ mode: 'hold', code: 'lav-1' }));
    expect(preview.targets.map((target) => `${target.code} ${target.level}`)).toEqual(['LAV-1 0', 'FB-1 1', 'FB-2 1', 'LSOAP-1 2']);
    runtime.meter.reset();
    okSave(await server.saveHolds(saveRequest(preview.targets)));
    expect(runtime.meter.snapshot().callsByMethod['SpreadsheetApp.Range.setValues']).toBe(3);
    expect(sheet('Batches').getRange(2, BATCHES_STATUS, 4, 1).getValues().flat()).toEqual([
      'Quarantined',
      'Quarantined',
      'Quarantined',
      'Quarantined',
    ]);
    expect(sheet('Receipts').getRange(9, RECEIPTS_STATUS).getValue()).toBe('Quarantined');
  });

  it('a lot put on hold is then refused by New production run', async () => {
    const { server } = openWorkbook();
    const preview = okPreview(await server.previewHolds({ mode: 'hold', code: 'COCO-B' }));
    okSave(await server.saveHolds(saveRequest(preview.targets)));
    const result = await server.saveProductionRun({
      run: {
        sku: 'LSOAP',
        quantityToMake: 100,
        dateMade: '2023-11-01',
        quantityMade: 100,
        madeBy: 'maker@example.com',
        notes: '',
        batchCode: '',
        expires: '',
        inputs: [
          { component: 'COCO', lot: 'COCO-B', quantity: 1200, unit: 'g' },
          { component: 'LYE', lot: 'LYE-1', quantity: 150, unit: 'g' },
          { component: 'FB', lot: 'FB-1', quantity: 40, unit: 'ml' },
        ],
        waste: [],
      },
      shownBatchCode: '',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.objectContaining({ list: 'inputs', line: 0, message: expect.stringMatching(/COCO-B.*Quarantined/) }),
    ]);
  });
});

describe('the maker’s reason', () => {
  it('stays text in the Log, even when it looks like a formula', async () => {
    const { sheet, server } = openWorkbook();
    const preview = okPreview(await server.previewHolds({ mode: 'hold', code: 'LAV-1' }));
    okSave(await server.saveHolds(saveRequest(preview.targets, { reason: '=HYPERLINK("http://evil.example","x")' })));
    const details = sheet('Log').getRange(2, 4);
    expect(details.getFormula()).toBe('');
    expect(details.getValue()).toContain('Reason: =HYPERLINK("http://evil.example","x").');
  });
});

describe('putting a lot on hold from a trace report', () => {
  it('takes the code the report traced, wherever the cursor is on it', async () => {
    const { runtime, bundle, server, click } = openWorkbook();
    click('Batches', 'D3');
    bundle.clickMenuItem('Trace this lot');
    const report = runtime.spreadsheet.getActiveSheet();
    expect(report.getName()).toMatch(/^FB-2 trace/);
    report.setSelectionForTest(['C9'], 'C9');
    const preview = okPreview(await server.previewHolds({ mode: 'hold' }));
    expect(preview.from).toEqual({ kind: 'report', sheet: report.getName() });
    expect(preview.targets.map((target) => [target.code, target.sheetName, target.row, target.status])).toEqual([
      ['FB-2', 'Batches', 3, 'Released'],
      ['LSOAP-1', 'Batches', 5, 'Released'],
    ]);
  });
});

describe('releasing a hold', () => {
  it('puts held lots back to Available and batches to Released, only those cells, with the reason in the Log', async () => {
    const { runtime, sheet, server } = openWorkbook();
    const held = okPreview(await server.previewHolds({ mode: 'hold', code: 'COCO-B' }));
    okSave(await server.saveHolds(saveRequest(held.targets)));
    const preview = okPreview(await server.previewHolds({ mode: 'release', code: 'COCO-B' }));
    expect(preview.targets.map((target) => `${target.code} ${target.status}`)).toEqual(['COCO-B Quarantined', 'LSOAP-1 Quarantined']);
    const before = everyCell(runtime);
    okSave(await server.saveHolds({ ...saveRequest(preview.targets), mode: 'release', status: undefined, reason: 'Lab result negative' }));
    expect(changedCells(before, everyCell(runtime)).filter((cell) => !cell.startsWith('Log!'))).toEqual([
      `Receipts!R3C${RECEIPTS_STATUS} Quarantined → Available`,
      `Batches!R5C${BATCHES_STATUS} Quarantined → Released`,
    ]);
    expect(logRows(sheet('Log'))[1]).toEqual([
      'Release hold',
      'Released the hold on 2 lots and batches, traced from COCO-B. Reason: Lab result negative. COCO-B (Receipts row 3) Quarantined → Available; LSOAP-1 (Batches row 5) Quarantined → Released',
    ]);
  });

  it('refuses a row that is not on hold, and one with no reason, at their fields', async () => {
    const { runtime, server } = openWorkbook();
    const preview = okPreview(await server.previewHolds({ mode: 'release', code: 'COCO-B' }));
    const before = everyCell(runtime);
    expect(await server.saveHolds({ ...saveRequest(preview.targets), mode: 'release', reason: '  ' })).toEqual({
      ok: false,
      problems: [{ field: 'reason', message: 'Give the reason for releasing it: the Log keeps it.' }],
    });
    const result = await server.saveHolds({ ...saveRequest(preview.targets), mode: 'release' });
    expect(result).toEqual({
      ok: false,
      problems: [
        { field: 'rows', line: 0, message: 'Receipts row 3: COCO-B is not on hold, so its Status is not changed. Untick it.' },
        { field: 'rows', line: 1, message: 'Batches row 5: LSOAP-1 is not on hold, so its Status is not changed. Untick it.' },
      ],
    });
    expect(changedCells(before, everyCell(runtime))).toEqual([]);
  });
});

describe('a save refused when the sheet changed since the preview', () => {
  it('a row inserted above: the sentence names the sheet and row, and nothing changes', async () => {
    const { runtime, sheet, server } = openWorkbook();
    const preview = okPreview(await server.previewHolds({ mode: 'hold', code: 'COCO-B' }));
    sheet('Receipts').insertRowsBefore(2, 1);
    sheet('Receipts')
      .getRange('A2:B2')
      .setValues([['NEW-1', '2023-11-02']]);
    const before = everyCell(runtime);
    const result = await server.saveHolds(saveRequest(preview.targets));
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          field: 'rows',
          line: 0,
          message:
            'Receipts row 3 holds COCO-A now, not COCO-B: rows were moved, inserted or deleted since the list was shown. Nothing was saved: press Show to see the rows as they are now.',
        },
      ],
    });
    expect(changedCells(before, everyCell(runtime))).toEqual([]);
  });

  it('a Status changed by someone else, and a row deleted', async () => {
    const { runtime, sheet, server } = openWorkbook();
    const preview = okPreview(await server.previewHolds({ mode: 'hold', code: 'COCO-B' }));
    sheet('Receipts').getRange(3, RECEIPTS_STATUS).setValue('Rejected');
    sheet('Batches').deleteRow(5);
    const before = everyCell(runtime);
    const result = await server.saveHolds(saveRequest(preview.targets));
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          field: 'rows',
          line: 0,
          message:
            'Receipts row 3: the Status of COCO-B is Rejected now, not Available as shown (changed meanwhile). Nothing was saved: press Show to see the rows as they are now.',
        },
        {
          field: 'rows',
          line: 1,
          message:
            'Batches row 5 no longer holds LSOAP-1: the row was emptied, moved or deleted since the list was shown. Nothing was saved: press Show to see the rows as they are now.',
        },
      ],
    });
    expect(changedCells(before, everyCell(runtime))).toEqual([]);
  });
});

describe('a write that fails part-way', () => {
  it('gives every Status cell back what it held, and writes no Log row', async () => {
    const { runtime, sheet, server } = openWorkbook();
    const preview = okPreview(await server.previewHolds({ mode: 'hold', code: 'COCO-B' }));
    // Batches is protected from this maker; the Receipts cell is written first.
    const protection = sheet('Batches').protect();
    protection.removeEditors(protection.getEditors());
    runtime.setUser('helper@example.com');
    const before = everyCell(runtime);
    const result = await server.saveHolds(saveRequest(preview.targets));
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          field: 'form',
          message: expect.stringMatching(
            /^Nothing was saved: writing to the Batches sheet failed \(You are trying to edit a protected cell.*\)\. What had been changed was put back\.$/,
          ),
        },
      ],
    });
    expect(runtime.meter.snapshot().callsByMethod['SpreadsheetApp.Range.setValues']).toBeGreaterThan(0);
    expect(changedCells(before, everyCell(runtime))).toEqual([]);
    expect(runtime.locks.holder('document')).toBeNull();
  });
});

describe('a sheet without a Status column', () => {
  it('is told in the preview, and saving adds the column at the right end, after the maker’s own', async () => {
    const tables = smallWorkbook(SHOP);
    // A hand-made Batches sheet: no Status, and a column of the maker's at the end.
    const batches = tables.Batches!.map((row) => [...row.slice(0, 7), ...row.slice(8), row[0] === 'Batch ID' ? 'Shelf' : 'B2']);
    const { runtime, bundle } = createRuntimeWithBundle({ timeZone: 'UTC' });
    for (const [name, rows] of Object.entries({ ...tables, Batches: batches })) runtime.spreadsheet.insertSheet(name).loadRowsForTest(rows);
    bundle.open('LIMITED');
    runtime.setAuthMode('FULL');
    const server = scriptRunOf<typeof Lotline>(bundle);
    const preview = okPreview(await server.previewHolds({ mode: 'hold', code: 'COCO-B' }));
    expect(preview.notices).toEqual(['Batches has no Status column: saving adds it at its right end.']);
    expect(preview.targets.find((target) => target.code === 'LSOAP-1')?.status).toBe('Released');
    const before = everyCell(runtime);
    const saved = okSave(await server.saveHolds(saveRequest(preview.targets)));
    expect(saved.addedStatusColumn).toEqual(['Batches']);
    const sheet = runtime.spreadsheet.getSheetByName('Batches')!;
    const width = batches[0]!.length;
    expect(sheet.getRange(1, width + 1).getValue()).toBe('Status');
    expect(sheet.getRange(5, width + 1).getValue()).toBe('Quarantined');
    expect(changedCells(before, everyCell(runtime)).filter((cell) => !cell.startsWith('Log!'))).toEqual([
      `Receipts!R3C${RECEIPTS_STATUS}  → Quarantined`,
      `Batches!R1C${width + 1}  → Status`,
      `Batches!R5C${width + 1}  → Quarantined`,
    ]);
    const log = runtime.spreadsheet.getSheetByName('Log')!;
    expect(log.getRange(2, 4).getValue()).toMatch(/; added a Status column at the right end of Batches$/);
  });
});

describe('requests the sidebar would not send', () => {
  it('are answered at their field, and nothing is written', async () => {
    const { runtime, bundle, server } = openWorkbook();
    const preview = okPreview(await server.previewHolds({ mode: 'hold', code: 'COCO-B' }));
    const good = saveRequest(preview.targets);
    const before = everyCell(runtime);
    const ask = (request: unknown) => callFromClient(bundle, 'saveHolds', [request]) as Promise<HoldsSaveResult>;
    expect(await ask({ ...good, mode: 'freeze' })).toEqual({
      ok: false,
      problems: [{ field: 'mode', message: 'Whether to put on hold or release must be one of hold or release.' }],
    });
    expect(await ask({ ...good, status: 'Destroyed' })).toEqual({
      ok: false,
      problems: [{ field: 'status', message: 'The hold (Quarantined or Recalled) must be one of Quarantined or Recalled.' }],
    });
    expect(await ask({ ...good, status: undefined })).toEqual({
      ok: false,
      problems: [{ field: 'status', message: 'Choose Quarantined or Recalled.' }],
    });
    expect(await ask({ ...good, rows: [] })).toEqual({
      ok: false,
      problems: [{ field: 'rows', message: 'The list of rows to change needs at least 1.' }],
    });
    expect(await ask({ ...good, rows: [{ ...good.rows[0], row: 1 }] })).toEqual({
      ok: false,
      problems: [{ field: 'rows', line: 0, message: 'The row of row to change 1 must be at least 2.' }],
    });
    expect(await ask({ ...good, reason: 'x'.repeat(501) })).toEqual({
      ok: false,
      problems: [{ field: 'reason', message: 'The reason is too long: at most 500 characters.' }],
    });
    expect(await ask({ ...good, rows: [good.rows[0], good.rows[0]] })).toEqual({
      ok: false,
      problems: [{ field: 'rows', line: 1, message: 'Receipts row 3 is in the list twice.' }],
    });
    expect(await ask({ ...good, extra: 1 })).toEqual({
      ok: false,
      problems: [{ field: 'form', message: 'The request has no field called "extra".' }],
    });
    expect(changedCells(before, everyCell(runtime))).toEqual([]);
    expect(await callFromClient(bundle, 'previewHolds', [{ mode: 'hold', code: 42 }])).toEqual({
      ok: false,
      mode: 'hold',
      code: '',
      problems: [{ field: 'code', message: 'The code traced must be text, not a number.' }],
    });
  });

  it('a code that is nothing, and an order number, are answered at the code field', async () => {
    const { server, click } = openWorkbook();
    expect(await server.previewHolds({ mode: 'hold', code: 'COCO-C' })).toMatchObject({
      ok: false,
      code: 'COCO-C',
      problems: [{ field: 'code', message: expect.stringContaining('Closest codes that exist: COCO-') }],
    });
    expect(await server.previewHolds({ mode: 'hold', code: '1001' })).toMatchObject({
      ok: false,
      problems: [
        { field: 'code', message: '1001 is an order number: a hold is set on lots and batches. Type the batch code the order shipped.' },
      ],
    });
    click('Receipts', 'A40');
    expect(await server.previewHolds({ mode: 'release' })).toEqual({
      ok: false,
      mode: 'release',
      code: '',
      problems: [
        { field: 'code', message: 'Which lot or batch? Type its code, or click one in Receipts, Batches or a trace report first.' },
      ],
    });
  });
});
