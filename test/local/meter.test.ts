// The benchmark meter: which calls count, how cells count, and the projected time by the cost model,
// version 2 (shared/platform/apps-script.md): 500 ms an execution, 50 ms a call, 30 µs a cell read,
// 1 ms a queued change, 30 ms a commit + 130 µs per cell it carries. Expected times are written out as
// numbers, so a wrong constant or a term charged at the wrong moment fails.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { COST_MODEL, callFromClient, createRuntimeWithBundle } from '../../local/runtime';
import { fresh } from './helpers';

const SCRIPT = `
function nothing() {}
function readWriteFlush() {
  var sheet = SpreadsheetApp.getActiveSheet();
  sheet.getRange(1, 1, 100, 1).getValues();
  sheet.getRange(1, 2, 10, 5).setValues(Array.from({ length: 10 }, function () { return [1, 2, 3, 4, 5]; }));
  SpreadsheetApp.flush();
}
function writeAndReturn() { SpreadsheetApp.getActiveSheet().getRange(1, 1, 2, 5).setValue('x'); }
function onOpen(e) { SpreadsheetApp.getUi().createAddonMenu().addItem('Do nothing', 'nothing').addToUi(); }
function secret_() {}
`;

function loaded() {
  const dir = mkdtempSync(path.join(tmpdir(), 'lotline-meter-'));
  const codePath = path.join(dir, 'Code.js');
  writeFileSync(codePath, SCRIPT);
  const { runtime, bundle } = createRuntimeWithBundle({ codePath });
  runtime.meter.reset();
  return { runtime, bundle };
}

const tenByTen = () => Array.from({ length: 10 }, () => Array.from({ length: 10 }, () => 1));

describe('the cost model', () => {
  it('is version 2 of the platform document', () => {
    expect(COST_MODEL).toEqual({
      version: 2,
      perExecutionMs: 500,
      perCallMs: 50,
      perCellReadMs: 0.03,
      // An assumption of ours, not the platform document's: a TextFinder's search (local/runtime/meter.ts).
      perCellSearchedMs: 0.002,
      perQueuedChangeMs: 1,
      perCommitMs: 30,
      perCellCommittedMs: 0.13,
    });
  });
});

describe('meter', () => {
  it('does not count building references, and counts every round trip once', () => {
    const { runtime } = fresh();
    const spreadsheet = runtime.SpreadsheetApp.getActiveSpreadsheet();
    const sheet = spreadsheet.getSheets()[0]!; // 1 call
    const range = sheet.getRange(1, 1, 10, 2).offset(1, 0).getCell(1, 1);
    range.getRow();
    range.getA1Notation();
    sheet.getName();
    runtime.PropertiesService.getDocumentProperties();
    runtime.LockService.getDocumentLock();
    runtime.SpreadsheetApp.newDataValidation().requireCheckbox().build();
    runtime.SpreadsheetApp.getUi().createAddonMenu().addItem('a', 'b');
    expect(runtime.meter.snapshot()).toMatchObject({
      calls: 1,
      callsByMethod: { 'SpreadsheetApp.Spreadsheet.getSheets': 1 },
      projectedMs: 50,
    });
  });

  it('counts cells read and written per cell of the range', () => {
    const { runtime, sheet } = fresh();
    sheet.getRange(1, 1, 100, 3).setValues(Array.from({ length: 100 }, () => ['a', 1, true]));
    sheet.getRange(1, 1, 100, 3).getValues();
    sheet.getRange(1, 1, 50, 2).getDisplayValues();
    sheet.appendRow(['x', 'y']);
    sheet.getRange('A1').getValue();
    expect(runtime.meter.snapshot()).toMatchObject({
      calls: 4,
      cellsRead: 401,
      cellsWritten: 302,
      queuedChanges: 1,
      commits: 2,
      cellsPerCommit: [300, 2],
      flushes: 0,
    });
  });

  it('charges a service call 50 ms and a cell read 30 µs', () => {
    const { runtime, sheet } = fresh();
    sheet.getLastRow();
    expect(runtime.meter.snapshot().projectedMs).toBe(50);
    sheet.getRange(1, 1, 100, 1).getValues();
    const snapshot = runtime.meter.snapshot();
    expect(snapshot).toMatchObject({ calls: 2, cellsRead: 100, commits: 0 });
    expect(snapshot.costMs).toEqual({ executions: 0, calls: 100, cellsRead: 3, cellsSearched: 0, queuedChanges: 0, commits: 0, waited: 0 });
    expect(snapshot.projectedMs).toBeCloseTo(103, 9);
  });

  it('charges a queued change 1 ms when it is called, and its commit 30 ms + 130 µs a cell when it travels', () => {
    const { runtime, sheet } = fresh();
    sheet.getRange(1, 1, 10, 10).setValues(tenByTen());
    // Queued: the change is charged, its cells are not yet.
    const queued = runtime.meter.snapshot();
    expect(queued).toMatchObject({ calls: 0, queuedChanges: 1, cellsWritten: 100, commits: 0, cellsPerCommit: [], commitMs: 0 });
    expect(queued.projectedMs).toBe(1);
    runtime.endExecution();
    const committed = runtime.meter.snapshot();
    expect(committed).toMatchObject({ calls: 0, commits: 1, cellsPerCommit: [100] });
    expect(committed.commitMs).toBeCloseTo(43, 9);
    expect(committed.projectedMs).toBeCloseTo(44, 9);
  });

  it('charges a commit of changes that write no cells 30 ms', () => {
    const { runtime, sheet } = fresh();
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(1, 120);
    runtime.endExecution();
    expect(runtime.meter.snapshot()).toMatchObject({ queuedChanges: 2, commits: 1, cellsPerCommit: [0], commitMs: 30, projectedMs: 32 });
  });

  it('charges each commit the cells written since the one before, at the commit that carries them', () => {
    const { runtime, sheet } = fresh();
    sheet.getRange('A1:A10').setValues(Array.from({ length: 10 }, () => [1]));
    sheet.getLastRow(); // carries the 10 cells
    sheet.getRange('B1:B4').setValues(Array.from({ length: 4 }, () => [2]));
    sheet.getRange('C1:C6').setValues(Array.from({ length: 6 }, () => [3]));
    runtime.SpreadsheetApp.flush(); // carries 4 + 6
    runtime.SpreadsheetApp.flush(); // nothing queued: still a commit
    const snapshot = runtime.meter.snapshot();
    expect(snapshot).toMatchObject({ calls: 1, queuedChanges: 3, flushes: 2, commits: 3, cellsPerCommit: [10, 10, 0], cellsWritten: 20 });
    expect(snapshot.callsByMethod['SpreadsheetApp.flush']).toBe(2);
    // 3 queued × 1 + 1 call × 50 + 3 commits × 30 + 20 cells × 0.13
    expect(snapshot.costMs).toEqual({
      executions: 0,
      calls: 50,
      cellsRead: 0,
      cellsSearched: 0,
      queuedChanges: 3,
      commits: 92.6,
      waited: 0,
    });
    expect(snapshot.projectedMs).toBeCloseTo(145.6, 9);
  });

  it('counts flush() as a commit, not as a call', () => {
    const { runtime, sheet } = fresh();
    sheet.getRange('A1:A10').setValues(Array.from({ length: 10 }, () => [1]));
    runtime.SpreadsheetApp.flush();
    sheet.getRange('A1:A10').getValues();
    const snapshot = runtime.meter.snapshot();
    expect(snapshot).toMatchObject({ calls: 1, flushes: 1, commits: 1, cellsPerCommit: [10], cellsRead: 10, cellsWritten: 10 });
    // 1 queued + (30 + 10 × 0.13) commit + 50 call + 10 × 0.03 read
    expect(snapshot.projectedMs).toBeCloseTo(82.6, 9);
  });

  it('counts appendRow as a call and a commit that carries what was queued before it', () => {
    const { runtime, sheet } = fresh();
    sheet.getRange('A1:B2').setValues([
      [1, 2],
      [3, 4],
    ]);
    sheet.appendRow(['x', 'y', 'z']);
    const snapshot = runtime.meter.snapshot();
    expect(snapshot).toMatchObject({ calls: 1, queuedChanges: 1, commits: 1, cellsPerCommit: [7], cellsWritten: 7 });
    // 1 queued + 50 call + 30 commit + 7 × 0.13
    expect(snapshot.projectedMs).toBeCloseTo(81.91, 9);
    expect(runtime.spreadsheet.getSheets()[0]!.getRange('A3:C3').getValues()).toEqual([['x', 'y', 'z']]);
    runtime.meter.reset();
    runtime.endExecution();
    expect(runtime.meter.snapshot().commits).toBe(0);
    sheet.appendRow(['a']);
    sheet.appendRow(['b', 'c']);
    expect(runtime.meter.snapshot()).toMatchObject({ calls: 2, queuedChanges: 0, commits: 2, cellsPerCommit: [1, 2] });
  });

  it('carries queued changes with a call to the document, not with a lock, a property or a dialog', () => {
    const { runtime, sheet } = fresh();
    sheet.getRange('A1').setValue(1);
    runtime.LockService.getDocumentLock().tryLock(10);
    runtime.PropertiesService.getDocumentProperties().getProperty('x');
    runtime.SpreadsheetApp.getUi().alert('hi');
    expect(runtime.meter.snapshot()).toMatchObject({ calls: 3, commits: 0 });
    sheet.getRange('A1').getValue();
    expect(runtime.meter.snapshot()).toMatchObject({ calls: 4, commits: 1, cellsPerCommit: [1] });
  });

  it('shows that reading between writes commits them, and counts formulas written', () => {
    const { runtime, sheet } = fresh();
    for (let row = 1; row <= 3; row += 1) {
      sheet.getRange(row, 1).setValue(`=A${row}`);
      sheet.getLastRow();
    }
    const snapshot = runtime.meter.snapshot();
    expect(snapshot).toMatchObject({ commits: 3, cellsPerCommit: [1, 1, 1], formulasWritten: 3, calls: 3, queuedChanges: 3 });
    // 3 × (1 queued + 30 commit + 0.13 cell + 50 call)
    expect(snapshot.projectedMs).toBeCloseTo(243.39, 9);
  });

  it('queues document changes and sends them in one commit with the next call, or at the end of the execution', () => {
    const { runtime, sheet } = fresh();
    sheet.getRange('A1:B2').setValues([
      [1, 2],
      [3, 4],
    ]);
    sheet.getRange('A1:B1').setFontWeight('bold');
    sheet.setFrozenRows(1);
    sheet.insertRowsAfter(2, 5);
    expect(runtime.meter.snapshot()).toMatchObject({ calls: 0, queuedChanges: 4, cellsWritten: 4, commits: 0 });
    runtime.endExecution();
    const snapshot = runtime.meter.snapshot();
    expect(snapshot).toMatchObject({ calls: 0, commits: 1, cellsPerCommit: [4] });
    expect(snapshot.callsByMethod).not.toHaveProperty('commit');
    runtime.endExecution();
    expect(runtime.meter.snapshot()).toMatchObject({ calls: 0, commits: 1 });
  });

  it('counts UI, properties, locks and users as calls', () => {
    const { runtime } = fresh();
    runtime.SpreadsheetApp.getUi().alert('hi');
    runtime.PropertiesService.getDocumentProperties().getProperty('x');
    runtime.LockService.getDocumentLock().tryLock(10);
    runtime.Session.getActiveUser().getEmail();
    const snapshot = runtime.meter.snapshot();
    expect(Object.keys(snapshot.callsByMethod)).toEqual(['Lock.tryLock', 'Properties.getProperty', 'Ui.alert', 'User.getEmail']);
    expect(snapshot).toMatchObject({ calls: 4, projectedMs: 200 });
  });

  it('adds time spent waiting as it passes', () => {
    const { runtime } = fresh();
    runtime.Utilities.sleep(250);
    expect(runtime.meter.snapshot()).toMatchObject({ calls: 1, waitedMs: 250, projectedMs: 300 });
    expect(runtime.meter.snapshot().costMs).toMatchObject({ calls: 50, waited: 250 });
  });

  it('starts again from zero after reset, leaving queued changes to the commit that carries them', () => {
    const { runtime, sheet } = fresh();
    sheet.getRange('A1').getValue();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    runtime.meter.reset();
    expect(runtime.meter.snapshot()).toEqual({
      executions: 0,
      calls: 0,
      callsByMethod: {},
      cellsRead: 0,
      cellsSearched: 0,
      cellsWritten: 0,
      flushes: 0,
      formulasWritten: 0,
      commits: 0,
      cellsPerCommit: [],
      queuedChanges: 0,
      waitedMs: 0,
      commitMs: 0,
      costMs: { executions: 0, calls: 0, cellsRead: 0, cellsSearched: 0, queuedChanges: 0, commits: 0, waited: 0 },
      projectedMs: 0,
    });
    runtime.endExecution();
    expect(runtime.meter.snapshot()).toMatchObject({ commits: 1, cellsPerCommit: [3] });
  });
});

describe('executions', () => {
  it('charges each run of a top-level function 500 ms, once', () => {
    const { runtime, bundle } = loaded();
    bundle.call('nothing');
    const snapshot = runtime.meter.snapshot();
    expect(snapshot).toMatchObject({ executions: 1, calls: 0, commits: 0, projectedMs: 500 });
    expect(snapshot.costMs.executions).toBe(500);
    bundle.call('nothing');
    expect(runtime.meter.snapshot()).toMatchObject({ executions: 2, projectedMs: 1000 });
  });

  it('counts opening the document, a menu click and a google.script.run call as one execution each', async () => {
    const { runtime, bundle } = loaded();
    bundle.open('LIMITED');
    expect(runtime.meter.snapshot().executions).toBe(1);
    bundle.clickMenuItem('Do nothing');
    expect(runtime.meter.snapshot().executions).toBe(2);
    await callFromClient(bundle, 'nothing');
    expect(runtime.meter.snapshot().executions).toBe(3);
    // Nothing runs for a name that is not there or is private.
    expect(() => bundle.call('nope')).toThrow('Script function not found: nope');
    await expect(callFromClient(bundle, 'secret_')).rejects.toThrow();
    expect(runtime.meter.snapshot().executions).toBe(3);
  });

  it('projects a whole execution: reads, a write, flush() and nothing left to commit at the end', () => {
    const { runtime, bundle } = loaded();
    bundle.call('readWriteFlush');
    const snapshot = runtime.meter.snapshot();
    expect(snapshot).toMatchObject({
      executions: 1,
      calls: 2, // getActiveSheet, getValues
      cellsRead: 100,
      queuedChanges: 1,
      cellsWritten: 50,
      flushes: 1,
      commits: 1,
      cellsPerCommit: [50],
    });
    // 500 + 2 × 50 + 100 × 0.03 + 1 + (30 + 50 × 0.13)
    expect(snapshot.costMs).toEqual({
      executions: 500,
      calls: 100,
      cellsRead: 3,
      cellsSearched: 0,
      queuedChanges: 1,
      commits: 36.5,
      waited: 0,
    });
    expect(snapshot.projectedMs).toBeCloseTo(640.5, 9);
  });

  it('commits at the end of the execution what is still queued', () => {
    const { runtime, bundle } = loaded();
    bundle.call('writeAndReturn');
    const snapshot = runtime.meter.snapshot();
    expect(snapshot).toMatchObject({ executions: 1, calls: 1, queuedChanges: 1, commits: 1, cellsPerCommit: [10] });
    // 500 + 50 + 1 + 30 + 10 × 0.13
    expect(snapshot.projectedMs).toBeCloseTo(582.3, 9);
  });
});
