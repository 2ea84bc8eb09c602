// Developer metadata: key/value pairs on the spreadsheet, a sheet, whole rows or whole columns — never
// on arbitrary ranges (Google refuses those). Row and column metadata stick to their lines: inserting
// rows above moves them down, deleting their rows removes them. That is what makes metadata a stable
// anchor for "the header row of this table" even after a maker inserts rows.
import { arity, signatureFail } from './arguments';
import type { RuntimeContext } from './context';
import { positionAfterInsert, spanAfterDelete, spanAfterInsert, type Span } from './dimension-shift';
import {
  DeveloperMetadataLocationTypeEnum,
  DeveloperMetadataVisibilityEnum,
  EnumValue,
  memberOf,
  type MetadataLocationName,
} from './enums';
import type { Surface } from './google-surface';
import type { LocalRange } from './range';
import type { LocalSheet } from './sheet';
import type { LocalSpreadsheet } from './spreadsheet';

const NAME = 'SpreadsheetApp.DeveloperMetadata';
type Visibility = EnumValue<keyof typeof DeveloperMetadataVisibilityEnum>;

export interface MetadataPlace {
  type: MetadataLocationName;
  sheet: LocalSheet | null;
  /** Rows (ROW) or columns (COLUMN) carried. */
  span: Span | null;
}

export class LocalDeveloperMetadataLocation implements Surface<
  GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation,
  'getLocationType' | 'getRow' | 'getColumn' | 'getSheet' | 'getSpreadsheet'
> {
  constructor(
    private readonly place: MetadataPlace,
    private readonly spreadsheet: LocalSpreadsheet,
  ) {}

  getLocationType(): EnumValue<MetadataLocationName> {
    return DeveloperMetadataLocationTypeEnum[this.place.type];
  }

  getRow(): LocalRange | null {
    const { type, sheet, span } = this.place;
    if (type !== 'ROW' || !sheet || !span) return null;
    return sheet.rangeAt(
      { row: span.start, column: 1, numRows: span.count, numColumns: sheet.maxColumns },
      { openRows: false, openColumns: true },
    );
  }

  getColumn(): LocalRange | null {
    const { type, sheet, span } = this.place;
    if (type !== 'COLUMN' || !sheet || !span) return null;
    return sheet.rangeAt(
      { row: 1, column: span.start, numRows: sheet.maxRows, numColumns: span.count },
      { openRows: true, openColumns: false },
    );
  }

  getSheet(): LocalSheet | null {
    return this.place.sheet;
  }

  getSpreadsheet(): LocalSpreadsheet | null {
    return this.place.type === 'SPREADSHEET' ? this.spreadsheet : null;
  }
}

export class LocalDeveloperMetadata implements Surface<
  GoogleAppsScript.Spreadsheet.DeveloperMetadata,
  'getId' | 'getKey' | 'getValue' | 'getVisibility' | 'getLocation' | 'setKey' | 'setValue' | 'remove'
> {
  removed = false;

  constructor(
    private readonly ctx: RuntimeContext,
    private readonly spreadsheet: LocalSpreadsheet,
    private readonly id: number,
    private key: string,
    private value: string | null,
    private readonly visibility: Visibility,
    readonly place: MetadataPlace,
  ) {}

  private call(method: string): void {
    this.ctx.call(`${NAME}.${method}`);
    if (this.removed) this.ctx.fail('This developer metadata has been removed.');
  }

  getId(): number {
    this.call('getId');
    return this.id;
  }

  getKey(): string {
    this.call('getKey');
    return this.key;
  }

  getValue(): string | null {
    this.call('getValue');
    return this.value;
  }

  getVisibility(): Visibility {
    this.call('getVisibility');
    return this.visibility;
  }

  getLocation(): LocalDeveloperMetadataLocation {
    this.call('getLocation');
    return new LocalDeveloperMetadataLocation({ ...this.place }, this.spreadsheet);
  }

  setKey(key: string): this {
    this.call('setKey');
    if (typeof key !== 'string') signatureFail(this.ctx, `${NAME}.setKey`, [key]);
    this.key = key;
    return this;
  }

  setValue(value: string): this {
    this.call('setValue');
    if (typeof value !== 'string') signatureFail(this.ctx, `${NAME}.setValue`, [value]);
    this.value = value;
    return this;
  }

  remove(): void {
    this.call('remove');
    this.removed = true;
  }

  /** Follows inserted/deleted rows or columns of its sheet; gone when its lines are deleted. */
  shift(sheet: LocalSheet, dimension: 'rows' | 'columns', operation: 'insert' | 'delete', at: number, count: number): void {
    const { type, span } = this.place;
    if (this.place.sheet !== sheet || !span) return;
    if ((dimension === 'rows') !== (type === 'ROW')) return;
    // A line inserted right inside multi-line metadata widens it, like a range; one-line metadata just moves.
    const moved =
      operation === 'insert'
        ? span.count === 1
          ? { start: positionAfterInsert(span.start, at, count), count: 1 }
          : spanAfterInsert(span, at, count)
        : spanAfterDelete(span, at, count);
    if (moved === null) this.removed = true;
    else this.place.span = moved;
  }

  toString(): string {
    return 'DeveloperMetadata';
  }
}

/** Reads addDeveloperMetadata's overloads: (key), (key, value), (key, visibility), (key, value, visibility). */
export function metadataArguments(
  ctx: RuntimeContext,
  method: string,
  args: readonly unknown[],
): { key: string; value: string | null; visibility: Visibility } {
  const count = arity(ctx, method, args, 1, 3);
  const [key, second, third] = args;
  if (typeof key !== 'string') signatureFail(ctx, method, args);
  let value: string | null = null;
  let visibility: Visibility = DeveloperMetadataVisibilityEnum.DOCUMENT;
  if (count >= 2) {
    if (second instanceof EnumValue && count === 2) {
      const member = memberOf(DeveloperMetadataVisibilityEnum, second);
      if (!member) signatureFail(ctx, method, args);
      visibility = member;
    } else if (typeof second === 'string') {
      value = second;
    } else {
      signatureFail(ctx, method, args);
    }
  }
  if (count === 3) {
    const member = third instanceof EnumValue ? memberOf(DeveloperMetadataVisibilityEnum, third) : null;
    if (!member) signatureFail(ctx, method, args);
    visibility = member;
  }
  return { key, value, visibility };
}
