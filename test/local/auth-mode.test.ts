// AuthMode strictness: onOpen in AuthMode.NONE may build the add-on menu and nothing else.
import { fresh, errorOf } from './helpers';

describe('AuthMode.NONE', () => {
  it('lets onOpen build and install the add-on menu', () => {
    const { runtime } = fresh();
    runtime.setAuthMode(runtime.ScriptApp.AuthMode.NONE);
    runtime.SpreadsheetApp.getUi().createAddonMenu().addItem('Set up', 'setUpSheets').addSeparator().addToUi();
    runtime.Logger.log('menu built');
    expect(runtime.ui.menus[0]?.items).toHaveLength(2);
    expect(runtime.logs.map((line) => line.text)).toEqual(['menu built']);
  });

  it.each([
    [
      'SpreadsheetApp.getActiveSpreadsheet',
      (r: Rt) => r.SpreadsheetApp.getActiveSpreadsheet(),
      ' Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly',
    ],
    [
      'SpreadsheetApp.getActiveSheet',
      (r: Rt) => r.SpreadsheetApp.getActiveSheet(),
      ' Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly',
    ],
    ['PropertiesService.getDocumentProperties', (r: Rt) => r.PropertiesService.getDocumentProperties(), ''],
    [
      'Session.getActiveUser',
      (r: Rt) => r.Session.getActiveUser(),
      ' Required permissions: https://www.googleapis.com/auth/userinfo.email',
    ],
    [
      'Ui.alert',
      (r: Rt) => r.SpreadsheetApp.getUi().alert('hi'),
      ' Required permissions: https://www.googleapis.com/auth/script.container.ui',
    ],
    [
      'HtmlService.createHtmlOutput',
      (r: Rt) => r.HtmlService.createHtmlOutput('x'),
      ' Required permissions: https://www.googleapis.com/auth/script.container.ui',
    ],
    ['LockService.getDocumentLock', (r: Rt) => r.LockService.getDocumentLock(), ''],
    ['Utilities.formatDate', (r: Rt) => r.Utilities.formatDate(new Date(), 'UTC', 'yyyy'), ''],
  ])('refuses %s', (method, action, scope) => {
    const { runtime } = fresh();
    runtime.setAuthMode('NONE');
    expect(errorOf(() => action(runtime))).toBe(`You do not have permission to call ${method}.${scope}`);
  });

  it('refuses a spreadsheet obtained before, too', () => {
    const { runtime, sheet } = fresh();
    runtime.setAuthMode('NONE');
    expect(errorOf(() => sheet.getLastRow())).toMatch(/^You do not have permission to call SpreadsheetApp.Sheet.getLastRow/);
  });
});

describe('other modes', () => {
  it('allows the current document and its UI in LIMITED and FULL', () => {
    const { runtime } = fresh();
    for (const mode of ['LIMITED', 'FULL'] as const) {
      runtime.setAuthMode(mode);
      expect(runtime.SpreadsheetApp.getActiveSpreadsheet().getSheets()).toHaveLength(1);
      expect(runtime.PropertiesService.getDocumentProperties().getProperty('x')).toBeNull();
    }
  });

  it('lets a custom function read but not write or show UI', () => {
    const { runtime, sheet } = fresh();
    runtime.setAuthMode('CUSTOM_FUNCTION');
    expect(sheet.getRange('A1').getValue()).toBe('');
    expect(errorOf(() => sheet.getRange('A1').setValue(1))).toMatch(/permission to call SpreadsheetApp.Range.setValue/);
    expect(errorOf(() => runtime.SpreadsheetApp.getUi())).toMatch(/permission to call SpreadsheetApp.getUi/);
  });

  it('rejects a mode that does not exist', () => {
    const { runtime } = fresh();
    expect(() => runtime.setAuthMode('ADMIN' as never)).toThrow('setAuthMode: ADMIN is not an AuthMode');
    expect(runtime.authMode).toBe('FULL');
  });
});

type Rt = ReturnType<typeof fresh>['runtime'];
