// What the add-on writes for one trace: the whole report ("Trace this lot") or only the list of
// customers to contact ("Recall list for this lot"), with the sheet's name, what the Log says of it
// and what the maker is told once it is written.
//
// The whole report's first rows are its answer (first-screen.ts): complete or each thing it could not
// check, whom to contact, which batches; then the recall list, then the detail. The recall list alone
// is a bare table, header in row 1, so that File ▸ Download ▸ CSV gives exactly the contact list —
// which leaves no room on the sheet to say what it could not check. A list that may miss customers
// must not pass for a whole one (traceability.md, "Never a false all-clear"), so it says so where a
// maker cannot miss it: an alert that must be dismissed, naming each thing, once it is written; the
// sheet's name, "recall⚠" for "recall" — the tab, and the file a CSV download makes, carry it; and
// the Log row. A whole list gets a toast saying where it is and how to download it.
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
  /**
   * What to tell the maker once the sheet is written, the sheet's name in place of `{sheet}`; an alert
   * when the list may be incomplete (it must be read), else a toast. None for a whole report: its first
   * rows say it all.
   */
  tell: { how: 'alert' | 'toast'; message: string } | null;
}

/** In a sheet's name: a recall list that may miss customers. */
export const INCOMPLETE_MARK = '⚠';

/** `stamp` is when the trace ran, as a sheet name may hold it. */
export function traceSheet(kind: TraceReportKind, trace: Trace, details: TraceDetails, context: TraceContext, stamp: string): TraceSheet {
  if (kind === 'trace') {
    const built = buildTraceReport(trace, details, context);
    return {
      name: { lead: trace.start.written, tail: ` trace ${stamp}` },
      // The title and whether the trace is complete stay in view while scrolling the detail. When and by
      // whom it was made is in "What was traced", under the recall list.
      // A reason (an adverse event) is said under the title, and stays in view with it.
      report: {
        heading: [built.title, ...(context.reason ? [context.reason] : []), ...built.firstScreen],
        tables: built.sections,
        frozenLines: context.reason ? 3 : 2,
      },
      logSummary: `${built.recall.line}; ${built.problems.length} problem(s)${notCheckedSummary(built.notChecked, 'report')}`,
      tell: null,
    };
  }
  const built = buildRecallList(trace, details, context);
  const incomplete = built.notChecked.length > 0;
  const customers = built.table.rows.length;
  const listed = `${customers} ${customers === 1 ? 'customer' : 'customers'} to contact written to sheet "{sheet}", one a row under the header in row 1`;
  return {
    name: { lead: trace.start.written, tail: incomplete ? ` recall${INCOMPLETE_MARK} ${stamp}` : ` recall ${stamp}` },
    report: { heading: [], tables: [built.table] },
    logSummary: `${built.recall.line}${notCheckedSummary(built.notChecked, 'list')}`,
    tell: incomplete
      ? {
          how: 'alert',
          message: [
            `This list may be INCOMPLETE: some customers who received it may be missing. ${listed}.`,
            `What could not be checked:`,
            ...built.notChecked.map((line) => `• ${line}`),
            built.recall.line,
            `Fix these, then make the list again; trace the lot for the whole report.`,
          ].join('\n'),
        }
      : { how: 'toast', message: `${listed}: ${built.recall.line} File ▸ Download ▸ CSV gives the contact list.` },
  };
}

/** The Log keeps one line: how many things were not checked, which the report's first rows name. */
function notCheckedSummary(notChecked: readonly string[], what: 'report' | 'list'): string {
  if (notChecked.length === 0) return '';
  const things = `${notChecked.length} ${notChecked.length === 1 ? 'thing' : 'things'}`;
  if (what === 'report') return `; not complete: ${things} could not be checked (see the report's first rows)`;
  return `; may be incomplete: ${things} could not be checked — ${notChecked.join(' ')}`;
}
