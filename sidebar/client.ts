// The sidebar's way to the server: google.script.run as promises, typed from src/index.ts itself,
// so a renamed or removed server function is a compile error here (the gas-client idea, in a few lines).
import type * as Server from '../src/index';

type ServerFunctions = { [K in keyof typeof Server as K extends `${string}_` ? never : K]: (typeof Server)[K] };
type AnyFunction = (...args: never[]) => unknown;

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRun; host: { close(): void } } };

export function callServer<K extends keyof ServerFunctions>(
  name: K,
  ...args: ServerFunctions[K] extends AnyFunction ? Parameters<ServerFunctions[K]> : never
): Promise<ServerFunctions[K] extends AnyFunction ? Awaited<ReturnType<ServerFunctions[K]>> : never> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run.withSuccessHandler((value) => resolve(value as never)).withFailureHandler(reject);
    const target = runner[name as string] as (...a: unknown[]) => void;
    target.apply(runner, args as unknown[]);
  });
}

export function closeSidebar(): void {
  google.script.host.close();
}
