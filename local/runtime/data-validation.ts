// Data validation rules: stored on cells and returned, never applied to script writes — Google does not
// check what a script writes against a rule, so the add-on must validate its own writes.
// Building a rule is local work in Apps Script (no round trip), so nothing here is metered; it is
// still refused in AuthMode.NONE through SpreadsheetApp.newDataValidation.
import { arity, booleanArg, signatureFail } from './arguments';
import type { RuntimeContext } from './context';
import { DataValidationCriteriaEnum, EnumValue, memberOf } from './enums';
import type { Surface } from './google-surface';
import type { LocalRange } from './range';

type Criteria = EnumValue<keyof typeof DataValidationCriteriaEnum>;

interface RuleState {
  criteria: Criteria | null;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

const BUILDER = 'SpreadsheetApp.DataValidationBuilder';

export class LocalDataValidation implements Surface<
  GoogleAppsScript.Spreadsheet.DataValidation,
  'copy' | 'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues' | 'getHelpText'
> {
  constructor(
    private readonly ctx: RuntimeContext,
    private readonly state: Readonly<RuleState> & { criteria: Criteria },
  ) {
    Object.freeze(this);
  }

  copy(): LocalDataValidationBuilder {
    return new LocalDataValidationBuilder(this.ctx, { ...this.state, values: [...this.state.values] });
  }

  getAllowInvalid(): boolean {
    return this.state.allowInvalid;
  }

  getCriteriaType(): Criteria {
    return this.state.criteria;
  }

  getCriteriaValues(): unknown[] {
    return this.state.values.map((value) => (Array.isArray(value) ? [...value] : value));
  }

  getHelpText(): string {
    return this.state.helpText ?? '';
  }

  toString(): string {
    return 'DataValidation';
  }
}

/** The builder's type for Surface: Google's builder has dozens of require… methods; we offer these. */
export type DataValidationBuilderLike = LocalDataValidationBuilder;

export class LocalDataValidationBuilder implements Surface<
  GoogleAppsScript.Spreadsheet.DataValidationBuilder,
  | 'build'
  | 'copy'
  | 'getAllowInvalid'
  | 'getCriteriaType'
  | 'getCriteriaValues'
  | 'getHelpText'
  | 'requireValueInList'
  | 'requireValueInRange'
  | 'requireCheckbox'
  | 'requireNumberBetween'
  | 'setAllowInvalid'
  | 'setHelpText'
> {
  private state: RuleState;

  constructor(
    private readonly ctx: RuntimeContext,
    state?: RuleState,
  ) {
    this.state = state ?? { criteria: null, values: [], allowInvalid: true, helpText: null };
  }

  private criteria(name: keyof typeof DataValidationCriteriaEnum, values: unknown[]): this {
    this.state = { ...this.state, criteria: DataValidationCriteriaEnum[name], values };
    return this;
  }

  requireValueInList(...args: [values: string[], showDropdown?: boolean]): this {
    const count = arity(this.ctx, `${BUILDER}.requireValueInList`, args, 1, 2);
    const values = args[0];
    if (!Array.isArray(values)) signatureFail(this.ctx, `${BUILDER}.requireValueInList`, args);
    const showDropdown = count === 2 ? booleanArg(this.ctx, `${BUILDER}.requireValueInList`, args, 1) : true;
    return this.criteria('VALUE_IN_LIST', [values.map(String), showDropdown]);
  }

  requireValueInRange(...args: [range: LocalRange, showDropdown?: boolean]): this {
    const count = arity(this.ctx, `${BUILDER}.requireValueInRange`, args, 1, 2);
    const range = args[0];
    if (typeof range !== 'object' || range === null || range.constructor.name !== 'LocalRange') {
      signatureFail(this.ctx, `${BUILDER}.requireValueInRange`, args);
    }
    const showDropdown = count === 2 ? booleanArg(this.ctx, `${BUILDER}.requireValueInRange`, args, 1) : true;
    return this.criteria('VALUE_IN_RANGE', [range, showDropdown]);
  }

  requireCheckbox(): this {
    return this.criteria('CHECKBOX', []);
  }

  requireNumberBetween(start: number, end: number): this {
    return this.criteria('NUMBER_BETWEEN', [start, end]);
  }

  withCriteria(criteria: unknown, args: unknown[]): this {
    const member = memberOf(DataValidationCriteriaEnum, criteria);
    if (!member || !(criteria instanceof EnumValue) || !Array.isArray(args))
      signatureFail(this.ctx, `${BUILDER}.withCriteria`, [criteria, args]);
    return this.criteria(member.name(), [...args]);
  }

  setAllowInvalid(...args: [allowInvalidData: boolean]): this {
    arity(this.ctx, `${BUILDER}.setAllowInvalid`, args, 1, 1);
    this.state = { ...this.state, allowInvalid: booleanArg(this.ctx, `${BUILDER}.setAllowInvalid`, args, 0) };
    return this;
  }

  setHelpText(helpText: string): this {
    if (typeof helpText !== 'string') signatureFail(this.ctx, `${BUILDER}.setHelpText`, [helpText]);
    this.state = { ...this.state, helpText };
    return this;
  }

  getAllowInvalid(): boolean {
    return this.state.allowInvalid;
  }

  getCriteriaType(): Criteria {
    if (!this.state.criteria) this.ctx.fail('The data validation rule has no criteria yet.');
    return this.state.criteria;
  }

  getCriteriaValues(): unknown[] {
    return [...this.state.values];
  }

  getHelpText(): string | null {
    return this.state.helpText;
  }

  copy(): LocalDataValidationBuilder {
    return new LocalDataValidationBuilder(this.ctx, { ...this.state, values: [...this.state.values] });
  }

  build(): LocalDataValidation {
    const criteria = this.state.criteria;
    if (!criteria) return this.ctx.fail('You must set a criteria for the data validation rule before building it.');
    return new LocalDataValidation(this.ctx, { ...this.state, criteria, values: [...this.state.values] });
  }

  toString(): string {
    return 'DataValidationBuilder';
  }
}

export function isDataValidation(value: unknown): value is LocalDataValidation {
  return value instanceof LocalDataValidation;
}
