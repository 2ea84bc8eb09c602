// Linking an import's order lines, and checking a plan again when it is saved. A plan links each line
// against stock as it is; saving checks the same lines against stock as it is then, so what someone
// shipped, used or wasted meanwhile is counted before anything is written.
import { codeKey } from '../codes';
import type { BelowZeroConfirmed, LeftOutLine, OrderProblem, PlannedLine } from '../../contract/orders';
import type { Stock } from '../production/stock';
import { checkAllocations, checkBelowZero, linkItems, type BelowZeroCheck, type LinkItem } from './link';

export interface LinkedPlan {
  lines: PlannedLine[];
  leftOut: LeftOutLine[];
}

/** Proposes batches for lines that have none (and keeps those picked), leaving out what cannot be linked. */
export function linkPlannedLines(lines: readonly PlannedLine[], stock: Stock): LinkedPlan {
  const linked = linkItems(lines.map(itemOf), stock);
  const plan: LinkedPlan = { lines: [], leftOut: [] };
  lines.forEach((line, index) => {
    const answer = linked[index]!;
    if (answer.ok) plan.lines.push({ ...line, allocations: answer.allocations, warnings: answer.warnings });
    else
      plan.leftOut.push({
        file: line.file,
        line: line.line,
        order: line.order,
        item: line.item,
        quantity: line.quantity,
        reason: 'cannotLink',
        message: sentence(answer.message),
        asLine: { ...line, allocations: [], warnings: [] },
      });
  });
  return plan;
}

/**
 * Everything that stops these lines from being saved now, each at its line: a Line ID already in
 * Orders (or twice in the plan), a batch that is gone or of another SKU, amounts that do not add up,
 * and a batch taken below zero further than the maker confirmed (plannedBelowZero).
 */
export function checkPlannedLines(
  lines: readonly PlannedLine[],
  stock: Stock,
  importedLineIds: ReadonlySet<string>,
  confirmed: readonly BelowZeroConfirmed[] = [],
): OrderProblem[] {
  const problems: OrderProblem[] = [];
  const at = (line: PlannedLine, message: string) =>
    problems.push({ file: line.file, line: line.line, lineId: line.lineId, message: sentence(message) });
  const seen = new Set<string>();
  const belowZero = plannedBelowZero(lines, stock, confirmed);
  lines.forEach((line, index) => {
    const id = codeKey(line.lineId);
    if (id !== '' && importedLineIds.has(id))
      at(line, `order ${line.order}: line ${line.lineId} is already in Orders (imported meanwhile)`);
    else if (id !== '' && seen.has(id)) at(line, `order ${line.order}: line ${line.lineId} is in the plan twice`);
    seen.add(id);
    for (const message of checkAllocations(itemOf(line), stock)) at(line, `order ${line.order}: ${message}`);
    for (const problem of belowZero.problems) if (problem.index === index) at(line, `order ${line.order}: ${problem.message}`);
  });
  return problems;
}

/**
 * The batches these lines take below zero, checked against what the maker confirmed in the sidebar —
 * and, so that a plan saved as previewOrderImport answered it adds what it said, against the warnings
 * the plan's own lines carry (a batch picked in the plan: the on hand that line was shown after it).
 */
export function plannedBelowZero(lines: readonly PlannedLine[], stock: Stock, confirmed: readonly BelowZeroConfirmed[]): BelowZeroCheck {
  const items = lines.map(itemOf);
  const shown = new Map<string, BelowZeroConfirmed>();
  for (const seen of confirmed) shown.set(codeKey(seen.batchCode), seen);
  linkItems(items, stock).forEach((answer, index) => {
    if (!answer.ok) return;
    answer.belowZero.forEach((batch, at) => {
      if (!lines[index]!.warnings.includes(answer.warnings[at]!)) return;
      const key = codeKey(batch.batchCode);
      const before = shown.get(key);
      if (!before || batch.onHand < before.onHand) shown.set(key, batch);
    });
  });
  return checkBelowZero(items, stock, [...shown.values()], 'preview the import again');
}

/** The Orders rows a plan writes: one per batch of each line. */
export function orderRecordsOf(lines: readonly PlannedLine[]): Record<string, string | number>[] {
  return lines.flatMap((line) =>
    line.allocations.map((allocation) => ({
      order: line.order,
      shipped: line.shipped,
      customer: line.customer,
      email: line.email,
      address: line.address,
      sku: line.sku,
      batchCode: allocation.batchCode,
      quantity: allocation.quantity,
      channel: line.channel,
      lineId: line.lineId,
      customerType: line.customerType,
    })),
  );
}

function itemOf(line: PlannedLine): LinkItem {
  return { sku: line.sku, shipped: line.shipped, quantity: line.quantity, allocations: line.allocations };
}

function sentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
