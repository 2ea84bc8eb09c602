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

  test('Trace this lot: the whole report, headed by what was traced, when and for whom', () => {
    const sheet = traceSheet('trace', trace, details, CONTEXT, STAMP);
    expect(fitReportName(sheet.name)).toBe(`LAV-0923-01 trace ${STAMP}`);
    expect(sheet.report.heading).toEqual([
      'Trace LAV-0923-01',
      `Made by Lotline on ${CONTEXT.tracedAt} for ${CONTEXT.tracedBy}. Sheets and rows named below are where to fix the data.`,
    ]);
    expect(sheet.report.tables.map((table) => table.title)).toEqual(run.report!.sections.map((section) => section.title));
    expect(sheet.logSummary).toBe(`${run.report!.recall.line}; ${run.report!.problems.length} problem(s)`);
  });

  test('Recall list for this lot: only the customers to contact, under the count line', () => {
    const sheet = traceSheet('recall', trace, details, CONTEXT, STAMP);
    expect(fitReportName(sheet.name)).toBe(`LAV-0923-01 recall ${STAMP}`);
    expect(sheet.report.heading).toEqual(['Recall list LAV-0923-01', run.recallList!.recall.line]);
    expect(sheet.report.tables).toEqual([run.recallList!.table]);
    expect(sheet.logSummary).toBe(run.recallList!.recall.line);
  });

  test('a long code is cut so that the name fits the 31 characters of an .xlsx sheet name, kind and time kept whole', () => {
    const long = { ...trace, start: { ...trace.start, written: 'LSOAP-LAVENDER-231015-01' } };
    const name = fitReportName(traceSheet('recall', long, details, CONTEXT, STAMP).name);
    expect(name).toBe(`LSOAP-LAVEN… recall ${STAMP}`);
    expect(name).toHaveLength(31);
  });
});
