// What stands between a report and an all-clear (traceability.md, "Never a false all-clear"): the
// sheets and columns it could not read (gaps.ts), the rows whose code matches no lot and could be what
// was traced (to-check.ts), the order lines of that kind too many to read (unmatched.ts), the balances
// that could not be counted whole. Said in the report's first rows, and as problems with their rows.
import { namedFew } from '../named-few';
import { sheetLabel, type KeyedProblem } from '../problems';
import type { LotBalance } from './balance';
import type { DetailBook, TraceDetails } from './details';
import { gapProblem, gapSentence, gapsHiding, uniqueGaps, type TraceGap } from './gaps';
import type { ShipmentLine } from './recall';
import type { TraceContext } from './report-model';
import { rowsToCheck, toCheckProblem, type ToCheck } from './to-check';
import type { Trace } from './trace-types';

export interface Caveats {
  gaps: TraceGap[];
  toCheck: ToCheck[];
  /** Why the customers cannot all be known, named: `no "Orders" sheet`. */
  unknownCustomers: string[];
}

export function caveatsOf(
  trace: Trace,
  details: TraceDetails,
  book: DetailBook,
  lines: readonly ShipmentLine[],
  context: TraceContext,
): Caveats {
  const gaps = uniqueGaps(details.gaps ?? []);
  const { unread } = trace.unmatched;
  const unknownCustomers = gapsHiding(gaps, 'customers', context.labels);
  if (unread) unknownCustomers.push(`${unread.count} order lines whose batch code matches no lot were not read`);
  return { gaps, toCheck: rowsToCheck(trace, book, lines), unknownCustomers };
}

/** Each caveat as a problem at its sheet and row; a cell the trace already named keeps its own problem. */
export function caveatProblems(caveats: Caveats, trace: Trace): KeyedProblem[] {
  const cell = (problem: KeyedProblem) => `${problem.sheet}|${problem.row ?? ''}|${problem.column ?? ''}`;
  const named = new Set(trace.problems.map(cell));
  const problems = caveats.gaps.map(gapProblem);
  for (const item of caveats.toCheck) {
    const problem = toCheckProblem(item);
    if (!named.has(cell(problem))) problems.push(problem);
  }
  const { unread } = trace.unmatched;
  if (unread) {
    problems.push({
      sheet: 'orders',
      row: unread.firstRow,
      column: 'batchCode',
      message: `this and ${unread.count - 1} more order lines down to row ${unread.lastRow} name batch codes that match no lot number or batch code; a recall cannot tell whether they shipped what was traced.`,
    });
  }
  return problems;
}

/** A heading of a dozen frozen rows would hide the report: past this many, the rest are in "Problems". */
const MAX_GAP_LINES = 6;

/** The report's first rows after its title: each thing it could not check, in a sentence. */
export function notCheckedLines(caveats: Caveats, trace: Trace, incomplete: readonly LotBalance[], context: TraceContext): string[] {
  const { gaps, toCheck } = caveats;
  const shownGaps = gaps.length > MAX_GAP_LINES ? gaps.slice(0, MAX_GAP_LINES - 1) : gaps;
  const lines = shownGaps.map((gap) => `Not checked — ${gapSentence(gap, context.labels)}`);
  if (shownGaps.length < gaps.length) {
    lines.push(`Not checked — ${gaps.length - shownGaps.length} more sheets or columns are missing: see "Problems".`);
  }
  const { unread } = trace.unmatched;
  if (unread) {
    lines.push(
      `Not checked — ${unread.count} order lines of ${sheetLabel('orders', context.labels)} (rows ${unread.firstRow} to ${unread.lastRow}) name batch codes that match no lot, outside the rows the traced batches shipped in; too many to read in one trace: correct their codes, then trace again.`,
    );
  }
  const orders = toCheck.filter((item) => item.sheet === 'orders').length;
  const others = toCheck.length - orders;
  if (orders > 0) {
    lines.push(
      `To check — ${orders} order ${orders === 1 ? 'line names a batch code that matches' : 'lines name batch codes that match'} no lot and could have shipped what was traced: see "To check".`,
    );
  }
  if (others > 0) {
    lines.push(
      `To check — ${others} Batch inputs or Waste ${others === 1 ? 'row names a lot that matches' : 'rows name lots that match'} nothing, and could be a traced lot or an ingredient of a traced batch: see "To check".`,
    );
  }
  if (incomplete.length > 0) {
    const codes = incomplete.map((balance) => balance.code);
    const shown = namedFew(codes, 5);
    lines.push(`Incomplete — quantities that could not be counted leave the mass balance of ${shown} incomplete: see "Problems".`);
  }
  return lines;
}
