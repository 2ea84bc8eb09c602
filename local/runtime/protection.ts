// Protected ranges and sheets. Google's rules, kept exactly because they surprise:
// - A protection made by a script "mirrors the permissions of the spreadsheet" — blocks nobody — until
//   its editor list is changed (addEditor/removeEditor/…). Protections set up in the UI ("Only you") are
//   that changed state: in tests, call removeEditors(getEditors()) as the owner to get one.
// - Warning-only protection never blocks a script.
// - The owner can always edit. Anyone else not on the editor list gets
//   "You are trying to edit a protected cell or object. …" for any write touching the protected cells.
import type { Rect } from './a1';
import { signatureFail } from './arguments';
import type { RuntimeContext } from './context';
import { spanAfterDelete, spanAfterInsert, spansOverlap, type Span } from './dimension-shift';
import { ProtectionTypeEnum, type EnumValue, type ProtectionTypeName } from './enums';
import type { Surface } from './google-surface';
import { MESSAGES } from './messages';
import type { LocalRange } from './range';
import { LocalUser } from './session';
import type { LocalSheet } from './sheet';

const NAME = 'SpreadsheetApp.Protection';

export class LocalProtection implements Surface<
  GoogleAppsScript.Spreadsheet.Protection,
  | 'addEditor'
  | 'addEditors'
  | 'canDomainEdit'
  | 'canEdit'
  | 'getDescription'
  | 'getEditors'
  | 'getProtectionType'
  | 'getRange'
  | 'isWarningOnly'
  | 'remove'
  | 'removeEditor'
  | 'removeEditors'
  | 'setDescription'
  | 'setWarningOnly'
> {
  private description = '';
  private warningOnly = false;
  /** null until the script changes the editor list: until then the protection blocks nobody. */
  private editors: Set<string> | null = null;
  removed = false;

  constructor(
    private readonly ctx: RuntimeContext,
    readonly sheet: LocalSheet,
    private readonly type: ProtectionTypeName,
    /** Rows and columns covered (RANGE only; a SHEET protection covers whatever the sheet has). */
    public rows: Span,
    public columns: Span,
  ) {}

  private call(method: string): void {
    this.ctx.call(`${NAME}.${method}`);
    if (this.removed) this.ctx.fail('This protection has been removed.');
  }

  /** Changing a protection needs the right to edit it. */
  private change(method: string): void {
    this.call(method);
    if (!this.allows(this.ctx.userEmail)) this.ctx.fail(MESSAGES.protectedCell);
  }

  private defaultEditors(): Set<string> {
    return new Set([this.ctx.ownerEmail, this.ctx.effectiveUserEmail].filter((email) => email !== ''));
  }

  /** Whether `email` may edit the protected cells (warnings never stop a script). */
  allows(email: string): boolean {
    if (this.removed || this.warningOnly || this.editors === null) return true;
    return email !== '' && (email === this.ctx.ownerEmail || this.editors.has(email));
  }

  covers(rect: Rect): boolean {
    if (this.type === 'SHEET') return true;
    return (
      spansOverlap(this.rows, { start: rect.row, count: rect.numRows }) &&
      spansOverlap(this.columns, { start: rect.column, count: rect.numColumns })
    );
  }

  get protectionType(): ProtectionTypeName {
    return this.type;
  }

  /** Moves with inserted and deleted rows/columns; a range protection whose cells are all deleted goes away. */
  shift(dimension: 'rows' | 'columns', operation: 'insert' | 'delete', at: number, count: number): void {
    if (this.type === 'SHEET') return;
    const span = dimension === 'rows' ? this.rows : this.columns;
    const moved = operation === 'insert' ? spanAfterInsert(span, at, count) : spanAfterDelete(span, at, count);
    if (moved === null) this.removed = true;
    else if (dimension === 'rows') this.rows = moved;
    else this.columns = moved;
  }

  private emails(args: readonly unknown[], method: string): string[] {
    const [first] = args;
    const list = Array.isArray(first) ? first : [first];
    return list.map((item) => {
      if (typeof item === 'string') return item;
      if (item instanceof LocalUser) return item.emailForRuntime();
      return signatureFail(this.ctx, `${NAME}.${method}`, args);
    });
  }

  private editEditors(method: string, args: readonly unknown[], edit: (editors: Set<string>, email: string) => void): this {
    this.change(method);
    const editors = this.editors ?? this.defaultEditors();
    for (const email of this.emails(args, method)) edit(editors, email);
    this.editors = editors;
    return this;
  }

  addEditor(...args: [emailAddress: string | LocalUser]): this {
    return this.editEditors('addEditor', args, (editors, email) => editors.add(email));
  }

  addEditors(...args: [emailAddresses: string[]]): this {
    return this.editEditors('addEditors', args, (editors, email) => editors.add(email));
  }

  removeEditor(...args: [emailAddress: string | LocalUser]): this {
    // The owner cannot be removed; Google ignores the attempt.
    return this.editEditors('removeEditor', args, (editors, email) => email !== this.ctx.ownerEmail && editors.delete(email));
  }

  removeEditors(...args: [emailAddresses: (string | LocalUser)[]]): this {
    return this.editEditors('removeEditors', args, (editors, email) => email !== this.ctx.ownerEmail && editors.delete(email));
  }

  getEditors(): LocalUser[] {
    this.call('getEditors');
    return [...(this.editors ?? this.defaultEditors())].map((email) => new LocalUser(this.ctx, email));
  }

  canEdit(): boolean {
    this.call('canEdit');
    return this.allows(this.ctx.userEmail);
  }

  canDomainEdit(): boolean {
    this.call('canDomainEdit');
    return false;
  }

  getDescription(): string {
    this.call('getDescription');
    return this.description;
  }

  setDescription(description: string): this {
    this.change('setDescription');
    if (typeof description !== 'string') signatureFail(this.ctx, `${NAME}.setDescription`, [description]);
    this.description = description;
    return this;
  }

  isWarningOnly(): boolean {
    this.call('isWarningOnly');
    return this.warningOnly;
  }

  setWarningOnly(warningOnly: boolean): this {
    this.change('setWarningOnly');
    if (typeof warningOnly !== 'boolean') signatureFail(this.ctx, `${NAME}.setWarningOnly`, [warningOnly]);
    this.warningOnly = warningOnly;
    return this;
  }

  getProtectionType(): EnumValue<ProtectionTypeName> {
    this.call('getProtectionType');
    return ProtectionTypeEnum[this.type];
  }

  getRange(): LocalRange {
    this.call('getRange');
    if (this.type === 'SHEET') return this.sheet.wholeSheetRange();
    return this.sheet.rangeAt({
      row: this.rows.start,
      column: this.columns.start,
      numRows: this.rows.count,
      numColumns: this.columns.count,
    });
  }

  remove(): void {
    this.change('remove');
    this.removed = true;
  }

  toString(): string {
    return 'Protection';
  }
}
