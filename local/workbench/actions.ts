// One thing a person does, run in the worker as one Apps Script execution: a menu click (AuthMode.FULL,
// as Sheets runs menu items), a google.script.run call from a sidebar (callFromClient's rules: only plain
// values cross, private names refused, a Date in the result makes it null), or typing into a cell.
import { callFromClient, type LoadedBundle, type Runtime } from '../runtime';
import { decodeClientValue } from './client-values';
import type { Action, ExecutionReport } from './protocol';
import { sheetNamed, withFullAuth } from './runtime-access';

export interface ActionOutcome {
  report: ExecutionReport;
  /** The HTML of the sidebar or dialog the execution showed last, if it showed one. */
  html: string | null;
}

export async function runAction(bundle: LoadedBundle, action: Action): Promise<ActionOutcome> {
  const runtime = bundle.runtime;
  const shownBefore = runtime.ui.shown.length;
  const toastsBefore = runtime.ui.toasts.length;
  runtime.meter.reset();
  let value: unknown;
  let error: string | undefined;
  try {
    value = await perform(bundle, action);
  } catch (caught) {
    error = messageOf(caught);
  }
  const meter = runtime.meter.snapshot();
  const shownNow = runtime.ui.shown;
  const last = shownNow.length > shownBefore ? shownNow[shownNow.length - 1]! : null;
  const report: ExecutionReport = {
    ok: error === undefined,
    shown: last && { id: shownNow.length - 1, kind: last.kind, title: last.title, width: last.width, height: last.height },
    toasts: runtime.ui.toasts.slice(toastsBefore).map((toast) => ({ ...toast })),
    calls: meter.calls,
    projectedMs: meter.projectedMs,
  };
  if (error !== undefined) report.error = error;
  else if (value !== undefined) report.value = value;
  return { report, html: last ? last.html : null };
}

async function perform(bundle: LoadedBundle, action: Action): Promise<unknown> {
  const runtime = bundle.runtime;
  switch (action.kind) {
    case 'menu':
      bundle.clickMenuItem(action.caption);
      return undefined;
    case 'script.run':
      // Sidebar calls run with the authorization the person gave the add-on.
      runtime.setAuthMode('FULL');
      return callFromClient(bundle, action.name, action.args.map(decodeClientValue));
    case 'edit':
      typeIntoCell(runtime, action.sheet, action.row, action.column, action.text);
      return undefined;
    case 'rename':
      renameTab(runtime, action.sheet, action.name);
      return undefined;
  }
}

/** A person renaming a tab: Sheets refuses a blank name, one over 100 characters, and one already taken (in any case). */
function renameTab(runtime: Runtime, sheetName: string, name: string): void {
  try {
    withFullAuth(runtime, () => sheetNamed(runtime, sheetName).setName(name));
  } finally {
    runtime.endExecution();
  }
}

/** A person typing into a cell: the text is read as typed input, exactly like a script's setValue of it. */
function typeIntoCell(runtime: Runtime, sheetName: string, row: number, column: number, text: string): void {
  try {
    withFullAuth(runtime, () => {
      const range = sheetNamed(runtime, sheetName).getRange(row, column);
      if (text === '') range.clearContent();
      else range.setValue(text);
    });
  } finally {
    runtime.endExecution();
  }
}

function messageOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'message' in error
    ? String((error as { message: unknown }).message)
    : String(error);
}
