// Which lots a production run may take, and in which order. Shared by the lots the sidebar proposes
// and the check at save time, so nothing is proposed that saving would refuse.
import type { Day } from '../days';
import type { StockLot } from './stock';

/** Receipts status Available and Batches status Released (blank is these: workbook.md). */
const USABLE_STATUS = { lot: 'available', batch: 'released' } as const;

/**
 * Why this lot cannot go into a run made on `made`, or null when it can. Expiry is a last day of use
 * ("best before"), so a lot is still usable on its expiry date and expired the day after.
 */
export function whyUnusable(lot: StockLot, made: Day): string | null {
  const what = lot.kind === 'lot' ? 'lot' : 'batch';
  if (lot.duplicated) return `${lot.code} names more than one lot in Receipts and Batches; rename one before using it.`;
  if (lot.status.toLowerCase() !== USABLE_STATUS[lot.kind]) return `${what} ${lot.code} is ${lot.status || 'of unknown status'}.`;
  // It may have expired: never offered as if it never would.
  if (lot.expiresUnread) return `the Expires of ${what} ${lot.code} cannot be read (see the problems listed for its sheet).`;
  if (lot.expires !== null && lot.expires < made) return `${what} ${lot.code} expired on ${lot.expires}.`;
  if (lot.since !== null && lot.since > made)
    return `${what} ${lot.code} was ${lot.kind === 'lot' ? 'received' : 'made'} on ${lot.since}, after ${made}.`;
  if (lot.onHand === null || lot.unit === null)
    return `the on hand of ${what} ${lot.code} cannot be counted (see the problems listed for its sheet).`;
  return null;
}

/**
 * First expired, first out: lots with an expiry date first, soonest first; then those without, first
 * received (or made) first. Among lots of one expiry, the older goes first; the sheet row breaks ties.
 */
export function fefoOrder(a: StockLot, b: StockLot): number {
  if (a.expires !== b.expires) {
    if (a.expires === null) return 1;
    if (b.expires === null) return -1;
    return a.expires < b.expires ? -1 : 1;
  }
  if (a.since !== b.since) {
    if (a.since === null) return 1;
    if (b.since === null) return -1;
    return a.since < b.since ? -1 : 1;
  }
  return a.kind === b.kind ? a.row - b.row : a.kind === 'lot' ? -1 : 1;
}
