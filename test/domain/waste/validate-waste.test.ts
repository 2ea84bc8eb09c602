// The rules waste is checked by before anything is written, on the workshop of the production tests
// (on hand COCO-A 1.5 kg, LSOAP-1 90 pcs): what fits in on hand, what only a count correction may take,
// and the lots whose on hand cannot be known.
import { validateWaste } from '../../../src/domain/waste/validate-waste';
import { lookUpLot } from '../../../src/domain/waste/lookup';
import type { RecordWasteRequest } from '../../../src/contract/waste';
import { WORKSHOP, workshop } from '../production/workshop';

const TODAY = '2023-11-02';
const request = (lines: RecordWasteRequest['lines']): RecordWasteRequest => ({ date: TODAY, lines });

describe('validateWaste', () => {
  it('lets a count correction go below zero beside waste that fits, and says by how much', () => {
    const { stock } = workshop();
    const checked = validateWaste(
      request([
        { lot: 'COCO-A', quantity: 1, unit: 'kg', reason: 'Damaged' },
        { lot: 'coco-a', quantity: 1000, unit: 'g', reason: 'Count correction' },
      ]),
      stock,
      TODAY,
    );
    expect(checked).toMatchObject({
      ok: true,
      belowZero: ['takes COCO-A below zero, to -0.5 kg (1.5 kg was on hand)'],
      rows: [
        { date: TODAY, lot: 'COCO-A', quantity: 1, unit: 'kg', reason: 'Damaged', notes: '' },
        { date: TODAY, lot: 'COCO-A', quantity: 1000, unit: 'g', reason: 'Count correction', notes: '' },
      ],
    });
  });

  it('refuses waste beside a count correction when the waste alone is more than on hand', () => {
    const { stock } = workshop();
    const checked = validateWaste(
      request([
        { lot: 'COCO-A', quantity: 2, unit: 'kg', reason: 'Expired' },
        { lot: 'COCO-A', quantity: 1, unit: 'kg', reason: 'Count correction' },
      ]),
      stock,
      TODAY,
    );
    expect(checked).toEqual({
      ok: false,
      problems: [
        {
          line: 0,
          field: 'quantity',
          message: 'COCO-A has 1.5 kg on hand; this takes 2 kg of it. Only a Count correction may take more than is on hand.',
        },
      ],
    });
  });

  it('refuses a code used twice, and a lot whose on hand cannot be counted', () => {
    const { stock } = workshop({
      batches: [...WORKSHOP.batches, { batchId: 'MFG-0009', made: '2023-10-09', sku: 'LSOAP', batchCode: 'COCO-A', quantityMade: 10 }],
      waste: [...WORKSHOP.waste, { date: '2023-10-11', lot: 'LYE-1', quantity: 5, unit: 'ml', reason: 'Damaged' }],
    });
    const checked = validateWaste(
      request([
        { lot: 'COCO-A', quantity: 1, unit: 'g', reason: 'Damaged' },
        { lot: 'LYE-1', quantity: 1, unit: 'g', reason: 'Count correction' },
      ]),
      stock,
      TODAY,
    );
    expect(checked.ok === false && checked.problems).toEqual([
      { line: 0, field: 'lot', message: 'COCO-A names more than one lot in Receipts and Batches; rename one first.' },
      {
        line: 1,
        field: 'lot',
        message: 'The on hand of LYE-1 cannot be counted: a quantity or unit of it cannot be read (Trace this lot lists which).',
      },
    ]);
    expect(lookUpLot(stock, 'LYE-1')).toMatchObject({
      found: true,
      lot: { onHand: null, why: expect.stringContaining('cannot be counted') },
    });
  });
});
