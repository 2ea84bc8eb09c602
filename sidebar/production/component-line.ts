// One BoM line of a run in the sidebar: what it needs, and the lots taken for it — first as proposed
// (FEFO, split when one lot is not enough), then as the maker changes them: another lot, another
// quantity, a further split, a lot removed. Each lot taken becomes one input line of the run.
import { round } from '../../src/domain/on-hand';
import type { InputLine } from '../../src/contract/production';
import type { LineSuggestion, LotSuggestion } from '../../src/domain/production';
import { convert, parseUnit, unitChoices } from '../../src/domain/units';
import { el, setOptions } from '../dom';
import { field, input, type Field } from '../field';
import { readQuantity } from './quantity';

let nextId = 1;

/** One lot taken for the line. */
interface Take {
  element: HTMLElement;
  lot: Field<HTMLSelectElement>;
  quantity: Field<HTMLInputElement>;
  unit: Field<HTMLSelectElement>;
  remove: HTMLButtonElement;
}

export class ComponentLine {
  readonly element: HTMLElement;
  private readonly takes: Take[] = [];
  private readonly list: HTMLElement;
  private readonly summary: HTMLElement;
  private readonly problem: HTMLElement;
  private readonly split: HTMLButtonElement;
  private readonly name: string;
  /** Lots taken that saving refused, until the maker changes them: the line's status says so, never "as needed". */
  private readonly refused = new Set<Take>();

  constructor(
    readonly suggestion: LineSuggestion,
    /** Usable lots of the component the sidebar was not sent. */
    notListed: number,
    /** Something that changes the batch's default expiry changed. */
    private readonly onChange: () => void,
  ) {
    this.name = `${suggestion.name} (${suggestion.component})`;
    this.list = el('div', { class: 'takes' });
    this.summary = el('p', { class: 'line-summary', attrs: { 'aria-live': 'polite' } });
    this.problem = el('p', { class: 'problem' });
    this.split = el('button', {
      class: 'link',
      text: 'Split across another lot',
      attrs: { type: 'button', 'aria-label': `Split ${this.name} across another lot` },
    });
    const kind = suggestion.kind === 'subAssembly' ? 'Sub-assembly: batches made earlier' : '';
    const hints = [kind, notListed > 0 ? `${notListed} more usable lots are not listed: the first ones in expiry order are.` : ''].filter(
      Boolean,
    );
    this.element = el(
      'fieldset',
      { class: 'component' },
      el(
        'legend',
        {},
        el('span', { text: this.name }),
        el('span', { class: 'need', text: ` · ${suggestion.quantity} ${suggestion.unit}` }),
      ),
      hints.length > 0 ? el('p', { class: 'hint', text: hints.join(' ') }) : null,
      this.list,
      this.summary,
      this.problem,
      this.split,
    );
    const proposed = suggestion.lots.filter((lot) => lot.quantity > 0);
    if (proposed.length === 0 && suggestion.lots[0]) proposed.push({ ...suggestion.lots[0], quantity: 0 });
    for (const lot of proposed) this.addTake(lot.code, lot.quantity);
    this.split.addEventListener('click', () => this.splitFurther());
    this.describe();
  }

  get component(): string {
    return this.suggestion.component;
  }

  /** Codes of the lots taken, for the default expiry and the waste lines' choices. */
  chosenLots(): string[] {
    return this.takes.map((take) => take.lot.control.value).filter((code) => code !== '');
  }

  /** The lots taken with a readable quantity, for the run's cost as it is typed (no problem shown). */
  readableTakes(): InputLine[] {
    return this.takes.flatMap((take) => {
      const quantity = readQuantity(take.quantity.control.value);
      const lot = take.lot.control.value;
      return quantity === null || lot === '' || quantity === 0
        ? []
        : [{ component: this.suggestion.component, lot, quantity, unit: take.unit.control.value }];
    });
  }

  /** The run's input lines, one per lot taken; null with a problem shown when a quantity is not a number. */
  inputs(): InputLine[] | null {
    const lines: InputLine[] = [];
    let readable = true;
    for (const take of this.takes) {
      const quantity = readQuantity(take.quantity.control.value);
      if (quantity === null) {
        take.quantity.setProblem('Enter a number, e.g. 1200 or 2.5.');
        readable = false;
        continue;
      }
      lines.push({ component: this.suggestion.component, lot: take.lot.control.value, quantity, unit: take.unit.control.value });
    }
    return readable ? lines : null;
  }

  /**
   * A problem saving found with the index-th lot taken (in the order inputs() lists them): shown at its
   * field, and the line's status turns to the refusal. Returns the control to focus.
   */
  refuse(index: number, field: string, message: string): HTMLElement | null {
    const take = this.takes[index];
    if (!take) return null;
    const target = field === 'quantity' ? take.quantity : field === 'unit' ? take.unit : take.lot;
    target.setProblem(message);
    this.refused.add(take);
    this.describe();
    return target.control;
  }

  get count(): number {
    return this.takes.length;
  }

  setProblem(message: string): void {
    this.problem.textContent = message;
  }

  clearProblems(): void {
    this.problem.textContent = '';
    for (const take of this.takes) this.clearRefusal(take);
    this.describe();
  }

  private clearRefusal(take: Take): void {
    this.refused.delete(take);
    for (const item of [take.lot, take.quantity, take.unit]) item.setProblem(null);
  }

  focus(): void {
    (this.takes[0]?.lot.control ?? this.split).focus();
  }

  private addTake(code: string, quantity: number): Take {
    const id = `take-${nextId++}`;
    const lot = field(`${id}-lot`, 'Lot', el('select'));
    const amount = field(`${id}-quantity`, 'Quantity', input({ inputmode: 'decimal' }));
    const unit = field(`${id}-unit`, 'Unit', el('select'));
    const remove = el('button', { class: 'link remove', text: 'Remove', attrs: { type: 'button' } });
    const lineUnit = parseUnit(this.suggestion.unit);
    const units = lineUnit ? unitChoices(lineUnit) : [];
    setOptions(unit.control, [{ options: units.map((value) => ({ value, text: value })) }], this.suggestion.unit);
    setOptions(lot.control, [{ options: this.lotOptions() }], code);
    amount.control.value = quantity > 0 ? String(quantity) : '';
    const element = el(
      'div',
      { class: 'take', attrs: { role: 'group' } },
      lot.element,
      el('div', { class: 'take-amount' }, amount.element, unit.element),
      remove,
    );
    const take: Take = { element, lot, quantity: amount, unit, remove };
    this.describeLot(take);
    lot.control.addEventListener('change', () => this.describeLot(take));
    this.takes.push(take);
    this.list.append(element);
    // What saving refused was about the lot as it was: once the maker changes it, the refusal is stale.
    const edited = () => {
      if (this.refused.has(take)) this.clearRefusal(take);
    };
    for (const control of [lot.control, amount.control, unit.control])
      control.addEventListener('change', () => {
        edited();
        this.changed();
      });
    amount.control.addEventListener('input', () => {
      edited();
      this.describe();
    });
    remove.addEventListener('click', () => {
      const index = this.takes.indexOf(take);
      this.refused.delete(take);
      this.takes.splice(index, 1);
      element.remove();
      this.changed();
      (this.takes[Math.max(0, index - 1)]?.lot.control ?? this.split).focus();
    });
    this.renumber();
    return take;
  }

  /** Every lot offered for the line, FEFO order, short enough for 300 px; the chosen one is described in full below it. */
  private lotOptions(): { value: string; text: string }[] {
    const describe = (lot: LotSuggestion) =>
      [lot.code, `${lot.onHand} ${this.suggestion.unit}`, lot.expires ? `exp ${lot.expires}` : null].filter(Boolean).join(' · ');
    const options = this.suggestion.lots.map((lot) => ({ value: lot.code, text: describe(lot) }));
    return options.length > 0 ? options : [{ value: '', text: 'No usable lot in stock' }];
  }

  /** Received (or made) and expiry dates and on hand of the lot chosen, under its list. */
  private describeLot(take: Take): void {
    const lot = this.suggestion.lots.find((offered) => offered.code === take.lot.control.value);
    if (!lot) return take.lot.setHint('');
    const since = lot.since ? `${this.suggestion.kind === 'material' ? 'Received' : 'Made'} ${lot.since}` : null;
    const expires = lot.expires ? `expires ${lot.expires}` : 'no expiry date';
    take.lot.setHint(`${[since, expires].filter(Boolean).join(', ')}; ${lot.onHand} ${this.suggestion.unit} on hand.`);
  }

  /** Another lot for what the line still needs: the first one not taken yet. */
  private splitFurther(): void {
    const taken = new Set(this.chosenLots());
    const next = this.suggestion.lots.find((lot) => !taken.has(lot.code));
    const remaining = round(Math.max(0, this.suggestion.quantity - this.takenTotal()));
    const take = this.addTake(next?.code ?? this.suggestion.lots[0]?.code ?? '', next ? Math.min(remaining, next.onHand) : remaining);
    this.changed();
    take.lot.control.focus();
  }

  /** Taken so far in the line's unit; quantities that are not numbers yet count as nothing. */
  private takenTotal(): number {
    const lineUnit = parseUnit(this.suggestion.unit);
    let total = 0;
    for (const take of this.takes) {
      const quantity = readQuantity(take.quantity.control.value) ?? 0;
      const unit = parseUnit(take.unit.control.value);
      total += lineUnit && unit ? (convert(quantity, unit, lineUnit) ?? 0) : 0;
    }
    return round(total);
  }

  private renumber(): void {
    this.takes.forEach((take, index) => {
      take.element.setAttribute('aria-label', `Lot ${index + 1} of ${this.name}`);
      take.remove.setAttribute('aria-label', `Remove lot ${index + 1} of ${this.name}`);
      take.remove.hidden = this.takes.length === 1;
    });
  }

  private changed(): void {
    this.renumber();
    this.describe();
    this.onChange();
  }

  private describe(): void {
    const taken = this.takenTotal();
    const need = this.suggestion.quantity;
    const unit = this.suggestion.unit;
    this.split.hidden = this.suggestion.lots.length === 0;
    if (this.refused.size > 0) {
      const one = this.refused.size === 1;
      this.summary.textContent = `Not saved: ${one ? 'the lot marked above was' : `the ${this.refused.size} lots marked above were`} refused. Change ${one ? 'it' : 'them'} or take another lot.`;
      this.summary.className = 'line-summary refused';
      return;
    }
    const state = taken === need ? 'covered' : taken < need ? 'short' : 'over';
    const text =
      state === 'covered'
        ? `Taking ${taken} ${unit}, as needed.`
        : state === 'short'
          ? `Taking ${taken} of ${need} ${unit}: ${round(need - taken)} ${unit} short${this.stockShort(taken)}.`
          : `Taking ${taken} ${unit}, ${round(taken - need)} ${unit} more than the BoM.`;
    const why = state === 'short' && this.suggestion.shortfall > 0 ? this.whyShort() : [];
    this.summary.textContent = [text, ...why, ...this.suggestion.problems].join(' ');
    this.summary.className = `line-summary ${state}`;
  }

  /** When usable stock cannot cover the line: said once, after what is taken. */
  private stockShort(taken: number): string {
    if (this.suggestion.shortfall <= 0) return '';
    const usable = round(this.suggestion.quantity - this.suggestion.shortfall);
    if (usable === 0) return ', and no lot is usable that day';
    return taken >= usable ? ', and no more is usable that day' : `; only ${usable} ${this.suggestion.unit} is usable that day`;
  }

  /** Why the other lots cannot be taken (expired by then, held, used up), the first few. */
  private whyShort(): string[] {
    const reasons = this.suggestion.unavailable;
    const shown = reasons.slice(0, SHORT_REASONS_SHOWN);
    const rest = reasons.length - shown.length;
    return rest > 0 ? [...shown, `${rest} more lot${rest === 1 ? ' is' : 's are'} not usable either.`] : shown;
  }
}

/** Reasons listed under a short line: enough to see why, short enough for a 300 px sidebar. */
const SHORT_REASONS_SHOWN = 4;
