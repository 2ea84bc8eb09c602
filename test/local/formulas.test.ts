// Formula cells as a maker's sheet holds them: getValues gives what the formula computes (a number,
// text, or an error text such as #N/A), getFormulas the formula, and the values follow the cells
// they refer to.
import { fresh } from './helpers';

describe('formula cells', () => {
  it('show what they compute and keep their formula', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:C2').setValues([
      ['Cases', 'Per case', 'Quantity'],
      [3, 12, '=A2*B2'],
    ]);
    expect(sheet.getRange('C2').getValue()).toBe(36);
    expect(sheet.getRange('A2:C2').getValues()).toEqual([[3, 12, 36]]);
    expect(sheet.getRange('C2').getFormula()).toBe('=A2*B2');
    expect(sheet.getRange('C2').getDisplayValue()).toBe('36');
  });

  it('follow the cells they refer to', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:B1').setValues([[2, '=A1*12']]);
    sheet.getRange('A1').setValue(5);
    expect(sheet.getRange('B1').getValue()).toBe(60);
  });

  it('evaluate what makers write: IF, SUM, ROUND, text joined with &, VLOOKUP, other sheets', () => {
    const { spreadsheet, sheet } = fresh();
    const prices = spreadsheet.insertSheet('Price list');
    prices.getRange('A1:B2').setValues([
      ['LAV', 0.25],
      ['COCO', 0.01],
    ]);
    sheet.getRange('A1:A3').setValues([[1.234], [2], ['']]);
    sheet
      .getRange('B1:B6')
      .setFormulas([
        ['=IF(A3="","",A3*2)'],
        ['=SUM(A1:A3)'],
        ['=ROUND(A1,1)'],
        ['="LAV-"&A2'],
        ['=VLOOKUP("COCO",\'Price list\'!A1:B2,2,FALSE)'],
        ["='Price list'!B1*4"],
      ]);
    expect(sheet.getRange('B1:B6').getValues().flat()).toEqual(['', 3.234, 1.2, 'LAV-2', 0.01, 1]);
  });

  it('show an error as its text: #N/A, #DIV/0!, #REF!, and pass it on to formulas using them', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:A2').setValues([['LAV'], [0]]);
    sheet.getRange('B1:B5').setFormulas([['=VLOOKUP("CED",A1:A2,1,FALSE)'], ['=1/A2'], ['=B1*2'], ['=B4+1'], ['=B3']]);
    expect(sheet.getRange('B1:B3').getValues().flat()).toEqual(['#N/A', '#DIV/0!', '#N/A']);
    expect(sheet.getRange('B4').getValue()).toBe('#REF!'); // refers to itself
  });

  it('count as content below the data, whatever they compute', () => {
    const { sheet } = fresh();
    sheet.getRange('A1').setValue('Lot');
    sheet.getRange('B2:B50').setFormula('=IF(A2="","",A2)');
    expect(sheet.getRange('B10').getValue()).toBe('');
    expect(sheet.getLastRow()).toBe(50);
  });

  it('show the value they were loaded with when the formula is one the engine cannot evaluate', () => {
    const { sheet } = fresh();
    sheet.loadFormulasForTest([
      { row: 1, column: 1, formula: '=GOOGLEFINANCE("GOOG")', value: 123.4 },
      { row: 2, column: 1, formula: '=1+1', value: 7 },
    ]);
    expect(sheet.getRange('A1:A2').getValues()).toEqual([[123.4], [2]]);
    expect(sheet.getRange('A1').getFormula()).toBe('=GOOGLEFINANCE("GOOG")');
  });
});
