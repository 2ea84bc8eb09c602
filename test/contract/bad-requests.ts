// What the table-driven tests of bad requests share: a request that google.script.run lets through
// (any plain data, not only what the sidebar's types allow), the place its problem must be shown, and
// what every answer must be — sentences a maker can read, never zod's JSON or "Invalid input".
import type { Runtime } from '../../local/runtime';

export interface BadRequest {
  /** What is wrong, as the test's name. */
  name: string;
  request: unknown;
  /** Where a problem must be: a field (and the line of a list). */
  at: { field: string; line?: number; list?: 'inputs' | 'waste' };
  /** What the sentence must say, when the field alone does not tell the maker what to fix. */
  says?: RegExp;
}

/** Everything of every sheet a maker could notice: names, sizes, values, formulas, formats. */
export function everySheet(runtime: Runtime) {
  return runtime.spreadsheet.getSheets().map((sheet) => {
    const range = sheet.getRange(1, 1, Math.max(1, sheet.getLastRow()), Math.max(1, sheet.getLastColumn()));
    return {
      name: sheet.getName(),
      rows: sheet.getLastRow(),
      maxRows: sheet.getMaxRows(),
      columns: sheet.getMaxColumns(),
      values: range.getDisplayValues(),
      formulas: range.getFormulas(),
      formats: range.getNumberFormats(),
    };
  });
}

/** A sentence: no code's JSON, no "Invalid input", ending as a sentence ends, short enough to read. */
export function expectSentence(message: string): void {
  expect(message).toMatch(/^\S[\s\S]*[.?]$/);
  expect(message).not.toMatch(/Invalid input|"code":|\[\s*\{|expected \w+, received/);
  expect(message.length).toBeLessThan(400);
}

export const long = (length: number, letter = 'x') => letter.repeat(length);
