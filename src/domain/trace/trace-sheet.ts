// What a trace menu item writes to its new sheet: the whole report ("Trace this lot") or only the
// customers to contact ("Recall list for this lot"), with its heading, the sheet's name and what the
// Log says of it.
import type { Report } from '../report-grid';
import type { TraceDetails } from './details';
import { buildRecallList, buildTraceReport } from './report';
import type { TraceContext } from './report-model';
import type { Trace } from './trace-types';

export type TraceReportKind = 'trace' | 'recall';

export interface TraceSheet {
  /** The code, what the sheet holds and when: "LAV-0923-01 trace 2024-05-02 14.03.00" (made safe and unique when written). */
  name: string;
  report: Report;
  /** For the Log row: the recall count, and for a whole report how many problems it names. */
  logSummary: string;
}

const SHEET_WORDS: Record<TraceReportKind, string> = { trace: 'trace', recall: 'recall list' };

/** `stamp` is when the trace ran, as a sheet name may hold it. */
export function traceSheet(kind: TraceReportKind, trace: Trace, details: TraceDetails, context: TraceContext, stamp: string): TraceSheet {
  const name = `${shortCode(trace.start.written)} ${SHEET_WORDS[kind]} ${stamp}`;
  if (kind === 'trace') {
    const built = buildTraceReport(trace, details, context);
    const madeBy = `Made by Lotline on ${context.tracedAt} for ${context.tracedBy}. Sheets and rows named below are where to fix the data.`;
    return {
      name,
      report: { heading: [built.title, madeBy], tables: built.sections },
      logSummary: `${built.recall.line}; ${built.problems.length} problem(s)`,
    };
  }
  const built = buildRecallList(trace, details, context);
  return { name, report: { heading: [built.title, built.recall.line], tables: [built.table] }, logSummary: built.recall.line };
}

function shortCode(written: string): string {
  return written.length > 60 ? `${written.slice(0, 59)}…` : written;
}
