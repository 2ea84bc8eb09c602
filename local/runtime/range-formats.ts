// Formatting and data validation of a Range: number formats, bold, backgrounds, wrap, alignment and
// validation rules. Per-cell getters read numRows × numColumns cells; plural setters write one cell
// per value given; uniform setters are one request (see meter.ts). Edits to protected cells are refused.
import { gridArg, signatureFail } from './arguments';
import type { CellLayer } from './cell-layer';
import type { HorizontalAlignment } from './cell-formats';
import { isDataValidation, type LocalDataValidation } from './data-validation';
import { DEFAULT_NUMBER_FORMAT } from './number-format';
import { RANGE, RangeBase } from './range-base';

type FontWeight = 'bold' | 'normal';
const ALIGNMENTS: readonly string[] = ['left', 'center', 'right', 'normal'];

export abstract class RangeFormats extends RangeBase {
  private readAll<T, D>(method: string, layer: CellLayer<T>, fallback: D): (T | D)[][] {
    this.call(method);
    this.ctx.read(this.cellCount);
    return this.grid((row, column) => layer.get(row, column) ?? fallback);
  }

  private readFirst<T, D>(method: string, layer: CellLayer<T>, fallback: D): T | D {
    this.call(method);
    this.ctx.read(1);
    return layer.get(this.rect.row, this.rect.column) ?? fallback;
  }

  /** One value for every cell: a single request, no cells counted. */
  private fillAll<T>(layer: CellLayer<T>, value: T | undefined): this {
    this.sheet.assertEditable(this.rect);
    layer.fill(this.rect, value);
    this.ctx.wrote(0);
    return this;
  }

  /** One value per cell, checked for shape and content before anything is stored. */
  private fillEach<T>(
    method: string,
    args: readonly unknown[],
    layer: CellLayer<T>,
    convert: (value: unknown) => T | undefined | null,
  ): this {
    const data = gridArg(this.ctx, `${RANGE}.${method}`, args, 0);
    this.checkShape(data);
    const converted = data.map((row) =>
      row.map((value) => {
        const result = convert(value);
        if (result === null) signatureFail(this.ctx, `${RANGE}.${method}`, args);
        return result;
      }),
    );
    this.sheet.assertEditable(this.rect);
    converted.forEach((row, i) => row.forEach((value, j) => layer.set(this.rect.row + i, this.rect.column + j, value)));
    this.ctx.wrote(this.cellCount);
    return this;
  }

  private numberFormatOf(value: unknown): string | undefined | null {
    if (typeof value !== 'string') return null;
    return value === '' || value.toLowerCase() === 'general' ? undefined : value;
  }

  getNumberFormat(): string {
    return this.readFirst('getNumberFormat', this.sheet.formats.numberFormat, DEFAULT_NUMBER_FORMAT);
  }

  getNumberFormats(): string[][] {
    return this.readAll('getNumberFormats', this.sheet.formats.numberFormat, DEFAULT_NUMBER_FORMAT);
  }

  setNumberFormat(...args: [numberFormat: string]): this {
    this.call('setNumberFormat');
    const format = this.numberFormatOf(args[0]);
    if (format === null || args.length !== 1) return signatureFail(this.ctx, `${RANGE}.setNumberFormat`, args);
    return this.fillAll(this.sheet.formats.numberFormat, format);
  }

  setNumberFormats(...args: [numberFormats: string[][]]): this {
    this.call('setNumberFormats');
    return this.fillEach('setNumberFormats', args, this.sheet.formats.numberFormat, (value) => this.numberFormatOf(value));
  }

  getFontWeight(): FontWeight {
    return this.readFirst('getFontWeight', this.sheet.formats.fontWeight, 'normal');
  }

  getFontWeights(): FontWeight[][] {
    return this.readAll('getFontWeights', this.sheet.formats.fontWeight, 'normal');
  }

  private fontWeightOf(value: unknown): 'bold' | undefined | null {
    if (value === 'bold') return 'bold';
    return value === 'normal' || value === null ? undefined : null;
  }

  setFontWeight(...args: [fontWeight: FontWeight | null]): this {
    this.call('setFontWeight');
    const weight = this.fontWeightOf(args[0]);
    if (weight === null || args.length !== 1) return signatureFail(this.ctx, `${RANGE}.setFontWeight`, args);
    return this.fillAll(this.sheet.formats.fontWeight, weight);
  }

  setFontWeights(...args: [fontWeights: (FontWeight | null)[][]]): this {
    this.call('setFontWeights');
    return this.fillEach('setFontWeights', args, this.sheet.formats.fontWeight, (value) => this.fontWeightOf(value));
  }

  getBackground(): string {
    return this.readFirst('getBackground', this.sheet.formats.background, '#ffffff');
  }

  getBackgrounds(): string[][] {
    return this.readAll('getBackgrounds', this.sheet.formats.background, '#ffffff');
  }

  private colourOf(value: unknown): string | undefined | null {
    if (value === null) return undefined;
    if (typeof value !== 'string') return null;
    const lower = value.toLowerCase();
    return lower === '' || lower === '#ffffff' || lower === 'white' ? undefined : lower;
  }

  setBackground(...args: [color: string | null]): this {
    this.call('setBackground');
    const colour = this.colourOf(args[0]);
    if (colour === null || args.length !== 1) return signatureFail(this.ctx, `${RANGE}.setBackground`, args);
    return this.fillAll(this.sheet.formats.background, colour);
  }

  setBackgrounds(...args: [color: (string | null)[][]]): this {
    this.call('setBackgrounds');
    return this.fillEach('setBackgrounds', args, this.sheet.formats.background, (value) => this.colourOf(value));
  }

  setWrap(...args: [isWrapEnabled: boolean]): this {
    this.call('setWrap');
    if (typeof args[0] !== 'boolean' || args.length !== 1) return signatureFail(this.ctx, `${RANGE}.setWrap`, args);
    return this.fillAll(this.sheet.formats.wrap, args[0]);
  }

  setHorizontalAlignment(...args: [alignment: HorizontalAlignment | null]): this {
    this.call('setHorizontalAlignment');
    const [alignment] = args;
    if (args.length !== 1 || (alignment !== null && !ALIGNMENTS.includes(alignment))) {
      return signatureFail(this.ctx, `${RANGE}.setHorizontalAlignment`, args);
    }
    return this.fillAll(this.sheet.formats.horizontalAlignment, alignment ?? undefined);
  }

  getDataValidation(): LocalDataValidation | null {
    return this.readFirst('getDataValidation', this.sheet.formats.validation, null);
  }

  getDataValidations(): (LocalDataValidation | null)[][] {
    return this.readAll('getDataValidations', this.sheet.formats.validation, null);
  }

  private ruleOf(value: unknown): LocalDataValidation | undefined | null {
    if (value === null) return undefined;
    return isDataValidation(value) ? value : null;
  }

  setDataValidation(...args: [rule: LocalDataValidation | null]): this {
    this.call('setDataValidation');
    const rule = this.ruleOf(args[0]);
    if (rule === null || args.length !== 1) return signatureFail(this.ctx, `${RANGE}.setDataValidation`, args);
    return this.fillAll(this.sheet.formats.validation, rule);
  }

  setDataValidations(...args: [rules: (LocalDataValidation | null)[][]]): this {
    this.call('setDataValidations');
    return this.fillEach('setDataValidations', args, this.sheet.formats.validation, (value) => this.ruleOf(value));
  }

  clearDataValidations(): this {
    this.call('clearDataValidations');
    return this.fillAll(this.sheet.formats.validation, undefined);
  }
}
