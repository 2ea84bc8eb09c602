// LockService. Locks belong to executions: the one running now, one suspended in the middle while
// another runs (interleave.ts), or one a test stands in for (runtime.locks.holdDocumentLockAsAnotherExecution()).
// Everything runs in one thread, so a lock another execution holds is never let go while this one
// waits: waiting returns at once, with the time it would have waited added to the meter. Locks are
// released when their execution ends, as on Google. Releasing a lock with writes not yet flushed is
// counted, because another execution could then read the sheet before those writes land: call
// SpreadsheetApp.flush() first.
import { arity, integerArg } from './arguments';
import type { RuntimeContext } from './context';
import type { Surface } from './google-surface';
import { MESSAGES } from './messages';

export type LockKind = 'document' | 'script' | 'user';
type Holder = 'this execution' | 'another execution' | null;

/** The execution a test stands in for with hold(). */
const STAND_IN = -1;

export class LockControl {
  /** The execution holding each lock (RuntimeContext.currentExecution, or STAND_IN), or null. */
  private readonly holders: Record<LockKind, number | null> = { document: null, script: null, user: null };
  /** releaseLock() calls made while writes were still pending (no flush since the last write). */
  releasesWithPendingWrites = 0;

  constructor(private readonly ctx: RuntimeContext) {}

  /** Who holds a lock, seen from the execution running now. */
  holder(kind: LockKind): Holder {
    const holder = this.holders[kind];
    if (holder === null) return null;
    return holder === this.ctx.currentExecution ? 'this execution' : 'another execution';
  }

  /** The execution running now takes the lock, or lets it go. */
  setHolder(kind: LockKind, holder: 'this execution' | null): void {
    this.holders[kind] = holder === null ? null : this.ctx.currentExecution;
    if (holder !== null) this.ctx.onEvent?.(`lock acquired: ${kind}`);
  }

  /** Another execution takes the lock: this execution's tryLock returns false and waitLock times out. */
  hold(kind: LockKind): void {
    if (this.holder(kind) === 'this execution') throw new Error(`The ${kind} lock is held by this execution; release it first.`);
    this.holders[kind] = STAND_IN;
  }

  release(kind: LockKind): void {
    if (this.holders[kind] === STAND_IN) this.holders[kind] = null;
  }

  holdDocumentLockAsAnotherExecution(): void {
    this.hold('document');
  }

  releaseDocumentLockOfAnotherExecution(): void {
    this.release('document');
  }

  /** The end of an execution releases every lock it still holds. */
  endExecution(): void {
    for (const kind of Object.keys(this.holders) as LockKind[]) {
      if (this.holders[kind] === this.ctx.currentExecution) this.holders[kind] = null;
    }
  }

  notePendingWritesAtRelease(): void {
    if (this.ctx.hasPendingWrites) this.releasesWithPendingWrites += 1;
  }
}

export class LocalLock implements Surface<GoogleAppsScript.Lock.Lock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'> {
  constructor(
    private readonly ctx: RuntimeContext,
    private readonly control: LockControl,
    private readonly kind: LockKind,
  ) {}

  private timeout(method: string, args: readonly unknown[]): number {
    arity(this.ctx, `Lock.${method}`, args, 1, 1);
    const ms = integerArg(this.ctx, `Lock.${method}`, args, 0, 'timeout');
    if (ms < 0) this.ctx.fail(`Invalid argument: timeoutInMillis (${ms})`);
    return ms;
  }

  tryLock(...args: [timeoutInMillis: number]): boolean {
    this.ctx.call('Lock.tryLock');
    const ms = this.timeout('tryLock', args);
    if (this.control.holder(this.kind) === 'another execution') {
      this.ctx.meter.wait(ms);
      return false;
    }
    this.control.setHolder(this.kind, 'this execution');
    return true;
  }

  waitLock(...args: [timeoutInMillis: number]): void {
    this.ctx.call('Lock.waitLock');
    const ms = this.timeout('waitLock', args);
    if (this.control.holder(this.kind) === 'another execution') {
      this.ctx.meter.wait(ms);
      this.ctx.fail(MESSAGES.lockTimeout);
    }
    this.control.setHolder(this.kind, 'this execution');
  }

  releaseLock(): void {
    this.ctx.call('Lock.releaseLock');
    if (this.control.holder(this.kind) === 'this execution') {
      this.control.notePendingWritesAtRelease();
      this.control.setHolder(this.kind, null);
      this.ctx.onEvent?.(`lock released: ${this.kind}`);
    }
  }

  hasLock(): boolean {
    this.ctx.call('Lock.hasLock');
    return this.control.holder(this.kind) === 'this execution';
  }

  toString(): string {
    return 'Lock';
  }
}

export class LocalLockService implements Surface<GoogleAppsScript.Lock.LockService, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'> {
  constructor(
    private readonly ctx: RuntimeContext,
    private readonly control: LockControl,
  ) {}

  getDocumentLock(): LocalLock {
    this.ctx.call('LockService.getDocumentLock', false);
    return new LocalLock(this.ctx, this.control, 'document');
  }

  getScriptLock(): LocalLock {
    this.ctx.call('LockService.getScriptLock', false);
    return new LocalLock(this.ctx, this.control, 'script');
  }

  getUserLock(): LocalLock {
    this.ctx.call('LockService.getUserLock', false);
    return new LocalLock(this.ctx, this.control, 'user');
  }

  toString(): string {
    return 'LockService';
  }
}
