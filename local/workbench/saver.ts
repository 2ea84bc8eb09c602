// Saves the workbook after every change without letting saves pile up: one write at a time on the
// saving thread (save-worker.ts), and a change made while a write is running is saved right after it —
// only the newest state, older ones are stale.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SaveStatus, WorkbookSnapshot } from './protocol';
import type { SaveReply, SaveRequest } from './save-worker';

export class WorkbookSaver {
  private readonly worker: Worker;
  private latest: { snapshot: WorkbookSnapshot; baseline: boolean } | null = null;
  private running: Promise<void> | null = null;
  private nextId = 1;
  private readonly replies = new Map<number, (reply: SaveReply) => void>();
  private saves = 0;
  private error: string | null = null;
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
    this.running ??= this.drain();
  }

  private async drain(): Promise<void> {
    while (this.latest) {
      const { snapshot, baseline } = this.latest;
      this.latest = null;
      const id = this.nextId++;
      const reply = await new Promise<SaveReply>((resolve) => {
        this.replies.set(id, resolve);
        this.worker.postMessage({ id, snapshot, baseline } satisfies SaveRequest);
      });
      if (reply.wrote) this.saves += 1;
      this.error = reply.error && `Could not save ${this.file}: ${reply.error}`;
      if (this.error) console.error(this.error);
    }
    this.running = null;
  }

  /** Resolves once everything handed to save() is on disk (or failed). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  status(): SaveStatus {
    return { file: this.file, pending: this.changeComing || this.running !== null, saves: this.saves, error: this.error };
  }

  stop(): Promise<number> {
    return this.worker.terminate();
  }
}
