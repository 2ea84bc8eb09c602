// The sheet tabs along the bottom, in the workbook's order; clicking one activates that sheet in the
// runtime (what getActiveSheet then returns).
import type { SheetView } from '../protocol';
import { el } from './dom';

export function renderTabs(container: HTMLElement, sheets: readonly SheetView[], active: string, choose: (name: string) => void): void {
  container.replaceChildren(
    ...sheets.map((sheet) => {
      const selected = sheet.name === active;
      const tab = el('button', {
        class: selected ? 'sheet-tab active' : 'sheet-tab',
        text: sheet.name,
        attrs: { type: 'button', role: 'tab', 'aria-selected': String(selected) },
      });
      tab.addEventListener('click', () => {
        if (!selected) choose(sheet.name);
      });
      return tab;
    }),
  );
  container.querySelector('.sheet-tab.active')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}
