// What a trace reads, in the order it reads it: first the code columns that link the tables (the
// LotIndex), then — only for the rows the trace reached — the columns its report shows, in spans of
// neighbouring rows. At the 10-million-cell ceiling this is the difference between ~35 s and ~300 s.
import type { Problem } from '../domain/problems';
import type { TypedRow } from '../domain/rows';
import { appendAll } from '../domain/append-all';
import { readCode } from '../domain/cell-values';
import {
  DETAIL_COLUMNS,
  DETAIL_SHEET,
  WHOLE_TABLES,
  type DetailRead,
  type LotIndex,
  type IndexedTable,
  type NeededRows,
  type TraceGap,
  type TraceDetails,
  type SheetLabels,
  type LotGraph,
  type TraceStart,
  startLotKeys,
  inputsConsuming,
  lotsMadeFrom,
} from '../domain/trace';
import { SHEETS, type SheetKey } from '../domain/workbook';
import { planRowSpans } from './blocks';
import { readCodeColumns } from './code-columns';
import { readTable, typeTableRows } from './read-table';
import { sheetNameKey, type Workbook } from './workbook';

/** The code columns that link the tables: the LotIndex (batch inputs' Batch IDs come later). */
export const LOT_INDEX_COLUMNS = {
  receipts: ['lotNumber'],
  batches: ['batchId', 'batchCode'],
  batchInputs: ['lot'],
  orders: ['batchCode'],
  waste: ['lot'],
} as const satisfies Partial<Record<SheetKey, readonly string[]>>;

/**
 * Whether readLotIndex will read this cell (a code in one of the linking columns), judged from where
 * the tables' columns are: asks Google nothing more than opening the tables would.
 */
export function lotIndexCovers(workbook: Workbook, cell: GoogleAppsScript.Spreadsheet.Range): boolean {
  if (cell.getRow() < 2) return false;
  const sheet = sheetNameKey(cell.getSheet().getName());
  return Object.entries(LOT_INDEX_COLUMNS).some(([key, columns]) => {
    const table = workbook.table(key as SheetKey);
    if (!table || sheetNameKey(table.name) !== sheet) return false;
    return columns.some((column) => table.layout.positions.get(column) === cell.getColumn() - 1);
  });
}

/**
 * The key columns of every big table. A missing sheet reads as no rows, but is a gap (gaps.ts) — as is
 * a missing key column — so the report says what it could not check rather than finding nothing.
 */
export function readLotIndex(workbook: Workbook): { index: LotIndex; gaps: TraceGap[] } {
  const gaps: TraceGap[] = [];
  const read = (key: IndexedTable, columns: readonly string[]) => {
    const result = readCodeColumns(workbook, key, columns);
    if (!result.exists) gaps.push(missingSheetGap(workbook, key));
    for (const column of result.missingKeys) gaps.push({ sheet: key, column });
    return result;
  };
  // Suppliers' lot numbers are read later, and only when the code is no lot, batch code or batch ID.
  const receipts = read('receipts', LOT_INDEX_COLUMNS.receipts);
  // Batch SKUs would narrow the "N of M customers" order lines, but those lines mostly lie inside the
  // spans read for the shipments anyway (see readTraceDetails): not worth a column of the sheet.
  const batches = read('batches', LOT_INDEX_COLUMNS.batches);
  // Batch IDs of Batch inputs are read later: only the rows a forward trace walks, or whole for others.
  const inputs = read('batchInputs', LOT_INDEX_COLUMNS.batchInputs);
  const orders = read('orders', LOT_INDEX_COLUMNS.orders);
  const waste = read('waste', LOT_INDEX_COLUMNS.waste);
  // Read later, but known missing now: the table's columns were found on the read above.
  const inputsTable = inputs.exists ? workbook.table('batchInputs') : null;
  if (inputsTable && !inputsTable.has('batchId')) gaps.push({ sheet: 'batchInputs', column: 'batchId' });
  const column = (result: ReturnType<typeof read>, key: string) => result.codes[key] ?? [];
  return {
    gaps,
    index: {
      receipts: { row: receipts.rows, lotNumber: column(receipts, 'lotNumber') },
      batches: { row: batches.rows, batchId: column(batches, 'batchId'), batchCode: column(batches, 'batchCode') },
      batchInputs: { row: inputs.rows, batchId: inputs.rows.map(() => ''), lot: column(inputs, 'lot') },
      orders: { row: orders.rows, batchCode: column(orders, 'batchCode') },
      waste: { row: waste.rows, lot: column(waste, 'lot') },
    },
  };
}

/** Order numbers of the given order-line rows, read only when a start code matched nothing else. */
export function readOrderNumbers(workbook: Workbook, rows: readonly number[]): string[] {
  return readLateColumn(workbook, 'orders', 'order', rows);
}

/** The whole Batch ID column of Batch inputs, for traces that go backward (inputs of a batch). */
export function readAllInputBatchIds(workbook: Workbook, graph: LotGraph): void {
  const { batchInputs } = graph.index;
  const ids = readLateColumn(workbook, 'batchInputs', 'batchId', batchInputs.row);
  ids.forEach((id, position) => (batchInputs.batchId[position] = id));
}

/**
 * The Batch IDs of only the Batch inputs rows a forward trace walks through, level by level: the rows
 * that consumed the traced lot, then those that consumed the batches made from it, and so on. The
 * report needs these rows' quantities too, so their detail columns are read now, once: the rows are
 * returned typed, for readTraceDetails.
 */
export function readForwardInputBatchIds(workbook: Workbook, graph: LotGraph, start: TraceStart): PreRead {
  const table = workbook.table('batchInputs');
  const preRead: PreRead = { batchInputs: [], problems: [] };
  if (!table || !table.has('batchId')) return preRead;
  const { batchInputs } = graph.index;
  const columns = DETAIL_COLUMNS.batchInputs;
  const seen = new Set<string>();
  let lots = startLotKeys(graph, start);
  while (lots.length > 0) {
    lots.forEach((key) => seen.add(key));
    const positions = inputsConsuming(graph, lots);
    const byRow = new Map(positions.map((position) => [batchInputs.row[position] as number, position]));
    // Spans planned as for one column: a few more cells for fewer calls (a trace's call budget is tight).
    for (const span of planRowSpans(byRow.keys(), 1)) {
      const raw = table.readColumns(columns, span);
      const typed = typeTableRows(workbook, table, raw);
      appendAll(preRead.batchInputs, typed.rows);
      preRead.problems.push(...typed.problems.filter((problem) => problem.row !== undefined && byRow.has(problem.row)));
      const ids = raw.columns.get('batchId') ?? [];
      ids.forEach((cell, index) => {
        const position = byRow.get(raw.firstRow + index);
        if (position !== undefined) batchInputs.batchId[position] = readCode(cell);
      });
    }
    lots = lotsMadeFrom(graph, positions).filter((key) => !seen.has(key));
  }
  return preRead;
}

/** Detail rows read before the trace walked (see readForwardInputBatchIds). */
export interface PreRead {
  batchInputs: TypedRow[];
  problems: Problem[];
}

/** Suppliers' lot numbers of the given receipt rows, read only when a start code matched no lot. */
export function readSupplierLots(workbook: Workbook, rows: readonly number[]): string[] {
  return readLateColumn(workbook, 'receipts', 'supplierLot', rows);
}

/** One more code column, aligned with the rows the first pass kept. */
function readLateColumn(workbook: Workbook, key: SheetKey, column: string, rows: readonly number[]): string[] {
  const table = workbook.table(key);
  if (!table || !table.has(column) || rows.length === 0) return rows.map(() => '');
  const read = table.readColumns([column]);
  const cells = read.columns.get(column) ?? [];
  return rows.map((row) => readCode(cells[row - read.firstRow]));
}

/** The detail rows a trace needs, read span by span, typed; plus the small tables whole. */
export function readTraceDetails(
  workbook: Workbook,
  needed: NeededRows,
  preRead: PreRead = { batchInputs: [], problems: [] },
): TraceDetails {
  const problems: Problem[] = [...preRead.problems];
  const gaps: TraceGap[] = [];
  const inputsRead = new Set(preRead.batchInputs.map((row) => row.row));
  /** Reads the rows of one detail read; every row inside a span read is returned, not only those asked for. */
  const rowsOf = (
    read: DetailRead,
    wanted: readonly number[],
    alongside: readonly number[] = [],
  ): { rows: TypedRow[]; covered: (row: number) => boolean } => {
    const table = workbook.table(DETAIL_SHEET[read]);
    if (!table || wanted.length === 0) return { rows: [], covered: () => false };
    const columns = DETAIL_COLUMNS[read];
    // A required column the sheet lacks leaves the report's cells of it blank: say so at the top.
    for (const column of table.spec.columns) {
      if (column.required && columns.includes(column.key) && !table.has(column.key))
        gaps.push({ sheet: table.spec.key, column: column.key });
    }
    const spans = planRowSpans(wanted, columns.length, alongside);
    const rows: TypedRow[] = [];
    const keep = new Set(wanted);
    for (const span of spans) {
      const raw = table.readColumns(columns, span);
      const typed = typeTableRows(workbook, table, raw);
      appendAll(rows, typed.rows);
      // Only the rows the trace uses can have problems worth reporting.
      for (const problem of typed.problems) if (problem.row !== undefined && keep.has(problem.row)) problems.push(problem);
    }
    return { rows, covered: (row) => inSpans(spans, row) };
  };
  const whole = (key: SheetKey): TypedRow[] => {
    if (!workbook.table(key)) gaps.push(missingSheetGap(workbook, key));
    const read = readTable(workbook, key);
    appendAll(problems, read.problems);
    return read.rows;
  };
  const [suppliers, materials, products] = WHOLE_TABLES.map(whole) as [TypedRow[], TypedRow[], TypedRow[]];
  // The order lines for "N of M customers" mostly lie between the shipments, in spans read anyway with
  // more columns than they need; the margins either side of a span are taken into it (a few thousand
  // cells at the ceiling instead of two more calls: a trace's call budget is tight). Only lines that
  // touch no span are read on their own.
  const orders = rowsOf('orders', needed.orders, needed.orderPeers);
  const peers = rowsOf(
    'orderPeers',
    needed.orderPeers.filter((row) => !orders.covered(row)),
  );
  return {
    receipts: rowsOf('receipts', needed.receipts).rows,
    batches: rowsOf('batches', needed.batches).rows,
    batchInputs: [
      ...preRead.batchInputs,
      ...rowsOf(
        'batchInputs',
        needed.batchInputs.filter((row) => !inputsRead.has(row)),
      ).rows,
    ],
    orders: [...orders.rows, ...peers.rows],
    waste: rowsOf('waste', needed.waste).rows,
    suppliers,
    materials,
    products,
    problems,
    gaps,
  };
}

/** Sheet names and headers as the maker wrote them, so problems point at what they see. */
export function traceLabels(workbook: Workbook): SheetLabels {
  const labels: Required<SheetLabels> = { sheets: {}, headers: {} };
  for (const spec of SHEETS) {
    // Only tables the trace opened: naming the others would cost calls for nothing.
    const table = workbook.openedTable(spec.key);
    if (!table) continue;
    labels.sheets[spec.key] = table.name;
    const headers: Record<string, string> = {};
    for (const column of spec.columns) if (table.has(column.key)) headers[column.key] = table.headerOf(column.key);
    labels.headers[spec.key] = headers;
  }
  return labels;
}

/** Whether a row lies in one of the spans (ascending, disjoint): a binary search, as there may be hundreds. */
function inSpans(spans: readonly { fromRow: number; toRow: number }[], row: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle] as { fromRow: number; toRow: number };
    if (row < span.fromRow) high = middle - 1;
    else if (row > span.toRow) low = middle + 1;
    else return true;
  }
  return false;
}

/** A sheet the trace needs and did not find, with the tab that may be it. */
function missingSheetGap(workbook: Workbook, key: SheetKey): TraceGap {
  const lookalike = workbook.lookalikeOf(key);
  return lookalike === null ? { sheet: key } : { sheet: key, lookalike: lookalike.name };
}
