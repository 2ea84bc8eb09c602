// Turns one value a script writes into what the cell stores: checks it is a legal cell value and not too
// long, then reads strings as typed input (see typed-input.ts). All cells of a write are prepared before
// any is stored, so a bad value leaves the sheet untouched — one failed setValues writes nothing.
import { MAX_CELL_CHARACTERS, normaliseWritable, type StoredCell } from './cell-values';
import type { RuntimeContext } from './context';
import { MESSAGES } from './messages';
import { readTyped } from './typed-input';

export interface PreparedCell {
  value: StoredCell;
  formula?: string;
  /** A format Sheets applies when the typed text implied one ('12%' → '0%') and the cell has none. */
  impliedFormat?: string;
}

export function prepareCell(ctx: RuntimeContext, raw: unknown, plainText: boolean, where: () => string): PreparedCell {
  const normalised = normaliseWritable(raw);
  if (!normalised.ok) return ctx.fail(MESSAGES.illegalCellValue(normalised.type, where()));
  const value = normalised.value;
  if (typeof value !== 'string') return { value };
  if (value.length > MAX_CELL_CHARACTERS) return ctx.fail(MESSAGES.cellTooLong);
  const typed = readTyped(value, { plainText, timeZone: ctx.timeZone, nowMs: Date.now(), locale: ctx.spreadsheetLocale });
  switch (typed.kind) {
    case 'empty':
      return { value: '' };
    case 'text':
      return { value: typed.text };
    case 'formula':
      return { value: '', formula: typed.formula };
    case 'boolean':
      return { value: typed.value };
    case 'number':
      return typed.format ? { value: typed.value, impliedFormat: typed.format } : { value: typed.value };
    case 'date':
      return { value: new Date(typed.epochMs), impliedFormat: typed.format };
  }
}
