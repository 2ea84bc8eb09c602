// The trace, as the sheets layer uses it (src/sheets/trace-code.ts):
//   const graph = linkLots(index);                       // key columns of the big tables
//   let found = resolveStart(graph, code);
//   while (found.kind === 'needSupplierLots' || found.kind === 'needOrderNumbers') { add the column; found = resolveStart(graph, code); }
//   if (found.kind === 'notFound') tell(notFoundMessage(found.code, found.nearest));
//   const trace = traceLots(graph, found.start);
//   const rows = neededRows(trace);                      // per read: rows of DETAIL_SHEET[read], in DETAIL_COLUMNS[read]
//   const details = { ...typed rows of those reads (orders + orderPeers together), suppliers, materials, products: whole };
// and what the add-on then writes (buildTraceReport or buildRecallList, with a heading, a sheet name, a Log line):
//   const { name, report, logSummary } = traceSheet('trace', trace, details, { tracedAt, tracedBy, labels }, stamp);
export { emptyLotIndex, INDEXED_TABLES, type LotIndex, type IndexedTable } from './lot-index';
export { linkLots, addOrderNumbers, addSupplierLots, type LotGraph } from './lot-graph';
export { resolveStart, notFoundMessage, describeKind, type StartResolution, type TraceStart } from './resolve';
export { nearestCodes, editDistanceWithin, type NearCode, type FoundAs } from './nearest';
export { traceLots, defaultDirection, type TraceOptions } from './traverse';
export type { Trace, TraceDirection, TracedLot, TraceLink, LotUse, LotAtRisk } from './trace-types';
export { neededRows, DETAIL_COLUMNS, DETAIL_SHEET, WHOLE_TABLES, type NeededRows, type DetailRead } from './needed-rows';
export type { TraceDetails } from './details';
export { buildTraceReport, buildRecallList } from './report';
export { traceSheet, type TraceSheet, type TraceReportKind } from './trace-sheet';
export type { TraceReport, RecallListReport, TraceSection, TraceCell, RecallCount, TraceContext, SectionKey } from './report-model';
export type { SheetLabels, KeyedProblem } from '../problems';
export type { LotBalance } from './balance';
export type { TraceGap } from './gaps';
export type { UnmatchedRow } from './unmatched';
export type { ToCheck } from './to-check';
export { startLotKeys, inputsConsuming, lotsMadeFrom } from './forward-inputs';
