// Two executions at the same time, as two people pressing Save in one workbook: the first runs until
// it reaches a meeting point — it takes the document lock, lets it go, or is about to make a given
// service call — and there the second runs from start to end; then the first goes on. The second sees
// the spreadsheet as the first has left it so far and the locks the first holds: its tryLock waits and
// fails while the first holds the document lock, and succeeds once the first has let it go.
//
// The bundle's code is synchronous, so one execution cannot pause at an arbitrary point and come back;
// running the second inside the first's service call is what one thread can do, and it is exactly the
// order that matters at a lock. Not modelled: the second seeing none of the first's writes that were
// still queued (Google commits them at flush or at the end) — it sees them all.
import type { ScriptAnswer, ScriptArguments, ScriptFunctionName } from '../../src/contract/script-functions';
import type { LoadedBundle } from './bundle';
import { serveScriptCall } from './script-run';

/** Where the first execution stops for the second. */
export type MeetingPoint =
  /** Right after it takes the document lock (the second then finds it held). */
  | 'documentLock'
  /** Right after it lets the document lock go, before its execution ends (the second then takes it). */
  | 'documentLockReleased'
  /** Just before its n-th call (default the first) of a service method, e.g. 'SpreadsheetApp.Range.setValues'. */
  | { call: string; occurrence?: number };

/** One execution to run: a google.script.run call or a menu click, with who runs it. */
export interface Execution<T> {
  readonly describe: string;
  readonly user: string | null;
  start(): T;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

/** Executions of a script whose exports are known (`typeof import('src/index')`), typed like scriptRunOf. */
export interface ExecutionsOf<Server> {
  /** google.script.run.NAME(...args), answering what the client would receive; `as` another user. */
  run<K extends ScriptFunctionName<Server>>(name: K, ...args: ScriptArguments<Server, K>): Execution<ScriptAnswer<Server, K>>;
  /** A menu item clicked (AuthMode.FULL). */
  clickMenuItem(caption: string): Execution<unknown>;
  /** The same execution, run by another person (Session's active and effective user). */
  as<T>(user: string, execution: Execution<T>): Execution<T>;
}

export function executionsOf<Server>(bundle: LoadedBundle): ExecutionsOf<Server> {
  return {
    run: (name, ...args) => ({
      describe: `google.script.run.${String(name)}`,
      user: null,
      start: () => serveScriptCall(bundle, String(name), args) as never,
    }),
    clickMenuItem: (caption) => ({ describe: `the menu item "${caption}"`, user: null, start: () => bundle.clickMenuItem(caption) }),
    as: (user, execution) => ({ ...execution, user }),
  };
}

function outcome<T>(run: () => T): Outcome<T> {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

function describePoint(at: MeetingPoint): string {
  if (at === 'documentLock') return 'taking the document lock';
  if (at === 'documentLockReleased') return 'letting the document lock go';
  return `call ${at.occurrence ?? 1} of ${at.call}`;
}

/**
 * Runs `first`; where it reaches `at`, runs `second` to its end; then lets `first` finish. Throws when
 * `first` never reaches the point (the test would otherwise prove nothing).
 */
export function interleave<A, B>(
  bundle: LoadedBundle,
  first: Execution<A>,
  at: MeetingPoint,
  second: Execution<B>,
): { first: Outcome<A>; second: Outcome<B> } {
  const runtime = bundle.runtime;
  const ctx = runtime.contextForInterleave();
  if (ctx.onEvent) throw new Error('interleave: another interleave is already running');
  const wanted = at === 'documentLock' ? 'lock acquired: document' : at === 'documentLockReleased' ? 'lock released: document' : at.call;
  const occurrence = typeof at === 'object' ? (at.occurrence ?? 1) : 1;
  let firstExecution: number | null = null;
  let seen = 0;
  let secondOutcome: Outcome<B> | null = null;

  const runAs = <T>(execution: Execution<T>): T => {
    if (execution.user === null) return execution.start();
    const before = { user: ctx.userEmail, effective: ctx.effectiveUserEmail };
    runtime.setUser(execution.user);
    try {
      return execution.start();
    } finally {
      ctx.userEmail = before.user;
      ctx.effectiveUserEmail = before.effective;
    }
  };

  ctx.onEvent = (event) => {
    // The first execution is the first one begun after this point; only its own calls count.
    firstExecution ??= ctx.currentExecution;
    if (ctx.currentExecution !== firstExecution || event !== wanted || secondOutcome) return;
    seen += 1;
    if (seen < occurrence) return;
    ctx.onEvent = null;
    secondOutcome = outcome(() => runAs(second));
  };
  try {
    const firstOutcome = outcome(() => runAs(first));
    if (!secondOutcome)
      throw new Error(`interleave: ${first.describe} never reached ${describePoint(at)}, so ${second.describe} did not run`);
    return { first: firstOutcome, second: secondOutcome };
  } finally {
    ctx.onEvent = null;
  }
}
