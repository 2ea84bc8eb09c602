// Saves the workbook after every change without letting saves pile up: one write at a time on the
// saving thread (save-worker.ts), and a change made while a write is running is saved right after it —
// only the newest state, older ones are stale.
//
// A save that fails (a full disk, a file another program holds, a name the .xlsx cannot take) loses
// nothing: the workbook stays in memory, the failure is shown on the page, and the save is tried again —
// after a pause that grows with each failure, or at once when the maker changes something.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SaveStatus, WorkbookSnapshot } from './protocol';
import type { SaveReply, SaveRequest } from './save-worker';

/** Pause before retry n (1-based): 0.5 s, 1 s, 2 s, … at most 30 s. */
export function retryDelayMs(failures: number): number {
  return Math.min(30_000, 500 * 2 ** Math.max(0, failures - 1));
}

export class WorkbookSaver {
  private readonly worker: Worker;
  private latest: { snapshot: WorkbookSnapshot; baseline: boolean } | null = null;
  private running: Promise<void> | null = null;
  private nextId = 1;
  private readonly replies = new Map<number, (reply: SaveReply) => void>();
  private saves = 0;
  private error: string | null = null;
  private recovered = false;
  private failures = 0;
  private stopping = false;
  /** Ends the pause before a retry early: a new change, or stopping. */
  private wakeUp: (() => void) | null = null;
  /** Set by the host while a change is known but not yet handed over (the runtime copies it out when idle). */
  changeComing = false;

  constructor(
    private readonly file: string,
    timeZone: string,
  ) {
    // TypeScript, like the workbook worker: register tsx inside the thread first.
    const boot = `require(${JSON.stringify(require.resolve('tsx/cjs/api'))}).register();\nrequire(${JSON.stringify(path.join(__dirname, 'save-worker.ts'))});`;
    this.worker = new Worker(boot, { eval: true, workerData: { file, timeZone } });
    this.worker.on('message', (reply: SaveReply) => {
      this.replies.get(reply.id)?.(reply);
      this.replies.delete(reply.id);
    });
  }

  /** The workbook as the file already holds it: later saves that change nothing are skipped. */
  baseline(snapshot: WorkbookSnapshot): void {
    this.latest = { snapshot, baseline: true };
    this.running ??= this.drain();
  }

  save(snapshot: WorkbookSnapshot): void {
    this.latest = { snapshot, baseline: false };
    this.wakeUp?.();
    this.running ??= this.drain();
  }

  private write(snapshot: WorkbookSnapshot, baseline: boolean): Promise<SaveReply> {
    const id = this.nextId++;
    return new Promise<SaveReply>((resolve) => {
      this.replies.set(id, resolve);
      this.worker.postMessage({ id, snapshot, baseline } satisfies SaveRequest);
    });
  }

  private async drain(): Promise<void> {
    while (this.latest) {
      const { snapshot, baseline } = this.latest;
      this.latest = null;
      const reply = await this.write(snapshot, baseline);
      if (reply.error === null) {
        if (reply.wrote) this.saves += 1;
        if (this.error) {
          this.recovered = true;
          console.log(`Saved ${this.file} again: every change is in the file.`);
        }
        this.error = null;
        this.failures = 0;
        continue;
      }
      // Keep what failed to be saved, unless a newer change has replaced it meanwhile.
      this.latest ??= { snapshot, baseline };
      this.failures += 1;
      this.recovered = false;
      const error = `${reply.error.replace(/\.$/, '')}. Your changes are kept here and saving is retried.`;
      if (error !== this.error) console.error(`Could not save ${this.file}: ${reply.error}`);
      this.error = error;
      if (this.stopping) break;
      await this.pause(retryDelayMs(this.failures));
    }
    this.running = null;
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.wakeUp = () => {
        this.wakeUp = null;
        done();
      };
    });
  }

  /** Resolves once everything handed to save() is on disk (or, after a failure, being retried forever). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /**
   * Before stopping: one last try of a save that is failing, no more pauses. Resolves with the reason
   * changes are not in the file, or null when everything is saved.
   */
  async finish(): Promise<string | null> {
    this.stopping = true;
    this.wakeUp?.();
    await this.idle();
    return this.latest ? this.error : null;
  }

  status(): SaveStatus {
    return {
      file: this.file,
      pending: this.changeComing || this.running !== null,
      saves: this.saves,
      error: this.error,
      recovered: this.recovered && this.error === null,
    };
  }

  stop(): Promise<number> {
    return this.worker.terminate();
  }
}
