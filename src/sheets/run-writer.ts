// Writing a saved production run: one Batches row, its Batch inputs rows and its Waste rows, one write
// per sheet, then one Log row. A run is all or nothing — a batch without its inputs would break every
// trace through it — so it goes through writeAllOrNothing (save-writes.ts): what it needs is made ready
// first, and when a write fails part-way the rows already written are removed again.
import type { ProductionRunRows } from '../domain/production';
import { describeWritten, writeAllOrNothing, type AddedColumnsNote } from './save-writes';
import type { Workbook } from './workbook';

export type RunWrite =
  | { ok: true; batchRow: number; inputsRow: number; wasteRow: number | null; addedColumns: AddedColumnsNote[] }
  | { ok: false; sheet: string; message: string };

/** Call under the document lock, after the run was validated against what was read under it. */
export function writeProductionRun(
  workbook: Workbook,
  rows: ProductionRunRows,
  logAction: string,
  logDetails: (where: string) => string,
): RunWrite {
  const written = writeAllOrNothing(
    workbook,
    [
      // A blank Unit of a batch means its product's unit, which is what a run writes.
      { key: 'batches', records: rows.batches, impliedByBlank: ['unit'] },
      { key: 'batchInputs', records: rows.batchInputs },
      { key: 'waste', records: rows.waste },
    ],
    { action: logAction, details: (where) => logDetails(describeWritten(where)) },
  );
  if (!written.ok) return written;
  const rowOf = (key: string) => written.written.find((each) => each.key === key)?.firstRow ?? null;
  return {
    ok: true,
    batchRow: rowOf('batches') as number,
    inputsRow: rowOf('batchInputs') as number,
    wasteRow: rowOf('waste'),
    addedColumns: written.addedColumns,
  };
}
