// What an FDA request names (§1.1455(c)): the foods and the date range and/or the traceability lot codes.
// Everything asked for is checked before anything is read into a sheet: a period that ends before it
// starts, a lot code that is nowhere in the records (the closest ones offered) or a SKU that is not a
// product is refused at its field, and nothing is written.
import { codeKey } from '../codes';
import { closestCodes } from '../closest-codes';
import type { Day } from '../days';
import { periodProblem } from './shipping-scope';

export interface FsmaScope {
  from?: Day;
  to?: Day;
  /** Traceability lot codes, our lot numbers or batch codes, as typed. */
  lotCodes: readonly string[];
  /** SKUs of the Products sheet. */
  products: readonly string[];
}

export type FsmaScopeField = 'from' | 'to' | 'lotCodes' | 'products';

export interface FsmaScopeProblem {
  field: FsmaScopeField;
  message: string;
}

export interface KnownCodes {
  /** Receipts' Lot number and Supplier lot, Batches' Batch code. */
  lotCodes: readonly string[];
  skus: readonly string[];
}

export function checkFsmaScope(scope: FsmaScope, known: KnownCodes): FsmaScopeProblem[] {
  const problems: FsmaScopeProblem[] = [];
  const period = periodProblem(scope.from, scope.to);
  if (period) problems.push({ field: 'to', message: period });
  const lots = new Set(known.lotCodes.map(codeKey));
  for (const code of scope.lotCodes) {
    if (lots.has(codeKey(code))) continue;
    problems.push({ field: 'lotCodes', message: unknown(`receipt, supplier lot or batch has the code ${code}`, code, known.lotCodes) });
  }
  const skus = new Set(known.skus.map(codeKey));
  for (const sku of scope.products) {
    if (skus.has(codeKey(sku))) continue;
    problems.push({ field: 'products', message: unknown(`product on the Products sheet has the SKU ${sku}`, sku, known.skus) });
  }
  return problems;
}

function unknown(what: string, asked: string, codes: readonly string[]): string {
  const near = closestCodes(codes, asked, { limit: 3 });
  return `No ${what}.${near.length > 0 ? ` The closest that exist: ${near.join(', ')}.` : ''}`;
}

/** Whether a day is in the period; a blank (unknown) day is in it only when no period is asked. */
export function inPeriod(day: Day | null, scope: FsmaScope): boolean {
  if (!scope.from && !scope.to) return true;
  if (day === null) return false;
  return (!scope.from || day >= scope.from) && (!scope.to || day <= scope.to);
}

/** The scope in words, for the glossary's first line and the Log. */
export function scopeText(scope: FsmaScope): string {
  const parts: string[] = [];
  if (scope.products.length > 0) parts.push(`product${scope.products.length > 1 ? 's' : ''} ${scope.products.join(', ')}`);
  if (scope.lotCodes.length > 0) parts.push(`lot code${scope.lotCodes.length > 1 ? 's' : ''} ${scope.lotCodes.join(', ')}`);
  if (scope.from && scope.to) parts.push(`${scope.from} to ${scope.to}`);
  else if (scope.from) parts.push(`from ${scope.from}`);
  else if (scope.to) parts.push(`up to ${scope.to}`);
  return parts.length > 0 ? parts.join(', ') : 'all records';
}
