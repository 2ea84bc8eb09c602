// The lots and batches a hold would change, one tickable row each: code, where it is, its Status and on
// hand now. A row whose Status the hold leaves as it is (already held, Destroyed, not on hold) is shown
// but cannot be ticked, with the reason beside it, so the maker sees the whole trace and what changes.
import type { HoldMode, HoldTarget } from '../../src/contract/holds';
import { whyLeftAsIs, type HoldStatus } from '../../src/domain/holds/statuses';
import { el } from '../dom';

interface Entry {
  target: HoldTarget;
  box: HTMLInputElement;
  item: HTMLLIElement;
  note: HTMLElement;
  problem: HTMLElement;
}

export class TargetList {
  private entries: Entry[] = [];

  constructor(
    private readonly list: HTMLElement,
    private readonly onChange: () => void,
  ) {}

  show(targets: readonly HoldTarget[], mode: HoldMode, chosen: HoldStatus): void {
    this.entries = targets.map((target, index) => {
      const box = el('input', { attrs: { type: 'checkbox', id: `target-${index}` } });
      const where = `${target.sheetName} row ${target.row}`;
      const onHand = target.onHand === null ? 'on hand not known' : `on hand ${target.onHand} ${target.unit}`.trim();
      const via = target.level > 0 && target.path.length > 2 ? ` · via ${target.path.slice(1, -1).join(' → ')}` : '';
      const note = el('span', { class: 'left-as-is' });
      const problem = el('p', { class: 'problem', attrs: { id: `target-${index}-problem` } });
      box.setAttribute('aria-describedby', `target-${index}-details target-${index}-problem`);
      const item = el(
        'li',
        { class: 'target' },
        box,
        el(
          'label',
          { attrs: { for: `target-${index}` } },
          el('span', { class: 'code', text: target.code }),
          el('span', {
            class: 'kind',
            text: ` ${target.kind}${target.level === 0 ? ', traced' : ''}`,
          }),
        ),
        el(
          'p',
          { class: 'hint details', attrs: { id: `target-${index}-details` } },
          el('span', { class: `state state-${target.status.toLowerCase()}`, text: target.status }),
          el('span', { text: ` · ${onHand} · ${where}${via} ` }),
          note,
        ),
        problem,
      );
      box.addEventListener('change', () => this.onChange());
      return { target, box, item, note, problem };
    });
    this.list.replaceChildren(...this.entries.map((entry) => entry.item));
    this.setChoice(mode, chosen);
  }

  /** Tick every row the choice changes, and no other: the default is all of them. */
  setChoice(mode: HoldMode, chosen: HoldStatus): void {
    for (const entry of this.entries) {
      const why = whyLeftAsIs(mode, entry.target.kind, entry.target.status, chosen);
      entry.box.disabled = why !== null;
      entry.box.checked = why === null;
      entry.note.textContent = why ? `(${why})` : '';
      entry.item.classList.toggle('left', why !== null);
    }
    this.onChange();
  }

  get ticked(): HoldTarget[] {
    return this.entries.filter((entry) => entry.box.checked && !entry.box.disabled).map((entry) => entry.target);
  }

  get total(): number {
    return this.entries.length;
  }

  clearProblems(): void {
    for (const entry of this.entries) {
      entry.problem.textContent = '';
      entry.item.classList.remove('has-problem');
    }
  }

  /** A problem at the row it is about (a target sent to the server); false when no row shows it. */
  showProblem(target: HoldTarget, message: string): boolean {
    const entry = this.entries.find((each) => each.target === target);
    if (!entry) return false;
    entry.problem.textContent = message;
    entry.item.classList.add('has-problem');
    return true;
  }
}
