// What a trace menu item writes to its new sheet: the whole report ("Trace this lot") or only the
// customers to contact ("Recall list for this lot"), with its heading, the sheet's name and what the
// Log says of it. The heading's first rows say what the report could not check, before any table.
import type { Report } from '../report-grid';
import type { ReportName } from '../report-name';
import type { TraceDetails } from './details';
import { buildRecallList, buildTraceReport } from './report';
import type { TraceContext } from './report-model';
import type { Trace } from './trace-types';

export type TraceReportKind = 'trace' | 'recall';

export interface TraceSheet {
  /** The code, what the sheet holds and when: "LAV-0923-01" + " trace 240502 1403" (fitted to 31 characters and made unique when written). */
  name: ReportName;
  report: Report;
  /** For the Log row: the recall count, for a whole report how many problems it names, and what it could not check. */
  logSummary: string;
}

const SHEET_WORDS: Record<TraceReportKind, string> = { trace: 'trace', recall: 'recall' };

/** `stamp` is when the trace ran, as a sheet name may hold it. */
export function traceSheet(kind: TraceReportKind, trace: Trace, details: TraceDetails, context: TraceContext, stamp: string): TraceSheet {
  const name = { lead: trace.start.written, tail: ` ${SHEET_WORDS[kind]} ${stamp}` };
  if (kind === 'trace') {
    const built = buildTraceReport(trace, details, context);
    const madeBy = `Made by Lotline on ${context.tracedAt} for ${context.tracedBy}. Sheets and rows named below are where to fix the data.`;
    return {
      name,
      report: { heading: [built.title, madeBy, ...built.notChecked], tables: built.sections },
      logSummary: `${built.recall.line}; ${built.problems.length} problem(s)${notCheckedSummary(built.notChecked)}`,
    };
  }
  const built = buildRecallList(trace, details, context);
  return {
    name,
    report: { heading: [built.title, built.recall.line, ...built.notChecked], tables: [built.table] },
    logSummary: `${built.recall.line}${notCheckedSummary(built.notChecked)}`,
  };
}

/** The Log keeps one line: how many things were not checked, which the report's first rows name. */
function notCheckedSummary(notChecked: readonly string[]): string {
  if (notChecked.length === 0) return '';
  return `; not complete: ${notChecked.length} ${notChecked.length === 1 ? 'thing' : 'things'} could not be checked (see the report's first rows)`;
}
