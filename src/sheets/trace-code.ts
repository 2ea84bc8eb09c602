// One trace, from the code to the detail rows its report needs, in the order trace-reader.ts reads
// them: the code columns that link the tables; suppliers' lot numbers, then order numbers, only for a
// code that is no lot, batch code or batch ID; the Batch IDs of Batch inputs (for a forward trace only
// the rows it walks, read with their details); last the detail rows of what the trace reached.
import {
  addOrderNumbers,
  addSupplierLots,
  defaultDirection,
  linkLots,
  neededRows,
  notFoundMessage,
  resolveStart,
  traceLots,
  type Trace,
  type TraceDetails,
} from '../domain/trace';
import {
  type PreRead,
  readAllInputBatchIds,
  readForwardInputBatchIds,
  readLotIndex,
  readOrderNumbers,
  readSupplierLots,
  readTraceDetails,
} from './trace-reader';
import type { Workbook } from './workbook';

/**
 * The code to trace, or how to get it once the code columns are read: a current cell in one of them
 * (see lotIndexCovers) comes with that read. Null from it when the maker gives no code.
 */
export type CodeToTrace = string | (() => string | null);

export type TracedCode =
  /** Problems met reading are in details.problems; missing sheets and columns in details.gaps, the code columns' first. */
  | { kind: 'traced'; trace: Trace; details: TraceDetails }
  /** What to tell the maker: nothing is called that, and the nearest codes that exist. */
  | { kind: 'notFound'; message: string }
  | { kind: 'noCode' };

export function traceCode(workbook: Workbook, code: CodeToTrace): TracedCode {
  const { index, gaps } = readLotIndex(workbook);
  const typed = typeof code === 'string' ? code : code();
  if (typed === null) return { kind: 'noCode' };
  const graph = linkLots(index);
  let found = resolveStart(graph, typed);
  // Most codes are lots; the columns only other kinds of code need are read only for those.
  if (found.kind === 'needSupplierLots') {
    addSupplierLots(graph, readSupplierLots(workbook, index.receipts.row));
    found = resolveStart(graph, typed);
  }
  if (found.kind === 'needOrderNumbers') {
    addOrderNumbers(graph, readOrderNumbers(workbook, index.orders.row));
    found = resolveStart(graph, typed);
  }
  if (found.kind !== 'found') {
    const message =
      found.kind === 'notFound' ? notFoundMessage(found.code, found.nearest) : `Nothing in this workbook is called "${typed}".`;
    return { kind: 'notFound', message };
  }

  // A forward trace needs the Batch IDs of only the input rows it walks; the others need them all.
  let preRead: PreRead | undefined;
  if (defaultDirection(found.start) === 'forward') preRead = readForwardInputBatchIds(workbook, graph, found.start);
  else readAllInputBatchIds(workbook, graph);
  const trace = traceLots(graph, found.start);
  const details = readTraceDetails(workbook, neededRows(trace), preRead);
  details.gaps = [...gaps, ...(details.gaps ?? [])];
  return { kind: 'traced', trace, details };
}
