// The per-cell formatting of one sheet, each property a sparse layer. Data validation lives here too:
// like a format it belongs to the cell, is copied into inserted rows, and is not content (getLastRow
// ignores it). Sheets copies formats and validation of the neighbouring row into inserted rows, which
// is why a dropdown set on all data rows keeps working below an insert.
import type { Rect } from './a1';
import { CellLayer } from './cell-layer';
import type { LocalDataValidation } from './data-validation';

export type HorizontalAlignment = 'left' | 'center' | 'right' | 'normal';

export class SheetFormats {
  readonly numberFormat = new CellLayer<string>();
  readonly fontWeight = new CellLayer<'bold'>();
  readonly background = new CellLayer<string>();
  readonly wrap = new CellLayer<boolean>();
  readonly horizontalAlignment = new CellLayer<HorizontalAlignment>();
  readonly validation = new CellLayer<LocalDataValidation>();
  /** A rich-text link over a cell's whole text: content, not format, so never copied into inserted rows. */
  readonly link = new CellLayer<string>();

  private formatLayers(): CellLayer<unknown>[] {
    return [this.numberFormat, this.fontWeight, this.background, this.wrap, this.horizontalAlignment];
  }

  private all(): CellLayer<unknown>[] {
    return [...this.formatLayers(), this.validation];
  }

  /** Clears formats (not validation), as Range.clear() and clearFormats() do. */
  clearFormats(rect: Rect): void {
    for (const layer of this.formatLayers()) layer.clear(rect);
  }

  insertRows(at: number, count: number, inheritFrom: number | null): void {
    for (const layer of this.all()) layer.insertRows(at, count, inheritFrom);
    this.link.insertRows(at, count, null);
  }

  deleteRows(at: number, count: number): void {
    for (const layer of [...this.all(), this.link]) layer.deleteRows(at, count);
  }

  insertColumns(at: number, count: number, inheritFrom: number | null): void {
    for (const layer of this.all()) layer.insertColumns(at, count, inheritFrom);
    this.link.insertColumns(at, count, null);
  }

  deleteColumns(at: number, count: number): void {
    for (const layer of [...this.all(), this.link]) layer.deleteColumns(at, count);
  }

  /** Everything recorded for one cell, for tests (not part of Apps Script). */
  describe(row: number, column: number): CellFormatDescription {
    return {
      numberFormat: this.numberFormat.get(row, column) ?? null,
      fontWeight: this.fontWeight.get(row, column) ?? 'normal',
      background: this.background.get(row, column) ?? null,
      wrap: this.wrap.get(row, column) ?? null,
      horizontalAlignment: this.horizontalAlignment.get(row, column) ?? null,
      validation: this.validation.get(row, column) ?? null,
    };
  }
}

export interface CellFormatDescription {
  numberFormat: string | null;
  fontWeight: 'bold' | 'normal';
  background: string | null;
  wrap: boolean | null;
  horizontalAlignment: HorizontalAlignment | null;
  validation: LocalDataValidation | null;
}
