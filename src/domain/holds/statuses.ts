// What a hold may change and into what (workbook.md: Receipts Status Available | Quarantined | Rejected |
// Recalled; Batches Status Released | Quarantined | Recalled | Destroyed). A hold stops stock from being
// used or shipped; Rejected and Destroyed are final words about a lot, so neither a hold nor a release
// overwrites them. Shared by the server and the sidebar, so both tick the same rows.
import { BATCH_STATUSES, RECEIPT_STATUSES } from '../workbook';

export type HoldMode = 'hold' | 'release';
/** The two statuses a maker may put a lot on hold as. */
export const HOLD_STATUSES = ['Quarantined', 'Recalled'] as const;
export type HoldStatus = (typeof HOLD_STATUSES)[number];
/** Receipts rows are lots, Batches rows batches. */
export type HeldKind = 'lot' | 'batch';

const FINAL: Record<HeldKind, string> = { lot: 'Rejected', batch: 'Destroyed' };

/** What a blank Status cell means: the column's first value. */
export function unheldStatus(kind: HeldKind): string {
  return kind === 'lot' ? RECEIPT_STATUSES[0] : BATCH_STATUSES[0];
}

export function isHeld(status: string): boolean {
  return (HOLD_STATUSES as readonly string[]).includes(status);
}

/** The Status the row gets: the chosen hold, or back to Available / Released. */
export function newStatus(mode: HoldMode, kind: HeldKind, chosen: HoldStatus): string {
  return mode === 'hold' ? chosen : unheldStatus(kind);
}

/** Why this row's Status is not changed (shown beside it, and the row is not ticked); null when it may be. */
export function whyLeftAsIs(mode: HoldMode, kind: HeldKind, current: string, chosen: HoldStatus): string | null {
  if (current === FINAL[kind]) return `${current}: left as it is`;
  if (mode === 'release') return isHeld(current) ? null : 'not on hold';
  return current === chosen ? `already ${chosen}` : null;
}
