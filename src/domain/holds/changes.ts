// Save checks every row the maker ticked against the sheet as it is under the document lock: the row
// must still hold the code and the Status the preview showed. A row someone moved, emptied or changed
// meanwhile is refused with its sheet and row, and nothing is saved — writing by row number into a
// sheet that shifted would put a recalled status on the wrong lot.
import type { HoldProblem, RowToChange } from '../../contract/holds';
import { sameCode } from '../codes';
import { newStatus, whyLeftAsIs, type HeldKind, type HoldMode, type HoldStatus } from './statuses';

export type HeldSheet = 'receipts' | 'batches';

/** One Receipts or Batches row as read under the lock. */
export interface RowNow {
  code: string;
  /** Typed: a blank cell reads as Available / Released. */
  status: string;
}

export interface StatusChange {
  sheet: HeldSheet;
  row: number;
  code: string;
  from: string;
  to: string;
}

export interface HoldSave {
  mode: HoldMode;
  chosen: HoldStatus;
  rows: readonly RowToChange[];
}

export const KIND_OF: Record<HeldSheet, HeldKind> = { receipts: 'lot', batches: 'batch' };

export function checkChanges(
  save: HoldSave,
  now: Record<HeldSheet, ReadonlyMap<number, RowNow>>,
  sheetNames: Record<HeldSheet, string>,
): { ok: true; changes: StatusChange[] } | { ok: false; problems: HoldProblem[] } {
  const problems: HoldProblem[] = [];
  const changes: StatusChange[] = [];
  const seen = new Set<string>();
  const again = 'Nothing was saved: press Show to see the rows as they are now.';
  save.rows.forEach((wanted, line) => {
    const where = `${sheetNames[wanted.sheet]} row ${wanted.row}`;
    const refuse = (message: string) => problems.push({ field: 'rows', line, message });
    const key = `${wanted.sheet}|${wanted.row}`;
    if (seen.has(key)) return refuse(`${where} is in the list twice.`);
    seen.add(key);
    const row = now[wanted.sheet].get(wanted.row);
    if (!row || row.code === '')
      return refuse(`${where} no longer holds ${wanted.code}: the row was emptied, moved or deleted since the list was shown. ${again}`);
    if (!sameCode(row.code, wanted.code))
      return refuse(
        `${where} holds ${row.code} now, not ${wanted.code}: rows were moved, inserted or deleted since the list was shown. ${again}`,
      );
    if (row.status.trim().toLowerCase() !== wanted.status.trim().toLowerCase())
      return refuse(
        `${where}: the Status of ${row.code} is ${row.status} now, not ${wanted.status} as shown (changed meanwhile). ${again}`,
      );
    const kind = KIND_OF[wanted.sheet];
    const why = whyLeftAsIs(save.mode, kind, row.status, save.chosen);
    if (why) return refuse(`${where}: ${row.code} is ${why}, so its Status is not changed. Untick it.`);
    changes.push({ sheet: wanted.sheet, row: wanted.row, code: row.code, from: row.status, to: newStatus(save.mode, kind, save.chosen) });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, changes };
}

/** The Log's sentence: every code with its old → new Status and where it is, and the reason. */
export function holdLogDetails(
  save: { mode: HoldMode; chosen: HoldStatus; code: string; reason: string },
  changes: readonly StatusChange[],
  sheetNames: Record<HeldSheet, string>,
): string {
  const count = changes.length === 1 ? '1 lot or batch' : `${changes.length} lots and batches`;
  const what = save.mode === 'hold' ? `Put ${count} on hold as ${save.chosen}` : `Released the hold on ${count}`;
  const each = changes.map((change) => `${change.code} (${sheetNames[change.sheet]} row ${change.row}) ${change.from} → ${change.to}`);
  return `${what}, traced from ${save.code}. Reason: ${save.reason.trim()}. ${each.join('; ')}`;
}
