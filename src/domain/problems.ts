// A problem is something in the maker's data that needs fixing, said so they can find it:
// which sheet, which row, which column.

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
