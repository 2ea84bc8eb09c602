// "A customer reports a skin reaction" / "what is in batch LSOAP-231015-01": every lot in it, at every level.
import { column, rowWhere, runTrace, sectionOf } from '../../fixtures/run-trace';
import { smallSoap } from './small-soap';

describe('tracing backward', () => {
  test('from an order: every lot in the item, at every level, down to the supplier and their lot', () => {
    const run = runTrace(smallSoap(), '1004');
    expect(run.trace?.direction).toBe('backward');
    const source = sectionOf(run.report, 'source');
    expect(source.rows.map((row) => [row[0], row[2], row[3]])).toEqual([
      [0, 'GIFT-231120-01', 'Batch'],
      [1, 'LSOAP-231015-01', 'Batch'],
      [2, 'COCO-1023-01', 'Material lot'],
      [2, 'FB-231001-01', 'Sub-assembly batch'],
      [3, 'CED-0923-01', 'Material lot'],
      [3, 'LAV-0923-01', 'Material lot'],
    ]);
    expect(rowWhere(source, 'Lot', 'LAV-0923-01')).toMatchObject({
      Path: 'GIFT-231120-01 → LSOAP-231015-01 → FB-231001-01 → LAV-0923-01',
      Supplier: 'Lavender Fields Co.',
      Contact: 'Jane Whitaker',
      'Supplier phone': '541-555-0142',
      'Supplier lot': 'LF-117',
      // As the blend's input row wrote it, though the lot was bought by the litre.
      'Used here': 200,
      'Used unit': 'ml',
    });
    expect(rowWhere(source, 'Lot', 'COCO-1023-01')).toMatchObject({
      Supplier: 'Coastal Oils',
      'Supplier lot': 'CO-88231',
      'Used here': 1.2,
      'Used unit': 'kg',
    });
    // The order's own line is the shipment; its customer the recall list.
    expect(column(sectionOf(run.report, 'shipments'), 'Order')).toEqual(['1004']);
    expect(sectionOf(run.report, 'batches').note).toMatch(/backward trace/i);
  });

  test('from a batch ID: the same lots as from its batch code, and both ways', () => {
    const byId = runTrace(smallSoap(), 'MFG-0003');
    const byCode = runTrace(smallSoap(), 'LSOAP-231015-01');
    expect(byId.trace?.direction).toBe('both');
    expect(sectionOf(byId.report, 'source').rows).toEqual(sectionOf(byCode.report, 'source').rows);
    expect(column(sectionOf(byId.report, 'source'), 'Lot')).toEqual([
      'LSOAP-231015-01',
      'COCO-1023-01',
      'FB-231001-01',
      'CED-0923-01',
      'LAV-0923-01',
    ]);
    // Forward too: the gift boxes made with it and who received the soap.
    expect(column(sectionOf(byId.report, 'batches'), 'Batch code')).toEqual(['LSOAP-231015-01', 'GIFT-231120-01']);
    expect(column(sectionOf(byId.report, 'shipments'), 'Order')).toEqual(['1002', '1004']);
  });

  test('lots at risk: other batches that share an ingredient lot, and with what', () => {
    const run = runTrace(smallSoap(), 'LSOAP-231015-01');
    const atRisk = sectionOf(run.report, 'lotsAtRisk');
    expect(column(atRisk, 'Batch code')).toEqual(['LSOAP-231002-01', 'LSOAP-231016-01']);
    expect(rowWhere(atRisk, 'Batch code', 'LSOAP-231002-01')).toMatchObject({
      'Batch ID': 'MFG-0002',
      'Shared lots': 'COCO-1023-01, LAV-0923-01',
      'Shared with': 'FB-231001-01, LSOAP-231015-01',
      Made: '2023-10-02',
    });
    expect(rowWhere(atRisk, 'Batch code', 'LSOAP-231016-01')).toMatchObject({
      'Shared lots': 'COCO-1023-01',
      'Shared with': 'LSOAP-231015-01',
    });
    // A batch made from a different coconut lot is not at risk, nor is the gift box made from the traced soap.
    expect(column(atRisk, 'Batch code')).not.toContain('LSOAP-231121-01');
    expect(column(atRisk, 'Batch code')).not.toContain('GIFT-231120-01');
  });
});
