// A problem is something in the maker's data that needs fixing, said so they can find it:
// which sheet, which row, which column.
import { columnSpec, sheetSpec, type SheetKey } from './workbook';

export interface Problem {
  sheet: string;
  /** 1-based sheet row, as shown in the row numbers; absent for a whole-sheet problem. */
  row?: number;
  /** Header text of the column. */
  column?: string;
  message: string;
}

export function describeProblem(problem: Problem): string {
  const where = [problem.sheet, problem.row !== undefined ? `row ${problem.row}` : '', problem.column ? `column "${problem.column}"` : '']
    .filter(Boolean)
    .join(', ');
  return `${where}: ${problem.message}`;
}

/**
 * A problem kept by sheet and column *key* (workbook.ts) while a job runs — once each, even when several
 * paths of a trace walk past the same row — and named the way the maker wrote them ("lot #", "batches")
 * when the report is built, so they can find the cell.
 */
export interface KeyedProblem {
  sheet: SheetKey;
  row?: number;
  /** Column key (workbook.ts). */
  column?: string;
  message: string;
}

/** Sheet names and header texts as the maker wrote them; the workbook's own names where absent. */
export interface SheetLabels {
  sheets?: Partial<Record<SheetKey, string>>;
  headers?: Partial<Record<SheetKey, Record<string, string>>>;
}

export function sheetLabel(sheet: SheetKey, labels?: SheetLabels): string {
  return labels?.sheets?.[sheet] ?? sheetSpec(sheet).name;
}

export function columnLabel(sheet: SheetKey, column: string, labels?: SheetLabels): string {
  return labels?.headers?.[sheet]?.[column] ?? columnSpec(sheet, column).header;
}

export function toProblem(problem: KeyedProblem, labels?: SheetLabels): Problem {
  const named: Problem = { sheet: sheetLabel(problem.sheet, labels), message: problem.message };
  if (problem.row !== undefined) named.row = problem.row;
  if (problem.column !== undefined) named.column = columnLabel(problem.sheet, problem.column, labels);
  return named;
}

/** Collects problems, once each, in the order met. */
export class ProblemList {
  private readonly seen = new Set<string>();
  readonly items: KeyedProblem[] = [];

  add(problem: KeyedProblem): void {
    const key = `${problem.sheet}|${problem.row ?? ''}|${problem.column ?? ''}|${problem.message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.items.push(problem);
  }
}
