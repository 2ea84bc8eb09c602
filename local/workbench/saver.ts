// Saves the workbook after every change without letting saves pile up: one write at a time, and a change
// made while a write is running is saved right after it (only the newest state — older ones are stale).
import type { SaveStatus, WorkbookSnapshot } from './protocol';
import { writeXlsx } from './xlsx-file';

export class WorkbookSaver {
  private latest: WorkbookSnapshot | null = null;
  private running: Promise<void> | null = null;
  private saves = 0;
  private error: string | null = null;

  constructor(
    private readonly file: string,
    private readonly timeZone: string,
  ) {}

  save(snapshot: WorkbookSnapshot): void {
    this.latest = snapshot;
    this.running ??= this.drain();
  }

  private async drain(): Promise<void> {
    while (this.latest) {
      const snapshot = this.latest;
      this.latest = null;
      try {
        await writeXlsx(this.file, snapshot, this.timeZone);
        this.saves += 1;
        this.error = null;
      } catch (error) {
        this.error = `Could not save ${this.file}: ${(error as Error).message}`;
        console.error(this.error);
      }
    }
    this.running = null;
  }

  /** Resolves once everything handed to save() is on disk (or failed). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  status(): SaveStatus {
    return { file: this.file, pending: this.running !== null, saves: this.saves, error: this.error };
  }
}
