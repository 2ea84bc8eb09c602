// The benchmark meter: which calls count, how cells count, and the projected time.
import { COST_MODEL } from '../../local/runtime';
import { fresh } from './helpers';

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
    expect(runtime.meter.snapshot()).toMatchObject({ calls: 1, callsByMethod: { 'SpreadsheetApp.Spreadsheet.getSheets': 1 } });
  });

  it('counts cells read and written per cell of the range', () => {
    const { runtime, sheet } = fresh();
    sheet.getRange(1, 1, 100, 3).setValues(Array.from({ length: 100 }, () => ['a', 1, true]));
    sheet.getRange(1, 1, 100, 3).getValues();
    sheet.getRange(1, 1, 50, 2).getDisplayValues();
    sheet.appendRow(['x', 'y']);
    sheet.getRange('A1').getValue();
    expect(runtime.meter.snapshot()).toMatchObject({ calls: 5, cellsRead: 401, cellsWritten: 302, flushes: 0 });
  });

  it('counts a flush as a call and a flush, and projects time with the model', () => {
    const { runtime, sheet } = fresh();
    sheet.getRange('A1:A10').setValues(Array.from({ length: 10 }, () => [1]));
    runtime.SpreadsheetApp.flush();
    sheet.getRange('A1:A10').getValues();
    const snapshot = runtime.meter.snapshot();
    const expected = 3 * COST_MODEL.perCallMs + 10 * COST_MODEL.perCellReadMs + 10 * COST_MODEL.perCellWrittenMs + COST_MODEL.perFlushMs;
    expect(snapshot).toMatchObject({ calls: 3, flushes: 1, cellsRead: 10, cellsWritten: 10 });
    expect(snapshot.projectedMs).toBeCloseTo(expected, 6);
    expect(expected).toBeCloseTo(650.42, 6);
  });

  it('shows that reading between writes commits them, and counts formulas written', () => {
    const { runtime, sheet } = fresh();
    for (let row = 1; row <= 3; row += 1) {
      sheet.getRange(row, 1).setValue(`=A${row}`);
      sheet.getLastRow();
    }
    expect(runtime.meter.snapshot()).toMatchObject({ commits: 3, formulasWritten: 3, calls: 6 });
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
    expect(runtime.meter.snapshot()).toMatchObject({ calls: 0, queuedChanges: 4, cellsWritten: 4 });
    runtime.endExecution();
    expect(runtime.meter.snapshot()).toMatchObject({ calls: 1, commits: 1, callsByMethod: expect.objectContaining({ commit: 1 }) });
    runtime.endExecution();
    expect(runtime.meter.snapshot().calls).toBe(1);
  });

  it('counts UI, properties, locks and users as calls', () => {
    const { runtime } = fresh();
    runtime.SpreadsheetApp.getUi().alert('hi');
    runtime.PropertiesService.getDocumentProperties().getProperty('x');
    runtime.LockService.getDocumentLock().tryLock(10);
    runtime.Session.getActiveUser().getEmail();
    expect(Object.keys(runtime.meter.snapshot().callsByMethod)).toEqual([
      'Lock.tryLock',
      'Properties.getProperty',
      'Ui.alert',
      'User.getEmail',
    ]);
  });

  it('starts again from zero after reset', () => {
    const { runtime, sheet } = fresh();
    sheet.getRange('A1').getValue();
    runtime.meter.reset();
    expect(runtime.meter.snapshot()).toEqual({
      calls: 0,
      callsByMethod: {},
      cellsRead: 0,
      cellsWritten: 0,
      flushes: 0,
      formulasWritten: 0,
      commits: 0,
      queuedChanges: 0,
      waitedMs: 0,
      projectedMs: 0,
    });
  });
});
