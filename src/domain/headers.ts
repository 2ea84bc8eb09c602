// Columns are found by their header text, wherever the maker put them (workbook.md: "found by name,
// read by header"). Users insert their own columns anywhere; those are simply not ours.
import type { ColumnSpec } from './workbook';

/** Header text compared case-insensitively with runs of whitespace collapsed. */
export function headerKey(text: unknown): string {
  return String(text ?? '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

export interface ColumnLayout {
  /** 0-based position of each known column that is present, by column key. */
  positions: Map<string, number>;
  /** Required columns with no header found. */
  missingRequired: ColumnSpec[];
  /** Known columns (required or not) with no header found, in spec order. */
  missing: ColumnSpec[];
  /** Headers that name a known column a second time: the first one wins, these are ignored. */
  duplicates: { column: ColumnSpec; position: number }[];
}

/**
 * Match a header row to column specs. Exact header names win over aliases, so a sheet with both
 * "Lot number" and "Lot" columns maps each to the column it names outright.
 */
export function locateColumns(headerRow: readonly unknown[], columns: readonly ColumnSpec[]): ColumnLayout {
  const keys = headerRow.map(headerKey);
  const positions = new Map<string, number>();
  const taken = new Set<number>();
  const duplicates: ColumnLayout['duplicates'] = [];

  const claim = (column: ColumnSpec, names: readonly string[]) => {
    if (positions.has(column.key)) return;
    const wanted = new Set(names.map(headerKey));
    keys.forEach((key, position) => {
      if (!wanted.has(key) || taken.has(position)) return;
      if (positions.has(column.key)) duplicates.push({ column, position });
      else {
        positions.set(column.key, position);
        taken.add(position);
      }
    });
  };
  for (const column of columns) claim(column, [column.header]);
  for (const column of columns) claim(column, column.aliases ?? []);

  const missing = columns.filter((column) => !positions.has(column.key));
  return { positions, missing, missingRequired: missing.filter((column) => column.required), duplicates };
}

/** Spreadsheet column letters for a 0-based position: 0 → A, 26 → AA. */
export function columnLetter(position: number): string {
  let n = position + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
