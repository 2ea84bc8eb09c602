// Running something on the server as one execution, the way Sheets does it for a person: the request
// comes back at each dialog the script opens (the script is paused there), the person answers, the
// script goes on, until it ends. Then the page shows what it did: a sidebar or dialog, toasts, an error,
// and the grid and tabs as they are now.
import type { Action, DialogQuestion, ExecutionReport, Step } from '../protocol';
import { api } from './api';
import { askPerson } from './dialogs';

/** What the page does with the end of an execution. */
export interface Screen {
  apply(report: ExecutionReport, action: Action | null): Promise<void>;
}

let screen: Screen | null = null;

export function setScreen(target: Screen): void {
  screen = target;
}

async function untilDone(step: Step): Promise<ExecutionReport> {
  while (step.status === 'dialog') step = await api.answer(await askPerson(step.dialog));
  return step.report;
}

export async function execute(action: Action): Promise<ExecutionReport> {
  const report = await untilDone(await api.run(action));
  await screen?.apply(report, action);
  return report;
}

/** After a reload: an execution still waits on a dialog; show it again and let it finish. */
export async function resumeDialog(dialog: DialogQuestion): Promise<void> {
  const report = await untilDone({ status: 'dialog', dialog });
  await screen?.apply(report, null);
}
