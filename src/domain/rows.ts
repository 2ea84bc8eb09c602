// Raw cells of one table → typed rows, the way workbook.md says people type them. Blank rows are
// skipped; a blank required cell or an unreadable value becomes a problem with sheet, row, column.
import { codeKey } from './codes';
import { errorProblem, isBlank, readChoice, readDay, readNumber, readText, readUnit } from './cell-values';
import type { Day } from './days';
import { readingConventions, type ReadingConventions } from './locale';
import type { Problem } from './problems';
import { convert, parseUnit, type Unit } from './units';
import type { ColumnSpec, SheetSpec } from './workbook';

export type TypedValue = string | number | Day | Unit | null;

export interface TypedRow {
  /** 1-based sheet row. */
  row: number;
  /** By column key: text/code/choice → string ('' when blank), number → number|null, day → Day|null, unit → Unit|null. */
  values: Record<string, TypedValue>;
  /**
   * Keys of the columns whose cell holds something that could not be read (reported as a problem):
   * their value is null like a blank's, and this tells them apart — an Expires that cannot be read is
   * not a lot that never expires.
   */
  unread?: readonly string[];
}

export interface RawColumns {
  firstRow: number;
  length: number;
  columns: Map<string, unknown[]>;
}

export interface TypeRowsOptions {
  spec: SheetSpec;
  /** Sheet name as the maker wrote it. */
  sheetName: string;
  /** Header text per key as the maker wrote it. */
  headerOf: (key: string) => string;
  timeZone: string;
  /**
   * The spreadsheet's locale (getSpreadsheetLocale()): how numeric and date text is read. Default en_US.
   * A function is asked only when some cell holds text whose reading depends on it (1,5 or 14.09.2023,
   * not 12 or 2023-09-14): asking costs the sheets layer a call, and most cells are real numbers and dates.
   */
  locale?: string | (() => string);
}

/** Text that reads the same in every locale: whole numbers and ISO days. */
const READS_ONE_WAY = /^\s*(?:\d+|\d{4}-\d{2}-\d{2})\s*$/;

/** One currency sign before or after an amount typed as text (pasted from an invoice or a CSV), and the spaces beside it. */
const CURRENCY_SIGN = /^\s*([-+]?)\s*[$€£¥]\s*(.*?)\s*$|^\s*(.*?)\s*[$€£¥]\s*$/s;

function withoutCurrencySign(text: string): string {
  const found = CURRENCY_SIGN.exec(text);
  if (!found) return text;
  return found[3] !== undefined ? found[3] : `${found[1] ?? ''}${found[2] ?? ''}`;
}

export function typeRows(raw: RawColumns, options: TypeRowsOptions): { rows: TypedRow[]; problems: Problem[] } {
  const specs = options.spec.columns.filter((column) => raw.columns.has(column.key));
  // Looked up once, not per cell: a trace types a few hundred thousand cells at the ceiling.
  const cellsOf = specs.map((column) => raw.columns.get(column.key) ?? []);
  let known: ReadingConventions | null = null;
  const conventions = (): ReadingConventions =>
    (known ??= readingConventions(typeof options.locale === 'function' ? options.locale() : options.locale));
  const rows: TypedRow[] = [];
  const problems: Problem[] = [];
  for (let index = 0; index < raw.length; index++) {
    if (cellsOf.every((cells) => isBlank(cells[index]))) continue;
    const row = raw.firstRow + index;
    const values: Record<string, TypedValue> = {};
    // Made only for a row with a cell it cannot read: most rows have none, and a trace types millions of cells.
    let unreadable: Map<string, string> | null = null;
    for (let c = 0; c < specs.length; c++) {
      const column = specs[c] as ColumnSpec;
      const cell = (cellsOf[c] as unknown[])[index];
      const typed = typeCell(cell, column, options.timeZone, conventions);
      if (typed.ok) values[column.key] = typed.value;
      else {
        values[column.key] = column.kind === 'text' || column.kind === 'code' || column.kind === 'choice' ? readText(cell) : null;
        (unreadable ??= new Map()).set(column.key, typed.message);
      }
    }
    if (unreadable === null) {
      rows.push({ row, values });
      continue;
    }
    for (let c = 0; c < specs.length; c++) {
      const column = specs[c] as ColumnSpec;
      if (column.unitIn === undefined || !unreadable.has(column.key)) continue;
      const unitAt = specs.findIndex((other) => other.key === column.unitIn);
      if (unitAt < 0) continue;
      const unitBlank = isBlank((cellsOf[unitAt] as unknown[])[index]);
      quantityWithUnit((cellsOf[c] as unknown[])[index], column, unitBlank, values, unreadable, conventions);
    }
    const unread: string[] = [];
    for (const [key, message] of unreadable) {
      problems.push({ sheet: options.sheetName, row, column: options.headerOf(key), message });
      const at = specs.findIndex((column) => column.key === key);
      if (at >= 0 && !isBlank((cellsOf[at] as unknown[])[index])) unread.push(key);
    }
    rows.push(unread.length > 0 ? { row, values, unread } : { row, values });
  }
  return { rows, problems };
}

/** A number, a space or none, a unit: "500 ml", "0,5 l", "12 bars". */
const AMOUNT_AND_UNIT = /^\s*([-+]?[\d.,\s\u00a0\u202f]*\d)\s*([^\d\s.,][^\d]*?)\s*$/;

/**
 * "500 ml" typed in a quantity: 500 of ml, when the row's Unit is blank or says ml (its blank is then no
 * problem); with another unit there, which one the maker meant is not known — said at the quantity.
 */
function quantityWithUnit(
  cell: unknown,
  column: ColumnSpec,
  unitBlank: boolean,
  values: Record<string, TypedValue>,
  unreadable: Map<string, string>,
  conventions: () => ReadingConventions,
): void {
  const unitKey = column.unitIn as string;
  if (typeof cell !== 'string') return;
  const found = AMOUNT_AND_UNIT.exec(cell);
  const unit = found ? parseUnit(found[2] as string) : null;
  if (!found || !unit) return;
  const amount = READS_ONE_WAY.test(found[1] as string) ? readNumber(found[1]) : readNumber(found[1], conventions());
  if (!amount.ok) return;
  const beside = values[unitKey];
  // "12 bar" beside "bars" or "pcs" is one count (workbook.md); "500 ml" beside "l" is not the same figure.
  if (beside !== null && typeof beside === 'object' && convert(1, unit, beside) !== 1) {
    unreadable.set(
      column.key,
      `${JSON.stringify(cell.trim())} is in ${unit.symbol}, but the row's unit is ${beside.symbol}: write the number alone, in the unit it is in`,
    );
    return;
  }
  values[column.key] = amount.value;
  unreadable.delete(column.key);
  if (unitBlank) {
    values[unitKey] = unit;
    unreadable.delete(unitKey);
  }
}

function typeCell(
  cell: unknown,
  column: ColumnSpec,
  timeZone: string,
  conventions: () => ReadingConventions,
): { ok: true; value: TypedValue } | { ok: false; message: string } {
  if (isBlank(cell)) {
    if (column.required) return { ok: false, message: `${column.header} is required but the cell is empty` };
    if (column.kind === 'choice' && column.choices) return { ok: true, value: column.choices[0] ?? '' };
    return { ok: true, value: column.kind === 'text' || column.kind === 'code' ? '' : null };
  }
  const error = errorProblem(cell);
  if (error) return error;
  switch (column.kind) {
    case 'number': {
      const read = (value: unknown) =>
        typeof value === 'string' && !READS_ONE_WAY.test(value) ? readNumber(value, conventions()) : readNumber(value);
      if (typeof cell === 'string' && column.money) {
        const amount = read(withoutCurrencySign(cell));
        // Unreadable even without its sign: said as the maker typed it.
        if (amount.ok) return amount;
      }
      return read(cell);
    }
    case 'day':
    case 'timestamp':
      return typeof cell === 'string' && !READS_ONE_WAY.test(cell) ? readDay(cell, timeZone, conventions()) : readDay(cell, timeZone);
    case 'unit':
      return readUnit(cell);
    case 'choice':
      return readChoice(cell, column.choices ?? []);
    default:
      return { ok: true, value: readText(cell) };
  }
}

/** A typed row's cell as text, trimmed; a number as written; '' when blank or of another type. */
export function rowText(row: TypedRow | undefined, key: string): string {
  const value: TypedValue | undefined = row?.values[key];
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  return '';
}

/** A typed row's cell as a number, null when it holds none. */
export function rowNumber(row: TypedRow | undefined, key: string): number | null {
  const value = row?.values[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** A typed row's cell as a unit, null when it holds none. */
export function rowUnit(row: TypedRow | undefined, key: string): Unit | null {
  const value = row?.values[key];
  if (value && typeof value === 'object' && 'factor' in value) return value;
  if (typeof value === 'string' && value !== '') return parseUnit(value);
  return null;
}

/** A typed row's cell as a calendar day, null when it holds none. */
export function rowDay(row: TypedRow | undefined, key: string): Day | null {
  const value = row?.values[key];
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}

/** Rows filed under the code in one column (as codeKey compares codes), in sheet order; a blank code files none. */
export function rowsByCode(rows: readonly TypedRow[], key: string): Map<string, TypedRow[]> {
  const map = new Map<string, TypedRow[]>();
  for (const row of rows) {
    const code = codeKey(rowText(row, key));
    if (code === '') continue;
    const list = map.get(code);
    if (list) list.push(row);
    else map.set(code, [row]);
  }
  return map;
}
