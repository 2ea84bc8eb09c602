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
  /** Changes queued and not yet committed: Google commits them at the next read, flush() or the end. */
  private pendingWrites = false;
  /** Cells written since the last commit: the next commit carries them (130 µs each). */
  private pendingCells = 0;
  /** Set by appendRow, which commits as soon as its row is written (it is a call and a commit). */
  private commitOnWrite = false;

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
   * Entry of a public method: refused by the authorization mode, else metered (meter.ts has the rules).
   * Changes to the document (setValues, formats, inserting rows…) are queued, as Apps Script bundles
   * them (1 ms each), and travel to Google in one commit with the next call to the document that needs
   * an answer, with flush(), or at the end of the execution. A commit is not a call: 30 ms + 130 µs per
   * cell written since the last commit. appendRow is a call and a commit (carrying its own row).
   */
  call(method: string, counted = true): void {
    const refused = refusal(this.authMode, method);
    if (refused) this.fail(refused);
    this.commitOnWrite = false;
    if (!counted) return;
    if (isQueuedChange(method)) {
      this.meter.queue(method);
      this.pendingWrites = true;
      return;
    }
    if (method === 'SpreadsheetApp.flush') {
      // Not a call: its cost is the commit flush() makes (see flush()).
      this.meter.list(method);
      return;
    }
    if (method === 'SpreadsheetApp.Sheet.appendRow') {
      // One call, and one commit made once the row is written (wrote()), carrying what was queued before.
      this.meter.call(method);
      this.commitOnWrite = true;
      return;
    }
    // Only a call to the document carries the queued changes; a lock, a property, the user or a dialog
    // does not (hence Google's advice to flush() before releaseLock()).
    if (/^SpreadsheetApp\.(Range|Sheet|Spreadsheet|getActive|getCurrentCell)/.test(method)) this.commitPending();
    this.meter.call(method);
  }

  private commitPending(): void {
    if (!this.pendingWrites) return;
    this.commit();
  }

  private commit(): void {
    this.meter.commit(this.pendingCells);
    this.pendingWrites = false;
    this.pendingCells = 0;
  }

  date(epochMs: number): Date {
    return new this.realm.Date(epochMs);
  }

  /** Cells written by the queued change just called, which the next commit carries; appendRow commits them at once. */
  wrote(cells: number): void {
    this.meter.write(cells);
    this.pendingCells += cells;
    if (this.commitOnWrite) {
      this.commitOnWrite = false;
      this.commit();
    }
  }

  /** Cells read from the document (the call that read them already committed what was queued). */
  read(cells: number): void {
    this.meter.read(cells);
  }

  /** SpreadsheetApp.flush(): always one commit, even of nothing queued. */
  flush(): void {
    this.commit();
    this.meter.flush();
  }

  get hasPendingWrites(): boolean {
    return this.pendingWrites;
  }

  /** A top-level function starts running: one execution (500 ms in the model). */
  beginExecution(): void {
    this.commitOnWrite = false;
    this.meter.execution();
  }

  /** The end of one execution commits everything still queued, like Google does when a script returns. */
  endExecution(): void {
    this.commitOnWrite = false;
    this.commitPending();
  }
}

/**
 * Document changes that Apps Script queues rather than sending at once: setters, inserts, deletes,
 * clears, activation and protection changes of the spreadsheet's own objects. insertSheet is not
 * among them: it answers with the new sheet; nor is appendRow: it is a call and a commit. Ui,
 * HtmlService, Properties and Lock calls are not document changes.
 */
export function isQueuedChange(method: string): boolean {
  const match = /^SpreadsheetApp\.(Range|Sheet|Spreadsheet|Protection)\.(\w+)$/.exec(method);
  if (!match) return false;
  const name = match[2] as string;
  if (name === 'insertSheet' || name === 'protect' || name === 'appendRow') return false;
  return /^(set|insert|delete|append|clear|activate|add|remove|hide|show|autoResize)/.test(name);
}
