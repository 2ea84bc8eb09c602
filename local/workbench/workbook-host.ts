// The main thread's handle on the worker that owns the workbook. Requests go one at a time, in order:
// Apps Script would run executions side by side, but one runtime cannot, and a queue keeps a dialog's
// answer going to the execution that asked. A run resolves at its next step — a dialog the person must
// answer (answer() then resolves at the step after) or its end — so an HTTP request never waits on a person.
//
// While a run is paused on a dialog the worker is blocked, yet the sheet behind the dialog must stay
// readable (a reloaded page, a test checking nothing was written yet). Reads then travel on the answer
// channel: the paused worker wakes, serves them from the workbook as it is at that moment, and waits on.
import path from 'node:path';
import { MessageChannel, Worker } from 'node:worker_threads';
import type {
  Action,
  AnswerChannelMessage,
  DialogAnswer,
  DialogQuestion,
  ReadRequest,
  RowWindow,
  RunReply,
  Step,
  WorkbookSnapshot,
  WorkbookView,
  WorkerMessage,
  WorkerRequest,
} from './protocol';
import type { WorkerOptions } from './worker';

type Event = { dialog: DialogQuestion } | { reply: Extract<WorkerMessage, { type: 'reply' }> };
/** A request before the host numbers it (Omit is not distributive over a union). */
type Request = WorkerRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

/** Events of one request, taken one at a time. */
class EventQueue {
  private readonly events: Event[] = [];
  private waiting: ((event: Event) => void) | null = null;

  push(event: Event): void {
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve(event);
    } else this.events.push(event);
  }

  next(): Promise<Event> {
    const event = this.events.shift();
    return event ? Promise.resolve(event) : new Promise((resolve) => (this.waiting = resolve));
  }
}

interface Entry {
  id: number;
  request: Request;
  events: EventQueue;
}

export interface HostOptions extends Omit<WorkerOptions, 'signal' | 'answerPort'> {
  /** Called with each finished run, with the HTML it showed (for /api/html). */
  onRun(reply: RunReply): void;
  /** The workbook to save (baseline: as loaded, already in the file). */
  onSnapshot(snapshot: WorkbookSnapshot, baseline: boolean): void;
  onCrash(error: Error): void;
}

export class WorkbookHost {
  private readonly worker: Worker;
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private readonly answerPort: MessageChannel['port1'];
  private nextId = 1;
  private stopping = false;
  private inFlight: Entry | null = null;
  private readonly queue: Entry[] = [];
  /** Reads served by the worker while it is paused on a dialog. */
  private readonly sideReads = new Map<number, EventQueue>();
  /** The dialog the running execution waits on, for a page that (re)connects. */
  pendingDialog: DialogQuestion | null = null;

  constructor(private readonly options: HostOptions) {
    const channel = new MessageChannel();
    this.answerPort = channel.port1;
    const { onRun: _onRun, onSnapshot: _onSnapshot, onCrash: _onCrash, ...workerOptions } = options;
    const data: WorkerOptions = { ...workerOptions, signal: this.signal, answerPort: channel.port2 };
    // The worker is TypeScript: register tsx inside it before loading it (execArgv's --import does not reach workers).
    const boot = `require(${JSON.stringify(require.resolve('tsx/cjs/api'))}).register();\nrequire(${JSON.stringify(path.join(__dirname, 'worker.ts'))});`;
    this.worker = new Worker(boot, { eval: true, workerData: data, transferList: [channel.port2] });
    this.worker.on('message', (message: WorkerMessage) => this.receive(message));
    this.worker.on('error', (error) => options.onCrash(error));
    this.worker.on('exit', (code) => {
      if (code !== 0 && !this.stopping) options.onCrash(new Error(`the workbook worker stopped (exit code ${code})`));
    });
  }

  private receive(message: WorkerMessage): void {
    if (message.type === 'snapshot') {
      this.options.onSnapshot(message.snapshot, message.baseline);
      return;
    }
    const side = this.sideReads.get(message.id);
    if (side && message.type === 'reply') {
      this.sideReads.delete(message.id);
      side.push({ reply: message });
      return;
    }
    const entry = this.inFlight;
    if (!entry || message.id !== entry.id) return;
    if (message.type === 'dialog') {
      this.pendingDialog = message.dialog;
      entry.events.push({ dialog: message.dialog });
      // Reads that queued up behind the run can be answered now, while it waits.
      for (const waiting of this.queue.filter((queued) => queued.request.op !== 'run')) this.readWhilePaused(waiting);
      this.queue.splice(0, this.queue.length, ...this.queue.filter((queued) => queued.request.op === 'run'));
      return;
    }
    this.pendingDialog = null;
    entry.events.push({ reply: message });
    this.inFlight = null;
    const next = this.queue.shift();
    if (next) this.start(next);
  }

  private start(entry: Entry): void {
    this.inFlight = entry;
    this.worker.postMessage({ ...entry.request, id: entry.id });
  }

  /** Wakes the paused worker with a message on the answer channel (posted first, then the signal). */
  private wake(message: AnswerChannelMessage): void {
    this.answerPort.postMessage(message);
    Atomics.store(this.signal, 0, 1);
    Atomics.notify(this.signal, 0);
  }

  private readWhilePaused(entry: Entry): void {
    this.sideReads.set(entry.id, entry.events);
    this.wake({ type: 'read', request: { ...entry.request, id: entry.id } as ReadRequest });
  }

  private send(request: Request): EventQueue {
    const entry: Entry = { id: this.nextId++, request, events: new EventQueue() };
    if (request.op !== 'run' && this.pendingDialog) this.readWhilePaused(entry);
    else if (this.inFlight) this.queue.push(entry);
    else this.start(entry);
    return entry.events;
  }

  private async ask<T>(request: Request): Promise<T> {
    const event = await this.send(request).next();
    if (!('reply' in event)) throw new Error('A read asked the person something.');
    if (!event.reply.ok) throw new Error(event.reply.error);
    return event.reply.value as T;
  }

  private async step(events: EventQueue): Promise<Step> {
    const event = await events.next();
    if ('dialog' in event) return { status: 'dialog', dialog: event.dialog };
    if (!event.reply.ok) throw new Error(event.reply.error);
    const reply = event.reply.value as RunReply;
    this.options.onRun(reply);
    return { status: 'done', report: reply.report };
  }

  /** Starts an execution; resolves at its first dialog or at its end. */
  run(action: Action): Promise<Step> {
    return this.step(this.send({ op: 'run', action }));
  }

  /** Answers the dialog the running execution waits on; resolves at its next dialog or its end. */
  answer(answer: DialogAnswer): Promise<Step> {
    const entry = this.inFlight;
    if (!entry || !this.pendingDialog) throw new NoDialogError();
    this.pendingDialog = null;
    this.wake({ type: 'answer', answer });
    return this.step(entry.events);
  }

  workbook(): Promise<WorkbookView> {
    return this.ask({ op: 'workbook' });
  }

  serverFunctions(): Promise<string[]> {
    return this.ask({ op: 'functions' });
  }

  window(sheet: string, start: number, count: number): Promise<RowWindow> {
    return this.ask({ op: 'window', sheet, start, count });
  }

  select(sheet: string, row?: number, column?: number): Promise<void> {
    return this.ask({ op: 'select', sheet, ...(row !== undefined && column !== undefined ? { row, column } : {}) });
  }

  /** The workbook, if a change has not reached onSnapshot yet: what to save before stopping. */
  flush(): Promise<WorkbookSnapshot | null> {
    return this.ask({ op: 'flush' });
  }

  stop(): Promise<number> {
    this.stopping = true;
    return this.worker.terminate();
  }
}

export class NoDialogError extends Error {
  constructor() {
    super('No dialog is waiting for an answer.');
  }
}
