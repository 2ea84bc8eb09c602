// Only one execution rewrites the Stock sheet at a time, without holding the document lock while it
// writes: at the Sheets ceiling the sheet is 800,000 cells, over a minute and a half of committing, and
// saves (production runs, receipts) must not wait behind it. The document lock is held only to claim the
// sheet in a document property; the claim is let go when the sheet is written, and one left behind by an
// execution that died is stale after Apps Script's 6 minutes.
import { withDocumentLock } from './document-lock';

export const STOCK_CLAIM_PROPERTY = 'lotline.stock.writing.v1';

/** Apps Script stops an execution after 6 minutes: a claim older than that was left behind. */
const STALE_MS = 6 * 60 * 1000;

export type StockClaim = { ok: true; release: () => void } | { ok: false; why: string };

export function claimStockSheet(nowMs = Date.now()): StockClaim {
  const id = Utilities.getUuid();
  const properties = PropertiesService.getDocumentProperties();
  const claimed = withDocumentLock(() => {
    const held = heldClaim(properties.getProperty(STOCK_CLAIM_PROPERTY));
    if (held && held.id !== id && nowMs - held.startedMs < STALE_MS) return false;
    properties.setProperty(STOCK_CLAIM_PROPERTY, JSON.stringify({ id, startedMs: nowMs }));
    return true;
  });
  if (!claimed.ok)
    return { ok: false, why: 'someone else is saving to this workbook right now. Nothing was written: choose Stock again in a moment.' };
  if (!claimed.value)
    return { ok: false, why: 'someone else is writing the Stock sheet right now. Nothing was written: choose Stock again in a minute.' };
  return {
    ok: true,
    release: () => {
      // Only our own claim: a stale one taken over by another execution is theirs now.
      if (heldClaim(properties.getProperty(STOCK_CLAIM_PROPERTY))?.id === id) properties.deleteProperty(STOCK_CLAIM_PROPERTY);
    },
  };
}

function heldClaim(stored: string | null): { id: string; startedMs: number } | null {
  if (!stored) return null;
  try {
    const value = JSON.parse(stored) as { id?: unknown; startedMs?: unknown };
    return typeof value.id === 'string' && typeof value.startedMs === 'number' ? { id: value.id, startedMs: value.startedMs } : null;
  } catch {
    return null;
  }
}
