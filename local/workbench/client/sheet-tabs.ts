// The sheet tabs along the bottom, in the workbook's order; clicking one activates that sheet in the
// runtime (what getActiveSheet then returns). Double-clicking one renames it, as in Sheets: a text box
// in the tab, Enter or clicking elsewhere renames, Escape gives up — makers rename tabs, and the add-on
// must still find its tables.
import type { SheetView } from '../protocol';
import { el } from './dom';

export interface TabActions {
  choose(name: string): void;
  rename(name: string, newName: string): void;
}

const DOUBLE_CLICK_MS = 500;
let lastClick = { name: '', at: 0 };
/** The tab being renamed: its text box survives the redraws that come meanwhile (a reload after a click). */
let renaming: { name: string; input: HTMLInputElement; tab: HTMLElement } | null = null;

/** While tabs are redrawn: the text box leaving the page for a moment is no click elsewhere. */
let redrawing = false;

export function renderTabs(container: HTMLElement, sheets: readonly SheetView[], active: string, actions: TabActions): void {
  redrawing = true;
  container.replaceChildren(
    ...sheets.map((sheet) => {
      const selected = sheet.name === active;
      const tab = el('button', {
        class: selected ? 'sheet-tab active' : 'sheet-tab',
        text: sheet.name,
        attrs: { type: 'button', role: 'tab', 'aria-selected': String(selected) },
      });
      tab.addEventListener('click', () => {
        // A double click, told apart by hand: the first click of one on another sheet's tab redraws the
        // tabs, so the second may land on a new element and no dblclick event comes.
        const now = Date.now();
        const double = lastClick.name === sheet.name && now - lastClick.at < DOUBLE_CLICK_MS;
        lastClick = double ? { name: '', at: 0 } : { name: sheet.name, at: now };
        if (double) startRenaming(tab, sheet.name, actions);
        else if (!selected) actions.choose(sheet.name);
      });
      if (renaming?.name !== sheet.name) return tab;
      renaming.tab = tab;
      return renaming.input;
    }),
  );
  redrawing = false;
  renaming?.input.focus();
  container.querySelector('.sheet-tab.active')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/** True while a tab's name is being typed: the grid must not take the keyboard from it. */
export function renamingTab(): boolean {
  return renaming !== null;
}

function startRenaming(tab: HTMLElement, name: string, actions: TabActions): void {
  const input = el('input', { class: 'tab-name', attrs: { type: 'text', 'aria-label': `Rename sheet ${name}` } });
  input.value = name;
  const editing = { name, input, tab };
  renaming = editing;
  const finish = (rename: boolean) => {
    if (renaming !== editing) return;
    renaming = null;
    input.replaceWith(editing.tab);
    if (rename && input.value !== name) actions.rename(name, input.value);
  };
  input.addEventListener('keydown', (event) => {
    event.stopPropagation();
    if (event.key === 'Enter') finish(true);
    else if (event.key === 'Escape') finish(false);
  });
  input.addEventListener('blur', () => {
    if (!redrawing) finish(true);
  });
  tab.replaceWith(input);
  input.focus();
  input.select();
}
