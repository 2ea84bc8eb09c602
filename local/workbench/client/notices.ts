// What the page says besides the grid: Spreadsheet.toast() messages in the bottom-right corner (gone
// after their timeout, as in Sheets), a red bar when an execution failed, the save state, and a
// developer's line with what the last execution would have cost in Apps Script (the runtime's model).
import type { SaveStatus, ToastView } from '../protocol';
import { byId, el } from './dom';

export function showToast(toast: ToastView): void {
  const close = el('button', { class: 'toast-close', text: '×', attrs: { type: 'button', 'aria-label': 'Dismiss' } });
  const box = el(
    'div',
    { class: 'toast', attrs: { role: 'status' } },
    toast.title ? el('strong', { text: toast.title }) : null,
    el('span', { text: toast.message }),
    close,
  );
  close.addEventListener('click', () => box.remove());
  byId('toasts').append(box);
  // Sheets: a negative or null timeout keeps the toast until it is closed.
  if (toast.timeoutSeconds !== null && toast.timeoutSeconds >= 0) setTimeout(() => box.remove(), toast.timeoutSeconds * 1000);
}

export function showError(message: string): void {
  const close = el('button', { class: 'error-close', text: '×', attrs: { type: 'button', 'aria-label': 'Dismiss' } });
  const bar = el(
    'div',
    { class: 'error-bar', attrs: { role: 'alert' } },
    el('strong', { text: 'Error' }),
    el('span', { text: message }),
    close,
  );
  close.addEventListener('click', () => bar.remove());
  byId('errors').replaceChildren(bar);
}

export function showCost(what: string, calls: number, projectedMs: number): void {
  byId('status').textContent = `${what}: ${calls} service calls, about ${(projectedMs / 1000).toFixed(1)} s in Apps Script`;
}

let documentTitle = 'Lotline workbench';
let notSaved = false;

/** The browser tab's title: the workbook's, marked while the file lacks the latest changes. */
export function showDocumentTitle(title: string): void {
  documentTitle = `${title} - Lotline workbench`;
  document.title = notSaved ? `Not saved - ${documentTitle}` : documentTitle;
}

/**
 * The save state next to the title, the tab's title and, while saves fail, a banner saying why and that
 * nothing is lost; when a save succeeds again the banner says so.
 */
export function showSaveState(save: SaveStatus): void {
  const name = save.file.split(/[\\/]/).pop() ?? save.file;
  const state = byId('save-state');
  notSaved = save.error !== null;
  state.classList.toggle('failed', notSaved);
  state.textContent = notSaved
    ? 'Not saved yet'
    : save.pending
      ? 'Saving…'
      : save.recovered
        ? `Saved to ${name} again`
        : `Saved to ${name}`;
  state.title = save.error ?? save.file;
  document.title = notSaved ? `Not saved - ${documentTitle}` : documentTitle;

  const banner = byId('save-banner');
  if (save.error !== null) {
    banner.className = 'save-banner failed';
    banner.setAttribute('role', 'alert');
    banner.replaceChildren(el('strong', { text: `${name} is not saved yet:` }), el('span', { text: save.error }));
  } else if (save.recovered && !save.pending && banner.classList.contains('failed')) {
    banner.className = 'save-banner recovered';
    banner.setAttribute('role', 'status');
    banner.replaceChildren(el('strong', { text: `Saved to ${name}.` }), el('span', { text: 'Every change is in the file now.' }));
    setTimeout(() => {
      if (banner.classList.contains('recovered')) banner.replaceChildren();
    }, 10000);
  }
}
