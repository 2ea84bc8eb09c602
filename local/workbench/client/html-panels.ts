// The add-on's HTML on screen: the sidebar (a 300 px panel on the right, as Sheets fixes it) and modal
// or modeless dialogs. Each page runs in a sandboxed iframe with an opaque origin — as Google serves it
// from another domain — so it cannot touch this page; its google.script shim talks to us by postMessage
// and we run its calls on the server as executions (dialogs they open show here, as in Sheets).
import type { ExecutionReport, ShownHtmlView } from '../protocol';
import { el } from './dom';

const SANDBOX = 'allow-scripts allow-forms allow-modals allow-popups allow-downloads';

type FromPage =
  | { lotlineWorkbench: 'run'; id: number; name: string; args: unknown[] }
  | { lotlineWorkbench: 'close' }
  | { lotlineWorkbench: 'resize'; width?: number; height?: number };

interface Shown {
  view: ShownHtmlView;
  frame: HTMLIFrameElement;
  container: HTMLElement;
}

export class HtmlPanels {
  private sidebar: Shown | null = null;
  private dialog: Shown | null = null;

  constructor(
    private readonly sidebarHost: HTMLElement,
    private readonly runOnServer: (name: string, args: unknown[]) => Promise<ExecutionReport>,
  ) {
    window.addEventListener('message', (event) => this.receive(event));
  }

  show(view: ShownHtmlView): void {
    const frame = el('iframe', {
      class: 'html-frame',
      title: view.title || 'Add-on',
      attrs: { sandbox: SANDBOX, src: `/api/html/${view.id}` },
    });
    const close = el('button', { class: 'panel-close', text: '×', attrs: { type: 'button', 'aria-label': `Close ${view.title}` } });
    const header = el('div', { class: 'panel-head' }, el('span', { class: 'panel-title', text: view.title }), close);
    if (view.kind === 'sidebar') {
      this.closeSidebar();
      const container = el('aside', { class: 'sidebar', attrs: { 'aria-label': view.title || 'Sidebar' } }, header, frame);
      container.style.width = `${view.width}px`;
      this.sidebarHost.append(container);
      this.sidebar = { view, frame, container };
      close.addEventListener('click', () => this.closeSidebar());
    } else {
      this.closeDialog();
      const box = el('div', { class: 'html-dialog', attrs: { role: 'dialog', 'aria-label': view.title } }, header, frame);
      box.style.width = `${view.width}px`;
      box.style.height = `${(view.height ?? 400) + 44}px`;
      const container = el('div', { class: view.kind === 'modal' ? 'backdrop' : 'backdrop modeless' }, box);
      document.body.append(container);
      this.dialog = { view, frame, container };
      close.addEventListener('click', () => this.closeDialog());
    }
  }

  closeSidebar(): void {
    this.sidebar?.container.remove();
    this.sidebar = null;
  }

  closeDialog(): void {
    this.dialog?.container.remove();
    this.dialog = null;
  }

  private receive(event: MessageEvent): void {
    const from = [this.sidebar, this.dialog].find((shown) => shown && shown.frame.contentWindow === event.source) ?? null;
    const message = event.data as Partial<FromPage> | null;
    if (!from || typeof message !== 'object' || message === null) return;
    if (message.lotlineWorkbench === 'close') {
      if (from === this.sidebar) this.closeSidebar();
      else this.closeDialog();
    } else if (message.lotlineWorkbench === 'resize' && from === this.dialog) {
      const box = from.frame.parentElement as HTMLElement;
      if (typeof message.width === 'number') box.style.width = `${message.width}px`;
      if (typeof message.height === 'number') box.style.height = `${message.height + 44}px`;
    } else if (message.lotlineWorkbench === 'run') {
      const { id, name, args } = message as Extract<FromPage, { lotlineWorkbench: 'run' }>;
      const source = event.source as Window;
      const reply = (result: { ok: boolean; value?: unknown; error?: string }) =>
        source.postMessage({ lotlineWorkbench: 'result', id, ...result }, '*');
      this.runOnServer(String(name), Array.isArray(args) ? args : []).then(
        (report) => reply(report.ok ? { ok: true, value: report.value } : { ok: false, error: report.error ?? 'The call failed.' }),
        (error: Error) => reply({ ok: false, error: error.message }),
      );
    }
  }
}
