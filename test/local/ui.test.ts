// SpreadsheetApp.getUi() and HtmlService, and the control side in runtime.ui.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { errorOf, fresh } from './helpers';

describe('menus', () => {
  it('installs the add-on menu under the add-on’s name, with separators and submenus', () => {
    const { runtime } = fresh();
    const ui = runtime.SpreadsheetApp.getUi();
    ui.createAddonMenu()
      .addItem('Set up tracking sheets', 'setUpSheets')
      .addSeparator()
      .addSubMenu(ui.createMenu('Reports').addItem('Recall list', 'recallList'))
      .addToUi();
    expect(runtime.ui.menus).toEqual([
      {
        title: 'Lotline',
        items: [
          { caption: 'Set up tracking sheets', functionName: 'setUpSheets' },
          { separator: true },
          { submenu: { title: 'Reports', items: [{ caption: 'Recall list', functionName: 'recallList' }] } },
        ],
      },
    ]);
    expect(runtime.ui.findMenuItem('Recall list')).toEqual({ caption: 'Recall list', functionName: 'recallList' });
  });

  it('replaces the menu when it is added again, and shows nothing before addToUi', () => {
    const { runtime } = fresh({ addonName: 'Lotline (dev)' });
    const ui = runtime.SpreadsheetApp.getUi();
    ui.createAddonMenu().addItem('Old', 'old');
    expect(runtime.ui.menus).toEqual([]);
    ui.createAddonMenu().addItem('One', 'one').addToUi();
    ui.createAddonMenu().addItem('Two', 'two').addToUi();
    expect(runtime.ui.menus).toEqual([{ title: 'Lotline (dev)', items: [{ caption: 'Two', functionName: 'two' }] }]);
  });
});

describe('alerts and prompts', () => {
  it('answers an OK alert with OK when nothing was queued, and logs it', () => {
    const { runtime } = fresh();
    const ui = runtime.SpreadsheetApp.getUi();
    expect(ui.alert('Done')).toBe(ui.Button.OK);
    expect(runtime.ui.dialogs).toEqual([{ kind: 'alert', title: '', prompt: 'Done', buttons: 'OK', answer: { button: 'OK' } }]);
  });

  it('uses queued answers in order, with title and button set', () => {
    const { runtime } = fresh();
    const ui = runtime.SpreadsheetApp.getUi();
    runtime.ui.answerNext({ button: 'NO' }, { text: 'LOT-7' }, { button: 'CLOSE' });
    expect(ui.alert('Recall', 'Send the list?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    const answer = ui.prompt('Which lot?', ui.ButtonSet.OK_CANCEL);
    expect([answer.getResponseText(), answer.getSelectedButton()]).toEqual(['LOT-7', ui.Button.OK]);
    expect(ui.prompt('Again?').getSelectedButton()).toBe(ui.Button.CLOSE);
    expect(runtime.ui.pendingAnswers).toBe(0);
    expect(runtime.ui.dialogs.map((dialog) => dialog.title)).toEqual(['Recall', '', '']);
  });

  it('throws for a prompt nobody prepared an answer for, and for a YES/NO alert', () => {
    const { runtime } = fresh();
    const ui = runtime.SpreadsheetApp.getUi();
    expect(errorOf(() => ui.prompt('Which lot?'))).toMatch(/no answer was queued.*answerNext/);
    expect(errorOf(() => ui.alert('Sure?', ui.ButtonSet.YES_NO))).toMatch(/no answer was queued/);
  });

  it('refuses an answer the dialog does not offer', () => {
    const { runtime } = fresh();
    const ui = runtime.SpreadsheetApp.getUi();
    runtime.ui.answerNext({ button: 'YES' });
    expect(errorOf(() => ui.alert('Saved'))).toMatch(/offers OK \(or CLOSE\), not YES/);
    runtime.ui.answerNext({ text: 'typed' });
    expect(errorOf(() => ui.alert('Saved'))).toMatch(/is an alert/);
  });

  it('refuses a string where a ButtonSet is needed', () => {
    const { runtime } = fresh();
    expect(errorOf(() => runtime.SpreadsheetApp.getUi().alert('Sure?', 'YES_NO'))).toMatch(/don't match the method signature for Ui.alert/);
  });
});

describe('sidebars and HtmlService', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'lotline-html-'));
  writeFileSync(path.join(dir, 'Sidebar.html'), '<p>Trace a lot</p>');

  it('reads NAME.html from the HTML directory and shows it 300 px wide', () => {
    const { runtime } = fresh({ htmlDir: dir });
    const output = runtime.HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Lotline').setWidth(800);
    runtime.SpreadsheetApp.getUi().showSidebar(output);
    expect(runtime.ui.sidebar).toEqual({ kind: 'sidebar', title: 'Lotline', html: '<p>Trace a lot</p>', width: 300, height: null });
  });

  it('says which file is missing, and never reads outside the directory', () => {
    const { runtime } = fresh({ htmlDir: dir });
    expect(errorOf(() => runtime.HtmlService.createHtmlOutputFromFile('Help'))).toBe('No HTML file named Help was found.');
    expect(errorOf(() => runtime.HtmlService.createHtmlOutputFromFile('../etc/passwd'))).toBe(
      'No HTML file named ../etc/passwd was found.',
    );
  });

  it('builds output in memory and shows dialogs at their size', () => {
    const { runtime } = fresh();
    const output = runtime.HtmlService.createHtmlOutput('<b>1</b>').append('<i>2</i>').setWidth(500).setHeight(200);
    output.setSandboxMode(runtime.HtmlService.SandboxMode.IFRAME).setXFrameOptionsMode(runtime.HtmlService.XFrameOptionsMode.ALLOWALL);
    expect([output.getContent(), output.getWidth(), output.getHeight()]).toEqual(['<b>1</b><i>2</i>', 500, 200]);
    runtime.SpreadsheetApp.getUi().showModalDialog(output, 'Recall list');
    expect(runtime.ui.dialog).toMatchObject({ kind: 'modal', title: 'Recall list', width: 500, height: 200 });
    expect(errorOf(() => runtime.SpreadsheetApp.getUi().showSidebar('<p>' as never))).toMatch(/don't match/);
  });
});
