// What a records pack covers (MoCRA, for an inspector): one batch, one product over a period, or
// everything in a period. A scope is checked before anything is read further or written: a period
// that ends before it starts, or a code that exists nowhere, gets a sentence at its field (with the
// closest codes that do exist — nearly always a typo), and nothing is written.
import { codeKey } from '../codes';
import type { Day } from '../days';
import { closestCodes } from '../closest-codes';

export type PackScope =
  { kind: 'batch'; batchCode: string } | { kind: 'product'; sku: string; from: Day; to: Day } | { kind: 'period'; from: Day; to: Day };

/** The form's fields a sentence can stand at. */
export type ScopeField = 'batchCode' | 'sku' | 'from' | 'to';

export interface ScopeProblem {
  field: ScopeField;
  message: string;
}

/** The codes the workbook holds, as first written: batch codes of Batches, SKUs of Products and Batches. */
export interface KnownCodes {
  batchCodes: readonly string[];
  skus: readonly string[];
}

function unknownCode(field: ScopeField, what: string, asked: string, codes: readonly string[]): ScopeProblem {
  const near = closestCodes(codes, asked, { limit: 3 });
  const hint = near.length > 0 ? ` The closest that exist: ${near.join(', ')}.` : '';
  return { field, message: `No ${what} is ${asked}.${hint}` };
}

/** The scope's problems, each at its field; none means the pack can be made. */
export function checkScope(scope: PackScope, known: KnownCodes): ScopeProblem[] {
  const problems: ScopeProblem[] = [];
  if (scope.kind === 'batch') {
    const asked = scope.batchCode.trim();
    if (asked === '') problems.push({ field: 'batchCode', message: 'Give the batch code the pack is for.' });
    else if (!known.batchCodes.some((code) => codeKey(code) === codeKey(asked)))
      problems.push(unknownCode('batchCode', 'batch on the Batches sheet has the batch code', asked, known.batchCodes));
    return problems;
  }
  if (scope.kind === 'product') {
    const asked = scope.sku.trim();
    if (asked === '') problems.push({ field: 'sku', message: 'Give the SKU the pack is for.' });
    else if (!known.skus.some((sku) => codeKey(sku) === codeKey(asked)))
      problems.push(unknownCode('sku', 'product on the Products or Batches sheet has the SKU', asked, known.skus));
  }
  // ISO days compare as text.
  if (scope.to < scope.from)
    problems.push({
      field: 'to',
      message: `The period ends (${scope.to}) before it starts (${scope.from}): give an end on or after the start.`,
    });
  return problems;
}
