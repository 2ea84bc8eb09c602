// A trace starts from whatever code the maker has in front of them.
import { readWorkbook } from '../../fixtures/read-workbook';
import { runTrace, sectionOf, rowWhere } from '../../fixtures/run-trace';
import { addOrderNumbers, linkLots } from '../../../src/domain/trace/lot-graph';
import { notFoundMessage, resolveStart } from '../../../src/domain/trace/resolve';
import { smallSoap } from './small-soap';

function graphOf(contents = smallSoap()) {
  const book = readWorkbook(contents);
  return { book, graph: linkLots(book.index) };
}

describe('resolving the code a trace starts from', () => {
  test('a receipt lot typed in lower case with spaces is the lot, shown as the workbook writes it', () => {
    const { graph } = graphOf();
    const found = resolveStart(graph, '  lav-0923-01 ');
    expect(found).toMatchObject({
      kind: 'found',
      start: { matchedAs: ['receiptLot'], written: 'LAV-0923-01', code: 'lav-0923-01', receipts: [0] },
    });
  });

  test('a batch code and a batch ID each find their batch', () => {
    const { graph } = graphOf();
    expect(resolveStart(graph, 'LSOAP-231015-01')).toMatchObject({ kind: 'found', start: { matchedAs: ['batchCode'], batches: [2] } });
    expect(resolveStart(graph, 'mfg-0003')).toMatchObject({
      kind: 'found',
      start: { matchedAs: ['batchId'], batches: [2], written: 'MFG-0003' },
    });
  });

  test("a supplier's lot delivered in two receipts traces both receipts", () => {
    const run = runTrace(smallSoap(), 'co-88231');
    expect(run.resolution).toMatchObject({ kind: 'found', start: { matchedAs: ['supplierLot'], receipts: [1, 2] } });
    const sources = sectionOf(run.report, 'source');
    expect(sources.rows.map((row) => row[2])).toEqual(['COCO-1023-01', 'COCO-1123-01']);
    // Forward from both deliveries: every soap batch made with either.
    const batches = sectionOf(run.report, 'batches').rows.map((row) => row[2]);
    expect(batches).toEqual(expect.arrayContaining(['LSOAP-231002-01', 'LSOAP-231015-01', 'LSOAP-231016-01', 'LSOAP-231121-01']));
    expect(rowWhere(sectionOf(run.report, 'traced'), 'What', 'Found as').Value).toBe('supplier lot of 2 receipts');
    expect(rowWhere(sectionOf(run.report, 'traced'), 'What', 'Found at').Value).toBe('Receipts rows 3, 4');
  });

  test('an order number is looked for only after everything else, reading the order column then', () => {
    const { book, graph } = graphOf();
    expect(resolveStart(graph, '1004')).toEqual({ kind: 'needOrderNumbers' });
    addOrderNumbers(graph, book.orderNumbers);
    expect(resolveStart(graph, '1004')).toMatchObject({ kind: 'found', start: { matchedAs: ['order'], orderLines: [3], written: '1004' } });
  });

  test('a lot never asks for the order column', () => {
    expect(runTrace(smallSoap(), 'LAV-0923-01').readOrderNumbers).toBe(false);
    const order = runTrace(smallSoap(), '1004');
    expect(order.readOrderNumbers).toBe(true);
    expect(rowWhere(sectionOf(order.report, 'traced'), 'What', 'Found at').Value).toBe('Orders row 5');
  });

  test('the report says what was traced, how it was found, when and by whom', () => {
    const traced = sectionOf(runTrace(smallSoap(), ' lsoap-231015-01').report, 'traced');
    expect(Object.fromEntries(traced.rows.map(([what, value]) => [what, value]))).toEqual({
      Code: 'LSOAP-231015-01',
      'Found as': 'batch code',
      'Found at': 'Batches row 4',
      'Also matches': null,
      Direction: 'both ways: every lot in it, and the batches and customers it reached',
      'Traced at': '2024-05-02 14:03',
      'Traced by': 'owner@soapmaker.example',
      'Batches reached': 1,
      'Lots in it': 4,
      Shipments: 2,
      'Customers to contact': '2 of 3 customers who bought these products (LSOAP, GIFT) between 2023-10-20 and 2023-11-25.',
      Problems: 0,
    });
  });

  test('a code that is a lot and also another receipt’s supplier lot is traced as the lot, and the user is told', () => {
    const contents = smallSoap();
    const receipts = contents.Receipts as unknown[][];
    (receipts[4] as unknown[])[4] = 'LAV-0923-01'; // CED-0923-01's supplier lot happens to read LAV-0923-01
    const { graph } = graphOf(contents);
    expect(resolveStart(graph, 'LAV-0923-01')).toMatchObject({
      kind: 'found',
      start: { matchedAs: ['receiptLot'], alsoMatches: ['supplierLot'], receipts: [0] },
    });
  });

  test('a code that matches nothing says so, with the closest codes that exist', () => {
    const { book, graph } = graphOf();
    addOrderNumbers(graph, book.orderNumbers);
    const found = resolveStart(graph, 'LAV-0923-1');
    expect(found.kind).toBe('notFound');
    if (found.kind !== 'notFound') return;
    expect(found.nearest[0]).toEqual({ code: 'LAV-0923-01', kind: 'receiptLot', distance: 1 });
    expect(found.nearest.map((near) => near.code)).not.toContain('LSOAP-231002-01');
    expect(notFoundMessage(found.code, found.nearest)).toMatch(
      /^"LAV-0923-1" is not a lot number.*Closest codes that exist: LAV-0923-01 \(receipt lot\)/,
    );
  });

  test('through the whole flow, an unknown code reads the order numbers once and reports nothing traced', () => {
    const run = runTrace(smallSoap(), 'XYZ-999');
    expect(run.readOrderNumbers).toBe(true);
    expect(run.resolution).toEqual({ kind: 'notFound', code: 'XYZ-999', nearest: [] });
    expect(run.report).toBeUndefined();
  });
});
