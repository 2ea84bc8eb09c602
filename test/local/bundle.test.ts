// Loading a built bundle into a vm context that sees exactly the Apps Script globals.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { createRuntimeWithBundle } from '../../local/runtime/bundle';

const SCRIPT = `
function hello() { return SpreadsheetApp.getActiveSpreadsheet().getSheets().length; }
function firstCellIsDate() { return SpreadsheetApp.getActiveSheet().getRange('A1').getValue() instanceof Date; }
function caughtError() {
  try { SpreadsheetApp.getActiveSheet().getRange(0, 1); } catch (e) { return [e instanceof Error, e.message]; }
}
function globalsSeen() { return [typeof require, typeof process, typeof setTimeout, typeof SpreadsheetApp, typeof console, typeof Utilities]; }
function onOpen(e) { SpreadsheetApp.getUi().createAddonMenu().addItem('Say hello', 'hello').addToUi(); return String(e.authMode); }
function onOpenTooEager(e) { return PropertiesService.getDocumentProperties().getProperty('x'); }
function takeLock() { return LockService.getDocumentLock().tryLock(100); }
function writeDate(d) { SpreadsheetApp.getActiveSheet().getRange('B1').setValue(d); return d instanceof Date; }
function private_() { return 'hidden'; }
var notAFunction = 1;
`;

function load() {
  const dir = mkdtempSync(path.join(tmpdir(), 'lotline-bundle-'));
  const codePath = path.join(dir, 'Code.js');
  writeFileSync(codePath, SCRIPT);
  return createRuntimeWithBundle({ codePath });
}

describe('loadBundle', () => {
  it('lists the top-level functions and nothing else', () => {
    const { bundle } = load();
    expect(bundle.functionNames).toEqual([
      'caughtError',
      'firstCellIsDate',
      'globalsSeen',
      'hello',
      'onOpen',
      'onOpenTooEager',
      'private_',
      'takeLock',
      'writeDate',
    ]);
  });

  it('runs a function against the runtime', () => {
    const { runtime, bundle } = load();
    runtime.spreadsheet.insertSheet('Lots');
    expect(bundle.call('hello')).toBe(2);
    expect(() => bundle.call('nope')).toThrow('Script function not found: nope');
  });

  it('hands the script its own Date and Error, so instanceof holds inside', () => {
    const { runtime, bundle } = load();
    runtime.spreadsheet.getSheets()[0]!.getRange('A1').setValue(new Date());
    expect(bundle.call('firstCellIsDate')).toBe(true);
    expect(bundle.call('caughtError')).toEqual([true, 'The starting row of the range is too small.']);
  });

  it('accepts the script’s own Dates on writes', () => {
    const { runtime, bundle } = load();
    const scriptDate = vm.runInContext('new Date(0)', bundle.context) as Date;
    expect(scriptDate instanceof Date).toBe(false); // another realm's Date, as the script's are
    expect(bundle.call('writeDate', scriptDate)).toBe(true);
    expect((runtime.spreadsheet.getSheets()[0]!.getRange('B1').getValue() as Date).getTime()).toBe(0);
  });

  it('gives the script only the Apps Script globals', () => {
    const { bundle } = load();
    expect(bundle.call('globalsSeen')).toEqual(['undefined', 'undefined', 'undefined', 'object', 'object', 'object']);
  });

  it('opens the document in AuthMode.NONE, where only the menu may be built', () => {
    const { runtime, bundle } = load();
    expect(bundle.open('NONE')).toBe('NONE');
    expect(runtime.ui.findMenuItem('Say hello')).toEqual({ caption: 'Say hello', functionName: 'hello' });
    expect(() => bundle.call('onOpenTooEager', {})).toThrow(/You do not have permission to call PropertiesService.getDocumentProperties/);
  });

  it('clicks a menu item in AuthMode.FULL', () => {
    const { runtime, bundle } = load();
    bundle.open('NONE');
    expect(bundle.clickMenuItem('Say hello')).toBe(1);
    expect(runtime.authMode).toBe('FULL');
    expect(() => bundle.clickMenuItem('Say goodbye')).toThrow('No menu item "Say goodbye" (menu has: Say hello)');
  });

  it('ends each call as one execution, releasing its locks', () => {
    const { runtime, bundle } = load();
    expect(bundle.call('takeLock')).toBe(true);
    expect(runtime.locks.holder('document')).toBeNull();
    runtime.locks.holdDocumentLockAsAnotherExecution();
    expect(bundle.call('takeLock')).toBe(false);
  });
});
