// What each menu item writes: the whole trace report or only the recall list, the sheet's name and
// the Log's summary of it.
import { traceSheet } from '../../../src/domain/trace/trace-sheet';
import type { TraceDetails } from '../../../src/domain/trace/details';
import type { Trace } from '../../../src/domain/trace/trace-types';
import { CONTEXT, runTrace, type TraceRun } from '../../fixtures/run-trace';
import { smallSoap } from './small-soap';

const STAMP = '2024-05-02 14.03.00';

describe('the sheet a trace writes', () => {
  let run: TraceRun;
  let trace: Trace;
  let details: TraceDetails;
  beforeAll(() => {
    run = runTrace(smallSoap(), 'lav-0923-01');
    trace = run.trace!;
    details = run.details!;
  });

  test('Trace this lot: the whole report, headed by what was traced, when and for whom', () => {
    const sheet = traceSheet('trace', trace, details, CONTEXT, STAMP);
    expect(sheet.name).toBe(`LAV-0923-01 trace ${STAMP}`);
    expect(sheet.report.heading).toEqual([
      'Trace LAV-0923-01',
      `Made by Lotline on ${CONTEXT.tracedAt} for ${CONTEXT.tracedBy}. Sheets and rows named below are where to fix the data.`,
    ]);
    expect(sheet.report.tables.map((table) => table.title)).toEqual(run.report!.sections.map((section) => section.title));
    expect(sheet.logSummary).toBe(`${run.report!.recall.line}; ${run.report!.problems.length} problem(s)`);
  });

  test('Recall list for this lot: only the customers to contact, under the count line', () => {
    const sheet = traceSheet('recall', trace, details, CONTEXT, STAMP);
    expect(sheet.name).toBe(`LAV-0923-01 recall list ${STAMP}`);
    expect(sheet.report.heading).toEqual(['Recall list LAV-0923-01', run.recallList!.recall.line]);
    expect(sheet.report.tables).toEqual([run.recallList!.table]);
    expect(sheet.logSummary).toBe(run.recallList!.recall.line);
  });

  test('a long code is cut to 60 characters in the sheet name, which must hold the time too', () => {
    const long = { ...trace, start: { ...trace.start, written: 'L'.repeat(80) } };
    expect(traceSheet('trace', long, details, CONTEXT, STAMP).name).toBe(`${'L'.repeat(59)}… trace ${STAMP}`);
  });
});
