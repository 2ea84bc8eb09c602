// Which rows of one code column hold any of some codes, found by the cheaper of two ways: Google's own
// search of the column (Range.createTextFinder with a regular expression of the codes: one call and
// ~2 µs a cell searched, cost model version 2) or a read of the column (~30 µs a cell). Either way the
// answer may hold MORE rows than those whose codeKey is one of the codes — never fewer: the caller reads
// the rows it gets and keeps those whose code (as readCode/codeKey read it) is one asked for.
//
// A search matches the text a cell DISPLAYS, not its value, so it is used only where the two cannot
// differ for the codes asked; otherwise the column is read (each fallback below says why):
// - a text cell displays its text: `^ *(?:CODE|…) *$`, case-insensitive (Google's default), finds it
//   whatever its case and however many spaces around it — exactly what codeKey ignores for plain ASCII;
// - whatever codeKey does beyond that (NFKC, invisible characters, other spaces and hyphens, tabs and
//   line breaks) concerns only cells holding a character outside printable ASCII: `|[^ -~]` finds every
//   such cell, so they are read and judged by codeKey like the rest (they are few);
// - a formula shows its result: a text result is a text cell for this purpose, others as below;
// - a number or a date displays in its cell's number format ("1,042", "9/1/2024"), which a search
//   cannot know: when a code asked for is what readCode makes of a number ("1042") or of a date (an
//   ISO timestamp), that column is read instead. A boolean shows TRUE or FALSE, but a checkbox may
//   not: "TRUE" and "FALSE" are read too.
// What remains assumed: a text cell whose number format has a text section ("Lot "@) shows more than
// its text — a search would miss it. Sheets' own formats never do this; a maker would have to write one.
// Google's RE2 has no documented limit on a TextFinder pattern: patterns are kept to SEARCH_PATTERN_LIMIT
// characters (several searches when the codes are many), and a search Google refuses falls back to a read.
import { codeKey } from '../domain/codes';
import type { SheetKey } from '../domain/workbook';
import { CALL_COST_MS, CELL_READ_COST_MS } from './blocks';
import { readCodeColumns } from './code-columns';
import type { Workbook } from './workbook';

/** Cost model version 2: a cell a TextFinder searches (meter.ts). */
export const CELL_SEARCH_COST_MS = 0.002;

/** Characters of one search pattern (an assumption: see above). */
export const SEARCH_PATTERN_LIMIT = 8_000;

/** Codes a search cannot be trusted to find, as keys: what readCode makes of a number, a date or a boolean. */
export function searchMayMiss(key: string): boolean {
  if (key === 'TRUE' || key === 'FALSE') return true;
  const number = Number(key);
  if (key.trim() !== '' && Number.isFinite(number) && codeKey(String(number)) === key) return true;
  return /^[+-]?\d{4,6}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(key);
}

/** The search patterns for some code keys, each at most SEARCH_PATTERN_LIMIT characters (one code may pass it alone). */
export function searchPatterns(keys: readonly string[]): string[] {
  const escaped = keys.map((key) => key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const patterns: string[] = [];
  let chunk: string[] = [];
  let length = 0;
  const close = () => {
    if (chunk.length > 0) patterns.push(`^ *(?:${chunk.join('|')}) *$|[^ -~]`);
    chunk = [];
    length = 0;
  };
  for (const code of escaped) {
    if (chunk.length > 0 && length + code.length + 1 > SEARCH_PATTERN_LIMIT) close();
    chunk.push(code);
    length += code.length + 1;
  }
  close();
  return patterns;
}

/**
 * When the codes are too many for one pattern (opening the sidebar asks for every lot of every BoM
 * component): one pattern of their first characters, as many as fit — `^ *(?:LAV-0|M012-1|…)` finds every
 * cell whose code starts so, a superset again, whose rows the caller reads the code of before the rest.
 */
export function prefixPattern(keys: readonly string[]): string | null {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const patternOf = (length: number) => {
    const prefixes = [...new Set(keys.map((key) => key.slice(0, length)))].map(escape);
    return `^ *(?:${prefixes.join('|')})|[^ -~]`;
  };
  // The longest prefixes that fit (fewer false finds), by halving: the patterns grow with the length.
  let low = 1;
  let high = keys.reduce((longest, key) => Math.max(longest, key.length), 1);
  if (patternOf(low).length > SEARCH_PATTERN_LIMIT) return null;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (patternOf(middle).length <= SEARCH_PATTERN_LIMIT) low = middle;
    else high = middle - 1;
  }
  return patternOf(low);
}

export interface FoundRows {
  /** Ascending sheet rows that may hold one of the codes (a superset: see above). */
  rows: number[];
  /** How they were found: by Google's search (of the codes, or of their first characters), or by reading the column (and why). */
  how: 'searched' | 'searched by prefix' | 'read: a code a search may miss' | 'read: cheaper' | 'read: search refused';
}

/**
 * The rows of `column` in table `key` that may hold one of `codes` (codeKey'd here). No sheet or no
 * such column: no rows (a read of it would find no code either).
 */
export function findCodeRows(workbook: Workbook, key: SheetKey, column: string, codes: Iterable<string>): FoundRows {
  const keys = [...new Set([...codes].map(codeKey))].filter((code) => code !== '');
  if (keys.length === 0) return { rows: [], how: 'searched' };
  const wanted = new Set(keys);
  const table = workbook.table(key);
  let patterns = searchPatterns(keys);
  let how: FoundRows['how'] = 'searched';
  if (table && patterns.length > 1) {
    const rowCount = Math.max(1, table.lastRow - 1);
    const readCost = CALL_COST_MS + rowCount * CELL_READ_COST_MS;
    const prefixes = prefixPattern(keys);
    // What the prefixes find beyond the codes is read (its code column only): worth it on a big column.
    if (searchCost(patterns.length, rowCount) >= readCost && prefixes !== null && searchCost(1, rowCount) < readCost / 2) {
      patterns = [prefixes];
      how = 'searched by prefix';
    }
  }
  return findRows(workbook, key, column, patterns, how, keys.some(searchMayMiss), (code) => wanted.has(code));
}

/**
 * The rows of `column` whose code is `prefix`, digits, `suffix` (as codeKeys): the codes a sequence
 * number of a code format is counted from (code-numbering.ts), found without reading the column.
 */
export function findSequenceRows(workbook: Workbook, key: SheetKey, column: string, prefix: string, suffix: string): FoundRows {
  const [head, tail] = [codeKey(prefix), codeKey(suffix)];
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Made only of what a number's or a date's plain text holds, such a code may be a number or date cell.
  const mayMiss = !/[^0-9.E+\-:TZ]/.test(head + tail);
  const shape = new RegExp(`^${escape(head)}[0-9]+${escape(tail)}$`);
  return findRows(workbook, key, column, [`^ *${escape(head)}[0-9]+${escape(tail)} *$|[^ -~]`], 'searched', mayMiss, (code) =>
    shape.test(code),
  );
}

function searchCost(patterns: number, rowCount: number): number {
  return patterns * (CALL_COST_MS + rowCount * CELL_SEARCH_COST_MS);
}

function findRows(
  workbook: Workbook,
  key: SheetKey,
  column: string,
  patterns: readonly string[],
  how: FoundRows['how'],
  mayMiss: boolean,
  /** Which codes (keys) a read of the column keeps. */
  keep: (code: string) => boolean,
): FoundRows {
  const table = workbook.table(key);
  if (!table) return { rows: [], how };
  // A column the layout cache says is missing may have been added since: Google is asked before saying so.
  if (!table.has(column) && !table.isVerified) table.prepareForWriting();
  if (!table.has(column)) return { rows: [], how };
  const read = (why: FoundRows['how']): FoundRows => {
    const result = readCodeColumns(workbook, key, [column]);
    const cells = result.codes[column] ?? [];
    return { rows: result.rows.filter((_, index) => keep(codeKey(cells[index] ?? ''))), how: why };
  };
  if (mayMiss) return read('read: a code a search may miss');
  // Judged on the row count known so far (the cache's hint when not yet verified): a choice of cost only.
  // A table opened from the cache is opened again before a search (its size, its header, its last row).
  const rowCount = Math.max(1, table.lastRow - 1);
  const opening = table.isVerified ? 0 : 3 * CALL_COST_MS;
  if (opening + searchCost(patterns.length, rowCount) >= CALL_COST_MS + rowCount * CELL_READ_COST_MS) return read('read: cheaper');
  // The column's place and the table's last row as Google has them now, not as the layout cache says
  // (what a write needs too: a save that then appends to this table asks nothing more).
  table.prepareForWriting();
  const position = table.layout.positions.get(column);
  if (position === undefined || table.lastRow < 2) return { rows: [], how };
  const range = table.sheet.getRange(2, position + 1, table.lastRow - 1, 1);
  const rows = new Set<number>();
  try {
    for (const pattern of patterns)
      for (const cell of range.createTextFinder(pattern).useRegularExpression(true).findAll()) rows.add(cell.getRow());
  } catch {
    return read('read: search refused');
  }
  return { rows: [...rows].sort((a, b) => a - b), how };
}
