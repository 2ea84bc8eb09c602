// Ui.alert and Ui.prompt stop a running script until the person answers, then the script goes on with
// the answer — in the middle of one synchronous server function. The worker reproduces that: it tells
// the main thread what is being asked, then blocks on a SharedArrayBuffer (Atomics.wait) until the
// page's answer arrives on a MessagePort (receiveMessageOnPort), and hands the answer to the runtime.
// While blocked it still serves reads that arrive on the same port (the sheet behind the dialog).
//
// The runtime takes answers only from its queue (runtime.ui.answerNext), before the dialog is shown.
// Until it offers a synchronous answer hook, the bundle's Ui object gets a thin wrapper around alert and
// prompt that asks the person first and queues that answer just before the real method runs — so the
// runtime still validates the answer, meters the call and records the dialog itself.
import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { Runtime } from '../runtime';
import type { AnswerChannelMessage, DialogAnswer, DialogQuestion, ReadRequest } from './protocol';

const BUTTON_SETS = ['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL'] as const;

/** The question a call asks, read the way Ui.alert/prompt read their arguments; null if they would refuse them. */
export function questionOf(kind: 'alert' | 'prompt', args: readonly unknown[]): DialogQuestion | null {
  const buttonSet = (value: unknown): DialogQuestion['buttons'] | null => {
    // Apps Script enums print their member name; the runtime checks the value really is the enum.
    const name = typeof value === 'object' && value !== null ? String(value) : '';
    return (BUTTON_SETS as readonly string[]).includes(name) ? (name as DialogQuestion['buttons']) : null;
  };
  const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
  if (args.length === 3) {
    const [title, prompt, buttons] = [text(args[0]), text(args[1]), buttonSet(args[2])];
    return title !== null && prompt !== null && buttons ? { kind, title, prompt, buttons } : null;
  }
  const prompt = text(args[0]);
  if (prompt === null || args.length < 1 || args.length > 2) return null;
  const buttons = args.length === 2 ? buttonSet(args[1]) : 'OK';
  return buttons ? { kind, title: '', prompt, buttons } : null;
}

/**
 * Asks the main thread (`tell`) and blocks this thread until the answer comes on `port`; the main
 * thread posts first, then bumps `signal`. Reads arriving meanwhile are served by `serveRead`.
 */
export function blockingAsker(
  signal: Int32Array,
  port: MessagePort,
  tell: (dialog: DialogQuestion) => void,
  serveRead: (request: ReadRequest) => void,
): (dialog: DialogQuestion) => DialogAnswer {
  return (dialog) => {
    Atomics.store(signal, 0, 0);
    tell(dialog);
    for (;;) {
      Atomics.wait(signal, 0, 0);
      // Reset before draining: a message posted after this point bumps the signal again.
      Atomics.store(signal, 0, 0);
      for (let received = receiveMessageOnPort(port); received; received = receiveMessageOnPort(port)) {
        const message = received.message as AnswerChannelMessage;
        if (message.type === 'answer') return message.answer;
        serveRead(message.request);
      }
    }
  };
}

/** Makes every alert and prompt of the bundle wait for `ask` (the person) when no answer is queued. */
export function personAnswersDialogs(runtime: Runtime, ask: (dialog: DialogQuestion) => DialogAnswer): void {
  const ui = runtime.SpreadsheetApp.getUi() as unknown as Record<'alert' | 'prompt', (...args: unknown[]) => unknown>;
  for (const kind of ['alert', 'prompt'] as const) {
    const original = ui[kind].bind(ui);
    Object.defineProperty(ui, kind, {
      configurable: true,
      writable: true,
      value: (...args: unknown[]) => {
        // Where Google would refuse the call (no UI in AuthMode.NONE, wrong arguments), nobody is asked:
        // the runtime's own method throws its error.
        const question = runtime.authMode === 'LIMITED' || runtime.authMode === 'FULL' ? questionOf(kind, args) : null;
        if (question && runtime.ui.pendingAnswers === 0) {
          const answer = ask(question);
          // An alert has no text box: the runtime rightly refuses an answer with text for one.
          runtime.ui.answerNext(kind === 'alert' ? { button: answer.button } : { button: answer.button, text: answer.text ?? '' });
        }
        return original(...args);
      },
    });
  }
}
