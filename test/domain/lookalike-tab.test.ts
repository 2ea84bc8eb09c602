import { lookalikeClause, lookalikeTab } from '../../src/domain/lookalike-tab';
import { sheetSpec } from '../../src/domain/workbook';

const tab = (name: string, header: unknown[] = []) => ({ name, header });

describe('a tab that looks like a missing sheet', () => {
  it('is found by its name: spacing, punctuation, plural, a typo or two', () => {
    expect(lookalikeTab(sheetSpec('receipts'), [tab('Notes'), tab('Reciepts')])).toEqual({ name: 'Reciepts', by: 'typo' });
    expect(lookalikeTab(sheetSpec('batchInputs'), [tab('Batch-Input')])).toEqual({ name: 'Batch-Input', by: 'name' });
    expect(lookalikeTab(sheetSpec('orders'), [tab(' order ')])).toEqual({ name: ' order ', by: 'name' });
    expect(lookalikeTab(sheetSpec('bom'), [tab('BOMs')])).toEqual({ name: 'BOMs', by: 'name' });
  });

  it('is not a tab of a different name and header', () => {
    expect(lookalikeTab(sheetSpec('receipts'), [tab('Recipes'), tab('Sheet1'), tab('Batches')])).toBeNull();
    // A short name takes no typo: "Bag" is not BoM; a longer one takes one ("Reciepts"), not two.
    expect(lookalikeTab(sheetSpec('bom'), [tab('Bag'), tab('Blog')])).toBeNull();
    expect(lookalikeTab(sheetSpec('suppliers'), [tab('Supplies')])).toEqual({ name: 'Supplies', by: 'typo' });
  });

  it('is found by its header row when it names every required column of the sheet', () => {
    const orders = ['Order', 'Date', 'Customer', 'SKU', 'Quantity', 'Batch code'];
    expect(lookalikeTab(sheetSpec('orders'), [tab('Notes', ['Note']), tab('Sales', orders)])).toEqual({ name: 'Sales', by: 'header' });
    // Missing a required column: not an Orders sheet.
    expect(lookalikeTab(sheetSpec('orders'), [tab('Sales', ['Order', 'Customer', 'Total'])])).toBeNull();
  });

  it('is said as a rename to make', () => {
    expect(lookalikeClause(sheetSpec('orders'), { name: 'Sales', by: 'header' })).toBe(
      ' The tab "Sales" looks like it: rename it "Orders" for Lotline to read it.',
    );
    expect(lookalikeClause(sheetSpec('orders'), null)).toBe('');
  });
});
