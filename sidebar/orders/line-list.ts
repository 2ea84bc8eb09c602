// The list of order lines both order sidebars show and save: it keeps each line's warnings current (a
// batch the kept lines would take below zero), refuses to send a line whose batches are unfinished, and
// puts the server's problems back at their lines. A list that replaces another (previewed again, or
// shown again with the stock a refused save saw) starts each line as the maker left it.
import type { Allocation, BatchChoice, BelowZeroConfirmed, OrderProblem, OrderSaveResult } from '../../src/contract/orders';
import { batchesBelowZero } from './allocations';
import { LineItem, type LineShown } from './line-item';

/** What the maker did to a line: ticked it or not, and its batches (changed or split). */
export interface LineEdits {
  kept: boolean;
  sku: string;
  quantity: number;
  allocations: Allocation[];
}

export class LineList<T> {
  private items: { item: LineItem; source: T }[] = [];

  constructor(
    private readonly list: HTMLElement,
    private readonly batches: readonly BatchChoice[],
    private readonly onChange: () => void,
    /** Which line a source is, across two plans of the same lines. */
    private readonly keyOf: (source: T) => string,
    /** The edits of the list this one replaces, by keyOf. */
    private readonly carried: ReadonlyMap<string, LineEdits> = new Map(),
  ) {}

  add(source: T, shown: LineShown): LineItem {
    const edited = this.carried.get(this.keyOf(source));
    // The maker's batches while they still fit the line: its SKU and quantity, batches still offered.
    const offered = new Set(this.batches.filter((batch) => sameSku(batch.sku, shown.sku)).map((batch) => batch.batchCode));
    const fits =
      edited !== undefined &&
      sameSku(edited.sku, shown.sku) &&
      edited.quantity === shown.quantity &&
      edited.allocations.length > 0 &&
      edited.allocations.every((allocation) => offered.has(allocation.batchCode));
    const line = fits ? { ...shown, allocations: edited.allocations } : shown;
    const item = new LineItem(line, this.batches, line.warnings, () => this.changed());
    if (edited && !edited.kept) item.leaveOut();
    this.items.push({ item, source });
    this.list.append(item.element);
    this.changed();
    return item;
  }

  /** What the maker did to every line, by keyOf: for the list that replaces this one. */
  edits(): Map<string, LineEdits> {
    const edits = new Map<string, LineEdits>();
    for (const { item, source } of this.items)
      edits.set(this.keyOf(source), {
        kept: item.kept,
        sku: item.line.sku,
        quantity: item.line.quantity,
        allocations: item.editor.allocations(),
      });
    return edits;
  }

  get kept(): { item: LineItem; source: T }[] {
    return this.items.filter(({ item }) => item.kept);
  }

  /** The batches the kept lines take below zero, each with its on hand after them: what saving asks to confirm. */
  belowZero(): BelowZeroConfirmed[] {
    const below = batchesBelowZero(
      this.batches,
      this.kept.flatMap(({ item }) => item.editor.allocations()),
    );
    return [...below].map(([batchCode, onHand]) => ({ batchCode, onHand }));
  }

  changed(): void {
    const below = new Map(this.belowZero().map((batch) => [batch.batchCode, batch.onHand]));
    const byCode = new Map(this.batches.map((batch) => [batch.batchCode, batch]));
    for (const { item } of this.items) {
      const codes = item.kept ? item.editor.allocations().map((allocation) => allocation.batchCode) : [];
      const shipped = item.line.shipped;
      item.showWarnings(
        [...new Set(codes)].flatMap((code) => {
          const after = below.get(code);
          const expires = byCode.get(code)?.expires ?? null;
          return [
            ...(after === undefined ? [] : [`Takes ${code} below zero: ${after} on hand after these lines. Saving asks you to confirm.`]),
            ...(shipped && expires && expires < shipped ? [`${code} expired on ${expires}, before this line shipped.`] : []),
          ];
        }),
      );
    }
    this.onChange();
  }

  /** Each kept line's unfinished batches marked, the first focused; false when every kept line is ready. */
  unfinished(): boolean {
    let first: LineItem | null = null;
    for (const { item } of this.items) {
      const problem = item.kept ? item.editor.problem() : null;
      item.setProblem(problem);
      if (problem) first ??= item;
    }
    first?.focus();
    return first !== null;
  }

  clearProblems(): void {
    for (const { item } of this.items) item.setProblem(null);
  }

  /**
   * The server's problems at their lines (found by `at`); the rest returned as sentences, each with
   * its file and line when it has them.
   */
  showProblems(problems: readonly OrderProblem[], at: (problem: OrderProblem, source: T) => boolean): string[] {
    const general: string[] = [];
    let first: LineItem | null = null;
    for (const problem of problems) {
      const found = this.items.find(({ source }) => at(problem, source));
      if (found) {
        found.item.setProblem(problem.message);
        first ??= found.item;
      } else general.push(describeProblem(problem));
    }
    first?.focus();
    return general;
  }
}

export function describeProblem(problem: OrderProblem): string {
  const where = [problem.file, problem.line === undefined ? '' : `line ${problem.line}`, problem.column ? `column ${problem.column}` : '']
    .filter(Boolean)
    .join(', ');
  return where === '' ? problem.message : `${where}: ${problem.message}`;
}

/** What a save wrote, in one sentence. */
export function describeSaved(result: Extract<OrderSaveResult, { ok: true }>, done: string): string {
  const lines = result.lines === 1 ? 'One order line' : `${result.lines} order lines`;
  const rows = result.rows === 1 ? 'one row' : `${result.rows} rows`;
  if (result.rows === 0 || result.firstRow === null) return `${lines} ${done}: nothing needed writing.`;
  const last = result.firstRow + result.rows - 1;
  const where = result.rows === 1 ? `row ${result.firstRow}` : `rows ${result.firstRow}–${last}`;
  return `${lines} ${done}: ${rows} in ${result.sheet}, ${where}.`;
}

const sameSku = (a: string, b: string) => a.trim().toUpperCase() === b.trim().toUpperCase();

/** The batches a plan offers, with those of the SKUs a refused save answered replaced by theirs as they are now. */
export function withBatchesNow(offered: readonly BatchChoice[], now: readonly BatchChoice[]): BatchChoice[] {
  const skus = new Set(now.map((batch) => batch.sku.trim().toUpperCase()));
  return [...offered.filter((batch) => !skus.has(batch.sku.trim().toUpperCase())), ...now];
}
