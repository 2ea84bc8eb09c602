// A sidebar's Save: the workbook read, checked and written under the document lock, its writes committed
// before the lock is let go (or the next save could miss them and hand out the same code) — or, when
// someone else holds the lock past the wait, nothing at all and a problem that says so on the form.
import { commitWrites, withDocumentLock } from '../sheets/document-lock';
import type { Workbook } from '../sheets/workbook';

export const SOMEONE_ELSE_SAVING = 'Someone else is saving to this workbook right now. Nothing was saved: press Save again in a moment.';

/** The answer every form understands: a problem of the form as a whole. */
export interface FormBusy {
  ok: false;
  problems: { field: 'form'; message: string }[];
}

export function saveUnderDocumentLock<T>(workbook: Workbook, save: () => T): T | FormBusy {
  const saved = withDocumentLock(() => {
    const result = save();
    commitWrites();
    return result;
  });
  if (!saved.ok) return { ok: false, problems: [{ field: 'form', message: SOMEONE_ELSE_SAVING }] };
  workbook.saveLayouts();
  return saved.value;
}
