// The sidebar's way to the server: google.script.run as promises, typed from src/index.ts itself, so a
// renamed or removed server function, or a wrong argument, is a compile error here (the gas-client idea,
// in a few lines). What comes back is still parsed with the contract's schema (src/contract) before use.
import type { ScriptAnswer, ScriptArguments, ScriptFunctionName } from '../src/contract/script-functions';
import type * as Server from '../src/index';

type Lotline = typeof Server;

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRun; host: { close(): void } } };

export function callServer<K extends ScriptFunctionName<Lotline>>(
  name: K,
  ...args: ScriptArguments<Lotline, K>
): Promise<ScriptAnswer<Lotline, K>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run.withSuccessHandler((value) => resolve(value as ScriptAnswer<Lotline, K>)).withFailureHandler(reject);
    const target = runner[name] as (...a: unknown[]) => void;
    target.apply(runner, args as unknown[]);
  });
}

export function closeSidebar(): void {
  google.script.host.close();
}
