// Formula cells as Sheets holds them: getFormulas gives the formula, getValues its computed value — a
// number, text, a boolean, or an error text such as '#N/A'. Evaluated with fast-formula-parser (MIT;
// arithmetic, references across sheets, IF, SUM, ROUND, VLOOKUP, & and some 280 functions), on read,
// and again after anything in the spreadsheet changed. A formula it cannot evaluate (a Google-only
// function such as QUERY) shows the value it was loaded with from an .xlsx, else '#NAME?'.
// A date referenced by a formula counts as its serial number, as in Sheets; results are not turned
// back into dates.
import FormulaParser, { type CellRef, type RangeRef } from 'fast-formula-parser';
import { Infix } from 'fast-formula-parser/formulas/operators';
import { isDate, type StoredCell } from './cell-values';
import { wallClockAsUtc } from './time-zone';

/** What the engine needs of a sheet: its name, raw cells and formulas. */
export interface FormulaSheet {
  readonly sheetName: string;
  readonly grid: {
    rawCell(row: number, column: number): StoredCell;
    formulaAt(row: number, column: number): string | undefined;
    lastResultAt(row: number, column: number): StoredCell | undefined;
    lastRow(): number;
    lastColumn(): number;
  };
}

const { FormulaError } = FormulaParser;
const ERROR_TEXT = /^#(?:N\/A|REF!|DIV\/0!|VALUE!|NAME\?|NUM!|NULL!|ERROR!)$/;
const DAY_ZERO_UTC = Date.UTC(1899, 11, 30);

let contentVersion = 0;

/** Any cell of any sheet changed: computed values are stale. */
export function contentChanged(): void {
  contentVersion += 1;
}

// Sheets compares a blank cell as equal to both "" and 0 (the copied-down =IF(A2="","",…) relies on
// it); the library takes a blank for 0 only. Its comparisons all go through Infix.compareOp.
const compare = Infix.compareOp;
Infix.compareOp = (left, infix, right, leftIsArray, rightIsArray) =>
  compare(
    isBlank(left) && typeof right === 'string' ? '' : left,
    infix,
    isBlank(right) && typeof left === 'string' ? '' : right,
    leftIsArray,
    rightIsArray,
  );

function isBlank(value: unknown): boolean {
  return value === null || value === undefined;
}

interface Argument {
  value: unknown;
}

/** Sheets functions the library does not have, that makers' sheets use. */
const GOOGLE_FUNCTIONS = {
  HYPERLINK: (url: Argument, label?: Argument) => (label ?? url).value,
};

/** The engines evaluating right now, innermost last; the parsers' callbacks are shared, so they ask it. */
const engines: FormulaEngine[] = [];
const active = (): FormulaEngine => engines[engines.length - 1] as FormulaEngine;
/**
 * One parser per depth of formulas referring to formulas: a parser is not re-entrant (a referenced
 * formula is evaluated while the referring one is half parsed), and building one takes a few ms.
 */
const parsers: FormulaParser[] = [];

function parserAt(depth: number): FormulaParser {
  let parser = parsers[depth];
  if (!parser) {
    parser = new FormulaParser({
      functions: GOOGLE_FUNCTIONS,
      onCell: (ref: CellRef) => active().referenced(ref),
      onRange: (ref: RangeRef) => active().referencedRange(ref),
    });
    parsers[depth] = parser;
  }
  return parser;
}

export class FormulaEngine {
  private computed = new Map<FormulaSheet, Map<number, StoredCell>>();
  private computedAt = -1;
  private readonly evaluating = new Set<string>();

  constructor(
    private readonly sheets: () => readonly FormulaSheet[],
    private readonly timeZone: () => string,
  ) {}

  /** The value a formula cell shows. */
  value(sheet: FormulaSheet, row: number, column: number): StoredCell {
    if (this.computedAt !== contentVersion) {
      this.computed.clear();
      this.computedAt = contentVersion;
    }
    let known = this.computed.get(sheet);
    if (!known) this.computed.set(sheet, (known = new Map()));
    const key = row * 32768 + column;
    const cached = known.get(key);
    if (cached !== undefined) return cached;
    const value = this.evaluate(sheet, row, column);
    known.set(key, value);
    return value;
  }

  private evaluate(sheet: FormulaSheet, row: number, column: number): StoredCell {
    const formula = sheet.grid.formulaAt(row, column);
    if (formula === undefined) return sheet.grid.rawCell(row, column);
    const place = `${sheet.sheetName}!${row},${column}`;
    if (this.evaluating.has(place)) return '#REF!'; // circular dependency, as Sheets says
    this.evaluating.add(place);
    engines.push(this);
    try {
      const parser = parserAt(this.evaluating.size - 1);
      return resultOf(parser.parse(formula.replace(/^=/, ''), { sheet: sheet.sheetName, row, col: column }));
    } catch (error) {
      const loaded = sheet.grid.lastResultAt(row, column);
      if (loaded !== undefined) return loaded;
      return /not implemented/i.test((error as Error).message) ? '#NAME?' : '#ERROR!';
    } finally {
      this.evaluating.delete(place);
      engines.pop();
    }
  }

  private sheetNamed(name: string): FormulaSheet | undefined {
    const sheets = this.sheets();
    return sheets.find((sheet) => sheet.sheetName === name) ?? sheets.find((sheet) => sheet.sheetName.toLowerCase() === name.toLowerCase());
  }

  /** A referenced cell as the parser wants it: null when blank, a serial for a date, an error object for an error. */
  referenced(ref: CellRef): unknown {
    const sheet = this.sheetNamed(ref.sheet);
    if (!sheet) return new FormulaError('#REF!');
    return this.forParser(this.cellValue(sheet, ref.row, ref.col));
  }

  referencedRange(ref: RangeRef): unknown[][] {
    const sheet = this.sheetNamed(ref.sheet);
    if (!sheet) throw new FormulaError('#REF!');
    // Whole columns (A:A) reach row 1,048,576: only the part holding content matters.
    const lastRow = Math.max(ref.from.row, Math.min(ref.to.row, sheet.grid.lastRow()));
    const lastColumn = Math.max(ref.from.col, Math.min(ref.to.col, sheet.grid.lastColumn()));
    const rows: unknown[][] = [];
    for (let row = ref.from.row; row <= lastRow; row += 1) {
      const line: unknown[] = [];
      for (let column = ref.from.col; column <= lastColumn; column += 1) line.push(this.forParser(this.cellValue(sheet, row, column)));
      rows.push(line);
    }
    return rows;
  }

  private cellValue(sheet: FormulaSheet, row: number, column: number): StoredCell {
    return sheet.grid.formulaAt(row, column) === undefined ? sheet.grid.rawCell(row, column) : this.value(sheet, row, column);
  }

  private forParser(value: StoredCell): unknown {
    if (value === '') return null;
    if (isDate(value)) return (wallClockAsUtc(value.getTime(), this.timeZone()) - DAY_ZERO_UTC) / 86400000;
    if (typeof value === 'string' && ERROR_TEXT.test(value)) return new FormulaError(value);
    return value;
  }
}

/** The parser's answer as a cell value: an error as its text, a range as its first cell, nothing as ''. */
function resultOf(result: unknown): StoredCell {
  if (result instanceof FormulaError) return result.error;
  if (Array.isArray(result)) return resultOf((result[0] as unknown[] | undefined)?.[0]);
  if (result === null || result === undefined) return '';
  if (typeof result === 'number') return Number.isFinite(result) ? result : '#NUM!';
  if (typeof result === 'string' || typeof result === 'boolean') return result;
  if (typeof result === 'object' && 'ref' in result) return '#VALUE!';
  return String(result);
}
