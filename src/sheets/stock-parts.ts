// The production sidebar's stock read in parts. At the Sheets ceiling, Receipts, Batches and Batch
// inputs hold 1.3 million cells the sidebar needs (any row may move a lot it offers): read in one
// execution that is ~40 s. Apps Script runs google.script.run calls side by side (ten at a time), so the
// sidebar asks for the rows in parts: each part reads its share of each table's rows and keeps them in the
// document cache, and one last call takes every part back and counts stock from exactly the rows a whole
// read would have given (readOfferSheets), so the answer is the same.
//
// What keeps it from ever answering from rows that are not the sheets': every part and the last call
// check that each table still ends where the plan said (a row added or removed moves that), and a part
// missing from the cache (evicted, failed, never run) makes the last call read the tables itself.
import type { Problem } from '../domain/problems';
import { STOCK_COLUMNS } from '../domain/production';
import type { TypedRow, TypedValue } from '../domain/rows';
import type { Unit } from '../domain/units';
import { readTable } from './read-table';
import type { Workbook } from './workbook';

export const PART_TABLES = ['receipts', 'batches', 'batchInputs'] as const;
export type PartTable = (typeof PART_TABLES)[number];

/** The plan (src/contract/stock-in-parts.ts): which reading, in how many parts, of tables ending where. */
export interface PartsPlan {
  token: string;
  parts: number;
  lastRows: Record<PartTable, number>;
}

/** The rows of the three tables, and what reading each said, as readTable gives them whole. */
export interface ReadInParts {
  rows: Record<PartTable, TypedRow[]>;
  problems: Record<PartTable, Problem[]>;
}

/** Below this many cells one execution reads the three tables (~9 s); above, parts are quicker. */
export const ONE_CALL_CELLS = 300_000;
/** About this many cells a part: ~4.5 s of reading each. */
const CELLS_PER_PART = 150_000;
/** Google keeps at most 100 KB a cache entry (UTF-8). */
const ENTRY_BYTES = 100 * 1024;
/** Long enough for the slowest part and the last call; gone soon after if the last call never comes. */
const KEPT_SECONDS = 600;
const MAX_PARTS = 10;

/**
 * The plan for a workbook this large, or null when one call is as quick (or a table is missing: the
 * one call says so). `parts` forces a number of parts.
 */
export function planParts(workbook: Workbook, parts?: number): PartsPlan | null {
  if (PART_TABLES.some((key) => !workbook.table(key))) return null;
  // The layout cache's row counts first: a workbook that small is read in one call without asking Google more.
  const hinted = PART_TABLES.reduce(
    (sum, key) => sum + Math.max(0, (workbook.table(key)?.lastRow ?? 0) - 1) * STOCK_COLUMNS[key].length,
    0,
  );
  if (parts === undefined && hinted <= ONE_CALL_CELLS) return null;
  const lastRows = lastRowsOf(workbook);
  const cells = PART_TABLES.reduce((sum, key) => sum + Math.max(0, lastRows[key] - 1) * STOCK_COLUMNS[key].length, 0);
  const count = parts ?? (cells <= ONE_CALL_CELLS ? 1 : Math.min(MAX_PARTS, Math.ceil(cells / CELLS_PER_PART)));
  if (parts === undefined && count <= 1) return null;
  return { token: Utilities.getUuid(), parts: count, lastRows };
}

function lastRowsOf(workbook: Workbook): Record<PartTable, number> {
  return {
    receipts: workbook.table('receipts')?.exactLastRow() ?? 0,
    batches: workbook.table('batches')?.exactLastRow() ?? 0,
    batchInputs: workbook.table('batchInputs')?.exactLastRow() ?? 0,
  };
}

const sameEnds = (a: Record<PartTable, number>, b: Record<PartTable, number>) => PART_TABLES.every((key) => a[key] === b[key]);

/** Part `part`'s rows of a table ending at `lastRow`: an equal share of rows 2…lastRow, in sheet order. */
export function partSpan(lastRow: number, part: number, parts: number): { fromRow: number; toRow: number } | null {
  const rows = Math.max(0, lastRow - 1);
  const fromRow = 2 + Math.floor((part * rows) / parts);
  const toRow = 1 + Math.floor(((part + 1) * rows) / parts);
  return toRow >= fromRow ? { fromRow, toRow } : null;
}

const headKey = (plan: PartsPlan, part: number) => `lotline.stock.${plan.token}.${part}`;
const pieceKey = (plan: PartsPlan, part: number, piece: number) => `lotline.stock.${plan.token}.${part}.${piece}`;

/** One part: reads its rows and keeps them. False when the tables no longer end where the plan said. */
export function readPart(workbook: Workbook, plan: PartsPlan, part: number): boolean {
  if (!sameEnds(lastRowsOf(workbook), plan.lastRows)) return false;
  const rows = {} as Record<PartTable, TypedRow[]>;
  const problems = {} as Record<PartTable, Problem[]>;
  for (const key of PART_TABLES) {
    const span = partSpan(plan.lastRows[key], part, plan.parts);
    const read = span ? readTable(workbook, key, STOCK_COLUMNS[key], span) : { rows: [], problems: [] };
    rows[key] = read.rows;
    problems[key] = read.problems;
  }
  // Null outside a document (never for an add-on's sidebar): then the last call reads the tables itself.
  const cache = CacheService.getDocumentCache();
  if (!cache) return false;
  const pieces = piecesOf(JSON.stringify(encodePart({ rows, problems })));
  const entries: Record<string, string> = { [headKey(plan, part)]: String(pieces.length) };
  pieces.forEach((piece, index) => (entries[pieceKey(plan, part, index)] = piece));
  cache.putAll(entries, KEPT_SECONDS);
  return true;
}

/**
 * Every part's rows, put together in sheet order, when every part is in the cache and the tables still end
 * where the plan said; else null (the caller reads the tables itself). The entries are removed either way.
 */
export function takeParts(workbook: Workbook, plan: PartsPlan): ReadInParts | null {
  const cache = CacheService.getDocumentCache();
  if (!cache) return null;
  const heads = Array.from({ length: plan.parts }, (_, part) => headKey(plan, part));
  const found = cache.getAll(heads);
  const counts = heads.map((key) => Number(found[key]));
  const pieceKeys = counts.flatMap((count, part) =>
    Number.isInteger(count) && count > 0 ? Array.from({ length: count }, (_, piece) => pieceKey(plan, part, piece)) : [],
  );
  const pieces = pieceKeys.length > 0 ? cache.getAll(pieceKeys) : {};
  cache.removeAll([...heads, ...pieceKeys]);
  if (!counts.every((count) => Number.isInteger(count) && count > 0) || pieceKeys.some((key) => pieces[key] === undefined)) return null;
  if (!sameEnds(lastRowsOf(workbook), plan.lastRows)) return null;
  const whole: ReadInParts = {
    rows: { receipts: [], batches: [], batchInputs: [] },
    problems: { receipts: [], batches: [], batchInputs: [] },
  };
  const seen = new Set<string>();
  let next = 0;
  for (const count of counts) {
    const part = partOf(pieceKeys.slice(next, next + count).map((key) => pieces[key] as string));
    if (!part) return null;
    next += count;
    for (const key of PART_TABLES) {
      for (const row of part.rows[key]) whole.rows[key].push(row);
      // A sheet's missing column is said by every part: once, first, as a whole read says it.
      for (const problem of part.problems[key]) {
        const said = JSON.stringify([problem.sheet, problem.row, problem.column, problem.message]);
        if (seen.has(said)) continue;
        seen.add(said);
        whole.problems[key].push(problem);
      }
    }
  }
  return whole;
}

/** A part from its kept pieces; null when they do not make one (kept by another version of the add-on). */
function partOf(pieces: readonly string[]): ReadInParts | null {
  try {
    const part = JSON.parse(pieces.join('')) as EncodedPart;
    const whole = PART_TABLES.every((key) => Array.isArray(part.tables?.[key]?.rows) && Array.isArray(part.problems?.[key]));
    return whole ? decodePart(part) : null;
  } catch {
    return null;
  }
}

/** Text cut into cache entries of at most 100 KB each, never inside a character. */
export function piecesOf(text: string, limit = ENTRY_BYTES): string[] {
  const pieces: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    // A surrogate pair is 4 bytes in UTF-8: 2 for each half; the cut is never between the halves.
    const size = unit < 0x80 ? 1 : unit < 0x800 ? 2 : unit >= 0xd800 && unit <= 0xdfff ? 2 : 3;
    if (bytes + size > limit) {
      const cut = unit >= 0xdc00 && unit <= 0xdfff ? index - 1 : index;
      pieces.push(text.slice(start, cut));
      start = cut;
      bytes = cut < index ? 2 : 0;
    }
    bytes += size;
  }
  pieces.push(text.slice(start));
  return pieces;
}

// A part as it is kept: each row a list [row, value…] in STOCK_COLUMNS order, a unit as [its index in the
// part's units]; a third the size of the rows' own JSON, so a part needs fewer entries.
type EncodedValue = string | number | null | [number];
interface EncodedTable {
  rows: EncodedValue[][];
  /** [index of the row, the columns it could not read]. */
  unread: [number, string[]][];
}
interface EncodedPart {
  units: Unit[];
  tables: Record<PartTable, EncodedTable>;
  problems: Record<PartTable, Problem[]>;
}

function encodePart(part: ReadInParts): EncodedPart {
  const units: Unit[] = [];
  const unitIndex = new Map<string, number>();
  const value = (typed: TypedValue | undefined): EncodedValue => {
    if (typed === null || typed === undefined || typeof typed !== 'object') return typed ?? null;
    const said = `${typed.symbol}\u0000${typed.kind}\u0000${typed.factor}`;
    let index = unitIndex.get(said);
    if (index === undefined) {
      index = units.length;
      units.push(typed);
      unitIndex.set(said, index);
    }
    return [index];
  };
  const tables = {} as Record<PartTable, EncodedTable>;
  for (const key of PART_TABLES) {
    const columns = STOCK_COLUMNS[key];
    tables[key] = {
      rows: part.rows[key].map((row) => [row.row, ...columns.map((column) => value(row.values[column]))]),
      unread: part.rows[key].flatMap((row, index): [number, string[]][] => (row.unread?.length ? [[index, [...row.unread]]] : [])),
    };
  }
  return { units, tables, problems: part.problems };
}

function decodePart(part: EncodedPart): ReadInParts {
  const rows = {} as Record<PartTable, TypedRow[]>;
  for (const key of PART_TABLES) {
    const columns = STOCK_COLUMNS[key];
    const unread = new Map(part.tables[key].unread);
    rows[key] = part.tables[key].rows.map((encoded, index) => {
      const values: Record<string, TypedValue> = {};
      columns.forEach((column, at) => {
        const cell = encoded[at + 1] ?? null;
        values[column] = Array.isArray(cell) ? (part.units[cell[0]] as Unit) : cell;
      });
      const row: TypedRow = { row: encoded[0] as number, values };
      const columnsUnread = unread.get(index);
      if (columnsUnread) row.unread = columnsUnread;
      return row;
    });
  }
  return { rows, problems: part.problems };
}
