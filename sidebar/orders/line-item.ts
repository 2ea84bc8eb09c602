// One order line in the sidebar's compact list: a checkbox to keep it, what it is on one line (order,
// item × quantity), who and when below it, and its batch picker. Text from the export or the sheet goes
// in as text only.
import type { Allocation, BatchChoice } from '../../src/contract/orders';
import { el } from '../dom';
import { AllocationEditor } from './allocations';

export interface LineShown {
  order: string;
  item: string;
  sku: string;
  quantity: number;
  shipped: string | null;
  /** Customer and shipped day, and where the line came from. */
  details: string;
  allocations: readonly Allocation[];
  warnings: readonly string[];
}

export class LineItem {
  readonly element: HTMLLIElement;
  readonly editor: AllocationEditor;
  private readonly keep: HTMLInputElement;
  private readonly warnings = el('ul', { class: 'warnings' });
  private readonly problem = el('p', { class: 'problem' });

  constructor(
    readonly line: LineShown,
    batches: readonly BatchChoice[],
    private readonly planWarnings: readonly string[],
    onChange: () => void,
  ) {
    const name = `order ${line.order}, ${line.item}`;
    this.keep = el('input', { attrs: { type: 'checkbox', 'aria-label': `Keep ${name}` } });
    this.keep.checked = true;
    this.editor = new AllocationEditor(
      { name, sku: line.sku, quantity: line.quantity, shipped: line.shipped },
      batches,
      line.allocations,
      onChange,
    );
    this.element = el(
      'li',
      { class: 'order-line', attrs: { 'aria-label': name } },
      el(
        'div',
        { class: 'line-head' },
        this.keep,
        el('span', { class: 'line-title' }, el('strong', { text: line.order }), el('span', { text: ` ${line.item} × ${line.quantity}` })),
        this.editor.split,
      ),
      el('p', { class: 'hint', text: line.details }),
      this.editor.element,
      this.warnings,
      this.problem,
    );
    this.keep.addEventListener('change', () => {
      this.showKept();
      onChange();
    });
    this.showWarnings([]);
  }

  get kept(): boolean {
    return this.keep.checked;
  }

  /** Unticked, as the maker left it before the plan was previewed again. */
  leaveOut(): void {
    this.keep.checked = false;
    this.showKept();
  }

  private showKept(): void {
    this.element.classList.toggle('left-out', !this.keep.checked);
    this.editor.element.hidden = !this.keep.checked;
  }

  /** The plan's warnings, and the sidebar's own (a batch this import takes below zero). */
  showWarnings(extra: readonly string[]): void {
    const all = [...this.planWarnings, ...extra];
    this.warnings.replaceChildren(...all.map((warning) => el('li', { text: warning })));
    this.warnings.hidden = all.length === 0;
  }

  setProblem(message: string | null): void {
    this.problem.textContent = message ?? '';
    this.element.classList.toggle('has-problem', Boolean(message));
  }

  focus(): void {
    this.editor.focus();
  }
}
