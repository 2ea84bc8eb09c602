// A delivery from the sidebar, checked against the workbook: every problem with its line and field.
import { CodeNumbering } from '../../../src/domain/code-numbering';
import { defaultCodeFormat } from '../../../src/domain/code-formats';
import { parseUnit } from '../../../src/domain/units';
import type { DeliveryDraft, DeliveryLineDraft, DeliveryProblem } from '../../../src/contract/receiving';
import { checkDelivery, type CheckedDelivery, type ReceivingContext } from '../../../src/domain/receiving/delivery-rules';
import { deliveryLogDetails, numberLots, receiptRecords } from '../../../src/domain/receiving/receipt-records';

const context: ReceivingContext = {
  materials: [
    { code: 'LAV', name: 'Lavender essential oil', unit: parseUnit('ml'), supplier: 'Lavender Fields Co.', sheet: 'Materials', row: 2 },
    { code: 'COCO', name: 'Coconut oil', unit: parseUnit('g'), supplier: 'Coastal Oils', sheet: 'Materials', row: 3 },
    { code: 'WAX', name: 'Beeswax', unit: null, supplier: '', sheet: 'Materials', row: 4 },
  ],
  suppliers: ['Lavender Fields Co.', 'Coastal Oils'],
  lotNamespace: new Set(['LAV-0923-001', 'LSOAP-231015-01']),
  today: '2023-10-01',
};

function line(fields: Partial<DeliveryLineDraft> = {}): DeliveryLineDraft {
  return {
    materialCode: 'LAV',
    quantity: '500',
    unit: 'ml',
    supplierLot: 'LF-2309-88',
    cost: '',
    expires: '',
    spec: '',
    condition: 'OK',
    status: 'Available',
    notes: '',
    lotNumber: 'LAV-0923-002',
    lotNumberEdited: false,
    ...fields,
  };
}

function delivery(fields: Partial<DeliveryDraft> = {}): DeliveryDraft {
  return { supplier: 'Lavender Fields Co.', received: '2023-09-26', lines: [line()], ...fields };
}

function problems(draft: DeliveryDraft): DeliveryProblem[] {
  const checked = checkDelivery(draft, context);
  if (checked.ok) throw new Error('the delivery was accepted');
  return checked.problems;
}

function accepted(draft: DeliveryDraft): CheckedDelivery {
  const checked = checkDelivery(draft, context);
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  return checked.delivery;
}

describe('a good delivery', () => {
  it('becomes typed lines: numbers as typed, the unit, the supplier as written in Suppliers', () => {
    const checked = accepted(
      delivery({
        supplier: '  lavender fields co. ',
        lines: [
          line({ quantity: ' 1,200 ', cost: '$84.50', expires: '2025-09-01', condition: 'damaged', status: '' }),
          line({ materialCode: 'coco', unit: 'KG', quantity: '2.5' }),
        ],
      }),
    );
    expect(checked.supplier).toBe('Lavender Fields Co.');
    expect(checked.newSupplier).toBe(false);
    expect(checked.lines.map((l) => [l.material.code, l.quantity, l.unit.symbol, l.cost, l.expires, l.condition, l.status])).toEqual([
      ['LAV', 1200, 'ml', 84.5, '2025-09-01', 'Damaged', 'Available'],
      ['COCO', 2.5, 'kg', null, null, 'OK', 'Available'],
    ]);
  });

  it('with a supplier not in Suppliers is a new supplier', () => {
    const checked = accepted(delivery({ supplier: ' Provence Naturals ' }));
    expect(checked).toMatchObject({ supplier: 'Provence Naturals', newSupplier: true });
  });

  it('numbers its lines: the maker’s own kept, the rest generated past the namespace and past each other', () => {
    const checked = accepted(
      delivery({
        lines: [line(), line({ lotNumber: 'LAV-0923-003', lotNumberEdited: true }), line(), line({ materialCode: 'COCO', unit: 'g' })],
      }),
    );
    const lots = numberLots(checked, new CodeNumbering(defaultCodeFormat('receiptLot'), context.lotNamespace));
    expect(lots).toEqual(['LAV-0923-002', 'LAV-0923-003', 'LAV-0923-004', 'COCO-0923-001']);
    const records = receiptRecords(checked, lots);
    expect(records[0]).toEqual({
      lotNumber: 'LAV-0923-002',
      received: '2023-09-26',
      materialCode: 'LAV',
      supplier: 'Lavender Fields Co.',
      supplierLot: 'LF-2309-88',
      quantity: 500,
      unit: 'ml',
      cost: null,
      expires: null,
      spec: '',
      condition: 'OK',
      status: 'Available',
      notes: '',
    });
    expect(deliveryLogDetails(checked, lots, 'Receipts', 40)).toBe(
      'Received 4 lot(s) from Lavender Fields Co. on 2023-09-26: LAV-0923-002 (500 ml LAV), LAV-0923-003 (500 ml LAV), LAV-0923-004 (500 ml LAV), COCO-0923-001 (500 g COCO) into Receipts rows 40–43',
    );
  });
});

describe('a bad delivery: every problem, next to its field', () => {
  it('required fields', () => {
    expect(problems(delivery({ supplier: ' ', received: '', lines: [line({ materialCode: '', quantity: '', unit: '' })] }))).toEqual([
      { field: 'supplier', message: 'Choose a supplier, or type the name of a new one.' },
      { field: 'received', message: 'Enter the day the delivery arrived.' },
      { line: 0, field: 'materialCode', message: 'Choose a material.' },
      { line: 0, field: 'quantity', message: 'Enter the quantity received.' },
      { line: 0, field: 'unit', message: 'Choose a unit.' },
    ]);
  });

  it('no lines at all', () => {
    expect(problems(delivery({ lines: [] }))).toEqual([{ field: 'lines', message: 'Add at least one line: the material received.' }]);
  });

  it('quantities that are not positive numbers, and a negative cost', () => {
    const found = problems(
      delivery({ lines: [line({ quantity: '0' }), line({ quantity: 'lots', cost: '-3' }), line({ quantity: '-1' })] }),
    );
    expect(found).toEqual([
      { line: 0, field: 'quantity', message: 'The quantity must be more than 0.' },
      { line: 1, field: 'quantity', message: '"lots" is not a number.' },
      { line: 1, field: 'cost', message: 'The cost cannot be negative.' },
      { line: 2, field: 'quantity', message: 'The quantity must be more than 0.' },
    ]);
  });

  it('a material not in Materials, and one whose unit cannot be read there', () => {
    const found = problems(delivery({ lines: [line({ materialCode: 'ROSE' }), line({ materialCode: 'WAX', unit: 'g' })] }));
    expect(found).toEqual([
      { line: 0, field: 'materialCode', message: 'There is no material "ROSE" in Materials.' },
      { line: 1, field: 'materialCode', message: 'Materials row 4 has no unit Lotline knows for WAX; fix its Unit cell first.' },
    ]);
  });

  it('a unit unknown, or of another kind than the material’s', () => {
    const found = problems(delivery({ lines: [line({ unit: 'bucket' }), line({ unit: 'kg' })] }));
    expect(found).toEqual([
      { line: 0, field: 'unit', message: '"bucket" is not a unit Lotline knows (mg, g, kg, oz, lb, ml, l, fl oz, gal, pcs).' },
      { line: 1, field: 'unit', message: 'LAV is counted in ml: choose a volume unit, not kg.' },
    ]);
  });

  it('days that are not real', () => {
    const found = problems(delivery({ received: '2023-02-30', lines: [line({ expires: '2025-13-01' }), line({ expires: 'soon' })] }));
    expect(found).toEqual([
      { field: 'received', message: '"2023-02-30" is not a real date.' },
      { line: 0, field: 'expires', message: '"2025-13-01" is not a real date.' },
      { line: 1, field: 'expires', message: '"soon" is not a real date.' },
    ]);
  });

  it('a condition or status outside the allowed choices', () => {
    const found = problems(delivery({ lines: [line({ condition: 'Fine', status: 'Sold' })] }));
    expect(found).toEqual([
      { line: 0, field: 'condition', message: '"Fine" is not one of OK, Damaged, Short, Quality issue.' },
      { line: 0, field: 'status', message: '"Sold" is not one of Available, Quarantined, Rejected, Recalled.' },
    ]);
  });

  it('lot numbers of the maker’s own: taken in the namespace, twice in the delivery, or blank', () => {
    const found = problems(
      delivery({
        lines: [
          line({ lotNumber: 'lsoap-231015-01 ', lotNumberEdited: true }),
          line({ lotNumber: 'LAV-0923-050', lotNumberEdited: true }),
          line({ lotNumber: 'lav-0923-050', lotNumberEdited: true }),
          line({ lotNumber: '', lotNumberEdited: true }),
        ],
      }),
    );
    expect(found).toEqual([
      { line: 0, field: 'lotNumber', message: 'lsoap-231015-01 is already used in Receipts or Batches: a lot number is never used twice.' },
      { line: 2, field: 'lotNumber', message: 'Line 2 has the same lot number.' },
      { line: 3, field: 'lotNumber', message: 'Type a lot number, or clear the field to have one made for you.' },
    ]);
  });

  it('a generated number shown by a stale sidebar is no problem: it is chosen again', () => {
    expect(accepted(delivery({ lines: [line({ lotNumber: 'LAV-0923-001', lotNumberEdited: false })] })).lines[0]?.ownLotNumber).toBeNull();
  });

  it('text too long for a cell, and a supplier name on two lines', () => {
    const found = problems(delivery({ supplier: 'Coastal\nOils', lines: [line({ notes: 'x'.repeat(50001) })] }));
    expect(found).toEqual([
      { field: 'supplier', message: 'Write it on one line.' },
      { line: 0, field: 'notes', message: 'Too long for a cell: at most 50,000 characters.' },
    ]);
  });

  it('problems in some fields do not hide the problems across fields', () => {
    const found = problems(delivery({ supplier: '', lines: [line({ quantity: 'x', unit: 'g' })] }));
    expect(found.map((p) => `${p.line ?? '-'}:${p.field}`)).toEqual(['-:supplier', '0:quantity', '0:unit']);
  });
});
