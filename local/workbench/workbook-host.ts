// The main thread's handle on the worker that owns the workbook. Requests go one at a time, in order:
// Apps Script would run executions side by side, but one runtime cannot, and a queue keeps a dialog's
// answer going to the execution that asked. A run resolves at its next step — a dialog the person must
// answer (answer() then resolves at the step after) or its end — so an HTTP request never waits on a person.
import path from 'node:path';
import { MessageChannel, Worker } from 'node:worker_threads';
import type { Action, DialogAnswer, DialogQuestion, RowWindow, RunReply, Step, WorkbookView, WorkerMessage, WorkerRequest } from './protocol';
import type { WorkerOptions } from './worker';

type Event = { dialog: DialogQuestion } | { reply: Extract<WorkerMessage, { type: 'reply' }> };
/** A request before the host numbers it (Omit is not distributive over a union). */
type Request = WorkerRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

/** Events of the request in flight, taken one at a time. */
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

export interface HostOptions extends Omit<WorkerOptions, 'signal' | 'answerPort'> {
  /** Called with each finished run: its HTML (for /api/html) and the workbook to save. */
  onRun(reply: RunReply): void;
  onCrash(error: Error): void;
}

export class WorkbookHost {
  private readonly worker: Worker;
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private readonly answers: MessageChannel['port1'];
  private nextId = 1;
  private busy = false;
  private readonly waitingTurn: (() => void)[] = [];
  private stopping = false;
  private inFlight: { id: number; events: EventQueue } | null = null;
  /** The dialog the running execution waits on, for a page that (re)connects. */
  pendingDialog: DialogQuestion | null = null;
  /** The events of the execution that stopped on pendingDialog. */
  private continuation: EventQueue | null = null;

  constructor(private readonly options: HostOptions) {
    const channel = new MessageChannel();
    this.answers = channel.port1;
    const { onRun: _onRun, onCrash: _onCrash, ...workerOptions } = options;
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
    if (!this.inFlight || message.id !== this.inFlight.id) return;
    if (message.type === 'dialog') {
      this.inFlight.events.push({ dialog: message.dialog });
      return;
    }
    this.inFlight.events.push({ reply: message });
    this.inFlight = null;
    const next = this.waitingTurn.shift();
    if (next) next();
    else this.busy = false;
  }

  private async send(request: Request): Promise<EventQueue> {
    if (this.busy) await new Promise<void>((resolve) => this.waitingTurn.push(resolve));
    this.busy = true;
    const id = this.nextId++;
    const events = new EventQueue();
    this.inFlight = { id, events };
    this.worker.postMessage({ ...request, id });
    return events;
  }

  private async ask<T>(request: Request): Promise<T> {
    const event = await (await this.send(request)).next();
    if (!('reply' in event)) throw new Error('A read asked the person something.');
    if (!event.reply.ok) throw new Error(event.reply.error);
    return event.reply.value as T;
  }

  private async step(events: EventQueue): Promise<Step> {
    const event = await events.next();
    if ('dialog' in event) {
      this.pendingDialog = event.dialog;
      this.continuation = events;
      return { status: 'dialog', dialog: event.dialog };
    }
    this.pendingDialog = null;
    this.continuation = null;
    if (!event.reply.ok) throw new Error(event.reply.error);
    const reply = event.reply.value as RunReply;
    this.options.onRun(reply);
    return { status: 'done', report: reply.report };
  }

  /** Starts an execution; resolves at its first dialog or at its end. */
  async run(action: Action): Promise<Step> {
    return this.step(await this.send({ op: 'run', action }));
  }

  /** Answers the dialog the running execution waits on; resolves at its next dialog or its end. */
  answer(answer: DialogAnswer): Promise<Step> {
    const events = this.continuation;
    if (!events || !this.pendingDialog) throw new NoDialogError();
    this.pendingDialog = null;
    this.continuation = null;
    this.answers.postMessage(answer);
    Atomics.store(this.signal, 0, 1);
    Atomics.notify(this.signal, 0);
    return this.step(events);
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
