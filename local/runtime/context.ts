// What every service object of one runtime shares: the realm values are made in, the meter, the
// authorization mode and who is running. Each public Apps Script method passes through `call` exactly
// once (internal helpers never call public methods), so the meter counts what the script asked for.
import { refusal } from './auth';
import type { AuthModeName } from './enums';
import { Meter } from './meter';

/** Constructors for values handed to the script, so `x instanceof Date` holds inside a vm context. */
export interface Realm {
  Date: DateConstructor;
  Error: ErrorConstructor;
}

export interface ContextOptions {
  timeZone: string;
  userEmail: string;
  ownerEmail: string;
  effectiveUserEmail: string;
  addonName: string;
  htmlDir: string;
  locale: string;
  realm: Realm;
}

export class RuntimeContext {
  realm: Realm;
  readonly meter = new Meter();
  authMode: AuthModeName = 'FULL';
  timeZone: string;
  userEmail: string;
  ownerEmail: string;
  effectiveUserEmail: string;
  readonly addonName: string;
  readonly htmlDir: string;
  readonly locale: string;
  /** Writes not yet committed: Google commits them at the next read or flush. */
  private pendingWrites = false;

  constructor(options: ContextOptions) {
    this.realm = options.realm;
    this.timeZone = options.timeZone;
    this.userEmail = options.userEmail;
    this.ownerEmail = options.ownerEmail;
    this.effectiveUserEmail = options.effectiveUserEmail;
    this.addonName = options.addonName;
    this.htmlDir = options.htmlDir;
    this.locale = options.locale;
  }

  /** An error as Apps Script throws it: an Error of the script's realm. */
  error(message: string): Error {
    return new this.realm.Error(message);
  }

  fail(message: string): never {
    throw this.error(message);
  }

  /**
   * Entry of a public method: refused by the authorization mode, else counted when it round-trips.
   * Changes to the document (setValues, formats, inserting rows…) are queued, as Apps Script bundles
   * them, and travel to Google together with the next call that needs an answer, with flush(), or at
   * the end of the execution: each such commit is one call, whatever number of changes it carries.
   */
  call(method: string, counted = true): void {
    const refused = refusal(this.authMode, method);
    if (refused) this.fail(refused);
    if (!counted) return;
    if (isQueuedChange(method)) {
      this.meter.queue(method);
      this.pendingWrites = true;
      return;
    }
    // Only a call to the document carries the queued changes; a lock, a property, the user or a dialog
    // does not (hence Google's advice to flush() before releaseLock()).
    if (/^SpreadsheetApp\.(Range|Sheet|Spreadsheet|flush|getActive|getCurrentCell)/.test(method)) this.commitPending();
    this.meter.call(method);
  }

  private commitPending(): void {
    if (!this.pendingWrites) return;
    this.pendingWrites = false;
    this.meter.commit();
  }

  date(epochMs: number): Date {
    return new this.realm.Date(epochMs);
  }

  wrote(cells: number): void {
    this.meter.write(cells);
  }

  /** Cells read from the document (the call that read them already committed what was queued). */
  read(cells: number): void {
    this.meter.read(cells);
  }

  flush(): void {
    this.commitPending();
    this.meter.flush();
  }

  get hasPendingWrites(): boolean {
    return this.pendingWrites;
  }

  /** The end of one execution commits everything, like Google does when a script returns. */
  endExecution(): void {
    this.commitPending();
  }
}

/**
 * Document changes that Apps Script queues rather than sending at once: setters, inserts, deletes,
 * appends, clears, activation and protection changes of the spreadsheet's own objects. insertSheet
 * is not among them: it answers with the new sheet. Ui, HtmlService, Properties and Lock calls are
 * not document changes.
 */
export function isQueuedChange(method: string): boolean {
  const match = /^SpreadsheetApp\.(Range|Sheet|Spreadsheet|Protection)\.(\w+)$/.exec(method);
  if (!match) return false;
  const name = match[2] as string;
  if (name === 'insertSheet' || name === 'protect') return false;
  return /^(set|insert|delete|append|clear|activate|add|remove|hide|show|autoResize)/.test(name);
}
