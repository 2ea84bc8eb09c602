// What a drill found, from one trace (src/sheets/trace-code.ts traceCode): the mass balance of every
// lot and batch it went through, scored against the tolerance, the customers identified, and whatever
// the trace could not check. Built only from the trace domain's exported functions (balance.ts,
// recall.ts, not-checked.ts, gaps.ts), so the drill says the same numbers as a trace report.
import { describeProblem, ProblemList, toProblem } from '../problems';
import { balanceOf, type MovementSheet, type UnreadMovements } from '../trace/balance';
import { DetailBook, type TraceDetails } from '../trace/details';
import { gapName, uniqueGaps } from '../trace/gaps';
import { caveatsOf, notCheckedLines } from '../trace/not-checked';
import { customerKey, recallCount, shipmentLines, skusOfBatches, type ShipmentLine } from '../trace/recall';
import type { TraceContext } from '../trace/report-model';
import type { Trace, TraceDirection, TracedLot } from '../trace/trace-types';
import { balanceVerdict, scoreStep, type BalanceVerdict, type DrillStep } from './score';

export interface DrillCustomer {
  customer: string;
  email: string;
  orders: string[];
}

export interface DrillFindings {
  /** The code as the workbook writes it. */
  lot: string;
  direction: TraceDirection;
  steps: DrillStep[];
  balance: BalanceVerdict;
  /** Batches the trace went through (the start too, when it is one). */
  batches: number;
  customers: { count: number; line: string; list: DrillCustomer[] };
  /** What the trace could not check, one sentence each; empty when it checked everything it needs. */
  notChecked: string[];
  /** Problems met in the records, as sentences naming sheet, row and column. */
  problems: string[];
}

export const DIRECTION_NAMES: Record<TraceDirection, string> = { forward: 'Forward', backward: 'Backward', both: 'Both ways' };

export function drillFindings(trace: Trace, details: TraceDetails, context: TraceContext, tolerancePct: number): DrillFindings {
  const book = new DetailBook(details);
  const found = new ProblemList();
  for (const problem of trace.problems) found.add(problem);
  const unread = unreadMovements(details, context);
  const lots = lotsOnce(trace);
  const balances = lots.map((lot) => balanceOf(lot, book, found, unread));
  const steps = balances.map((balance) => scoreStep(balance, tolerancePct));

  const skuOfBatch = skusOfBatches(book);
  const lines = shipmentLines(trace.shipmentRows, book, skuOfBatch, trace.skuOfOrderRow);
  const caveats = caveatsOf(trace, details, book, lines, context);
  const recall = recallCount(trace, book, lines, skuOfBatch, { unknownBecause: caveats.unknownCustomers, toCheck: caveats.toCheck });
  const incomplete = balances.filter((balance) => !balance.complete);
  const problems = [
    ...(details.problems ?? []).map(describeProblem),
    ...found.items.map((problem) => describeProblem(toProblem(problem, context.labels))),
  ];
  return {
    lot: trace.start.written,
    direction: trace.direction,
    steps,
    balance: balanceVerdict(steps),
    batches: steps.filter((step) => step.kind === 'batch').length,
    customers: { count: recall.customers, line: recall.line, list: customersOf(lines) },
    notChecked: notCheckedLines(caveats, trace, incomplete, context),
    problems: [...new Set(problems)],
  };
}

/** Each customer once (as the recall list counts them), with their order numbers. */
function customersOf(lines: readonly ShipmentLine[]): DrillCustomer[] {
  const customers = new Map<string, DrillCustomer>();
  for (const line of lines) {
    const key = customerKey(line);
    let customer = customers.get(key);
    if (!customer) customers.set(key, (customer = { customer: line.customer, email: line.email, orders: [] }));
    if (!customer.email) customer.email = line.email;
    if (line.order && !customer.orders.includes(line.order)) customer.orders.push(line.order);
  }
  return [...customers.values()];
}

/** Movement sheets (or their columns) the trace could not read: a balance cannot count what they hold. */
function unreadMovements(details: TraceDetails, context: TraceContext): UnreadMovements[] {
  const movementSheets: readonly string[] = ['batchInputs', 'orders', 'waste'];
  return uniqueGaps(details.gaps ?? [])
    .filter((gap) => movementSheets.includes(gap.sheet))
    .map((gap) => ({ sheet: gap.sheet as MovementSheet, why: gapName(gap, context.labels) }));
}

/** Each lot once: the start first, then forward, then backward, nearest first. */
function lotsOnce(trace: Trace): TracedLot[] {
  const seen = new Map<string, TracedLot>();
  const ordered = [...trace.forward, ...trace.backward].sort((a, b) => a.level - b.level);
  for (const lot of ordered) if (!seen.has(lot.key)) seen.set(lot.key, lot);
  return [...seen.values()];
}
