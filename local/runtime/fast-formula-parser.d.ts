// The part of fast-formula-parser (MIT, no types of its own) the runtime's formula engine uses.
declare module 'fast-formula-parser' {
  export interface CellRef {
    sheet: string;
    row: number;
    col: number;
  }
  export interface RangeRef {
    sheet: string;
    from: { row: number; col: number };
    to: { row: number; col: number };
  }
  class FormulaError extends Error {
    constructor(error: string, details?: string);
    readonly error: string;
  }
  export default class FormulaParser {
    constructor(config: {
      /** Extra functions by name; each argument arrives as { value, … }. */
      functions?: Record<string, (...args: { value: unknown }[]) => unknown>;
      onCell: (ref: CellRef) => unknown;
      onRange: (ref: RangeRef) => unknown[][];
    });
    static FormulaError: typeof FormulaError;
    parse(formula: string, position: CellRef, allowReturnArray?: boolean): unknown;
  }
}

declare module 'fast-formula-parser/formulas/operators' {
  type Compare = (left: unknown, infix: string, right: unknown, leftIsArray: boolean, rightIsArray: boolean) => boolean;
  export const Infix: { compareOp: Compare };
}
