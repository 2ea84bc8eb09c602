// The worker thread that owns the workbook: one local runtime with the built bundle loaded, filled from
// the snapshot the main thread read (or the demo). It runs one request at a time — the main thread
// queues them — and may block inside a request while a dialog waits for the person (worker-dialogs.ts),
// which is why this is a thread of its own: the HTTP server stays free to receive the answer.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { createRuntimeWithBundle } from '../runtime';
import { runAction } from './actions';
import type { RunReply, WorkbookSnapshot, WorkerMessage, WorkerRequest } from './protocol';
import { loadSnapshot, takeSnapshot } from './snapshot';
import { blockingAsker, personAnswersDialogs } from './worker-dialogs';
import { rowWindow, select, workbookView } from './workbook-view';

export interface WorkerOptions {
  snapshot: WorkbookSnapshot;
  codePath: string | undefined;
  title: string;
  addonName: string;
  timeZone: string;
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
  addonName: options.addonName,
});
loadSnapshot(runtime, options.snapshot);

let currentRequest = 0;
personAnswersDialogs(
  runtime,
  blockingAsker(options.signal, options.answerPort, (dialog) => post({ type: 'dialog', id: currentRequest, dialog })),
);
// The person opens the spreadsheet: onOpen builds the add-on menu (LIMITED: the add-on is in use here).
bundle.open('LIMITED');
runtime.meter.reset();

async function handle(request: WorkerRequest): Promise<unknown> {
  switch (request.op) {
    case 'run': {
      const { report, html } = await runAction(bundle, request.action);
      const reply: RunReply = { report, html, snapshot: takeSnapshot(runtime) };
      return reply;
    }
    case 'workbook':
      return workbookView(runtime, options.title, options.addonName);
    case 'functions':
      return bundle.functionNames.filter((name) => !name.endsWith('_'));
    case 'window':
      return rowWindow(runtime, request.sheet, request.start, request.count);
    case 'select':
      select(runtime, request.sheet, request.row, request.column);
      return null;
  }
}

port.on('message', (request: WorkerRequest) => {
  currentRequest = request.id;
  handle(request).then(
    (value) => post({ type: 'reply', id: request.id, ok: true, value }),
    (error: unknown) => post({ type: 'reply', id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
});
