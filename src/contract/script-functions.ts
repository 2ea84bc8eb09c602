// What google.script.run can call on a server module: its exported functions, except names ending in
// '_', which Apps Script keeps private. The sidebar's client and the local runtime's callFromClient are
// both typed through this, so a renamed server function or a wrong argument is a compile error.

type AnyFunction = (...args: never[]) => unknown;

/** The callable functions of a server module (`typeof import('src/index')`), by name. */
export type ScriptFunctions<Server> = {
  [K in keyof Server as K extends `${string}_` ? never : Server[K] extends AnyFunction ? K : never]: Server[K];
};

export type ScriptFunctionName<Server> = keyof ScriptFunctions<Server> & string;

/** The arguments a call takes. */
export type ScriptArguments<Server, K extends ScriptFunctionName<Server>> = ScriptFunctions<Server>[K] extends AnyFunction
  ? Parameters<ScriptFunctions<Server>[K]>
  : never;

/** What the success handler receives (before the client parses it with the contract's schema). */
export type ScriptAnswer<Server, K extends ScriptFunctionName<Server>> = ScriptFunctions<Server>[K] extends AnyFunction
  ? Awaited<ReturnType<ScriptFunctions<Server>[K]>>
  : never;
