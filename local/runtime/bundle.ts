// Runs the built dist/Code.js the way Apps Script does: one classic script in a fresh global scope
// whose only globals (besides JavaScript's own) are the Apps Script services — no require, process,
// setTimeout, URL or fetch. Values crossing into the script use the context's own Date and Error, so
// `x instanceof Date` inside the bundle holds for dates the runtime returns.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import type { Realm } from './context';
import { AuthModeEnum, type AuthModeName } from './enums';
import { REPO_ROOT } from './paths';
import { createRuntime, type Runtime, type RuntimeOptions } from './runtime';
import { MESSAGES } from './messages';

export const DEFAULT_CODE_PATH = path.join(REPO_ROOT, 'dist', 'Code.js');

export interface LoadedBundle {
  context: vm.Context;
  runtime: Runtime;
  /** Functions the script defines at top level: what menus, triggers and google.script.run can name. */
  functionNames: string[];
  /**
   * Runs one top-level function as one execution — metered as one (500 ms), its queued changes committed
   * and the locks it took released at the end. Menu clicks, onOpen and google.script.run calls all come here.
   */
  call(name: string, ...args: unknown[]): unknown;
  /** Opens the document: runs onOpen({ authMode, … }) in that mode (default LIMITED), leaving the mode set. */
  open(mode?: AuthModeName): unknown;
  /** Clicks a menu item installed by addToUi: runs its function in AuthMode.FULL. */
  clickMenuItem(caption: string): unknown;
}

export function loadBundle(runtime: Runtime, codePath: string = DEFAULT_CODE_PATH): LoadedBundle {
  if (!existsSync(codePath)) throw new Error(`No bundle at ${codePath}: run \`npm run build\` first.`);
  const code = readFileSync(codePath, 'utf8');
  const context = vm.createContext({}, { name: 'Apps Script' });
  runtime.setRealm(vm.runInContext('({ Date: Date, Error: Error })', context) as Realm);
  const global = vm.runInContext('globalThis', context) as Record<string, unknown>;
  const intrinsic = new Set(Object.getOwnPropertyNames(global));
  const services = runtime.globals();
  for (const [name, value] of Object.entries(services)) global[name] = value;
  new vm.Script(code, { filename: codePath }).runInContext(context);
  const functionNames = Object.getOwnPropertyNames(global)
    .filter((name) => !intrinsic.has(name) && !(name in services) && typeof global[name] === 'function')
    .sort();

  const call = (name: string, ...args: unknown[]): unknown => {
    const fn = functionNames.includes(name) ? global[name] : undefined;
    if (typeof fn !== 'function') throw new Error(MESSAGES.scriptFunctionNotFound(name));
    runtime.beginExecution();
    try {
      return fn.apply(global, args);
    } finally {
      runtime.endExecution();
    }
  };

  return {
    context,
    runtime,
    functionNames,
    call,
    open(mode: AuthModeName = 'LIMITED'): unknown {
      runtime.setAuthMode(mode);
      const event: Record<string, unknown> = { authMode: AuthModeEnum[mode] };
      if (mode !== 'NONE') event.source = runtime.spreadsheet;
      return call('onOpen', event);
    },
    clickMenuItem(caption: string): unknown {
      const item = runtime.ui.findMenuItem(caption);
      if (!item) {
        const captions = runtime.ui.menus.flatMap((menu) => menu.items.flatMap((entry) => ('caption' in entry ? [entry.caption] : [])));
        throw new Error(`No menu item "${caption}" (menu has: ${captions.join(', ') || 'nothing'})`);
      }
      runtime.setAuthMode('FULL');
      return call(item.functionName);
    },
  };
}

/** A fresh runtime with the bundle loaded into it. */
export function createRuntimeWithBundle(options: RuntimeOptions & { codePath?: string } = {}): { runtime: Runtime; bundle: LoadedBundle } {
  const { codePath, ...runtimeOptions } = options;
  const runtime = createRuntime(runtimeOptions);
  return { runtime, bundle: loadBundle(runtime, codePath) };
}
