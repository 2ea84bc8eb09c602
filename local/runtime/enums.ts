// Apps Script enums are Java enum objects, not strings: `String(x)` and `x.toString()` give the member
// name, `x.name()` too, and two lookups of the same member are the same object. Modelling them as
// objects (not strings) keeps code honest: `x === 'RANGE'` is false here exactly as it is on Google,
// and an enum cannot slip through google.script.run as if it were plain data.

export class EnumValue<Name extends string = string> {
  constructor(
    readonly enumName: string,
    private readonly memberName: Name,
    private readonly position: number,
  ) {
    Object.freeze(this);
  }

  name(): Name {
    return this.memberName;
  }

  ordinal(): number {
    return this.position;
  }

  toString(): string {
    return this.memberName;
  }

  toJSON(): string {
    return this.memberName;
  }
}

export type EnumOf<Names extends string> = Readonly<Record<Names, EnumValue<Names>>>;

export function makeEnum<const Names extends string>(enumName: string, names: readonly Names[]): EnumOf<Names> {
  const members = {} as Record<Names, EnumValue<Names>>;
  names.forEach((name, index) => {
    members[name] = new EnumValue(enumName, name, index);
  });
  return Object.freeze(members);
}

/** The member of `enumeration` that `value` is, accepting the enum object or (for control handles) its name. */
export function memberOf<Names extends string>(enumeration: EnumOf<Names>, value: unknown): EnumValue<Names> | null {
  if (value instanceof EnumValue) {
    const member = (enumeration as Record<string, EnumValue<Names> | undefined>)[value.name()];
    return member === value ? member : null;
  }
  if (typeof value === 'string' && Object.prototype.hasOwnProperty.call(enumeration, value)) {
    return (enumeration as Record<string, EnumValue<Names>>)[value] ?? null;
  }
  return null;
}

export const ButtonEnum = makeEnum('Button', ['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);
export type ButtonName = keyof typeof ButtonEnum;

export const ButtonSetEnum = makeEnum('ButtonSet', ['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);
export type ButtonSetName = keyof typeof ButtonSetEnum;

export const AuthModeEnum = makeEnum('AuthMode', ['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
export type AuthModeName = keyof typeof AuthModeEnum;

export const ProtectionTypeEnum = makeEnum('ProtectionType', ['RANGE', 'SHEET']);
export type ProtectionTypeName = keyof typeof ProtectionTypeEnum;

export const DataValidationCriteriaEnum = makeEnum('DataValidationCriteria', [
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
]);

export const DeveloperMetadataVisibilityEnum = makeEnum('DeveloperMetadataVisibility', ['DOCUMENT', 'PROJECT']);
export const DeveloperMetadataLocationTypeEnum = makeEnum('DeveloperMetadataLocationType', ['SPREADSHEET', 'SHEET', 'ROW', 'COLUMN']);
export type MetadataLocationName = keyof typeof DeveloperMetadataLocationTypeEnum;

export const SandboxModeEnum = makeEnum('SandboxMode', ['EMULATED', 'IFRAME', 'NATIVE']);
export const XFrameOptionsModeEnum = makeEnum('XFrameOptionsMode', ['ALLOWALL', 'DEFAULT']);
