// The check at save time, against the sheets as they are then: each rule, and the rows a good run appends.
// Runs go through parseRunRequest first, as saveProductionRun sends them.
import { parseRunRequest, type ProductionRunRequest } from '../../../src/contract/production';
import { validateProductionRun, type RunValidation } from '../../../src/domain/production';
import { sheetSpec } from '../../../src/domain/workbook';
import { WORKSHOP, workshop } from './workshop';

const CODES = { batchId: 'MFG-0005', batchCode: 'LSOAP-231101-01' };

/** 100 soap bars on 2023-11-01 from the lots the sidebar would propose, with some off-spec coconut oil and bars. */
function goodRun(): ProductionRunRequest {
  return {
    sku: 'lsoap',
    quantityToMake: 100,
    dateMade: '2023-11-01',
    quantityMade: 98,
    madeBy: ' sam@example.com ',
    notes: 'Humid day',
    inputs: [
      { component: 'COCO', lot: 'coco-b', quantity: 1200, unit: 'g' },
      { component: 'LYE', lot: 'LYE-2', quantity: 150, unit: 'g' },
      { component: 'FB', lot: 'FB-2', quantity: 40, unit: 'ml' },
    ],
    waste: [
      { lot: 'COCO-B', quantity: 0.1, unit: 'kg', reason: 'Off-spec', notes: 'Spilled' },
      { lot: 'lsoap-231101-01', quantity: 2, unit: 'pcs', reason: 'Off-spec' },
    ],
  };
}

function validate(change: (run: ProductionRunRequest) => unknown = (run) => run, world = workshop(), codes = CODES): RunValidation {
  const parsed = parseRunRequest(change(goodRun()));
  return parsed.ok ? validateProductionRun(parsed.request, world.stock, world.catalog, codes) : parsed;
}
const problemsOf = (result: RunValidation) => (result.ok ? [] : result.problems);

describe('saving a production run', () => {
  test('a good run becomes one Batches row, a Batch inputs row per line and a Waste row per line, codes as first written', () => {
    const result = validate();
    expect(result).toEqual({
      ok: true,
      batchId: 'MFG-0005',
      batchCode: 'LSOAP-231101-01',
      // The blend FB-2 expires before the soap's year of shelf life and before COCO-B.
      expires: '2024-02-01',
      rows: {
        batches: [
          {
            batchId: 'MFG-0005',
            made: '2023-11-01',
            sku: 'LSOAP',
            batchCode: 'LSOAP-231101-01',
            quantityMade: 98,
            unit: 'pcs',
            expires: '2024-02-01',
            status: 'Released',
            madeBy: 'sam@example.com',
            notes: 'Humid day',
            // None of this workshop's lots has a cost: the cost is left blank, never written as 0.
            cost: '',
            unitCost: '',
          },
        ],
        batchInputs: [
          { batchId: 'MFG-0005', lot: 'COCO-B', quantity: 1200, unit: 'g', notes: '' },
          { batchId: 'MFG-0005', lot: 'LYE-2', quantity: 150, unit: 'g', notes: '' },
          { batchId: 'MFG-0005', lot: 'FB-2', quantity: 40, unit: 'ml', notes: '' },
        ],
        waste: [
          { date: '2023-11-01', lot: 'COCO-B', quantity: 0.1, unit: 'kg', reason: 'Off-spec', notes: 'Spilled' },
          { date: '2023-11-01', lot: 'LSOAP-231101-01', quantity: 2, unit: 'pcs', reason: 'Off-spec', notes: '' },
        ],
      },
    });
  });

  test('every record is keyed by column keys of its sheet, so the sheets layer can place each value', () => {
    const result = validate();
    if (!result.ok) throw new Error('expected a good run');
    for (const [sheet, records] of Object.entries(result.rows) as [keyof typeof result.rows, Record<string, unknown>[]][]) {
      const keys = sheetSpec(sheet).columns.map((column) => column.key);
      for (const record of records) expect(keys).toEqual(expect.arrayContaining(Object.keys(record)));
    }
  });

  test('an edited batch code and expiry are kept', () => {
    const result = validate((run) => ({
      ...run,
      batchCode: ' SOAP-SPECIAL ',
      expires: '2024-01-15',
      waste: [{ lot: 'soap-special', quantity: 1, unit: 'pcs', reason: 'Sample' }],
    }));
    expect(result).toMatchObject({
      ok: true,
      batchCode: 'SOAP-SPECIAL',
      expires: '2024-01-15',
      rows: { batches: [{ batchCode: 'SOAP-SPECIAL', expires: '2024-01-15' }], waste: [{ lot: 'SOAP-SPECIAL' }] },
    });
  });

  describe('the shape of the request', () => {
    test('a quantity sent as text, an impossible date and an unknown waste reason are each tied to their field', () => {
      const result = validate((run) => ({
        ...run,
        dateMade: '2023-02-30',
        inputs: [run.inputs[0], { ...run.inputs[1], quantity: '150' }],
        waste: [{ ...run.waste?.[0], reason: 'Broken' }],
      }));
      expect(problemsOf(result)).toEqual([
        { field: 'dateMade', message: 'Use a real date written YYYY-MM-DD.' },
        { list: 'inputs', line: 1, field: 'quantity', message: 'Enter a number.' },
        {
          list: 'waste',
          line: 0,
          field: 'reason',
          message: 'Choose one of Damaged, Off-spec, Expired, Destroyed, Sample, Count correction.',
        },
      ]);
    });

    test('something that is not a run at all is refused, not a crash', () => {
      expect(validate(() => null).ok).toBe(false);
    });
  });

  describe('each rule, with nothing to write when it fails', () => {
    test('the product exists', () => {
      expect(validate((run) => ({ ...run, sku: 'SHAMPOO' }))).toEqual({
        ok: false,
        problems: expect.arrayContaining([{ field: 'sku', message: 'There is no product SHAMPOO on the Products sheet.' }]),
      });
    });

    test('every lot exists', () => {
      const result = validate((run) => ({ ...run, inputs: [{ ...run.inputs[0], lot: 'COCO-Z' }] }));
      expect(problemsOf(result)).toEqual([
        { list: 'inputs', line: 0, field: 'lot', message: 'There is no lot or batch COCO-Z on Receipts or Batches.' },
      ]);
    });

    test('a lot belongs to the line component: lye is not coconut oil, and a material lot is no blend batch', () => {
      const result = validate((run) => ({
        ...run,
        inputs: [
          { ...run.inputs[0], lot: 'LYE-1' },
          { ...run.inputs[2], lot: 'LAV-1' },
        ],
      }));
      expect(problemsOf(result)).toEqual([
        { list: 'inputs', line: 0, field: 'lot', message: 'LYE-1 is a lot of LYE, not of COCO.' },
        { list: 'inputs', line: 1, field: 'lot', message: 'LAV-1 is a lot of LAV, not of FB.' },
      ]);
    });

    test('a component must be on the product BoM', () => {
      const result = validate((run) => ({ ...run, inputs: [...run.inputs, { component: 'CED', lot: 'CED-1', quantity: 5, unit: 'ml' }] }));
      expect(problemsOf(result)).toEqual([{ list: 'inputs', line: 3, field: 'component', message: 'CED is not on the BoM of LSOAP.' }]);
    });

    test('a quarantined lot, a quarantined batch, an expired lot and a lot received after the date made are refused', () => {
      const result = validate((run) => ({
        ...run,
        inputs: [
          { ...run.inputs[0], lot: 'COCO-Q' },
          { ...run.inputs[0], lot: 'COCO-X' },
          { ...run.inputs[2], lot: 'FB-Q' },
        ],
      }));
      expect(problemsOf(result)).toEqual([
        { list: 'inputs', line: 0, field: 'lot', message: 'Lot COCO-Q is Quarantined.' },
        { list: 'inputs', line: 1, field: 'lot', message: 'Lot COCO-X expired on 2023-10-01.' },
        { list: 'inputs', line: 2, field: 'lot', message: 'Batch FB-Q is Quarantined.' },
      ]);
      const early = validate((run) => ({ ...run, dateMade: '2023-08-20', inputs: [{ ...run.inputs[0], lot: 'COCO-A' }], waste: [] }));
      expect(problemsOf(early)).toEqual([
        { list: 'inputs', line: 0, field: 'lot', message: 'Lot COCO-A was received on 2023-09-01, after 2023-08-20.' },
      ]);
    });

    test('enough on hand at save time: a lot another run used up meanwhile is refused', () => {
      const meanwhile = workshop({
        batchInputs: [...WORKSHOP.batchInputs, { batchId: 'MFG-0006', lot: 'LYE-2', quantity: 100, unit: 'g' }],
      });
      const result = validate((run) => run, meanwhile);
      expect(problemsOf(result)).toEqual([
        { list: 'inputs', line: 1, field: 'quantity', message: 'LYE-2 has 0.1 kg on hand; this run takes 0.15 kg of it.' },
      ]);
    });

    test('enough on hand counts every line taking the lot, waste lines included, and says so on each', () => {
      const result = validate((run) => ({
        ...run,
        inputs: [
          { ...run.inputs[0], quantity: 2000 },
          { ...run.inputs[0], quantity: 1.7, unit: 'kg' },
        ],
      }));
      const message = 'COCO-B has 3.8 kg on hand; this run takes 3.8 kg of it (input line 1, input line 2, waste line 1).';
      expect(result.ok).toBe(true); // exactly all of it is allowed
      const over = validate((run) => ({
        ...run,
        inputs: [
          { ...run.inputs[0], quantity: 2000 },
          { ...run.inputs[0], quantity: 1.75, unit: 'kg' },
        ],
      }));
      expect(problemsOf(over)).toEqual([
        { list: 'inputs', line: 0, field: 'quantity', message: message.replace('takes 3.8', 'takes 3.85') },
        { list: 'inputs', line: 1, field: 'quantity', message: message.replace('takes 3.8', 'takes 3.85') },
        { list: 'waste', line: 0, field: 'quantity', message: message.replace('takes 3.8', 'takes 3.85') },
      ]);
    });

    test('units convert: kilograms of a lot kept in kilograms for a line in grams is fine; millilitres of coconut oil are not; cups are no unit', () => {
      expect(validate((run) => ({ ...run, inputs: [{ ...run.inputs[0], quantity: 1.2, unit: 'KG' }, ...run.inputs.slice(1)] })).ok).toBe(
        true,
      );
      const result = validate((run) => ({
        ...run,
        inputs: [
          { ...run.inputs[0], unit: 'ml' },
          { ...run.inputs[1], unit: 'cups' },
        ],
      }));
      expect(problemsOf(result)).toEqual([
        { list: 'inputs', line: 0, field: 'unit', message: 'COCO-B is kept in kg: ml (volume) does not convert to it.' },
        { list: 'inputs', line: 1, field: 'unit', message: '"cups" is not a unit we know (mg, g, kg, oz, lb, ml, l, fl oz, gal, pcs).' },
      ]);
    });

    test('quantities are positive: to make, made, each input and each waste line', () => {
      const result = validate((run) => ({
        ...run,
        quantityToMake: 0,
        quantityMade: -1,
        inputs: [{ ...run.inputs[0], quantity: 0 }],
        waste: [{ ...(run.waste?.[0] as NonNullable<ProductionRunRequest['waste']>[number]), quantity: -5 }],
      }));
      expect(problemsOf(result)).toEqual([
        { field: 'quantityToMake', message: 'The quantity to make must be more than 0.' },
        { field: 'quantityMade', message: 'The quantity made must be more than 0.' },
        { list: 'inputs', line: 0, field: 'quantity', message: 'The quantity must be more than 0.' },
        { list: 'waste', line: 0, field: 'quantity', message: 'The quantity must be more than 0.' },
      ]);
    });

    test('a run needs at least one input', () => {
      expect(problemsOf(validate((run) => ({ ...run, inputs: [], waste: [] })))).toEqual([
        { field: 'inputs', message: 'A run needs at least one input lot.' },
      ]);
    });

    test('the batch code and Batch ID must be new in the lot namespace', () => {
      const result = validate((run) => ({ ...run, batchCode: 'coco-a', waste: [] }), workshop(), {
        batchId: 'mfg-0004',
        batchCode: 'LSOAP-231101-01',
      });
      expect(problemsOf(result)).toEqual([
        { field: 'batchId', message: 'Batch ID mfg-0004 is already on the Batches sheet.' },
        {
          field: 'batchCode',
          message: 'coco-a is already the lot number on Receipts row 2; every lot number and batch code must be unique.',
        },
      ]);
    });

    test('waste of the new batch comes out of what was made, never more', () => {
      const result = validate((run) => ({ ...run, waste: [{ lot: 'LSOAP-231101-01', quantity: 99, unit: 'pcs', reason: 'Off-spec' }] }));
      expect(problemsOf(result)).toEqual([
        { list: 'waste', line: 0, field: 'quantity', message: 'This batch makes 98 pcs; this run takes 99 pcs of it.' },
      ]);
    });

    test('waste may discard a quarantined lot, but not a lot that does not exist', () => {
      expect(validate((run) => ({ ...run, waste: [{ lot: 'COCO-Q', quantity: 1, unit: 'kg', reason: 'Destroyed' }] })).ok).toBe(true);
      expect(problemsOf(validate((run) => ({ ...run, waste: [{ lot: 'NOPE', quantity: 1, unit: 'kg', reason: 'Destroyed' }] })))).toEqual([
        {
          list: 'waste',
          line: 0,
          field: 'lot',
          message: "There is no lot or batch NOPE on Receipts or Batches, and it is not this batch's code.",
        },
      ]);
    });

    test('an expiry before the date made is refused', () => {
      expect(problemsOf(validate((run) => ({ ...run, expires: '2023-10-31' })))).toEqual([
        { field: 'expires', message: 'The expiry 2023-10-31 is before the date made, 2023-11-01.' },
      ]);
    });
  });
});
