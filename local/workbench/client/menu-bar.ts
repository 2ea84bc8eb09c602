// The spreadsheet's menu bar. Sheets' own menus are there but inert; the add-on's menu appears exactly as
// onOpen built it (items, separators, submenus) under Extensions ▸ Lotline, and a menu made with
// createMenu (not an add-on menu) appears on the bar itself, as in Sheets.
import type { MenuItemView, MenuView } from '../protocol';
import { el } from './dom';

const SHEETS_MENUS = ['File', 'Edit', 'View', 'Insert', 'Format', 'Data', 'Tools'];
const EXTENSIONS_OWN = ['Add-ons', 'Macros', 'Apps Script'];

export class MenuBar {
  private open: HTMLElement | null = null;

  constructor(
    private readonly bar: HTMLElement,
    private readonly click: (caption: string) => void,
  ) {
    document.addEventListener('mousedown', (event) => {
      if (this.open && !this.bar.contains(event.target as Node)) this.close();
    });
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.close();
    });
  }

  show(menus: readonly MenuView[], addonName: string): void {
    const addonMenus = menus.filter((menu) => menu.title === addonName);
    const ownMenus = menus.filter((menu) => menu.title !== addonName);
    const extensions: MenuItemView[] = [
      ...EXTENSIONS_OWN.map((caption) => ({ caption, functionName: '' })),
      ...(addonMenus.length > 0 ? [{ separator: true } as const] : []),
      ...addonMenus.map((menu) => ({ submenu: menu })),
    ];
    this.bar.replaceChildren(
      ...SHEETS_MENUS.map((title) => this.title(title, null)),
      this.title('Extensions', extensions),
      ...ownMenus.map((menu) => this.title(menu.title, menu.items)),
      this.title('Help', null),
    );
  }

  private title(text: string, items: readonly MenuItemView[] | null): HTMLElement {
    const button = el('button', {
      class: 'menu-title',
      text,
      attrs: { type: 'button', 'aria-haspopup': 'menu', 'aria-expanded': 'false' },
    });
    const wrapper = el('div', { class: 'menu-root' }, button);
    if (!items) {
      button.disabled = true;
      return wrapper;
    }
    button.addEventListener('click', () => {
      const wasOpen = this.open === wrapper;
      this.close();
      if (wasOpen) return;
      wrapper.append(this.popup(items));
      button.setAttribute('aria-expanded', 'true');
      this.open = wrapper;
    });
    return wrapper;
  }

  private popup(items: readonly MenuItemView[]): HTMLElement {
    const popup = el('div', { class: 'menu-popup', attrs: { role: 'menu' } });
    for (const item of items) {
      if ('separator' in item) {
        popup.append(el('div', { class: 'menu-separator', attrs: { role: 'separator' } }));
      } else if ('submenu' in item) {
        const entry = el('div', {
          class: 'menu-item has-submenu',
          text: item.submenu.title,
          attrs: { role: 'menuitem', 'aria-haspopup': 'menu', tabindex: '-1' },
        });
        const openSubmenu = () => {
          popup.querySelectorAll(':scope > .menu-item > .menu-popup').forEach((other) => other.remove());
          entry.append(this.popup(item.submenu.items));
        };
        entry.addEventListener('mouseenter', openSubmenu);
        entry.addEventListener('click', (event) => {
          if (event.target === entry) openSubmenu();
        });
        popup.append(entry);
      } else {
        const entry = el('div', { class: 'menu-item', text: item.caption, attrs: { role: 'menuitem', tabindex: '-1' } });
        // Sheets' own entries (Macros, Apps Script…) have no function here.
        if (item.functionName === '') entry.setAttribute('aria-disabled', 'true');
        else
          entry.addEventListener('click', (event) => {
            event.stopPropagation();
            this.close();
            this.click(item.caption);
          });
        popup.append(entry);
      }
    }
    return popup;
  }

  close(): void {
    if (!this.open) return;
    this.open.querySelector('.menu-popup')?.remove();
    this.open.querySelector('.menu-title')?.setAttribute('aria-expanded', 'false');
    this.open = null;
  }
}
