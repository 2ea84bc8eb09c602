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
  spreadsheetLocale: string;
  realm: Realm;
}

/** What belongs to one execution while another runs in the middle of it (interleave.ts). */
interface ExecutionState {
  id: number;
  pendingWrites: boolean;
  pendingCells: number;
  commitOnWrite: boolean;
  userEmail: string;
  effectiveUserEmail: string;
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
  /** getSpreadsheetLocale(): how typed text becomes numbers and dates ('de_DE': 1,5 is 1.5). */
  spreadsheetLocale: string;
  /** Changes queued and not yet committed: Google commits them at the next read, flush() or the end. */
  private pendingWrites = false;
  /** Cells written since the last commit: the next commit carries them (130 µs each). */
  private pendingCells = 0;
  /** Set by appendRow, which commits as soon as its row is written (it is a call and a commit). */
  private commitOnWrite = false;
  /** The execution running now: 0 outside any (a test calling services itself), else numbered from 1. */
  currentExecution = 0;
  private executionsStarted = 0;
  /** Executions suspended while the current one runs in the middle of them, innermost last. */
  private readonly suspended: ExecutionState[] = [];
  /**
   * Called at every public method before it runs, and with 'lock acquired: document' (or script, user)
   * when an execution takes a lock: where interleave.ts stops one execution to run another.
   */
  onEvent: ((event: string) => void) | null = null;

  constructor(options: ContextOptions) {
    this.realm = options.realm;
    this.timeZone = options.timeZone;
    this.userEmail = options.userEmail;
    this.ownerEmail = options.ownerEmail;
    this.effectiveUserEmail = options.effectiveUserEmail;
    this.addonName = options.addonName;
    this.htmlDir = options.htmlDir;
    this.locale = options.locale;
    this.spreadsheetLocale = options.spreadsheetLocale;
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
    this.onEvent?.(method);
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

  /** Cells a TextFinder searched (on Google's side: priced apart from cells read). */
  searched(cells: number): void {
    this.meter.search(cells);
  }

  /** SpreadsheetApp.flush(): always one commit, even of nothing queued. */
  flush(): void {
    this.commit();
    this.meter.flush();
  }

  get hasPendingWrites(): boolean {
    return this.pendingWrites;
  }

  /**
   * A top-level function starts running: one execution (500 ms in the model). Started while another
   * runs (a second person saving at the same moment), it suspends that one until it ends.
   */
  beginExecution(): void {
    this.suspended.push({
      id: this.currentExecution,
      pendingWrites: this.pendingWrites,
      pendingCells: this.pendingCells,
      commitOnWrite: this.commitOnWrite,
      userEmail: this.userEmail,
      effectiveUserEmail: this.effectiveUserEmail,
    });
    this.executionsStarted += 1;
    this.currentExecution = this.executionsStarted;
    this.pendingWrites = false;
    this.pendingCells = 0;
    this.commitOnWrite = false;
    this.meter.execution();
  }

  /** The end of one execution commits everything still queued, like Google does when a script returns. */
  endExecution(): void {
    this.commitOnWrite = false;
    this.commitPending();
    const outer = this.suspended.pop();
    if (!outer) return;
    this.currentExecution = outer.id;
    this.pendingWrites = outer.pendingWrites;
    this.pendingCells = outer.pendingCells;
    this.commitOnWrite = outer.commitOnWrite;
    this.userEmail = outer.userEmail;
    this.effectiveUserEmail = outer.effectiveUserEmail;
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
