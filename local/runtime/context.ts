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

  /** Entry of a public method: refused by the authorization mode, else counted when it round-trips. */
  call(method: string, counted = true): void {
    const refused = refusal(this.authMode, method);
    if (refused) this.fail(refused);
    if (counted) this.meter.call(method);
  }

  date(epochMs: number): Date {
    return new this.realm.Date(epochMs);
  }

  wrote(cells: number): void {
    this.meter.write(cells);
    this.pendingWrites = true;
  }

  /** A read from the document; it first commits what was written since the last read or flush. */
  read(cells: number): void {
    if (this.pendingWrites) {
      this.pendingWrites = false;
      this.meter.commitByRead();
    }
    this.meter.read(cells);
  }

  flush(): void {
    this.pendingWrites = false;
    this.meter.flush();
  }

  get hasPendingWrites(): boolean {
    return this.pendingWrites;
  }

  /** The end of one execution commits everything, like Google does when a script returns. */
  endExecution(): void {
    this.pendingWrites = false;
  }
}
