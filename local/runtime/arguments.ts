// Argument checks with Apps Script's own complaint: a call whose arguments fit no overload fails with
// "The parameters (String,null) don't match the method signature for SpreadsheetApp.Sheet.getRange."
// JavaScript would let a wrong type through and do something odd; Apps Script does not, so neither do we.
import { appsScriptTypeName } from './cell-values';
import type { RuntimeContext } from './context';
import { MESSAGES } from './messages';

export function signatureFail(ctx: RuntimeContext, method: string, args: readonly unknown[]): never {
  return ctx.fail(MESSAGES.signature(args.map(appsScriptTypeName).join(','), method));
}

/** An integer argument; a non-number breaks the signature, a fraction or NaN cannot be a row or column. */
export function integerArg(ctx: RuntimeContext, method: string, args: readonly unknown[], index: number, what: string): number {
  const value = args[index];
  if (typeof value !== 'number') signatureFail(ctx, method, args);
  if (!Number.isInteger(value)) ctx.fail(MESSAGES.notAnInteger(value, what));
  return value;
}

export function stringArg(ctx: RuntimeContext, method: string, args: readonly unknown[], index: number): string {
  const value = args[index];
  if (typeof value !== 'string') signatureFail(ctx, method, args);
  return value;
}

export function booleanArg(ctx: RuntimeContext, method: string, args: readonly unknown[], index: number): boolean {
  const value = args[index];
  if (typeof value !== 'boolean') signatureFail(ctx, method, args);
  return value;
}

/** Fails unless the call has between min and max arguments. An explicit undefined is an argument (null to Apps Script). */
export function arity(ctx: RuntimeContext, method: string, args: readonly unknown[], min: number, max: number): number {
  if (args.length < min || args.length > max) signatureFail(ctx, method, args);
  return args.length;
}

/** A 2-D array (Object[][]), as setValues and the other set…s methods need. */
export function gridArg<T = unknown>(ctx: RuntimeContext, method: string, args: readonly unknown[], index: number): T[][] {
  const value = args[index];
  if (!Array.isArray(value) || !value.every((row) => Array.isArray(row))) signatureFail(ctx, method, args);
  return value as T[][];
}
