// Bad data never crashes a trace and never goes unmentioned: each problem names the sheet and row to fix.
import { column, runTrace, sectionOf } from '../../fixtures/run-trace';
import { edited, smallSoap } from './small-soap';

const problemsOf = (run: ReturnType<typeof runTrace>) => run.report?.problems ?? [];

describe('problems met on a trace', () => {
  test('the clean workbook has none, and says so', () => {
    const run = runTrace(smallSoap(), 'LSOAP-231015-01');
    expect(problemsOf(run)).toEqual([]);
    expect(sectionOf(run.report, 'problems').note).toBe('None found on the way.');
  });

  test('a batch input naming a lot that exists nowhere, with the closest real code', () => {
    const run = runTrace(smallSoap({ batchInputs: edited('batchInputs', 2, { lot: 'LAV-0923-1' }) }), 'LSOAP-231002-01');
    expect(problemsOf(run)).toContainEqual({
      sheet: 'Batch inputs',
      row: 4,
      column: 'Lot',
      message:
        'batch MFG-0002 used lot "LAV-0923-1", which is neither a lot number on Receipts nor a batch code on Batches. Closest: LAV-0923-01.',
    });
    // The rest of the batch is still traced.
    expect(column(sectionOf(run.report, 'source'), 'Lot')).toEqual(['LSOAP-231002-01', 'COCO-1023-01']);
  });

  test('an order line shipping a batch code that exists nowhere', () => {
    const run = runTrace(smallSoap({ orders: edited('orders', 0, { batchCode: 'LSOAP-231002-1' }) }), '1001');
    expect(problemsOf(run)).toContainEqual({
      sheet: 'Orders',
      row: 2,
      column: 'Batch code',
      message:
        'this order line shipped lot "LSOAP-231002-1", which is neither a lot number on Receipts nor a batch code on Batches. Closest: LSOAP-231002-01.',
    });
  });

  test('a batch consuming itself', () => {
    const run = runTrace(
      smallSoap({ batchInputs: edited('batchInputs', null, { batchId: 'MFG-0002', lot: 'lsoap-231002-01', quantity: 1, unit: 'pcs' }) }),
      'LAV-0923-01',
    );
    expect(problemsOf(run)).toContainEqual({
      sheet: 'Batch inputs',
      row: 11,
      column: 'Lot',
      message: 'batch MFG-0002 lists its own batch code lsoap-231002-01 as an input; a batch cannot consume itself.',
    });
  });

  test('a loop of sub-assemblies ends, and both rows that close it are named', () => {
    // The blend is said to contain soap that was made with the blend.
    const run = runTrace(
      smallSoap({ batchInputs: edited('batchInputs', null, { batchId: 'MFG-0001', lot: 'LSOAP-231015-01', quantity: 1, unit: 'pcs' }) }),
      'LAV-0923-01',
    );
    const loopRows = problemsOf(run).filter((problem) => /loop of sub-assemblies/.test(problem.message));
    expect(loopRows.map((problem) => [problem.sheet, problem.row, problem.column])).toEqual([
      ['Batch inputs', 6, 'Lot'],
      ['Batch inputs', 11, 'Lot'],
    ]);
    expect(loopRows[0]?.message).toMatch(/FB-231001-01.*LSOAP-231015-01|LSOAP-231015-01.*FB-231001-01/);
    // What is inside the loop has no traced share, rather than a made-up one.
    const batches = sectionOf(run.report, 'batches');
    expect(column(batches, 'Batch code')).toContain('GIFT-231120-01');
    expect(batches.rows.find((row) => row[2] === 'LSOAP-231015-01')?.[6]).toBeNull();
  });

  test('a loop met backward also ends', () => {
    const run = runTrace(
      smallSoap({ batchInputs: edited('batchInputs', null, { batchId: 'MFG-0001', lot: 'LSOAP-231015-01', quantity: 1, unit: 'pcs' }) }),
      'GIFT-231120-01',
    );
    expect(problemsOf(run).filter((problem) => /loop/.test(problem.message))).toHaveLength(2);
  });

  test('a code on both Receipts and Batches', () => {
    const run = runTrace(
      smallSoap({
        batches: edited('batches', null, {
          batchId: 'MFG-0007',
          made: '2023-12-01',
          sku: 'LSOAP',
          batchCode: 'LAV-0923-01 ',
          quantityMade: 100,
        }),
      }),
      'LAV-0923-01',
    );
    expect(problemsOf(run)).toContainEqual({
      sheet: 'Batches',
      row: 8,
      column: 'Batch code',
      message: 'LAV-0923-01 is also the lot number on Receipts row 2; a code must name one lot only, so this trace counts both as one.',
    });
    expect(run.resolution).toMatchObject({ start: { matchedAs: ['receiptLot', 'batchCode'] } });
  });

  test('a lot number received twice', () => {
    const run = runTrace(
      smallSoap({
        receipts: edited('receipts', null, {
          lotNumber: 'lav-0923-01',
          received: '2023-10-26',
          materialCode: 'LAV',
          supplier: 'Lavender Fields Co.',
          quantity: 0.5,
          unit: 'l',
        }),
      }),
      'LAV-0923-01',
    );
    expect(problemsOf(run)).toContainEqual(
      expect.objectContaining({
        sheet: 'Receipts',
        row: 6,
        column: 'Lot number',
        message: expect.stringMatching(/also the lot number on Receipts row 2/),
      }),
    );
  });

  test('a batch made before a lot it used was received', () => {
    const run = runTrace(smallSoap({ batches: edited('batches', 1, { made: '2023-09-20' }) }), 'LAV-0923-01');
    expect(problemsOf(run)).toContainEqual({
      sheet: 'Batches',
      row: 3,
      column: 'Made',
      message: 'made 2023-09-20, before lot LAV-0923-01 it used was received (2023-09-26, Receipts row 2).',
    });
  });

  test('a batch made before the sub-assembly it used was made', () => {
    const run = runTrace(smallSoap({ batches: edited('batches', 2, { made: '2023-09-30' }) }), 'LAV-0923-01');
    expect(problemsOf(run)).toContainEqual(
      expect.objectContaining({
        sheet: 'Batches',
        row: 4,
        column: 'Made',
        message: expect.stringMatching(/before batch FB-231001-01 it used was made/),
      }),
    );
  });

  test('an input row for a batch ID that is on no Batches row', () => {
    const run = runTrace(
      smallSoap({ batchInputs: edited('batchInputs', null, { batchId: 'MFG-0099', lot: 'LAV-0923-01', quantity: 5, unit: 'ml' }) }),
      'LAV-0923-01',
    );
    expect(problemsOf(run)).toContainEqual(
      expect.objectContaining({
        sheet: 'Batch inputs',
        row: 11,
        column: 'Batch ID',
        message: expect.stringMatching(/MFG-0099 is on no row of Batches/),
      }),
    );
  });

  test('two batches with one batch ID', () => {
    const run = runTrace(smallSoap({ batches: edited('batches', 3, { batchId: 'MFG-0003' }) }), 'LSOAP-231015-01');
    expect(problemsOf(run)).toContainEqual(
      expect.objectContaining({
        sheet: 'Batches',
        row: 5,
        column: 'Batch ID',
        message: expect.stringMatching(/MFG-0003 is also on Batches row 4/),
      }),
    );
  });

  test('a batch with no input rows cannot be traced backward, and says so', () => {
    const run = runTrace(smallSoap({ batchInputs: edited('batchInputs', 7, { batchId: 'MFG-0006' }) }), 'GIFT-231120-01');
    expect(problemsOf(run)).toContainEqual(
      expect.objectContaining({ sheet: 'Batches', row: 6, column: 'Batch ID', message: expect.stringMatching(/no rows on Batch inputs/) }),
    );
  });

  test('problems name the sheet and column as the maker wrote them', () => {
    const contents = smallSoap({ batchInputs: edited('batchInputs', 2, { lot: 'LAV-0923-1' }) });
    const inputs = contents['Batch inputs'] as unknown[][];
    (inputs[0] as unknown[])[1] = 'Input lot';
    contents[' batch inputs '] = inputs;
    delete contents['Batch inputs'];
    const run = runTrace(contents, 'LSOAP-231002-01');
    expect(problemsOf(run)).toContainEqual(expect.objectContaining({ sheet: ' batch inputs ', row: 4, column: 'Input lot' }));
  });
});
