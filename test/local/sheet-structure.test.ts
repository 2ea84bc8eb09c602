// Sheets, ranges, formats and protections beyond the semantics list: what moves when rows and columns
// are inserted or deleted, and the smaller methods the add-on relies on.
import { MESSAGES } from '../../local/runtime';
import { errorOf, fresh } from './helpers';

describe('inserting and deleting rows and columns', () => {
  it('shifts values, formulas, formats and validation together', () => {
    const { runtime, sheet } = fresh();
    const rule = runtime.SpreadsheetApp.newDataValidation().requireValueInList(['a']).build();
    sheet.getRange('A2:B2').setValues([['lot', '=1+1']]);
    sheet.getRange('A2').setFontWeight('bold').setDataValidation(rule);
    sheet.insertRowsBefore(2, 3);
    expect(sheet.getRange('A5:B5').getValues()).toEqual([['lot', 2]]);
    expect(sheet.getRange('B5').getFormula()).toBe('=1+1');
    expect(sheet.getRange('A5').getFontWeight()).toBe('bold');
    expect(sheet.getRange('A5').getDataValidation()).toBe(rule);
    expect(sheet.getMaxRows()).toBe(1003);
  });

  it('copies formats and validation of the neighbouring row into inserted rows, not values', () => {
    const { runtime, sheet } = fresh();
    const rule = runtime.SpreadsheetApp.newDataValidation().requireValueInList(['kg']).build();
    sheet.getRange('A2').setValue('x').setNumberFormat('@').setDataValidation(rule);
    sheet.insertRowsAfter(2, 2);
    expect(sheet.getRange('A3:A4').getValues()).toEqual([[''], ['']]);
    expect(sheet.getRange('A3:A4').getNumberFormats()).toEqual([['@'], ['@']]);
    expect(sheet.getRange('A4').getDataValidation()).toBe(rule);
  });

  it('shifts columns, widths and frozen panes', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:B1').setValues([['a', 'b']]);
    sheet.setColumnWidth(2, 250);
    sheet.setFrozenColumns(1);
    sheet.insertColumnsBefore(1, 1);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['', 'a', 'b']]);
    expect(sheet.getColumnWidth(3)).toBe(250);
    expect(sheet.getFrozenColumns()).toBe(2);
    sheet.deleteColumns(1, 2);
    expect(sheet.getRange('A1').getValue()).toBe('b');
    expect(sheet.getMaxColumns()).toBe(25);
  });

  it('keeps frozen header rows frozen when rows are inserted inside them', () => {
    const { sheet } = fresh();
    sheet.setFrozenRows(2);
    sheet.insertRowBefore(1);
    expect(sheet.getFrozenRows()).toBe(3);
    sheet.insertRowAfter(10);
    expect(sheet.getFrozenRows()).toBe(3);
  });

  it('moves a protected range with inserted rows, and refuses inserting inside it', () => {
    const { runtime, sheet } = fresh({ userEmail: 'owner@example.com' });
    const protection = sheet.getRange('A5:C6').protect();
    protection.removeEditors(protection.getEditors());
    sheet.insertRowsBefore(1, 2);
    expect(protection.getRange().getA1Notation()).toBe('A7:C8');
    runtime.setUser('helper@example.com');
    expect(errorOf(() => sheet.insertRowAfter(7))).toBe(MESSAGES.protectedCell);
    sheet.insertRowAfter(8);
    expect(protection.getRange().getA1Notation()).toBe('A7:C8');
  });

  it('moves the person’s selection with the rows it is on', () => {
    const { spreadsheet, sheet } = fresh();
    spreadsheet.setSelectionForTest(['B5:C6'], 'C6');
    sheet.insertRowsBefore(2, 3);
    expect([spreadsheet.getActiveRange()?.getA1Notation(), spreadsheet.getCurrentCell()?.getA1Notation()]).toEqual(['B8:C9', 'C9']);
    sheet.deleteRows(8, 2);
    expect(spreadsheet.getActiveRange()).toBeNull();
  });

  it('refuses to use a range past the end of a sheet that has shrunk since', () => {
    const { sheet } = fresh();
    const tail = sheet.getRange('A990:A1000');
    sheet.deleteRows(1, 20);
    expect(errorOf(() => tail.getValues())).toBe(MESSAGES.outsideDimensions);
  });

  it('checks positions', () => {
    const { sheet } = fresh();
    expect(errorOf(() => sheet.insertRowsAfter(1001, 1))).toBe('Those rows are out of bounds.');
    expect(errorOf(() => sheet.insertColumnsAfter(0, 1))).toBe('Those columns are out of bounds.');
    expect(errorOf(() => sheet.deleteColumns(26, 2))).toBe('Those columns are out of bounds.');
  });
});

describe('appendRow', () => {
  it('writes after the last row with content and grows the sheet by one row when full', () => {
    const { sheet } = fresh();
    sheet.getRange('A1000').setValue('last');
    sheet.appendRow(['next', 2]);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange('A1001:B1001').getValues()).toEqual([['next', 2]]);
  });

  it('writes at row 1 on an empty sheet, ignoring formats', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:A5').setFontWeight('bold');
    sheet.appendRow(['first']);
    expect(sheet.getLastRow()).toBe(1);
  });

  it('needs an array', () => {
    const { sheet } = fresh();
    expect(errorOf(() => sheet.appendRow('x' as never))).toBe(
      "The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.appendRow.",
    );
  });
});

describe('sheets', () => {
  it('renames, refusing a taken name', () => {
    const { spreadsheet, sheet } = fresh();
    spreadsheet.insertSheet('Lots');
    sheet.setName('Receipts');
    expect(sheet.getName()).toBe('Receipts');
    expect(errorOf(() => sheet.setName('lots'))).toBe(MESSAGES.sheetExists('lots'));
    expect(errorOf(() => sheet.setName(''))).toBe(MESSAGES.sheetNameBlank);
  });

  it('deletes sheets but never the last one', () => {
    const { spreadsheet, sheet } = fresh();
    const other = spreadsheet.insertSheet('Other');
    spreadsheet.deleteSheet(other);
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
    expect(errorOf(() => spreadsheet.deleteSheet(sheet))).toBe("You can't remove all the sheets in a document.");
    expect(errorOf(() => other.getLastRow())).toMatch(/has been deleted/);
  });

  it('finds sheets by id and keeps getIndex, hidden state and tab colour', () => {
    const { spreadsheet, sheet } = fresh();
    const lots = spreadsheet.insertSheet('Lots');
    expect(spreadsheet.getSheetById(lots.getSheetId())).toBe(lots);
    expect(spreadsheet.getSheetById(12345)).toBeNull();
    expect(lots.getIndex()).toBe(2);
    lots.hideSheet().setTabColor('#FF0000');
    expect([lots.isSheetHidden(), lots.getTabColor()]).toEqual([true, '#ff0000']);
    expect(errorOf(() => sheet.hideSheet())).toBe(MESSAGES.hideAllSheets);
  });

  it('reads Spreadsheet.getRange with a sheet name, and getSheetValues', () => {
    const { spreadsheet } = fresh();
    spreadsheet.insertSheet('Lot log').getRange('B2').setValue(7);
    expect(spreadsheet.getRange("'Lot log'!B2").getValue()).toBe(7);
    expect(spreadsheet.getSheetByName('Lot log')!.getSheetValues(2, 2, 1, 1)).toEqual([[7]]);
    expect(errorOf(() => spreadsheet.getRange('Nope!A1'))).toBe('Range not found');
  });

  it('clears content and formats but keeps validation', () => {
    const { runtime, sheet } = fresh();
    sheet
      .getRange('A1')
      .setValue('x')
      .setBackground('#00ff00')
      .setDataValidation(runtime.SpreadsheetApp.newDataValidation().requireCheckbox().build());
    sheet.clear();
    expect([sheet.getLastRow(), sheet.getRange('A1').getBackground()]).toEqual([0, '#ffffff']);
    expect(sheet.getRange('A1').getDataValidation()).not.toBeNull();
  });

  it('records toasts', () => {
    const { runtime, spreadsheet } = fresh();
    spreadsheet.toast('Saved 3 lots', 'Lotline', 3);
    expect(runtime.ui.toasts).toEqual([{ message: 'Saved 3 lots', title: 'Lotline', timeoutSeconds: 3 }]);
  });
});

describe('ranges', () => {
  it('offsets and picks cells relative to the range, within the sheet', () => {
    const { sheet } = fresh();
    const range = sheet.getRange('B2:C3');
    expect(range.offset(1, 1).getA1Notation()).toBe('C3:D4');
    expect(range.offset(0, 0, 1, 1).getA1Notation()).toBe('B2');
    expect(range.getCell(2, 2).getA1Notation()).toBe('C3');
    expect(errorOf(() => range.getCell(3, 1))).toBe('Cell reference out of range');
    expect(errorOf(() => range.offset(-2, 0))).toBe(MESSAGES.startRowTooSmall);
    expect([range.getLastRow(), range.getLastColumn()]).toEqual([3, 3]);
  });

  it('keeps font weights, backgrounds, wrap and alignment per cell', () => {
    const { sheet } = fresh();
    sheet
      .getRange('A1:B1')
      .setFontWeights([['bold', null]])
      .setBackgrounds([['#FFEE00', null]]);
    sheet.getRange('A1').setWrap(true).setHorizontalAlignment('center');
    expect(sheet.getRange('A1:B1').getFontWeights()).toEqual([['bold', 'normal']]);
    expect(sheet.getRange('A1:B1').getBackgrounds()).toEqual([['#ffee00', '#ffffff']]);
    expect(sheet.cellFormatForTest('A1')).toMatchObject({ wrap: true, horizontalAlignment: 'center' });
    expect(errorOf(() => sheet.getRange('A1').setFontWeight('heavy' as never))).toMatch(/don't match the method signature/);
  });

  it('activates a range as the selection of its sheet', () => {
    const { spreadsheet } = fresh();
    const lots = spreadsheet.insertSheet('Lots');
    spreadsheet.getSheets()[0]!.activate();
    lots.getRange('B2:B4').activate();
    expect(spreadsheet.getActiveSheet().getName()).toBe('Lots');
    expect(spreadsheet.getCurrentCell()?.getA1Notation()).toBe('B2');
  });
});

describe('protections', () => {
  it('describes and lists protections by type, and removes them', () => {
    const { runtime, spreadsheet, sheet } = fresh();
    const { ProtectionType } = runtime.SpreadsheetApp;
    const header = sheet.getRange('1:1').protect().setDescription('header').setWarningOnly(true);
    sheet.protect().setDescription('whole');
    expect(sheet.protect().getDescription()).toBe('whole');
    expect(sheet.getProtections(ProtectionType.RANGE).map((p) => p.getDescription())).toEqual(['header']);
    expect(spreadsheet.getProtections(ProtectionType.SHEET)).toHaveLength(1);
    expect(header.getProtectionType()).toBe(ProtectionType.RANGE);
    expect(String(header.getProtectionType())).toBe('RANGE');
    header.remove();
    expect(sheet.getProtections(ProtectionType.RANGE)).toEqual([]);
  });

  it('lists the owner and the creator as editors, and never removes the owner', () => {
    const { runtime, sheet } = fresh({ userEmail: 'helper@example.com', ownerEmail: 'owner@example.com' });
    const protection = sheet.getRange('A1').protect();
    protection.removeEditors(['owner@example.com']).addEditor('friend@example.com');
    expect(protection.getEditors().map((user) => user.getEmail())).toEqual([
      'owner@example.com',
      'helper@example.com',
      'friend@example.com',
    ]);
    runtime.setUser('friend@example.com');
    expect(protection.canEdit()).toBe(true);
    runtime.setUser('stranger@example.com');
    expect(protection.canEdit()).toBe(false);
    expect(errorOf(() => protection.setDescription('mine now'))).toBe(MESSAGES.protectedCell);
  });

  it('refuses a string where the ProtectionType enum is needed', () => {
    const { sheet } = fresh();
    expect(errorOf(() => sheet.getProtections('RANGE'))).toMatch(
      /don't match the method signature for SpreadsheetApp.Sheet.getProtections/,
    );
  });
});

describe('data validation builder', () => {
  it('builds list and range rules with help text, and copies them', () => {
    const { runtime, spreadsheet } = fresh();
    const source = spreadsheet.insertSheet('Lots').getRange('A2:A');
    const rule = runtime.SpreadsheetApp.newDataValidation().requireValueInRange(source, false).setHelpText('A lot').build();
    const [range, dropdown] = rule.getCriteriaValues() as [{ getA1Notation(): string }, boolean];
    expect([range.getA1Notation(), dropdown, rule.getHelpText(), rule.getAllowInvalid()]).toEqual(['A2:A1000', false, 'A lot', true]);
    const copy = rule.copy().requireValueInList(['x']).build();
    expect(String(copy.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(copy.getHelpText()).toBe('A lot');
    expect(String(rule.getCriteriaType())).toBe('VALUE_IN_RANGE');
  });

  it('refuses to build without criteria, and a rule where a Range is needed', () => {
    const { runtime } = fresh();
    expect(errorOf(() => runtime.SpreadsheetApp.newDataValidation().build())).toMatch(/criteria/);
    expect(errorOf(() => runtime.SpreadsheetApp.newDataValidation().requireValueInRange('A1:A3' as never))).toMatch(/don't match/);
  });
});
