// What each menu item writes: the whole trace report or only the recall list, the sheet's name and
// the Log's summary of it.
import { fitReportName } from '../../../src/domain/report-name';
import { traceSheet } from '../../../src/domain/trace/trace-sheet';
import type { TraceDetails } from '../../../src/domain/trace/details';
import type { Trace } from '../../../src/domain/trace/trace-types';
import { CONTEXT, runTrace, type TraceRun } from '../../fixtures/run-trace';
import { smallSoap } from './small-soap';

const STAMP = '240502 1403';

describe('the sheet a trace writes', () => {
  let run: TraceRun;
  let trace: Trace;
  let details: TraceDetails;
  beforeAll(() => {
    run = runTrace(smallSoap(), 'lav-0923-01');
    trace = run.trace!;
    details = run.details!;
  });

  test('Trace this lot: the whole report, headed by the answer, then the recall list, then the detail', () => {
    const sheet = traceSheet('trace', trace, details, CONTEXT, STAMP);
    expect(fitReportName(sheet.name)).toBe(`LAV-0923-01 trace ${STAMP}`);
    expect(sheet.report.heading).toEqual([
      'Trace LAV-0923-01',
      'Complete: everything this trace needs could be read.',
      'To contact: 2 of 3 customers who bought these products (LSOAP, GIFT) between 2023-10-05 and 2023-11-25.',
      'Batches involved: 4 (1 of FB, 2 of LSOAP, 1 of GIFT).',
      'FB: 250 ml made, 40 used in other batches, 210 on hand.',
      'LSOAP: 200 pcs made, 5 shipped, 20 used in other batches, 2 wasted, 173 on hand.',
      'GIFT: 20 pcs made, 1 shipped, 19 on hand.',
      'Problems met on the way: none.',
    ]);
    // The title and the status stay in view.
    expect(sheet.report.frozenLines).toBe(2);
    expect(sheet.report.tables.map((table) => table.title)).toEqual([
      'Recall list',
      'What was traced',
      'Source lots',
      'Batches reached',
      'Shipments',
      'Mass balance',
      'Lots at risk',
      'Problems',
    ]);
    expect(sheet.report.tables.map((table) => table.title)).toEqual(run.report!.sections.map((section) => section.title));
    // When and for whom: in "What was traced".
    const traced = run.report!.sections.find((section) => section.key === 'traced')!;
    expect(traced.rows).toContainEqual(['Traced at', CONTEXT.tracedAt]);
    expect(traced.rows).toContainEqual(['Traced by', CONTEXT.tracedBy]);
    expect(sheet.logSummary).toBe(`${run.report!.recall.line}; ${run.report!.problems.length} problem(s)`);
    expect(sheet.tell).toBeNull();
  });

  test('Recall list for this lot: only the customers to contact, the count said in a toast', () => {
    const sheet = traceSheet('recall', trace, details, CONTEXT, STAMP);
    expect(fitReportName(sheet.name)).toBe(`LAV-0923-01 recall ${STAMP}`);
    expect(sheet.report.heading).toEqual([]);
    expect(sheet.report.tables).toEqual([run.recallList!.table]);
    expect(sheet.logSummary).toBe(run.recallList!.recall.line);
    expect(sheet.tell).toEqual({ how: 'toast', message: expect.stringContaining(run.recallList!.recall.line) });
  });

  test('a long code is cut so that the name fits the 31 characters of an .xlsx sheet name, kind and time kept whole', () => {
    const long = { ...trace, start: { ...trace.start, written: 'LSOAP-LAVENDER-231015-01' } };
    const name = fitReportName(traceSheet('recall', long, details, CONTEXT, STAMP).name);
    expect(name).toBe(`LSOAP-LAVEN… recall ${STAMP}`);
    expect(name).toHaveLength(31);
  });
});
