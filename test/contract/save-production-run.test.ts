// saveProductionRun against every kind of bad request google.script.run can carry — wrong types,
// missing and unknown fields, limits, impossible values, codes that only look new, formula-looking
// and HTML text, malformed shapes — through the built bundle: each answered with a sentence at its
// field (or line), and every sheet exactly as it was.
import { callFromClient, createRuntimeWithBundle, type Runtime } from '../../local/runtime';
import type { ProductionResult } from '../../src/contract/production';
import { WORKSHOP } from '../domain/production/workshop';
import { smallWorkbook } from '../fixtures/small-workbook';
import { everySheet, expectSentence, long, type BadRequest } from './bad-requests';

const INPUT = { component: 'COCO', lot: 'COCO-B', quantity: 1200, unit: 'g' };
const WASTE = { lot: 'COCO-A', quantity: 50, unit: 'g', reason: 'Off-spec', notes: 'rancid' };

/** A good run of soap bars with these changes (and an input line's, a waste line's). */
function run(changes: Record<string, unknown> = {}, input: Record<string, unknown> = {}, waste: Record<string, unknown> = {}) {
  return {
    sku: 'LSOAP',
    quantityToMake: 100,
    dateMade: '2023-11-01',
    quantityMade: 98,
    madeBy: 'maker@example.com',
    notes: '',
    batchCode: '',
    expires: '',
    inputs: [{ ...INPUT, ...input }],
    waste: [{ ...WASTE, ...waste }],
    ...changes,
  };
}
const save = (wholeRun: unknown, extra: Record<string, unknown> = {}) => ({ run: wholeRun, shownBatchCode: '', ...extra });
const withRun = (changes: Record<string, unknown>) => save(run(changes));
const withInput = (input: Record<string, unknown>) => save(run({}, input));
const withWaste = (waste: Record<string, unknown>) => save(run({}, {}, waste));
const withoutKey = (key: string) => {
  const whole: Record<string, unknown> = run();
  delete whole[key];
  return save(whole);
};
const inputWithout = (key: string) => {
  const line: Record<string, unknown> = { ...INPUT };
  delete line[key];
  return save(run({ inputs: [line] }));
};
const batchCode = (code: string) => withRun({ batchCode: code });

const input0 = (field: string) => ({ list: 'inputs' as const, line: 0, field });
const waste0 = (field: string) => ({ list: 'waste' as const, line: 0, field });

const CASES: BadRequest[] = [
  // Malformed shapes and wrong types
  { name: 'null', request: null, at: { field: 'request' }, says: /^The request to save a run must be a set of fields/ },
  { name: 'a string', request: 'LSOAP', at: { field: 'request' } },
  { name: 'an empty object', request: {}, at: { field: 'request' }, says: /^The production run is missing\.$/ },
  { name: 'the run as null', request: save(null), at: { field: 'request' } },
  { name: 'the run as text', request: save('LSOAP'), at: { field: 'request' } },
  { name: 'the run as a list', request: save([run()]), at: { field: 'request' } },
  { name: 'no product', request: withoutKey('sku'), at: { field: 'sku' }, says: /^The product is missing\.$/ },
  { name: 'the product as a number', request: withRun({ sku: 5 }), at: { field: 'sku' } },
  { name: 'the quantity to make as text', request: withRun({ quantityToMake: '100' }), at: { field: 'quantityToMake' } },
  { name: 'the quantity made as null', request: withRun({ quantityMade: null }), at: { field: 'quantityMade' } },
  { name: 'the date made as a number', request: withRun({ dateMade: 20231101 }), at: { field: 'dateMade' } },
  {
    name: 'the inputs as text',
    request: withRun({ inputs: 'COCO-B' }),
    at: { field: 'inputs' },
    says: /^The list of input lines must be a list/,
  },
  { name: 'the inputs as an object', request: withRun({ inputs: { 0: INPUT } }), at: { field: 'inputs' } },
  {
    name: 'an input line that is null',
    request: withRun({ inputs: [null] }),
    at: input0('inputs'),
    says: /^Input line 1 must be a set of fields/,
  },
  { name: 'an input line that is text', request: withRun({ inputs: ['COCO-B'] }), at: input0('inputs') },
  { name: 'an input quantity as text', request: withInput({ quantity: '1200' }), at: input0('quantity') },
  { name: 'an input unit as a number', request: withInput({ unit: 5 }), at: input0('unit') },
  { name: 'an input line without its lot', request: inputWithout('lot'), at: input0('lot') },
  { name: 'the waste as text', request: withRun({ waste: 'COCO-A' }), at: { field: 'waste' } },
  { name: 'a waste reason as a number', request: withWaste({ reason: 5 }), at: waste0('reason') },
  { name: 'waste notes as a number', request: withWaste({ notes: 5 }), at: waste0('notes') },
  { name: 'made by as a list', request: withRun({ madeBy: ['Sam'] }), at: { field: 'madeBy' } },
  { name: 'the expiry as a number', request: withRun({ expires: 5 }), at: { field: 'expires' } },
  {
    name: 'the shown batch code as a number',
    request: save(run(), { shownBatchCode: 5 }),
    at: { field: 'request' },
    says: /batch code the sidebar showed/,
  },
  // Unknown and missing fields
  {
    name: 'a batchcode in other case',
    request: withRun({ batchcode: 'MY-CODE' }),
    at: { field: 'request' },
    says: /has no field called "batchcode"/,
  },
  { name: 'an expiry under another name', request: withRun({ expiry: '2024-06-01' }), at: { field: 'request' }, says: /"expiry"/ },
  { name: 'a Batch ID of its own', request: withRun({ batchId: 'MFG-9999' }), at: { field: 'request' }, says: /"batchId"/ },
  { name: 'an unknown field beside the run', request: save(run(), { force: true }), at: { field: 'request' }, says: /"force"/ },
  {
    name: 'an unknown field on an input line',
    request: withInput({ batch: 'X' }),
    at: input0('inputs'),
    says: /^Input line 1 has no field called "batch"\.$/,
  },
  { name: 'an unknown field on a waste line', request: withWaste({ date: '2023-11-01' }), at: waste0('waste'), says: /"date"/ },
  { name: 'a blank product', request: withRun({ sku: '' }), at: { field: 'sku' } },
  { name: 'no input line', request: withRun({ inputs: [] }), at: { field: 'inputs' }, says: /at least one input lot/ },
  { name: 'a blank input lot', request: withInput({ lot: ' ' }), at: input0('lot') },
  { name: 'a blank component', request: withInput({ component: '' }), at: input0('component') },
  { name: 'a blank waste lot', request: withWaste({ lot: '' }), at: waste0('lot') },
  { name: 'no quantity made', request: withoutKey('quantityMade'), at: { field: 'quantityMade' }, says: /is missing/ },
  // Limits
  {
    name: '201 input lines',
    request: withRun({ inputs: Array(201).fill(INPUT) }),
    at: { field: 'inputs' },
    says: /^A run has at most 200 input lines\.$/,
  },
  { name: '201 waste lines', request: withRun({ waste: Array(201).fill(WASTE) }), at: { field: 'waste' }, says: /at most 200 waste lines/ },
  { name: 'a 10,000-character batch code', request: batchCode(long(10000)), at: { field: 'batchCode' }, says: /at most 200/ },
  { name: 'a batch code on two lines', request: batchCode('LSOAP-1\nLSOAP-2'), at: { field: 'batchCode' }, says: /one line/ },
  { name: 'a batch code with a tab', request: batchCode('LSOAP\t1'), at: { field: 'batchCode' } },
  { name: 'a 201-character made by', request: withRun({ madeBy: long(201) }), at: { field: 'madeBy' } },
  { name: 'made by on two lines', request: withRun({ madeBy: 'Sam\nand Ana' }), at: { field: 'madeBy' } },
  {
    name: '50,001 characters of notes',
    request: withRun({ notes: long(50001) }),
    at: { field: 'notes' },
    says: /at most 50,000 characters/,
  },
  { name: '50,001 characters of waste notes', request: withWaste({ notes: long(50001) }), at: waste0('notes') },
  { name: 'a 50,001-character product', request: withRun({ sku: long(50001) }), at: { field: 'sku' } },
  { name: 'a 50,001-character shown batch code', request: save(run(), { shownBatchCode: long(50001) }), at: { field: 'request' } },
  { name: 'a 50,001-character unit', request: withInput({ unit: long(50001) }), at: input0('unit') },
  { name: 'a 10,000-character lot', request: withInput({ lot: long(10000) }), at: input0('lot'), says: /x{40}…/ },
  // Impossible values
  { name: 'nothing to make', request: withRun({ quantityToMake: 0 }), at: { field: 'quantityToMake' } },
  { name: 'a negative quantity to make', request: withRun({ quantityToMake: -5 }), at: { field: 'quantityToMake' } },
  { name: 'nothing made', request: withRun({ quantityMade: 0 }), at: { field: 'quantityMade' } },
  { name: 'a day that does not exist', request: withRun({ dateMade: '2023-02-30' }), at: { field: 'dateMade' } },
  { name: 'a run made after today', request: withRun({ dateMade: '2199-01-01' }), at: { field: 'dateMade' }, says: /after today/ },
  { name: 'a date made written the US way', request: withRun({ dateMade: '11/1/2023' }), at: { field: 'dateMade' } },
  { name: 'an expiry before the date made', request: withRun({ expires: '2023-10-01' }), at: { field: 'expires' } },
  { name: 'an expiry in words', request: withRun({ expires: 'soon' }), at: { field: 'expires' } },
  { name: 'a negative input quantity', request: withInput({ quantity: -3 }), at: input0('quantity') },
  { name: 'a zero input quantity', request: withInput({ quantity: 0 }), at: input0('quantity') },
  { name: 'an unknown unit', request: withInput({ unit: 'bushel' }), at: input0('unit') },
  { name: 'a volume of a lot kept by weight', request: withInput({ unit: 'ml' }), at: input0('unit') },
  { name: 'more than the lot has', request: withInput({ quantity: 1e9 }), at: input0('quantity'), says: /on hand/ },
  { name: 'an unknown waste reason', request: withWaste({ reason: 'Broken' }), at: waste0('reason') },
  { name: 'a zero waste quantity', request: withWaste({ quantity: 0 }), at: waste0('quantity') },
  { name: 'an unknown product', request: withRun({ sku: 'SHAMPOO' }), at: { field: 'sku' } },
  {
    name: 'a component not on the BoM',
    request: withInput({ component: 'LAV', lot: 'LAV-1', unit: 'ml', quantity: 10 }),
    at: input0('component'),
  },
  { name: 'a lot of another material', request: withInput({ lot: 'LYE-1' }), at: input0('lot') },
  { name: 'a quarantined lot', request: withInput({ lot: 'COCO-Q' }), at: input0('lot') },
  { name: 'an expired lot', request: withInput({ lot: 'COCO-X' }), at: input0('lot') },
  { name: 'an unknown waste lot', request: withWaste({ lot: 'NOPE-1' }), at: waste0('lot') },
  // Codes that only look new
  {
    name: 'a taken code with a zero-width space',
    request: batchCode('COCO\u200b-A'),
    at: { field: 'batchCode' },
    says: /already the lot number/,
  },
  { name: 'a taken code in other case', request: batchCode('coco-a'), at: { field: 'batchCode' }, says: /already/ },
  { name: 'a taken code in full-width letters', request: batchCode('ＣＯＣＯ-Ａ'), at: { field: 'batchCode' }, says: /already/ },
  { name: 'a taken code with a non-breaking space', request: batchCode('COCO-A\u00a0'), at: { field: 'batchCode' }, says: /already/ },
  { name: 'a taken batch code', request: batchCode('FB-1'), at: { field: 'batchCode' }, says: /already the batch code/ },
  { name: 'a new code with an invisible character', request: batchCode('\u200bNEW-1'), at: { field: 'batchCode' }, says: /U\+200B/ },
  // Formula-looking and HTML text where a code or value must be read
  { name: 'a formula as the product', request: withRun({ sku: '=IMPORTRANGE("x","y")' }), at: { field: 'sku' } },
  { name: 'HTML as a lot', request: withInput({ lot: '<img src=x onerror=alert(1)>' }), at: input0('lot') },
  { name: 'a formula as a unit', request: withInput({ unit: '=1+1' }), at: input0('unit') },
  { name: 'HTML as a waste reason', request: withWaste({ reason: '<b>Damaged</b>' }), at: waste0('reason') },
  { name: 'a formula as a component', request: withInput({ component: '=A1' }), at: input0('component') },
  { name: 'a formula as the date made', request: withRun({ dateMade: '=TODAY()' }), at: { field: 'dateMade' } },
];

let runtime: Runtime;
let bundle: ReturnType<typeof createRuntimeWithBundle>['bundle'];
let original: ReturnType<typeof everySheet>;

beforeAll(() => {
  ({ runtime, bundle } = createRuntimeWithBundle({ timeZone: 'UTC' }));
  const contents = smallWorkbook({ ...WORKSHOP, suppliers: [{ supplier: 'Coastal Oils' }], log: [] });
  for (const [name, rows] of Object.entries(contents)) runtime.spreadsheet.insertSheet(name).loadRowsForTest(rows);
  bundle.open('LIMITED');
  runtime.setAuthMode('FULL');
  original = everySheet(runtime);
});

test('there are more than 60 distinct bad requests', () => {
  expect(new Set(CASES.map((each) => JSON.stringify(each.request))).size).toBeGreaterThan(60);
});

test('the good run they are made from saves (on a copy of the workbook)', async () => {
  const copy = createRuntimeWithBundle({ timeZone: 'UTC' });
  const contents = smallWorkbook({ ...WORKSHOP, suppliers: [{ supplier: 'Coastal Oils' }], log: [] });
  for (const [name, rows] of Object.entries(contents)) copy.runtime.spreadsheet.insertSheet(name).loadRowsForTest(rows);
  const result = (await callFromClient(copy.bundle, 'saveProductionRun', [save(run())])) as ProductionResult;
  expect(result.ok).toBe(true);
});

test.each(CASES)('$name: a sentence at its field, and every sheet as it was', async ({ request, at, says }) => {
  const result = (await callFromClient(bundle, 'saveProductionRun', [request])) as ProductionResult;
  if (result.ok) throw new Error(`saved: ${result.batchCode}`);
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) expectSentence(problem.message);
  const here = result.problems.filter((problem) => problem.field === at.field && problem.list === at.list && problem.line === at.line);
  expect(here).not.toEqual([]);
  if (says) expect(here.map((problem) => problem.message)).toContainEqual(expect.stringMatching(says));
  expect(everySheet(runtime)).toEqual(original);
});
