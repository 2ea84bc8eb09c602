// A sheet is found by its tab name (workbook.md), so a maker who renamed "Orders" to "Sales", or typed
// "Reciepts", has no Orders sheet as far as Lotline goes — and every report would say only that. When a
// tab of another name looks like the missing sheet, the sentence about the missing sheet names it, so the
// maker renames one tab instead of setting up a second, empty sheet beside their data. It is never read
// in its place: a tab that merely looks like Orders ("Orders 2022 archive") may hold something else.
import { locateColumns } from './headers';
import type { SheetSpec } from './workbook';

export interface Tab {
  name: string;
  /** Its row 1, as read. */
  header: readonly unknown[];
}

/** A tab name as compared here: letters and digits only, lower case, a plural's "s" dropped. */
function nameKey(name: string): string {
  const letters = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return letters.endsWith('s') ? letters.slice(0, -1) : letters;
}

export interface Lookalike {
  /** The tab's name, as written. */
  name: string;
  /**
   * What makes it look so: its name but for spacing, punctuation and plural ("Batch-Input"), its name
   * but for a typo ("Reciepts" — or "Supplies", which may be something else), or its header row ("Sales").
   */
  by: 'name' | 'typo' | 'header';
}

/**
 * The tab among `tabs` that most looks like the sheet `spec` describes, or null. First by name — the
 * same words but for spacing, punctuation and plural ("Batch-Input"), or a typo or two ("Reciepts") —
 * then by header: row 1 names every required column of the sheet and at least three of its columns
 * ("Sales" with Order, Date, SKU, Quantity…). `tabs` are the tabs no sheet of Lotline's is found by.
 */
export function lookalikeTab(spec: SheetSpec, tabs: readonly Tab[]): Lookalike | null {
  const wanted = nameKey(spec.name);
  // Short names take no typo ("Bag" is not "BoM"), and "Recipes" is two edits from "Receipts".
  const allowed = wanted.length < 5 ? 0 : wanted.length < 9 ? 1 : 2;
  const byName = tabs
    .map((tab) => ({ tab, distance: typoDistance(wanted, nameKey(tab.name)) }))
    .filter((near) => near.distance <= allowed)
    .sort((a, b) => a.distance - b.distance);
  if (byName[0]) return { name: byName[0].tab.name, by: byName[0].distance === 0 ? 'name' : 'typo' };
  let best: { name: string; found: number } | null = null;
  for (const tab of tabs) {
    const layout = locateColumns(tab.header, spec.columns);
    const found = layout.positions.size;
    if (layout.missingRequired.length > 0 || found < Math.min(3, spec.columns.length)) continue;
    if (!best || found > best.found) best = { name: tab.name, found };
  }
  return best ? { name: best.name, by: 'header' } : null;
}

/** Edits from a to b, a swap of two neighbouring letters counting as one ("Reciepts"): names are short. */
function typoDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (rows[i] as number[])[j] = best;
    }
  return at(a.length, b.length);
}

/** ` The tab "Sales" looks like it: rename it "Orders" for Lotline to read it.` ('' for none). */
export function lookalikeClause(spec: SheetSpec, tab: Lookalike | string | null | undefined): string {
  if (tab === null || tab === undefined) return '';
  const name = typeof tab === 'string' ? tab : tab.name;
  return ` The tab "${name}" looks like it: rename it "${spec.name}" for Lotline to read it.`;
}
