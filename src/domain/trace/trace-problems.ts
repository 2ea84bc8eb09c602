// Problems a trace meets, kept by sheet and column *key* until the report is built, then named the way
// the maker wrote them ("lot #", "batches") so they can find the cell. Each problem is kept once even
// when several paths of the trace walk past the same row.
import type { Problem } from '../problems';
import { columnSpec, sheetSpec, type SheetKey } from '../workbook';

export interface TraceProblem {
  sheet: SheetKey;
  row?: number;
  /** Column key (workbook.ts). */
  column?: string;
  message: string;
}

/** Sheet names and header texts as the maker wrote them; the workbook's own names where absent. */
export interface TraceLabels {
  sheets?: Partial<Record<SheetKey, string>>;
  headers?: Partial<Record<SheetKey, Record<string, string>>>;
}

export function sheetLabel(sheet: SheetKey, labels?: TraceLabels): string {
  return labels?.sheets?.[sheet] ?? sheetSpec(sheet).name;
}

export function columnLabel(sheet: SheetKey, column: string, labels?: TraceLabels): string {
  return labels?.headers?.[sheet]?.[column] ?? columnSpec(sheet, column).header;
}

export function toProblem(problem: TraceProblem, labels?: TraceLabels): Problem {
  const named: Problem = { sheet: sheetLabel(problem.sheet, labels), message: problem.message };
  if (problem.row !== undefined) named.row = problem.row;
  if (problem.column !== undefined) named.column = columnLabel(problem.sheet, problem.column, labels);
  return named;
}

/** Collects problems, once each, in the order met. */
export class ProblemList {
  private readonly seen = new Set<string>();
  readonly items: TraceProblem[] = [];

  add(problem: TraceProblem): void {
    const key = `${problem.sheet}|${problem.row ?? ''}|${problem.column ?? ''}|${problem.message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.items.push(problem);
  }
}
