import { checkRecords } from '../../../src/domain/records-check';
import { cleanTables, recordsInput, type Tables } from './records';

function check(edit: (tables: Tables) => void = () => undefined, unreadable: Parameters<typeof recordsInput>[1] = []) {
  const tables = cleanTables();
  edit(tables);
  return checkRecords(recordsInput(tables, unreadable));
}

const where = (result: ReturnType<typeof check>) => result.findings.map((f) => `${f.kind} ${f.sheet} ${f.row} ${f.column}`);

describe('the records check on plain rows', () => {
  it('finds nothing in clean records, and counts every lot traceable end to end', () => {
    const result = check();
    expect(result.findings).toEqual([]);
    expect(result.readiness).toEqual({ lots: 2, traceable: 2, complete: true });
    expect(result.notChecked).toEqual([]);
  });

  it('reports a batch code that is already a receipt lot number, and that lot stops being traceable', () => {
    const result = check((t) => (t.batches![0]!.batchCode = 'lav-01 '));
    expect(where(result)).toContain('duplicateCode batches 2 batchCode');
    expect(result.findings[0]?.message).toMatch(/lav-01 is already the lot number of Receipts row 2/);
    // COCO-01 still is: the input naming the old FB-1 is reported, but names no lot of its own.
    expect(result.readiness.traceable).toBe(1);
  });

  it('names the closest existing code for a mistyped lot, batch ID and shipped batch code', () => {
    const result = check((t) => {
      t.batchInputs![0]!.lot = 'LAV-1';
      t.batchInputs![2]!.batchId = 'MFG-3';
      t.orders![0]!.batchCode = 'LSOAP-l';
    });
    const messages = Object.fromEntries(result.findings.map((f) => [f.kind, f.message]));
    expect(messages.unknownLot).toMatch(/closest code that exists is LAV-01\.$/);
    expect(messages.unknownBatchId).toMatch(/closest code that exists is MFG-1\.$/);
    expect(messages.unknownShipped).toMatch(/closest code that exists is LSOAP-1\.$/);
  });

  it('does not call codes unknown when the sheet that would hold them is missing, and says what it could not check', () => {
    const result = check((t) => delete t.receipts);
    expect(result.findings.filter((f) => f.kind === 'unknownLot' || f.kind === 'unknownWasted')).toEqual([]);
    expect(result.notChecked[0]).toMatch(/^No Receipts sheet: received lots were not checked/);
    expect(result.readiness.complete).toBe(false);
  });

  it('finds a sub-assembly lot untraceable when a batch made from its blend cannot be read', () => {
    const result = check(
      (t) => (t.orders![0]!.quantity = null),
      [{ sheet: 'orders', row: 2, column: 'quantity', message: 'Quantity is required but the cell is empty' }],
    );
    expect(where(result)).toEqual(['unreadable orders 2 quantity']);
    // LAV-01 reaches LSOAP-1 only through the blend FB-1: the unreadable shipment spoils it too.
    expect(result.readiness).toMatchObject({ lots: 2, traceable: 0 });
  });

  it('counts an order line with no batch code against the lots of batches of its SKU, and without a SKU against all', () => {
    const withSku = check((t) => t.orders!.push({ order: '#2', customer: 'Bo', sku: 'FB', batchCode: '', quantity: 1 }));
    expect(where(withSku)).toEqual(['noBatchCode orders 3 batchCode']);
    expect(withSku.readiness.traceable).toBe(1); // LAV-01 went into FB-1; COCO-01 did not
    const withoutSku = check((t) => t.orders!.push({ order: '#2', customer: 'Bo', batchCode: '', quantity: 1 }));
    expect(withoutSku.readiness.traceable).toBe(0);
  });

  it('reports dates out of order, units that do not convert and a negative on hand', () => {
    const result = check((t) => {
      t.batches![0]!.made = '2023-08-30';
      t.orders![0]!.shipped = '2023-09-09';
      t.batchInputs![2]!.unit = 'ml';
      t.waste![0]!.quantity = 950;
    });
    expect(where(result).sort()).toEqual(
      [
        'usedBeforeReceived batchInputs 2 lot',
        'shippedBeforeMade orders 2 shipped',
        'unitMismatch batchInputs 4 unit',
        'negativeOnHand receipts 2 quantity',
      ].sort(),
    );
  });

  it('reports a held batch still shipped once, at its Status cell, and master data a recall leans on', () => {
    const result = check((t) => {
      t.batches![1]!.status = 'Recalled';
      t.suppliers![1] = { supplier: 'Coco Supply' };
      t.receipts![1]!.supplierLot = '';
      t.bom!.push({ sku: 'LSOAP', component: 'COC', quantity: 1, unit: 'g' });
      t.products!.push({ sku: 'TIN' });
      t.batches!.push({ batchId: 'MFG-3', made: '2023-09-11', sku: 'LSOAP', batchCode: 'LSOAP-2', quantityMade: 10 });
    });
    expect(where(result)).toEqual([
      'noContact suppliers 3 contact',
      'noSupplierLot receipts 3 supplierLot',
      'noBom products 4 sku',
      'unknownComponent bom 5 component',
      'heldInUse batches 3 status',
      'noInputs batches 4 batchId',
    ]);
    expect(result.findings.find((f) => f.kind === 'heldInUse')?.message).toMatch(/^LSOAP-1 is Recalled, and 1 Orders row ships it/);
    expect(result.findings.find((f) => f.kind === 'unknownComponent')?.message).toMatch(/closest that exists is COCO\.$/);
    expect(result.findings.map((f) => f.severity)).toEqual(['weakens', 'weakens', 'tidy', 'tidy', 'weakens', 'breaks']);
  });

  it('says a missing column was not checked, reports nothing about it, and gives no complete figure', () => {
    const tables = cleanTables();
    tables.receipts![1]!.supplierLot = '';
    const input = recordsInput(tables);
    delete input.places.receipts!.positions.supplierLot;
    input.missingColumns.push({ sheet: 'receipts', column: 'supplierLot' });
    const result = checkRecords(input);
    expect(result.notChecked).toEqual(['Receipts has no "Supplier lot" column: Supplier lot was not checked.']);
    expect(result.findings).toEqual([]);
    expect(result.readiness.complete).toBe(false);
  });

  it('grades an unreadable cell by what it cuts: a linking code breaks a trace, a quantity weakens it, a status is tidy-up', () => {
    const result = check(
      () => undefined,
      [
        { sheet: 'batchInputs', row: 2, column: 'lot', message: 'shows #N/A: fix the formula' },
        { sheet: 'receipts', row: 2, column: 'quantity', message: '"lots" is not a number' },
        { sheet: 'batches', row: 2, column: 'status', message: '"Hold" is not one of Released, Quarantined, Recalled, Destroyed' },
      ],
    );
    expect(result.findings.map((f) => `${f.sheet} ${f.column} ${f.severity}`)).toEqual([
      'receipts quantity weakens',
      'batches status tidy',
      'batchInputs lot breaks',
    ]);
  });
});
