// google.script in a sidebar or dialog page, as Google's client library offers it: google.script.run
// with one method per public server function, withSuccessHandler / withFailureHandler / withUserObject
// each returning a new runner (the one they were called on is unchanged), calls that return at once and
// answer later; and google.script.host.close(). Calls go to the workbench page by postMessage; the
// server applies google.script.run's rules (callFromClient) — Dates are tagged so it can refuse them.
import { encodeClientValue } from '../client-values';

type Handler = (value: unknown, userObject: unknown) => void;

interface Handlers {
  success: Handler | null;
  failure: Handler | null;
  userObject: unknown;
}

declare global {
  interface Window {
    __workbenchServerFunctions?: string[];
    google?: unknown;
  }
}

const pending = new Map<number, Handlers>();
let nextId = 1;

function send(message: Record<string, unknown>): void {
  window.parent.postMessage({ ...message }, '*');
}

function call(name: string, args: unknown[], handlers: Handlers): void {
  const id = nextId++;
  pending.set(id, handlers);
  send({ lotlineWorkbench: 'run', id, name, args: args.map((arg) => encodeClientValue(arg)) });
}

window.addEventListener('message', (event) => {
  if (event.source !== window.parent) return;
  const data = event.data as { lotlineWorkbench?: string; id?: number; ok?: boolean; value?: unknown; error?: string } | null;
  if (data?.lotlineWorkbench !== 'result' || typeof data.id !== 'number') return;
  const handlers = pending.get(data.id);
  pending.delete(data.id);
  if (!handlers) return;
  if (data.ok) handlers.success?.(data.value, handlers.userObject);
  else if (handlers.failure) handlers.failure(new Error(data.error), handlers.userObject);
  // Google's library reports an unhandled failure on the console.
  else console.error(new Error(data.error));
});

function runner(handlers: Handlers): Record<string, unknown> {
  const checked = (handler: unknown, method: string): Handler => {
    if (typeof handler !== 'function') throw new TypeError(`${method} expects a function.`);
    return handler as Handler;
  };
  const run: Record<string, unknown> = {
    withSuccessHandler: (handler: unknown) => runner({ ...handlers, success: checked(handler, 'withSuccessHandler') }),
    withFailureHandler: (handler: unknown) => runner({ ...handlers, failure: checked(handler, 'withFailureHandler') }),
    withUserObject: (userObject: unknown) => runner({ ...handlers, userObject }),
  };
  for (const name of window.__workbenchServerFunctions ?? []) {
    run[name] = (...args: unknown[]): void => call(name, args, handlers);
  }
  return run;
}

window.google = {
  script: {
    run: runner({ success: null, failure: null, userObject: undefined }),
    host: {
      origin: window.location.origin,
      close: () => send({ lotlineWorkbench: 'close' }),
      setHeight: (height: number) => send({ lotlineWorkbench: 'resize', height }),
      setWidth: (width: number) => send({ lotlineWorkbench: 'resize', width }),
      editor: { focus: () => undefined },
    },
  },
};

export {};
