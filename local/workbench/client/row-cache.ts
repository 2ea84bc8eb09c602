// The grid's rows, fetched from the server in blocks as they scroll into view, so a sheet of hundreds
// of thousands of rows costs the page only what is on screen. After a change every block is stale: it is
// still shown (no flicker) until its fresh copy arrives; answers to requests made before lose.
import type { CellView } from '../protocol';
import { api } from './api';

const BLOCK = 100;

export class RowCache {
  private readonly blocks = new Map<number, { version: number; rows: (CellView | null)[][] }>();
  private readonly loading = new Set<number>();
  private version = 0;

  constructor(
    private readonly sheet: string,
    private readonly onLoaded: () => void,
  ) {}

  /** The row's cells, or undefined while it is not loaded yet. */
  row(row: number): (CellView | null)[] | undefined {
    const block = this.blocks.get(Math.floor((row - 1) / BLOCK));
    return block ? (block.rows[(row - 1) % BLOCK] ?? []) : undefined;
  }

  /** Starts loading every block that rows first..last touch. */
  want(first: number, last: number): void {
    for (let index = Math.floor((first - 1) / BLOCK); index <= Math.floor((last - 1) / BLOCK); index += 1) {
      if (this.blocks.get(index)?.version === this.version || this.loading.has(index)) continue;
      this.load(index);
    }
  }

  private load(index: number): void {
    const version = this.version;
    this.loading.add(index);
    api.window(this.sheet, index * BLOCK + 1, BLOCK).then(
      (window) => {
        if (version !== this.version) return;
        this.loading.delete(index);
        this.blocks.set(index, { version, rows: window.rows });
        this.onLoaded();
      },
      (error: Error) => {
        if (version === this.version) this.loading.delete(index);
        console.error(`Could not load rows of ${this.sheet}: ${error.message}`);
      },
    );
  }

  invalidate(): void {
    this.version += 1;
    this.loading.clear();
  }
}
