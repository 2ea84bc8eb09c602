// The worker thread that owns the workbook: one local runtime with the built bundle loaded, filled from
// the snapshot the main thread read (or the demo). It runs one request at a time — the main thread
// queues them — and may block inside a request while a dialog waits for the person (worker-dialogs.ts),
// which is why this is a thread of its own: the HTTP server stays free to receive the answer.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { createRuntimeWithBundle } from '../runtime';
import { runAction } from './actions';
import type { Action, ReadRequest, RunReply, WorkbookSnapshot, WorkerMessage, WorkerRequest } from './protocol';
import { loadSnapshot, takeSnapshot } from './snapshot';
import { blockingAsker, personAnswersDialogs } from './worker-dialogs';
import { rowWindow, select, workbookView } from './workbook-view';

export interface WorkerOptions {
  snapshot: WorkbookSnapshot;
  codePath: string | undefined;
  title: string;
  addonName: string;
  timeZone: string;
  /** The spreadsheet's locale: how typed text and the add-on read numbers and dates. */
  locale: string;
  /** Bumped by the main thread when an answer is waiting on answerPort. */
  signal: Int32Array;
  answerPort: MessagePort;
}

const options = workerData as WorkerOptions;
const port = parentPort!;
const post = (message: WorkerMessage): void => port.postMessage(message);

const { runtime, bundle } = createRuntimeWithBundle({
  ...(options.codePath ? { codePath: options.codePath } : {}),
  spreadsheetName: options.title,
  timeZone: options.timeZone,
  spreadsheetLocale: options.locale,
  addonName: options.addonName,
});
loadSnapshot(runtime, options.snapshot);

let currentRequest = 0;
personAnswersDialogs(
  runtime,
  blockingAsker(
    options.signal,
    options.answerPort,
    (dialog) => post({ type: 'dialog', id: currentRequest, dialog }),
    (request) => reply(request.id, () => read(request)),
  ),
);
// The person opens the spreadsheet: onOpen builds the add-on menu (LIMITED: the add-on is in use here),
// and the cursor is somewhere, as it always is in Sheets.
bundle.open('LIMITED');
select(runtime, runtime.spreadsheet.getActiveSheet().getName());
runtime.meter.reset();
post({ type: 'snapshot', snapshot: takeSnapshot(runtime), baseline: true });

/**
 * The workbook is copied out for saving once the runs stop for a moment, not after each one: a copy
 * costs time proportional to the whole workbook, and the page is waiting for its reply and next rows.
 */
const SNAPSHOT_DELAY_MS = 300;
let snapshotTimer: ReturnType<typeof setTimeout> | null = null;

function snapshotSoon(): void {
  if (snapshotTimer) clearTimeout(snapshotTimer);
  snapshotTimer = setTimeout(() => {
    snapshotTimer = null;
    post({ type: 'snapshot', snapshot: takeSnapshot(runtime), baseline: false });
  }, SNAPSHOT_DELAY_MS);
}

function flush(): WorkbookSnapshot | null {
  if (!snapshotTimer) return null;
  clearTimeout(snapshotTimer);
  snapshotTimer = null;
  return takeSnapshot(runtime);
}

/** Everything but a run: synchronous, so it can also be served while a run waits on a dialog. */
function read(request: ReadRequest): unknown {
  switch (request.op) {
    case 'workbook':
      return workbookView(runtime, options.title, options.addonName);
    case 'functions':
      return bundle.functionNames.filter((name) => !name.endsWith('_'));
    case 'window':
      return rowWindow(runtime, request.sheet, request.start, request.count);
    case 'select':
      select(runtime, request.sheet, request.row, request.column);
      return null;
    case 'flush':
      return flush();
  }
}

async function run(action: Action): Promise<RunReply> {
  try {
    return await runAction(bundle, action);
  } finally {
    snapshotSoon();
  }
}

function reply(id: number, work: () => unknown): void {
  try {
    post({ type: 'reply', id, ok: true, value: work() });
  } catch (error) {
    post({ type: 'reply', id, ok: false, error: messageOf(error) });
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

port.on('message', (request: WorkerRequest) => {
  currentRequest = request.id;
  if (request.op !== 'run') {
    reply(request.id, () => read(request));
    return;
  }
  run(request.action).then(
    (value) => post({ type: 'reply', id: request.id, ok: true, value }),
    (error: unknown) => post({ type: 'reply', id: request.id, ok: false, error: messageOf(error) }),
  );
});
