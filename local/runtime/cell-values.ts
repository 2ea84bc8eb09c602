// What a cell can hold and what a script may write into one. Google converts odd values silently (an
// object becomes "{a=1}", NaN becomes an error cell); we refuse them instead, so a bug that would write
// garbage into a maker's sheet fails in tests. Dates are accepted from any realm (a vm context has its
// own Date), recognised by their internal tag rather than instanceof.

/** A stored cell: '' is empty. Dates are host-realm copies, never shared with the script. */
export type StoredCell = string | number | boolean | Date;

/** The placeholder getValues returns for a formula cell: this runtime stores formulas, never evaluates them. */
export const FORMULA_PLACEHOLDER = '#FORMULA!';

export const MAX_CELL_CHARACTERS = 50000;

export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** A writable value, normalised: null/undefined → '', Dates copied into this realm. Returns an error type name when illegal. */
export function normaliseWritable(value: unknown): { ok: true; value: StoredCell } | { ok: false; type: string } {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return { ok: true, value };
    case 'number':
      return Number.isFinite(value) ? { ok: true, value } : { ok: false, type: `number ${String(value)}` };
    case 'undefined':
      return { ok: true, value: '' };
    case 'object': {
      if (value === null) return { ok: true, value: '' };
      if (isDate(value)) {
        const time = Date.prototype.getTime.call(value);
        return Number.isNaN(time) ? { ok: false, type: 'Invalid Date' } : { ok: true, value: new Date(time) };
      }
      return { ok: false, type: Array.isArray(value) ? 'Array' : 'Object' };
    }
    default:
      return { ok: false, type: typeof value };
  }
}

/** Apps Script's name for an argument's type in "The parameters (…) don't match" errors. */
export function appsScriptTypeName(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'boolean') return 'Boolean';
  if (typeof value === 'function') return 'Function';
  if (isDate(value)) return 'Date';
  if (Array.isArray(value)) return `${value.length > 0 ? appsScriptTypeName(value[0]) : 'Object'}[]`;
  const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
  if (typeof name === 'string' && name.startsWith('Local')) return `SpreadsheetApp.${name.slice('Local'.length)}`;
  return 'Object';
}
