// The batches one order line ships from: a picker of that SKU's batches per allocation, and a quantity
// each once the line is split. Shared by Import orders… and Link order lines to batches…. The plan's
// proposal is shown as it is; the maker may pick another batch, split, or (for a line Lotline could not
// link) pick one by hand — the whole sidebar then says which batches would go below zero.
import type { Allocation, BatchChoice } from '../../src/contract/orders';
import { el, setOptions } from '../dom';
import { readQuantity } from '../production/quantity';

export interface AllocationTarget {
  /** Names the line for screen readers and tests: "order #1001, Lavender soap bar". */
  name: string;
  sku: string;
  quantity: number;
  /** The ship day: a batch expired by then is offered apart. */
  shipped: string | null;
}

function batchText(batch: BatchChoice): string {
  // A batch not Released (held, recalled…) says so: picking it by hand should be a choice made knowingly.
  const status = batch.status === 'Released' ? '' : ` · ${batch.status}`;
  const left = batch.onHand === null ? 'on hand not known' : `${batch.onHand} left`;
  return `${batch.batchCode}${status} · ${left}${batch.expires ? ` · exp ${batch.expires}` : ''}`;
}

interface Row {
  element: HTMLElement;
  batch: HTMLSelectElement;
  quantity: HTMLInputElement;
}

export class AllocationEditor {
  readonly element: HTMLElement;
  private readonly rows: Row[] = [];
  private readonly list = el('div', { class: 'allocations' });
  /** The Split button: the line places it (beside its title, to keep the line short). */
  readonly split: HTMLButtonElement;
  private readonly summary = el('p', { class: 'problem' });

  constructor(
    private readonly target: AllocationTarget,
    private readonly batches: readonly BatchChoice[],
    initial: readonly Allocation[],
    private readonly onChange: () => void,
  ) {
    this.split = el('button', { class: 'link', text: 'Split', attrs: { type: 'button', 'aria-label': `Split ${target.name}` } });
    this.split.addEventListener('click', () => {
      this.addRow({ batchCode: this.nextBatch(), quantity: this.nextQuantity() });
      this.rows.at(-1)?.batch.focus();
      this.changed();
    });
    this.element = el('div', { class: 'allocation-editor' }, this.list, this.summary);
    const start = initial.length > 0 ? initial : [{ batchCode: '', quantity: target.quantity }];
    for (const allocation of start) this.addRow(allocation);
    this.layout();
  }

  private addRow(allocation: Allocation): void {
    const own = this.batches.filter((batch) => batch.sku.toUpperCase() === this.target.sku.toUpperCase());
    const released = (batch: BatchChoice) => batch.status === 'Released';
    const later = (batch: BatchChoice) => this.madeAfter(batch);
    const stocked = (batch: BatchChoice) => batch.onHand !== null && batch.onHand > 0;
    const withStock = own.filter((batch) => stocked(batch) && released(batch) && !this.expired(batch) && !later(batch));
    const expired = own.filter((batch) => stocked(batch) && released(batch) && this.expired(batch) && !later(batch));
    const held = own.filter((batch) => stocked(batch) && !released(batch) && !later(batch));
    const madeLater = own.filter((batch) => stocked(batch) && later(batch));
    const uncounted = own.filter((batch) => batch.onHand === null);
    const without = own.filter((batch) => batch.onHand !== null && batch.onHand <= 0);
    const group = (label: string, choices: BatchChoice[]) =>
      choices.length === 0 ? [] : [{ label, options: choices.map((choice) => ({ value: choice.batchCode, text: batchText(choice) })) }];
    const known = own.some((batch) => batch.batchCode === allocation.batchCode);
    const batch = el('select');
    setOptions(
      batch,
      [
        { options: [{ value: '', text: own.length === 0 ? `No batches of ${this.target.sku}` : 'Choose a batch' }] },
        ...(known || allocation.batchCode === '' ? [] : [{ options: [{ value: allocation.batchCode, text: allocation.batchCode }] }]),
        ...group('With stock', withStock),
        ...group('Expired by the ship day', expired),
        ...group('Not released (held)', held),
        ...group('Made after the ship day', madeLater),
        ...group('On hand not known', uncounted),
        ...group('None on hand', without),
      ],
      allocation.batchCode,
    );
    const quantity = el('input', {
      attrs: { type: 'text', inputmode: 'decimal', autocomplete: 'off', value: String(allocation.quantity) },
    });
    const remove = el('button', { class: 'link', text: '×', attrs: { type: 'button' } });
    const element = el('div', { class: 'allocation' }, batch, quantity, remove);
    const row: Row = { element, batch, quantity };
    remove.addEventListener('click', () => {
      this.rows.splice(this.rows.indexOf(row), 1);
      element.remove();
      this.layout();
      this.rows[0]?.batch.focus();
      this.changed();
    });
    // The whole choice on hover, should a long batch code still be cut off.
    const showTitle = () => (batch.title = batch.selectedOptions[0]?.textContent ?? '');
    showTitle();
    batch.addEventListener('change', () => {
      showTitle();
      this.changed();
    });
    quantity.addEventListener('input', () => this.changed());
    this.rows.push(row);
    this.list.append(element);
    this.layout();
  }

  /** One batch: just the picker; split: a quantity per batch, and a way to remove each. */
  private layout(): void {
    const split = this.rows.length > 1;
    this.rows.forEach((row, index) => {
      const number = split ? ` ${index + 1}` : '';
      row.batch.setAttribute('aria-label', `Batch${number} for ${this.target.name}`);
      row.quantity.setAttribute('aria-label', `Quantity${number} for ${this.target.name}`);
      row.quantity.hidden = !split;
      const remove = row.element.querySelector('button');
      if (remove) {
        remove.hidden = !split;
        remove.setAttribute('aria-label', `Remove batch${number} of ${this.target.name}`);
      }
      row.element.classList.toggle('split', split);
    });
    this.split.hidden = this.rows.length >= 100;
  }

  /** What a new part takes: the rest of the line, or else half of the last part. */
  private nextQuantity(): number {
    const parts = this.rows.map((row, index) =>
      this.rows.length === 1 && index === 0 ? this.target.quantity : (readQuantity(row.quantity.value) ?? 0),
    );
    const rest = this.target.quantity - parts.reduce((sum, part) => sum + part, 0);
    if (rest > 0) return rest;
    const last = this.rows.at(-1);
    const lastPart = parts.at(-1) ?? 0;
    if (!last || lastPart < 2) return 0;
    const half = Math.floor(lastPart / 2);
    last.quantity.value = String(lastPart - half);
    return half;
  }

  private madeAfter(batch: BatchChoice): boolean {
    return this.target.shipped !== null && batch.made !== null && batch.made > this.target.shipped;
  }

  private expired(batch: BatchChoice): boolean {
    return this.target.shipped !== null && batch.expires !== null && batch.expires < this.target.shipped;
  }

  /** The first-expiring batch of the SKU with stock on the ship day that no part takes yet. */
  private nextBatch(): string {
    const taken = new Set(this.rows.map((row) => row.batch.value));
    const choices = this.batches
      .filter(
        (batch) =>
          batch.sku.toUpperCase() === this.target.sku.toUpperCase() && batch.onHand !== null && batch.onHand > 0 && !this.expired(batch),
      )
      .filter((batch) => batch.status === 'Released' && !this.madeAfter(batch))
      .filter((batch) => !taken.has(batch.batchCode))
      .sort((a, b) => (a.expires ?? '9999').localeCompare(b.expires ?? '9999'));
    return choices[0]?.batchCode ?? '';
  }

  private changed(): void {
    this.summary.textContent = this.problem() ?? '';
    this.onChange();
  }

  /** What keeps this line from being saved as it is, in the maker's words; null when nothing does. */
  problem(): string | null {
    if (this.rows.length === 0) return 'Choose a batch.';
    if (this.rows.some((row) => row.batch.value === '')) return this.rows.length > 1 ? 'Choose a batch for each part.' : 'Choose a batch.';
    if (this.rows.length === 1) return null;
    const quantities = this.rows.map((row) => readQuantity(row.quantity.value));
    if (quantities.some((quantity) => quantity === null || quantity <= 0)) return 'Each part needs a quantity above 0.';
    const total = quantities.reduce<number>((sum, quantity) => sum + (quantity ?? 0), 0);
    return total === this.target.quantity ? null : `The parts add up to ${total}, not ${this.target.quantity}.`;
  }

  /** The allocations as chosen: a single batch covers the whole line. */
  allocations(): Allocation[] {
    if (this.rows.length === 1) return [{ batchCode: this.rows[0]!.batch.value, quantity: this.target.quantity }];
    return this.rows.map((row) => ({ batchCode: row.batch.value, quantity: readQuantity(row.quantity.value) ?? 0 }));
  }

  showProblem(message: string): void {
    this.summary.textContent = message;
  }

  focus(): void {
    this.rows[0]?.batch.focus();
  }
}

/**
 * The batches the kept lines would take below zero, with how much each would be short: shown as a
 * warning on every line that takes from one, so the maker sees it before saving.
 */
export function batchesBelowZero(batches: readonly BatchChoice[], taken: readonly Allocation[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const allocation of taken) totals.set(allocation.batchCode, (totals.get(allocation.batchCode) ?? 0) + allocation.quantity);
  const below = new Map<string, number>();
  for (const batch of batches) {
    const total = totals.get(batch.batchCode);
    // Rounded as the server rounds on hand, so the on hand confirmed is the one it counts.
    // One whose on hand cannot be counted is not known to go below zero: the server's warning says so.
    if (total !== undefined && batch.onHand !== null && total > batch.onHand)
      below.set(batch.batchCode, Math.round((batch.onHand - total) * 1e6) / 1e6);
  }
  return below;
}
