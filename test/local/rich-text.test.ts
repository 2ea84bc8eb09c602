// Rich-text links: what "Check my records" writes so a report cell selects the cell it is about.
import { fresh } from './helpers';

describe('rich-text values with a link', () => {
  it('writes the text as it is, with its link, and reads both back', () => {
    const { runtime, sheet } = fresh();
    const app = runtime.SpreadsheetApp;
    const link = app.newRichTextValue().setText('=B5').setLinkUrl('#gid=0&range=B5').build();
    const plain = app.newRichTextValue().setText('0923').build();
    sheet.getRange('A1:A2').setRichTextValues([[link], [plain]]);
    // Never read as typed input: a formula-looking text and a number-looking text stay text.
    expect(sheet.getRange('A1:A2').getValues()).toEqual([['=B5'], ['0923']]);
    expect(sheet.getRange('A1').getFormula()).toBe('');
    const read = sheet.getRange('A1:A2').getRichTextValues();
    expect(read.map((row) => [row[0]?.getText(), row[0]?.getLinkUrl()])).toEqual([
      ['=B5', '#gid=0&range=B5'],
      ['0923', null],
    ]);
  });

  it('is a queued change writing one cell per value, and a value written over it drops the link', () => {
    const { runtime, sheet } = fresh();
    const value = runtime.SpreadsheetApp.newRichTextValue().setText('E7').setLinkUrl('#gid=1&range=E7').build();
    sheet.getRange('C3:C4').setRichTextValues([[value], [value]]);
    const snapshot = runtime.meter.snapshot();
    expect(snapshot.calls).toBe(0);
    expect(snapshot.queuedChanges).toBe(1);
    expect(snapshot.cellsWritten).toBe(2);
    sheet.getRange('C3').setValue('plain');
    expect(sheet.getRange('C3').getRichTextValue()?.getLinkUrl()).toBeNull();
    expect(sheet.getRange('C4').getRichTextValue()?.getLinkUrl()).toBe('#gid=1&range=E7');
    // A row inserted above carries the link down with its cell, and the new row gets none.
    sheet.insertRowsBefore(4, 1);
    expect(sheet.getRange('C4').getRichTextValue()).toBeNull();
    expect(sheet.getRange('C5').getRichTextValue()?.getLinkUrl()).toBe('#gid=1&range=E7');
  });

  it('refuses what Google refuses and what it does not model', () => {
    const { runtime, sheet } = fresh();
    expect(() => sheet.getRange('A1').setRichTextValues([['text' as never]])).toThrow(
      "The parameters (String[][]) don't match the method signature for SpreadsheetApp.Range.setRichTextValues.",
    );
    const builder = runtime.SpreadsheetApp.newRichTextValue().setText('abc');
    expect(() => (builder.setLinkUrl as (...args: unknown[]) => unknown)(0, 1, 'https://example.com')).toThrow(/whole value only/);
    expect(sheet.getRange('B2').getRichTextValue()).toBeNull();
  });
});
