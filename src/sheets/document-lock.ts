// Two people saving into one workbook at the same moment is normal. Whatever reads codes to allocate
// new ones and appends rows does it under the document lock, and commits its writes before letting go,
// or the next execution could read the sheet without them and hand out the same lot number.

/** How long a save waits for another one to finish before telling the maker to try again. */
export const LOCK_WAIT_MS = 10000;

export type Locked<T> = { ok: true; value: T } | { ok: false };

/** Runs work holding the document lock; { ok: false } when another execution kept it past the wait. */
export function withDocumentLock<T>(work: () => T, waitMs = LOCK_WAIT_MS): Locked<T> {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(waitMs)) return { ok: false };
  try {
    return { ok: true, value: work() };
  } finally {
    lock.releaseLock();
  }
}

/** Sends queued writes to the sheet now: call it inside withDocumentLock after writing. */
export function commitWrites(): void {
  SpreadsheetApp.flush();
}
