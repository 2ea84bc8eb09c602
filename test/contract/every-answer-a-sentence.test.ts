// The sidebars' other server functions on requests they would never send: each answers, or fails with,
// a sentence naming the field — never zod's JSON ("Could not load: [ { … } ]").
import { callFromClient, createRuntimeWithBundle } from '../../local/runtime';
import type { CodeFormatsResult } from '../../src/contract/code-formats';
import { BASICS, smallWorkbook } from '../fixtures/small-workbook';
import { expectSentence } from './bad-requests';

function openWorkbook() {
  const { runtime, bundle } = createRuntimeWithBundle();
  for (const [name, rows] of Object.entries(smallWorkbook({ ...BASICS, receipts: [], batches: [], log: [] })))
    runtime.spreadsheet.insertSheet(name).loadRowsForTest(rows);
  return { runtime, bundle };
}

const THROWN: [string, 'previewLotNumbers' | 'previewBatchCodes' | 'loadProductionRun' | 'saveCodeFormats', unknown, RegExp][] = [
  [
    'previewLotNumbers: a day as a number',
    'previewLotNumbers',
    { received: 5, materialCodes: ['LAV'] },
    /^The day received: enter a date\.$/,
  ],
  ['previewLotNumbers: no codes', 'previewLotNumbers', { received: '2023-09-26' }, /^The list of material codes is missing\.$/],
  ['previewLotNumbers: text', 'previewLotNumbers', 'LAV', /^The lot number preview must be a set of fields, not text\.$/],
  [
    'previewLotNumbers: an unknown field',
    'previewLotNumbers',
    { received: '2023-09-26', materialCodes: [], sku: 'X' },
    /has no field called "sku"/,
  ],
  [
    'previewBatchCodes: no such day',
    'previewBatchCodes',
    { made: '2023-02-30', skus: [] },
    /^The date made: use a real date written YYYY-MM-DD\.$/,
  ],
  [
    'previewBatchCodes: a SKU as a number',
    'previewBatchCodes',
    { made: '2023-11-01', skus: [5] },
    /^SKU 1 of the list must be text, not a number\.$/,
  ],
  ['loadProductionRun: a day as a number', 'loadProductionRun', { stockFrom: 5 }, /^The day to offer lots from: enter a date\.$/],
  ['loadProductionRun: an unknown field', 'loadProductionRun', { from: '2023-11-01' }, /has no field called "from"/],
  ['saveCodeFormats: null', 'saveCodeFormats', null, /^The code formats must be a set of fields, not empty\.$/],
  [
    'saveCodeFormats: an unknown field',
    'saveCodeFormats',
    { receiptLot: 'A-{SEQ3}', batchId: 'B-{SEQ4}', batchCode: 'C-{SEQ2}', x: 1 },
    /"x"/,
  ],
];

test.each(THROWN)('%s: fails with a sentence naming the field', async (_name, fn, request, says) => {
  const { bundle } = openWorkbook();
  const failure = await callFromClient(bundle, fn, [request] as never).then(
    () => null,
    (error: Error) => error.message,
  );
  expect(failure).toMatch(says);
  expectSentence(failure ?? '');
});

test('saveCodeFormats: a format sent as a number is refused at its field, nothing stored', async () => {
  const { runtime, bundle } = openWorkbook();
  const result = (await callFromClient(bundle, 'saveCodeFormats', [
    { receiptLot: 5, batchId: 'MFG-{SEQ4}', batchCode: '{SKU}-{SEQ2}' },
  ])) as CodeFormatsResult;
  expect(result).toEqual({
    ok: false,
    problems: [{ field: 'receiptLot', message: 'The format of receipt lot numbers must be text, not a number.' }],
  });
  expect(runtime.properties.document.values.size).toBe(0);
});
