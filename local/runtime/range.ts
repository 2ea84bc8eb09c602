// Range values, formulas, clearing, protection, selection and developer metadata. Values come back as
// fresh arrays of number | boolean | Date (the script's own Date) | string, '' for empty; strings
// written are read as typed input (typed-input.ts); formulas are stored, never evaluated.
import { gridArg, signatureFail } from './arguments';
import { prepareCell, type PreparedCell } from './cell-input';
import { MAX_CELL_CHARACTERS } from './cell-values';
import { metadataArguments, type LocalDeveloperMetadata } from './developer-metadata';
import type { Surface } from './google-surface';
import { MESSAGES } from './messages';
import { displayText } from './number-format';
import type { LocalProtection } from './protection';
import { RANGE } from './range-base';
import { RangeFormats } from './range-formats';
import { LocalRichTextValue } from './rich-text';
import { LocalTextFinder } from './text-finder';

type GoogleRange = GoogleAppsScript.Spreadsheet.Range;

export class LocalRange
  extends RangeFormats
  implements
    Surface<
      GoogleRange,
      | 'getRow'
      | 'getColumn'
      | 'getNumRows'
      | 'getNumColumns'
      | 'getLastRow'
      | 'getLastColumn'
      | 'getA1Notation'
      | 'getSheet'
      | 'getCell'
      | 'offset'
      | 'getValues'
      | 'getValue'
      | 'getDisplayValues'
      | 'getDisplayValue'
      | 'setValues'
      | 'setValue'
      | 'getFormulas'
      | 'getFormula'
      | 'setFormula'
      | 'setFormulas'
      | 'getNumberFormats'
      | 'getNumberFormat'
      | 'setNumberFormat'
      | 'setNumberFormats'
      | 'getFontWeights'
      | 'getFontWeight'
      | 'setFontWeight'
      | 'setFontWeights'
      | 'getBackgrounds'
      | 'getBackground'
      | 'setBackground'
      | 'setBackgrounds'
      | 'getDataValidation'
      | 'getDataValidations'
      | 'setDataValidation'
      | 'setDataValidations'
      | 'clearDataValidations'
      | 'protect'
      | 'activate'
      | 'clearContent'
      | 'clear'
      | 'getDeveloperMetadata'
      | 'addDeveloperMetadata'
      | 'setWrap'
      | 'setHorizontalAlignment'
      | 'getRichTextValue'
      | 'getRichTextValues'
      | 'setRichTextValue'
      | 'setRichTextValues'
      | 'createTextFinder'
    >
{
  /** A search of this range on Google's side (text-finder.ts): building it is free, findAll is the call. */
  createTextFinder(...args: [findText: string]): LocalTextFinder {
    this.call('createTextFinder', false);
    return new LocalTextFinder(this.ctx, this.sheet, this.rect, args);
  }

  getValues(): unknown[][] {
    this.call('getValues');
    this.ctx.read(this.cellCount);
    return this.sheet.grid.read(this.rect, this.ctx.realm.Date);
  }

  getValue(): unknown {
    this.call('getValue');
    this.ctx.read(1);
    const value = this.sheet.grid.cell(this.rect.row, this.rect.column);
    return value instanceof Date ? this.ctx.date(value.getTime()) : value;
  }

  getDisplayValues(): string[][] {
    this.call('getDisplayValues');
    this.ctx.read(this.cellCount);
    return this.grid((row, column) => this.display(row, column));
  }

  getDisplayValue(): string {
    this.call('getDisplayValue');
    this.ctx.read(1);
    return this.display(this.rect.row, this.rect.column);
  }

  private display(row: number, column: number): string {
    return displayText(this.sheet.grid.cell(row, column), this.sheet.formats.numberFormat.get(row, column), this.ctx.timeZone);
  }

  getFormulas(): string[][] {
    this.call('getFormulas');
    this.ctx.read(this.cellCount);
    const formulas = this.sheet.grid.formulas;
    return this.grid((row, column) => formulas.get(row, column) ?? '');
  }

  getFormula(): string {
    this.call('getFormula');
    this.ctx.read(1);
    return this.sheet.grid.formulas.get(this.rect.row, this.rect.column) ?? '';
  }

  /** Prepares every cell first (so a bad value writes nothing), then stores them all. */
  private writeAll(valueAt: (i: number, j: number) => unknown): this {
    this.sheet.assertEditable(this.rect);
    const prepared: PreparedCell[][] = this.grid((row, column) => {
      const i = row - this.rect.row;
      const j = column - this.rect.column;
      return prepareCell(this.ctx, valueAt(i, j), this.sheet.isPlainText(row, column), () => this.cellName(i, j));
    });
    let formulas = 0;
    prepared.forEach((line, i) =>
      line.forEach((cell, j) => {
        if (cell.formula !== undefined) formulas += 1;
        this.sheet.storeCell(this.rect.row + i, this.rect.column + j, cell);
      }),
    );
    this.ctx.wrote(this.cellCount);
    this.ctx.meter.formulas(formulas);
    return this;
  }

  setValues(...args: [values: unknown[][]]): this {
    this.call('setValues');
    if (args.length !== 1) signatureFail(this.ctx, `${RANGE}.setValues`, args);
    const values = gridArg(this.ctx, `${RANGE}.setValues`, args, 0);
    this.checkShape(values);
    return this.writeAll((i, j) => values[i]![j]);
  }

  /** Sets every cell of the range to the same value, as Google does. */
  setValue(...args: [value: unknown]): this {
    this.call('setValue');
    if (args.length !== 1) signatureFail(this.ctx, `${RANGE}.setValue`, args);
    return this.writeAll(() => args[0]);
  }

  private formulaText(value: unknown, args: readonly unknown[], method: string): string {
    if (typeof value !== 'string') return signatureFail(this.ctx, `${RANGE}.${method}`, args);
    return value === '' || value.startsWith('=') ? value : `=${value}`;
  }

  setFormula(...args: [formula: string]): this {
    this.call('setFormula');
    const formula = this.formulaText(args[0], args, 'setFormula');
    return this.writeAll(() => formula);
  }

  setFormulas(...args: [formulas: string[][]]): this {
    this.call('setFormulas');
    const formulas = gridArg(this.ctx, `${RANGE}.setFormulas`, args, 0);
    this.checkShape(formulas);
    const texts = formulas.map((row) => row.map((value) => this.formulaText(value, args, 'setFormulas')));
    return this.writeAll((i, j) => texts[i]![j]);
  }

  /** A text cell's rich text (its link, if any); null for a number, date, boolean or empty cell, as Google. */
  private richText(row: number, column: number): LocalRichTextValue | null {
    const value = this.sheet.grid.cell(row, column);
    if (typeof value !== 'string' || value === '' || this.sheet.grid.formulas.get(row, column) !== undefined) return null;
    return new LocalRichTextValue(value, this.sheet.formats.link.get(row, column) ?? null);
  }

  getRichTextValue(): LocalRichTextValue | null {
    this.call('getRichTextValue');
    this.ctx.read(1);
    return this.richText(this.rect.row, this.rect.column);
  }

  getRichTextValues(): (LocalRichTextValue | null)[][] {
    this.call('getRichTextValues');
    this.ctx.read(this.cellCount);
    return this.grid((row, column) => this.richText(row, column));
  }

  /** The text is stored as it is (never read as typed input), with its link; one cell per value. */
  setRichTextValues(...args: [values: LocalRichTextValue[][]]): this {
    this.call('setRichTextValues');
    const values = gridArg(this.ctx, `${RANGE}.setRichTextValues`, args, 0);
    this.checkShape(values);
    if (!values.every((row) => row.every((value) => value instanceof LocalRichTextValue))) {
      return signatureFail(this.ctx, `${RANGE}.setRichTextValues`, args);
    }
    return this.writeRichText(values);
  }

  setRichTextValue(...args: [value: LocalRichTextValue]): this {
    this.call('setRichTextValue');
    if (args.length !== 1 || !(args[0] instanceof LocalRichTextValue)) return signatureFail(this.ctx, `${RANGE}.setRichTextValue`, args);
    const value = args[0];
    return this.writeRichText(this.grid(() => value));
  }

  private writeRichText(values: readonly (readonly LocalRichTextValue[])[]): this {
    this.sheet.assertEditable(this.rect);
    if (values.some((row) => row.some((value) => value.text.length > MAX_CELL_CHARACTERS))) this.ctx.fail(MESSAGES.cellTooLong);
    values.forEach((row, i) =>
      row.forEach((value, j) => {
        const at = { row: this.rect.row + i, column: this.rect.column + j };
        this.sheet.storeCell(at.row, at.column, { value: value.text });
        this.sheet.formats.link.set(at.row, at.column, value.linkUrl ?? undefined);
      }),
    );
    this.ctx.wrote(this.cellCount);
    return this;
  }

  clearContent(): this {
    this.call('clearContent');
    this.sheet.assertEditable(this.rect);
    this.sheet.grid.clear(this.rect);
    this.sheet.formats.link.clear(this.rect);
    this.ctx.wrote(0);
    return this;
  }

  /** Contents and formats; validation rules stay (Range.clear() without options). */
  clear(): this {
    this.call('clear');
    this.sheet.assertEditable(this.rect);
    this.sheet.grid.clear(this.rect);
    this.sheet.formats.link.clear(this.rect);
    this.sheet.formats.clearFormats(this.rect);
    this.ctx.wrote(0);
    return this;
  }

  protect(): LocalProtection {
    this.call('protect');
    return this.sheet.spreadsheet.addProtection(this.sheet, 'RANGE', this.rect);
  }

  activate(): this {
    this.call('activate');
    this.sheet.spreadsheet.activateSheet(this.sheet);
    this.sheet.selection = { ranges: [{ ...this.rect }], current: { row: this.rect.row, column: this.rect.column } };
    return this;
  }

  /** Only an unbounded row reference ('3:3', '2:5') or column reference ('B:B') is "whole rows/columns". */
  private metadataPlace(): { type: 'ROW' | 'COLUMN'; start: number; count: number } | null {
    if (this.open.openColumns && !this.open.openRows) return { type: 'ROW', start: this.rect.row, count: this.rect.numRows };
    if (this.open.openRows && !this.open.openColumns) return { type: 'COLUMN', start: this.rect.column, count: this.rect.numColumns };
    return null;
  }

  getDeveloperMetadata(): LocalDeveloperMetadata[] {
    this.call('getDeveloperMetadata');
    const place = this.metadataPlace();
    if (!place) return [];
    return this.sheet.spreadsheet
      .liveMetadata()
      .filter((item) => item.place.sheet === this.sheet && item.place.type === place.type)
      .filter((item) => item.place.span?.start === place.start && item.place.span.count === place.count);
  }

  addDeveloperMetadata(...args: [key: string, value?: string, visibility?: unknown]): this {
    this.call('addDeveloperMetadata');
    const { key, value, visibility } = metadataArguments(this.ctx, `${RANGE}.addDeveloperMetadata`, args);
    const place = this.metadataPlace();
    if (!place) this.ctx.fail(MESSAGES.metadataArbitraryRange);
    this.sheet.spreadsheet.addMetadata(key, value, visibility, {
      type: place.type,
      sheet: this.sheet,
      span: { start: place.start, count: place.count },
    });
    return this;
  }
}
