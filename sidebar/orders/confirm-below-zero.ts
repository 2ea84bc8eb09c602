// The step before saving lines that take a batch below zero (more shipped than was made): which batches,
// and how far, said once more beside the Save button, and saved only when the maker says so. What they
// confirmed goes with the save, so the server can refuse a batch that went further below zero meanwhile.
import type { BelowZeroConfirmed } from '../../src/contract/orders';
import { el } from '../dom';

export class BelowZeroConfirm {
  readonly element: HTMLElement;
  private readonly list = el('ul');
  private readonly yes = el('button', { text: 'Save anyway', attrs: { type: 'button' } });
  private readonly no = el('button', { class: 'secondary', text: 'Go back', attrs: { type: 'button' } });
  private answer: ((confirmed: boolean) => void) | null = null;

  /** `hide`: what the question stands in for while it is asked (the Save button and the plan's fields). */
  constructor(private readonly hide: { save: HTMLButtonElement; fields: HTMLFieldSetElement }) {
    this.element = el(
      'div',
      { class: 'confirm-below-zero', attrs: { role: 'group', 'aria-labelledby': 'confirm-below-zero-title' } },
      el('p', {
        text: 'Saving takes more out of these batches than was made:',
        attrs: { id: 'confirm-below-zero-title' },
      }),
      this.list,
      el('p', {
        class: 'hint',
        text: 'Save anyway if the lines did ship from these batches: their on hand stays below zero until the missing production run or the wrong row is put right.',
      }),
      el('div', { class: 'confirm-buttons' }, this.yes, this.no),
    );
    this.element.hidden = true;
    this.yes.addEventListener('click', () => this.close(true));
    this.no.addEventListener('click', () => this.close(false));
  }

  /** Asks; true when the maker chose to save anyway. */
  ask(below: readonly BelowZeroConfirmed[]): Promise<boolean> {
    this.list.replaceChildren(
      ...below.map((batch) =>
        el('li', {}, el('strong', { class: 'code', text: batch.batchCode }), el('span', { text: ` would have ${batch.onHand} on hand` })),
      ),
    );
    this.element.hidden = false;
    this.hide.save.hidden = true;
    this.hide.fields.disabled = true;
    this.yes.focus();
    return new Promise((resolve) => (this.answer = resolve));
  }

  private close(confirmed: boolean): void {
    this.element.hidden = true;
    this.hide.save.hidden = false;
    this.hide.fields.disabled = false;
    const answer = this.answer;
    this.answer = null;
    if (!confirmed) this.hide.save.focus();
    answer?.(confirmed);
  }
}
