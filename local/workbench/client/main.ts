// The workbench page: a spreadsheet with the add-on installed. Wires the grid, tabs, menu bar and the
// add-on's sidebar to the server, and redraws from the server's workbook after every execution — the
// runtime is the one source of truth, the page keeps no copy of the workbook.
import type { Action, ExecutionReport, WorkbookView } from '../protocol';
import { api } from './api';
import { a1, byId } from './dom';
import { execute, resumeDialog, setScreen } from './executions';
import { Grid } from './grid';
import { HtmlPanels } from './html-panels';
import { MenuBar } from './menu-bar';
import { showCost, showDocumentTitle, showError, showSaveState, showToast } from './notices';
import { renamingTab, renderTabs } from './sheet-tabs';

let view: WorkbookView | null = null;
/** Counts the person's cursor moves, so a workbook fetched before the latest move does not move the cursor back. */
let moves = 0;

const grid = new Grid(byId('grid'), {
  selected(row, column) {
    moves += 1;
    if (view) api.select(view.activeSheet, row, column).catch((error: Error) => showError(error.message));
  },
  async typed(row, column, text) {
    if (view) await run({ kind: 'edit', sheet: view.activeSheet, row, column, text });
  },
  showCurrent(row, column, cell) {
    byId('name-box').textContent = a1(row, column);
    byId('formula-text').textContent = cell?.e ?? cell?.t ?? '';
  },
});
const menuBar = new MenuBar(byId('menubar'), (caption) => void run({ kind: 'menu', caption }));
const panels = new HtmlPanels(byId('workspace'), (name, args) => execute({ kind: 'script.run', name, args }));

async function run(action: Action): Promise<void> {
  try {
    await execute(action);
  } catch (error) {
    showError((error as Error).message);
  }
}

async function reload(): Promise<void> {
  const movesBefore = moves;
  view = await api.workbook();
  showDocumentTitle(view.title);
  byId('doc-title').textContent = view.title;
  menuBar.show(view.menus, view.addonName);
  renderTabs(byId('tabs'), view.sheets, view.activeSheet, {
    choose: (name) => void chooseSheet(name),
    rename: (name, newName) => void run({ kind: 'rename', sheet: name, name: newName }),
  });
  const sheet = view.sheets.find((candidate) => candidate.name === view!.activeSheet) ?? view.sheets[0];
  if (sheet) grid.show(sheet, moves === movesBefore ? view.current : 'keep');
}

async function chooseSheet(name: string): Promise<void> {
  try {
    await api.select(name);
    await reload();
    // A double click on a tab is a click that chose it, then the renaming: the name box keeps the keyboard.
    if (!renamingTab()) grid.focus();
  } catch (error) {
    showError((error as Error).message);
  }
}

/**
 * The save runs after the execution answered; follow it so the title bar tells the truth — for as long
 * as saves fail and are retried, until one succeeds. One follower at a time.
 */
let following = false;
let again = false;
async function followSave(): Promise<void> {
  again = true;
  if (following) return;
  following = true;
  try {
    while (again) {
      again = false;
      for (;;) {
        const { save } = await api.status();
        showSaveState(save);
        if (!save.pending && save.error === null) break;
        await new Promise((resolve) => setTimeout(resolve, save.error === null ? 200 : 1000));
      }
    }
  } catch (error) {
    showError(`The workbench stopped answering: ${(error as Error).message}`);
  } finally {
    following = false;
  }
}

function describe(action: Action | null): string {
  if (!action) return 'The script';
  if (action.kind === 'menu') return action.caption;
  if (action.kind === 'script.run') return `google.script.run.${action.name}`;
  if (action.kind === 'rename') return `Renaming ${action.sheet}`;
  return `Typing into ${a1(action.row, action.column)}`;
}

setScreen({
  async apply(report: ExecutionReport, action: Action | null) {
    if (report.shown) panels.show(report.shown);
    report.toasts.forEach(showToast);
    // A google.script.run failure goes to the page's failure handler, not to the spreadsheet.
    if (!report.ok && action?.kind !== 'script.run') showError(report.error ?? 'The script failed.');
    showCost(describe(action), report.calls, report.projectedMs);
    await reload();
    void followSave();
  },
});

async function boot(): Promise<void> {
  const status = await api.status();
  void followSave();
  await reload();
  grid.focus();
  document.body.dataset.ready = 'true';
  // The page was reloaded while a script waits on a dialog: show it again so the script can finish.
  if (status.dialog) await resumeDialog(status.dialog);
}

boot().catch((error: Error) => showError(`The workbench could not start: ${error.message}`));
