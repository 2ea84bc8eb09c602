// Sheets reads a string written by a script as if a person typed it: `=…` becomes a formula, `0923`
// the number 923, `2023-09-14` a date. Text from makers and order exports must stay exactly text,
// so every string goes in behind an apostrophe, which Sheets drops from the stored value.
import type { Cell } from '../domain/cell-values';

export type WritableCell = Cell | null;

export function textCell(text: string): string {
  return text === '' ? '' : `'${text}`;
}

/** A value ready for setValues: numbers, booleans and dates as themselves, strings kept as text. */
export function sheetCell(value: WritableCell | undefined): string | number | boolean | Date {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return textCell(value);
  return value;
}

export function sheetRow(values: readonly (WritableCell | undefined)[]): (string | number | boolean | Date)[] {
  return values.map(sheetCell);
}
