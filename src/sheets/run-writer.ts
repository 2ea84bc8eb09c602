// Writing a saved production run: one Batches row, its Batch inputs rows and its Waste rows, one write
// per sheet, then one Log row. A run is all or nothing — a batch without its inputs would break every
// trace through it — so when a write fails part-way (a protected sheet, a sheet deleted meanwhile) the
// rows already written are removed again and the failure is reported.
import type { ProductionRunRows } from '../domain/production';
import type { SheetKey } from '../domain/workbook';
import { appendLog } from './log';
import type { Table } from './table';
import type { Workbook } from './workbook';
import type { WritableCell } from './write-cells';

export type RunWrite =
  { ok: true; batchRow: number; inputsRow: number; wasteRow: number | null } | { ok: false; sheet: string; message: string };

/** Call under the document lock, after the run was validated against what was read under it. */
export function writeProductionRun(
  workbook: Workbook,
  rows: ProductionRunRows,
  logAction: string,
  logDetails: (where: string) => string,
): RunWrite {
  const written: { table: Table; firstRow: number; grownBy: number; count: number }[] = [];
  let sheet = '';
  try {
    const append = (key: SheetKey, records: readonly object[]) => {
      const table = workbook.table(key);
      sheet = table?.name ?? key;
      if (!table) throw new Error(`the sheet is missing`);
      const { firstRow, grownBy } = table.appendRows(records as readonly Record<string, WritableCell>[]);
      written.push({ table, firstRow, grownBy, count: records.length });
      return firstRow;
    };
    const batchRow = append('batches', rows.batches);
    const inputsRow = append('batchInputs', rows.batchInputs);
    const wasteRow = rows.waste.length > 0 ? append('waste', rows.waste) : null;
    sheet = 'Log';
    appendLog(workbook, logAction, logDetails(describeRows(written)));
    return { ok: true, batchRow, inputsRow, wasteRow };
  } catch (error) {
    for (const { table, count, ...appended } of written.reverse()) table.removeAppended(appended, count);
    return { ok: false, sheet, message: error instanceof Error ? error.message : String(error) };
  }
}

/** "Batches row 58, Batch inputs rows 310–315, Waste row 12", as the maker's sheets are named. */
function describeRows(written: readonly { table: Table; firstRow: number; count: number }[]): string {
  return written
    .map(({ table, firstRow, count }) =>
      count === 1 ? `${table.name} row ${firstRow}` : `${table.name} rows ${firstRow}–${firstRow + count - 1}`,
    )
    .join(', ');
}
