// The least a trace can cost under the cost model (local/runtime/meter.ts, version 2), whatever its
// design: one execution; reading the code columns that link the tables, one call per column and every
// cell of it (header included: the column must be found); and writing the report, as one queued change
// committed once with all its cells. Left out, because no design can read less but they are not the
// floor's point: finding the code to trace, making the report's sheet, the Log row.
import { COST_MODEL } from '../local/runtime';
import { sheetSpec, type SheetKey } from '../src/domain/workbook';
import type { BenchWorkbook } from './generate';

/** The code columns that link the tables: what any trace must read whole (README, "How a trace reads"). */
export const KEY_COLUMNS: readonly { sheet: SheetKey; column: string }[] = [
  { sheet: 'receipts', column: 'lotNumber' },
  { sheet: 'batches', column: 'batchId' },
  { sheet: 'batches', column: 'batchCode' },
  { sheet: 'batchInputs', column: 'lot' },
  { sheet: 'orders', column: 'batchCode' },
  { sheet: 'waste', column: 'lot' },
];

const headerKey = (text: unknown) => String(text).trim().replace(/\s+/g, ' ').toLowerCase();

/** Cells of each key column in the generated workbook: its rows down to the column's last value, header included. */
export function keyColumnCells(workbook: BenchWorkbook): { sheet: string; header: string; cells: number }[] {
  return KEY_COLUMNS.map(({ sheet, column }) => {
    const spec = sheetSpec(sheet);
    const columnSpec = spec.columns.find((c) => c.key === column);
    if (!columnSpec) throw new Error(`No column ${column} in the ${spec.name} sheet's spec.`);
    const rows = workbook.sheets[spec.name] ?? [];
    const names = new Set([columnSpec.header, ...(columnSpec.aliases ?? [])].map(headerKey));
    const index = (rows[0] ?? []).findIndex((header) => names.has(headerKey(header)));
    if (index < 0) throw new Error(`The benchmark workbook's ${spec.name} sheet has no "${columnSpec.header}" column.`);
    let cells = rows.length;
    while (cells > 1 && (rows[cells - 1]?.[index] ?? '') === '') cells--;
    return { sheet: spec.name, header: columnSpec.header, cells };
  });
}

export interface TraceFloor {
  keyColumns: number;
  keyCells: number;
  reportCells: number;
  ms: number;
}

/** The floor of a trace on this workbook that writes a report of `reportCells` cells. */
export function traceFloor(workbook: BenchWorkbook, reportCells: number): TraceFloor {
  const columns = keyColumnCells(workbook);
  const keyCells = columns.reduce((sum, column) => sum + column.cells, 0);
  const ms =
    COST_MODEL.perExecutionMs +
    columns.length * COST_MODEL.perCallMs +
    keyCells * COST_MODEL.perCellReadMs +
    COST_MODEL.perQueuedChangeMs +
    COST_MODEL.perCommitMs +
    reportCells * COST_MODEL.perCellCommittedMs;
  return { keyColumns: columns.length, keyCells, reportCells, ms: Math.round(ms * 1000) / 1000 };
}
