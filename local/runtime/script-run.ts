// google.script.run as the sidebar sees it: asynchronous calls of top-level server functions, at most
// 10 at once (the rest wait), with Google's rules for what may cross:
// - names ending in '_' are private and, like unknown names, "not found";
// - arguments are numbers, booleans, strings, null and plain objects/arrays of those; a Date, function,
//   class instance or cycle anywhere makes the call fail before the server runs;
// - the return value is cloned the same way, except that a Date anywhere in it makes the whole result
//   null, and undefined in arrays becomes null;
// - a server error reaches the failure handler as an Error with the server's message.
// Arguments are rebuilt inside the script's realm, so the server sees its own Object and Array.
import vm from 'node:vm';
import type { ScriptAnswer, ScriptArguments, ScriptFunctionName } from '../../src/contract/script-functions';
import type { LoadedBundle } from './bundle';
import { isDate } from './cell-values';
import { MESSAGES } from './messages';

export const MAX_CONCURRENT_CALLS = 10;

class NotPlain extends Error {}

/** Whether a value is a plain object (any realm): its prototype is null or some realm's Object.prototype. */
function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value) as object | null;
  if (prototype === null) return true;
  return Object.getPrototypeOf(prototype) === null && Object.prototype.hasOwnProperty.call(prototype, 'isPrototypeOf');
}

/** Walks a value that must cross; `onDate` decides what a Date does (fail, or poison the result). */
function check(value: unknown, where: string, seen: Set<object>, onDate: (where: string) => void): void {
  if (value === null || value === undefined) return;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return;
    case 'number':
      return;
    case 'object':
      break;
    default:
      throw new NotPlain(where);
  }
  if (isDate(value)) {
    onDate(where);
    return;
  }
  if (seen.has(value)) throw new NotPlain(where);
  seen.add(value);
  if (Array.isArray(value)) value.forEach((item, index) => check(item, where === '' ? String(index) : `${where}.${index}`, seen, onDate));
  else if (isPlainObject(value))
    for (const [key, item] of Object.entries(value)) check(item, where === '' ? key : `${where}.${key}`, seen, onDate);
  else throw new NotPlain(where);
  seen.delete(value);
}

/** JSON keeps exactly what crosses: undefined in arrays becomes null, undefined properties vanish. */
function cloneInto(value: unknown, parse: (text: string) => unknown): unknown {
  if (value === undefined) return undefined;
  return parse(JSON.stringify(value));
}

class Runner {
  private inFlight = 0;
  private readonly queue: (() => void)[] = [];
  maxInFlight = 0;
  completed = 0;

  constructor(private readonly bundle: LoadedBundle) {}

  run(name: string, args: readonly unknown[]): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.queue.push(() => this.execute(name, args, resolve, reject));
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < MAX_CONCURRENT_CALLS && this.queue.length > 0) {
      const start = this.queue.shift()!;
      this.inFlight += 1;
      this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
      setImmediate(start);
    }
  }

  private execute(name: string, args: readonly unknown[], resolve: (value: unknown) => void, reject: (error: Error) => void): void {
    const finish = (): void => {
      this.inFlight -= 1;
      this.completed += 1;
      this.pump();
    };
    try {
      resolve(this.serve(name, args));
    } catch (error) {
      reject(error instanceof Error && !(error instanceof NotPlain) ? error : new Error(String(error)));
    } finally {
      finish();
    }
  }

  private serve(name: string, args: readonly unknown[]): unknown {
    return serveScriptCall(this.bundle, name, args);
  }
}

/**
 * One google.script.run call served now, synchronously: the arguments checked and copied into the
 * script's realm, the function run as one execution, its answer checked and copied back (null for a
 * whole answer holding a Date). What callFromClient resolves with; interleave.ts calls it directly.
 */
export function serveScriptCall(bundle: LoadedBundle, name: string, args: readonly unknown[]): unknown {
  if (name.endsWith('_') || !bundle.functionNames.includes(name)) throw new Error(MESSAGES.scriptFunctionNotFound(name));
  try {
    check([...args], '', new Set(), (where) => {
      throw new NotPlain(where);
    });
  } catch (error) {
    if (error instanceof NotPlain) throw new Error(MESSAGES.illegalValue(error.message), { cause: error });
    throw error;
  }
  const parse = vm.runInContext('JSON.parse', bundle.context) as (text: string) => unknown;
  const serverArgs = (cloneInto([...args], parse) as unknown[]) ?? [];
  let result: unknown;
  try {
    result = bundle.call(name, ...serverArgs);
  } catch (error) {
    const message =
      typeof error === 'object' && error !== null && 'message' in error ? String((error as { message: unknown }).message) : String(error);
    throw new Error(message, { cause: error });
  }
  let hasDate = false;
  try {
    check(result, '', new Set(), () => {
      hasDate = true;
    });
  } catch (error) {
    if (error instanceof NotPlain) {
      throw new Error(
        `${name} returned a value google.script.run cannot send (at ${error.message || 'the top level'}): only plain data crosses.`,
        {
          cause: error,
        },
      );
    }
    throw error;
  }
  return hasDate ? null : cloneInto(result, JSON.parse);
}

const runners = new WeakMap<LoadedBundle, Runner>();

function runnerFor(bundle: LoadedBundle): Runner {
  let runner = runners.get(bundle);
  if (!runner) {
    runner = new Runner(bundle);
    runners.set(bundle, runner);
  }
  return runner;
}

/** google.script.run.NAME(...args): resolves with the cloned return value, rejects with an Error. */
export function callFromClient(bundle: LoadedBundle, name: string, args: readonly unknown[] = []): Promise<unknown> {
  return runnerFor(bundle).run(name, args);
}

/**
 * google.script.run for a script whose exports are known (`typeof import('src/index')`): one method per
 * server function, taking its arguments and resolving with its answer, typed the way the sidebar's client
 * is — a misspelt name or a wrong argument is a compile error. Each call goes through callFromClient.
 */
export type ScriptRun<Server> = {
  [K in ScriptFunctionName<Server>]: (...args: ScriptArguments<Server, K>) => Promise<ScriptAnswer<Server, K>>;
};

export function scriptRunOf<Server>(bundle: LoadedBundle): ScriptRun<Server> {
  const run: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const name of bundle.functionNames) run[name] = (...args) => callFromClient(bundle, name, args);
  return run as unknown as ScriptRun<Server>;
}

/** How many calls ran at once at most, and how many finished, for this bundle. */
export function clientCallStats(bundle: LoadedBundle): { maxInFlight: number; completed: number } {
  const runner = runnerFor(bundle);
  return { maxInFlight: runner.maxInFlight, completed: runner.completed };
}
