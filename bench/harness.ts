// What every bench of one menu action or sidebar call shares: a generated workbook loaded into a fresh
// local runtime with the built bundle opened, the action run as one execution from a clean meter, its
// figures printed as a progress line and as a Markdown table, and the filter `npm run bench -- WORD…`
// applies. Each bench file keeps only what its action is asked and what it answers.
import { performance } from 'node:perf_hooks';
import { createRuntimeWithBundle, type LocalSheet, type MeterSnapshot } from '../local/runtime';

export type Opened = ReturnType<typeof createRuntimeWithBundle>;

/** A fresh runtime holding the sheets (ten spare rows under each, or `spareRows`), the add-on opened and authorised. */
export function openGenerated(sheets: Record<string, unknown[][]>, spareRows = 10): Opened {
  const opened = createRuntimeWithBundle();
  const { runtime, bundle } = opened;
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = runtime.spreadsheet.insertSheet(name);
    sheet.setDimensionsForTest(
      rows.length + spareRows,
      rows.reduce((widest, row) => Math.max(widest, row.length), 1),
    );
    sheet.loadRowsForTest(rows);
  }
  bundle.open('LIMITED');
  runtime.setAuthMode('FULL');
  return opened;
}

/** What one execution cost, as every bench table reports it. */
export interface Measured {
  calls: number;
  commits: number;
  cellsRead: number;
  cellsWritten: number;
  nodeMs: number;
  projectedS: number;
  costMs: MeterSnapshot['costMs'];
}

/** `action` as one execution of its own, measured from a clean meter. */
export async function measure<T>({ runtime }: Opened, action: () => T | Promise<T>): Promise<{ result: T; figures: Measured }> {
  runtime.endExecution();
  runtime.meter.reset();
  const before = performance.now();
  const result = await action();
  const nodeMs = Math.round(performance.now() - before);
  runtime.endExecution();
  const meter = runtime.meter.snapshot();
  return {
    result,
    figures: {
      calls: meter.calls,
      commits: meter.commits,
      cellsRead: meter.cellsRead,
      cellsWritten: meter.cellsWritten,
      nodeMs,
      projectedS: Math.round(meter.projectedMs / 100) / 10,
      costMs: meter.costMs,
    },
  };
}

/** A menu item that reports a failure in an alert titled like itself: run it, and throw that alert. */
export function clickMenuItemOrThrow({ runtime, bundle }: Opened, caption: string): void {
  bundle.clickMenuItem(caption);
  const alert = runtime.ui.dialogs.find((dialog) => dialog.title === caption);
  if (alert) throw new Error(`${caption} failed: ${JSON.stringify(alert)}`);
}

/** A report's answer: the sentence starting at row `from` (1-based), run on over the indented rows below it. */
export function answerOf(sheet: LocalSheet, from = 2): string {
  const lines = sheet.getRange(1, 1, Math.min(sheet.getLastRow(), from + 10), 1).getDisplayValues();
  const answer: string[] = [];
  for (const [text = ''] of lines.slice(from - 1)) {
    if (answer.length > 0 && !text.startsWith(' ')) break;
    answer.push(text.trim());
  }
  return answer.join(' ');
}

/** The finished product with the most batches: the largest pack or spreadsheet asked about one product. */
export function busiestSku(sheets: Record<string, unknown[][]>): string {
  const [header, ...rows] = sheets.Batches as unknown[][];
  const at = (header as unknown[]).indexOf('SKU');
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(String(row[at]), (counts.get(String(row[at])) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

/** Whether `npm run bench -- WORD…` asks for a case: no words, a prefix of its workbook's size, or a word naming the bench. */
export function wanted(only: readonly string[], size: string, ...benchWords: string[]): boolean {
  return only.length === 0 || only.some((word) => size.startsWith(word) || benchWords.includes(word));
}

/** The progress line on stderr, and the projected time term by term under it. */
export function printProgress(label: string, figures: Measured, tail: string): void {
  const n = (value: number) => value.toLocaleString('en-US');
  console.error(
    `${label}: ${figures.calls} calls, ${figures.commits} commits, ${n(figures.cellsRead)} cells read, ${n(figures.cellsWritten)} written, ${figures.nodeMs} ms Node, ${figures.projectedS} s projected; ${tail}`,
  );
  console.error(
    `  projected ms: ${Object.entries(figures.costMs)
      .map(([term, value]) => `${term} ${n(Math.round(value))}`)
      .join(', ')}`,
  );
}

/** A Markdown table, numbers with thousands separators. */
export function markdownTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const lines = rows.map((row) => row.map((value) => (typeof value === 'number' ? value.toLocaleString('en-US') : value)));
  return [header, header.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
