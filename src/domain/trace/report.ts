// The trace report (traceability.md, "What a trace report holds") from a trace and the detail rows the
// sheets layer read for it: what was traced, the source, the batches reached, the shipments and recall
// list, the mass balance, the lots at risk and every problem met, each with the sheet and row to fix.
import { describeProblem, type Problem } from '../problems';
import { SHEETS } from '../workbook';
import { balanceOf, checkUseBeforeReceipt, type LotBalance, type MovementSheet, type UnreadMovements } from './balance';
import { DetailBook, type TraceDetails } from './details';
import { recallCount, recallTable, shipmentLines, shipmentsTable, skusOfBatches } from './recall';
import { section, type RecallListReport, type TraceSection, type TraceContext, type TraceReport } from './report-model';
import { describeKind } from './resolve';
import { batchesTable, lotsAtRiskTable, massBalanceTable, sourceTable } from './sections';
import { tracedShares } from './shares';
import { ProblemList, sheetLabel, toProblem, type KeyedProblem } from '../problems';
import type { Trace, TracedLot } from './trace-types';
import { gapHides, gapName, gapsHiding, uniqueGaps } from './gaps';
import { caveatProblems, caveatsOf, notCheckedLines } from './not-checked';
import { toCheckTable } from './to-check';
import { firstScreenLines } from './first-screen';
import type { UnmatchedSheet } from './unmatched';

const DIRECTION_WORDS: Record<Trace['direction'], string> = {
  forward: 'forward: the batches made with it and who received them',
  backward: 'backward: every lot in it, down to the supplier',
  both: 'both ways: every lot in it, and the batches and customers it reached',
};

export function buildTraceReport(trace: Trace, details: TraceDetails, context: TraceContext): TraceReport {
  const book = new DetailBook(details);
  const found = new ProblemList();
  for (const problem of trace.problems) found.add(problem);

  const lots = lotsOnce(trace);
  const balances = new Map<string, LotBalance>();
  const unread = unreadMovements(details, context);
  for (const lot of lots) {
    balances.set(lot.key, balanceOf(lot, book, found, unread));
    checkUseBeforeReceipt(lot, book, found);
  }
  const shares = tracedShares(trace.forward, balances, book);
  const skuOfBatch = skusOfBatches(book);
  const lines = shipmentLines(trace.shipmentRows, book, skuOfBatch, trace.skuOfOrderRow);
  const caveats = caveatsOf(trace, details, book, lines, context);
  const { gaps, toCheck, unknownCustomers } = caveats;
  for (const problem of caveatProblems(caveats, trace)) found.add(problem);
  const recall = recallCount(trace, book, lines, skuOfBatch, { unknownBecause: unknownCustomers, toCheck });
  const problems = namedProblems(found.items, details.problems ?? [], context);
  const incomplete = [...balances.values()].filter((balance) => !balance.complete);

  const reached = trace.forward.filter((lot) => lot.level > 0 && lot.batchRows.length > 0).length;
  const lotsIn = trace.backward.filter((lot) => lot.level > 0).length;
  const { start } = trace;
  const unknownBatches = gapsHiding(gaps, 'batches', context.labels);
  // An ingredient row naming a lot that matches nothing is a lot this trace could not name.
  const unnamedInputs = toCheck
    .filter((row) => row.sheet === 'batchInputs' && !row.nearTraced)
    .map((row) => `${sheetLabel('batchInputs', context.labels)} row ${row.row} names "${row.code}", which matches nothing`);
  const unknownLots = [...gapsHiding(gaps, 'lots', context.labels), ...unnamedInputs];
  const traced = section(
    'traced',
    'What was traced',
    ['What', 'Value'],
    [
      ['Code', start.written],
      ['Found as', foundAs(trace)],
      ['Found at', foundAt(trace, context)],
      ['Also matches', start.alsoMatches.length > 0 ? start.alsoMatches.map(describeKind).join(', ') + ' (not traced)' : null],
      ['Direction', DIRECTION_WORDS[trace.direction]],
      ['Traced at', context.tracedAt],
      ['Traced by', context.tracedBy],
      ['Batches reached', trace.direction === 'backward' ? null : atLeast(reached, unknownBatches)],
      ['Lots in it', trace.direction === 'forward' ? null : atLeast(lotsIn, unknownLots)],
      ['Shipments', atLeast(lines.length, unknownCustomers)],
      ['Customers to contact', recall.line],
      ['Problems', problems.length],
    ],
  );
  const sheetName = (sheet: UnmatchedSheet) => sheetLabel(sheet, context.labels);
  const source = sourceTable(
    trace.backward,
    book,
    balances,
    trace.direction === 'forward' ? 'The lot traced.' : 'What was traced and every lot in it, at every level.',
  );
  const recallList = recallTable(lines, recall, toCheck, sheetName('orders'));
  // The answer first (traceability.md): whom to contact, then what stands between the list and an
  // all-clear, then the detail. A backward trace answers "what is in it": its lots come first.
  const sections: TraceSection[] = [
    ...(trace.direction === 'backward' ? [source, recallList] : [recallList]),
    ...(toCheck.length > 0 ? [toCheckTable(toCheck, sheetName)] : []),
    traced,
    ...(trace.direction === 'backward' ? [] : [source]),
    batchesTable(trace.forward, book, balances, shares, batchesNote(trace, reached, unknownBatches)),
    shipmentsTable(lines, shipmentsNote(lines.length, unknownCustomers)),
    massBalanceTable([...balances.values()], book),
    lotsAtRiskTable(trace.atRisk, book, atRiskNote(trace)),
    section(
      'problems',
      'Problems',
      ['Sheet', 'Row', 'Column', 'Problem'],
      problems.map((problem) => [problem.sheet, problem.row ?? null, problem.column ?? null, problem.message]),
      problems.length === 0 ? 'None found on the way.' : 'Fix these in the sheet and row shown, then trace again.',
    ),
  ];
  const notChecked = notCheckedLines(caveats, trace, incomplete, context);
  const firstScreen = firstScreenLines({
    trace,
    book,
    balances,
    recall,
    notChecked,
    problems: problems.length,
    unknownBatches,
    lotsIn: String(atLeast(lotsIn, unknownLots)),
  });
  return { title: `Trace ${start.written}`, firstScreen, sections, recall, problems, notChecked };
}

/** The "Recall list for this lot" menu item: only the customers to contact, and the count line. */
export function buildRecallList(trace: Trace, details: TraceDetails, context: TraceContext): RecallListReport {
  const book = new DetailBook(details);
  const skuOfBatch = skusOfBatches(book);
  const lines = shipmentLines(trace.shipmentRows, book, skuOfBatch, trace.skuOfOrderRow);
  const caveats = caveatsOf(trace, details, book, lines, context);
  const { toCheck } = caveats;
  const recall = recallCount(trace, book, lines, skuOfBatch, { unknownBecause: caveats.unknownCustomers, toCheck });
  // Only the table: its header in row 1, nothing else on the sheet, so a CSV download is the contact list.
  const table = { ...recallTable(lines, recall, toCheck, sheetLabel('orders', context.labels)), title: '' };
  // A list of customers says only what stands between it and the customers.
  const notChecked = notCheckedLines({ ...caveats, gaps: caveats.gaps.filter((gap) => gapHides(gap, 'customers')) }, trace, [], context);
  return { title: `Recall list ${trace.start.written}`, table, recall, notChecked };
}

/** Movement sheets (or their columns) the trace could not read: balances cannot count what they hold. */
function unreadMovements(details: TraceDetails, context: TraceContext): UnreadMovements[] {
  const movementSheets: readonly string[] = ['batchInputs', 'orders', 'waste'];
  return uniqueGaps(details.gaps ?? [])
    .filter((gap) => movementSheets.includes(gap.sheet))
    .map((gap) => ({ sheet: gap.sheet as MovementSheet, why: gapName(gap, context.labels) }));
}

/** A count that may be short: "4, maybe more: no "Batch inputs" sheet", or not known when nothing was found. */
function atLeast(count: number, unknownBecause: readonly string[]): number | string {
  if (unknownBecause.length === 0) return count;
  return count === 0 ? `not known: ${unknownBecause.join('; ')}` : `${count}, maybe more: ${unknownBecause.join('; ')}`;
}

function shipmentsNote(shipments: number, unknownBecause: readonly string[]): string | undefined {
  if (unknownBecause.length > 0) return `Shipments could not all be checked: ${unknownBecause.join('; ')}.`;
  return shipments === 0 ? 'No order line shipped anything traced here.' : undefined;
}

/** Each lot once, the start first, then forward, then backward, nearest first. */
function lotsOnce(trace: Trace): TracedLot[] {
  const seen = new Map<string, TracedLot>();
  const ordered = [...trace.forward, ...trace.backward].sort((a, b) => Number(a.level > 0) - Number(b.level > 0));
  for (const lot of ordered) if (!seen.has(lot.key)) seen.set(lot.key, lot);
  return [...seen.values()];
}

function foundAs(trace: Trace): string {
  const { start } = trace;
  const count = start.receipts.length + start.batches.length + start.orderLines.length;
  const what = start.matchedAs.map(describeKind).join(' and ');
  if (start.matchedAs.includes('supplierLot') && start.receipts.length > 1) return `${what} of ${start.receipts.length} receipts`;
  if (start.matchedAs.includes('order')) return `${what} (${start.orderLines.length} ${start.orderLines.length === 1 ? 'line' : 'lines'})`;
  return count > 1 ? `${what} (${count} rows)` : what;
}

/** Where the start code is written: "Receipts row 5", "Orders rows 310, 311". */
function foundAt(trace: Trace, context: TraceContext): string {
  // An order's lines start from the batches they shipped; the code itself is on the order lines.
  const starts = trace.startOrderRows.length > 0 ? [] : trace.backward.filter((lot) => lot.level === 0);
  const places: [Parameters<typeof sheetLabel>[0], number[]][] = [
    ['receipts', [...new Set(starts.flatMap((lot) => lot.receiptRows))]],
    ['batches', [...new Set(starts.flatMap((lot) => lot.batchRows))]],
    ['orders', trace.startOrderRows],
  ];
  return places
    .filter(([, rows]) => rows.length > 0)
    .map(([sheet, rows]) => `${sheetLabel(sheet, context.labels).trim()} ${rows.length === 1 ? 'row' : 'rows'} ${rows.join(', ')}`)
    .join('; ');
}

function batchesNote(trace: Trace, reached: number, unknownBecause: readonly string[]): string | undefined {
  if (trace.direction === 'backward') return 'A backward trace: what is in it is under Source lots.';
  if (unknownBecause.length > 0) return `Batches could not all be checked: ${unknownBecause.join('; ')}.`;
  return reached === 0 ? 'No batch was made with it.' : undefined;
}

function atRiskNote(trace: Trace): string {
  if (trace.direction === 'forward')
    return 'Lots at risk come from a batch or an order: trace a batch code to see what shares its ingredients.';
  return trace.atRisk.length === 0
    ? 'No other batch shares an ingredient lot with what was traced.'
    : 'Other batches made with the same ingredient lots.';
}

const SHEET_ORDER = new Map(SHEETS.map((sheet, position) => [sheet.key, position]));

function namedProblems(traceProblems: readonly KeyedProblem[], readProblems: readonly Problem[], context: TraceContext): Problem[] {
  const sorted = [...traceProblems].sort(
    (a, b) => (SHEET_ORDER.get(a.sheet) ?? 0) - (SHEET_ORDER.get(b.sheet) ?? 0) || (a.row ?? 0) - (b.row ?? 0),
  );
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const problem of [...readProblems, ...sorted.map((item) => toProblem(item, context.labels))]) {
    const key = describeProblem(problem);
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}
