// PropertiesService, LockService, Session and Logger.
import { MESSAGES } from '../../local/runtime';
import { errorOf, fresh } from './helpers';

describe('PropertiesService', () => {
  it('stores strings only: a missing key is null, other values are converted', () => {
    const { runtime } = fresh();
    const properties = runtime.PropertiesService.getDocumentProperties();
    expect(properties.getProperty('nextLot')).toBeNull();
    properties.setProperty('nextLot', 42 as never).setProperty('config', { a: 1 } as never);
    expect(runtime.PropertiesService.getDocumentProperties().getProperty('nextLot')).toBe('42');
    expect(properties.getProperty('config')).toBe('[object Object]');
  });

  it('sets, lists and deletes several at once', () => {
    const { runtime } = fresh();
    const properties = runtime.PropertiesService.getScriptProperties();
    properties.setProperties({ a: '1', b: '2' });
    properties.setProperties({ c: '3' }, true);
    expect(properties.getProperties()).toEqual({ c: '3' });
    properties.setProperty('d', '4').deleteProperty('c');
    expect(properties.getKeys()).toEqual(['d']);
    properties.deleteAllProperties();
    expect(properties.getKeys()).toEqual([]);
  });

  it('refuses a value over 9 KB with Google’s words, and keeps the store as it was', () => {
    const { runtime } = fresh();
    const properties = runtime.PropertiesService.getDocumentProperties();
    properties.setProperty('ok', 'x'.repeat(9 * 1024));
    expect(errorOf(() => properties.setProperty('big', 'x'.repeat(9 * 1024 + 1)))).toBe('Argument too large: value');
    expect(errorOf(() => properties.setProperty('big', 'é'.repeat(5000)))).toBe(MESSAGES.propertyTooLarge); // 10,000 bytes
    expect(properties.getKeys()).toEqual(['ok']);
  });

  it('refuses to grow a store past 500 KB', () => {
    const { runtime } = fresh();
    const properties = runtime.PropertiesService.getUserProperties();
    const chunk = 'x'.repeat(9000);
    for (let index = 0; index < 56; index += 1) properties.setProperty(`k${index}`, chunk);
    expect(errorOf(() => properties.setProperty('k56', chunk))).toBe(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
    expect(properties.getKeys()).toHaveLength(56);
  });

  it('keeps user properties per user and document properties per document', () => {
    const { runtime } = fresh({ userEmail: 'a@example.com' });
    runtime.PropertiesService.getUserProperties().setProperty('seen', 'yes');
    runtime.PropertiesService.getDocumentProperties().setProperty('shared', 'yes');
    runtime.setUser('b@example.com');
    expect(runtime.PropertiesService.getUserProperties().getProperty('seen')).toBeNull();
    expect(runtime.PropertiesService.getDocumentProperties().getProperty('shared')).toBe('yes');
  });
});

describe('LockService', () => {
  it('takes and releases the document lock', () => {
    const { runtime } = fresh();
    const lock = runtime.LockService.getDocumentLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  it('fails to get a lock another execution holds, with Google’s timeout text', () => {
    const { runtime } = fresh();
    runtime.locks.holdDocumentLockAsAnotherExecution();
    const lock = runtime.LockService.getDocumentLock();
    expect(lock.tryLock(5000)).toBe(false);
    expect(errorOf(() => lock.waitLock(10000))).toBe('Lock timeout: another process was holding the lock for too long.');
    expect(runtime.meter.snapshot().waitedMs).toBe(15000);
    runtime.locks.releaseDocumentLockOfAnotherExecution();
    expect(lock.tryLock(5000)).toBe(true);
    expect(runtime.LockService.getScriptLock().tryLock(0)).toBe(true);
  });

  it('releases locks when the execution ends, and notes a release before flush', () => {
    const { runtime, sheet } = fresh();
    const lock = runtime.LockService.getDocumentLock();
    lock.waitLock(1000);
    sheet.getRange('A1').setValue('LOT-1');
    lock.releaseLock();
    expect(runtime.locks.releasesWithPendingWrites).toBe(1);
    lock.waitLock(1000);
    sheet.getRange('A2').setValue('LOT-2');
    runtime.SpreadsheetApp.flush();
    lock.releaseLock();
    expect(runtime.locks.releasesWithPendingWrites).toBe(1);
    // appendRow commits at once (a call and a commit): nothing is left queued when the lock is let go.
    lock.waitLock(1000);
    sheet.appendRow(['LOT-3']);
    lock.releaseLock();
    expect(runtime.locks.releasesWithPendingWrites).toBe(1);
    lock.waitLock(1000);
    runtime.endExecution();
    expect(runtime.locks.holder('document')).toBeNull();
  });
});

describe('Session', () => {
  it('gives the user’s email, which may be empty', () => {
    expect(fresh({ userEmail: 'maker@example.com' }).runtime.Session.getActiveUser().getEmail()).toBe('maker@example.com');
    const { runtime } = fresh({ userEmail: '', ownerEmail: 'owner@example.com' });
    expect(runtime.Session.getActiveUser().getEmail()).toBe('');
    expect(runtime.Session.getEffectiveUser().getEmail()).toBe('owner@example.com');
  });

  it('gives the script time zone and the user’s locale', () => {
    const { runtime } = fresh({ timeZone: 'Europe/Berlin' });
    expect([runtime.Session.getScriptTimeZone(), runtime.Session.getActiveUserLocale()]).toEqual(['Europe/Berlin', 'en']);
    expect(runtime.SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone()).toBe('Europe/Berlin');
  });

  it('a changed spreadsheet time zone keeps each date cell’s day and time, so the moment it stands for moves', () => {
    const { runtime, sheet } = fresh({ timeZone: 'America/New_York' });
    const spreadsheet = runtime.SpreadsheetApp.getActiveSpreadsheet();
    // Midnight 1 March 2024 in New York.
    sheet.getRange('A1').setValue(new Date('2024-03-01T05:00:00Z'));
    const shown = sheet.getRange('A1').getDisplayValue();
    spreadsheet.setSpreadsheetTimeZone('Europe/Berlin');
    expect(spreadsheet.getSpreadsheetTimeZone()).toBe('Europe/Berlin');
    expect(sheet.getRange('A1').getDisplayValue()).toBe(shown);
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2024-02-29T23:00:00.000Z');
    expect(errorOf(() => spreadsheet.setSpreadsheetTimeZone('Mars/Olympus'))).toBe('Invalid argument: timeZone (Mars/Olympus)');
  });
});

describe('Logger and Utilities', () => {
  it('logs with placeholders and keeps the log', () => {
    const { runtime } = fresh();
    runtime.Logger.log('Traced %s lots in %d ms', 'three', 12);
    runtime.console.warn('careful');
    expect(runtime.Logger.getLog()).toBe('Traced three lots in 12 ms\n');
    expect(runtime.logs.map((line) => `${line.source}:${line.level}:${line.text}`)).toEqual([
      'Logger:log:Traced three lots in 12 ms',
      'console:warn:careful',
    ]);
  });

  it('makes UUIDs and meters sleeping as time', () => {
    const { runtime } = fresh();
    expect(runtime.Utilities.getUuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    runtime.Utilities.sleep(250);
    expect(runtime.meter.snapshot()).toMatchObject({ waitedMs: 250, projectedMs: 300 });
  });
});
