// One waste line of a run: material or product discarded while making it — a lot the run took, the
// batch being made (off-spec bars), or any other lot typed in — with how much, why, and a note.
import type { WasteLine } from '../../src/contract/production';
import { parseUnit, UNIT_SYMBOLS, unitChoices } from '../../src/domain/units';
import { WASTE_REASONS } from '../../src/domain/workbook';
import { el, setOptions } from '../dom';
import { field, input, type Field } from '../field';
import { readQuantity } from './quantity';

let nextId = 1;

export type WasteField = 'lot' | 'quantity' | 'unit' | 'reason' | 'notes';

export class WasteLineForm {
  readonly element: HTMLElement;
  private readonly fields: Record<WasteField, Field<HTMLInputElement | HTMLSelectElement>>;
  private readonly legend: HTMLLegendElement;
  private readonly remove: HTMLButtonElement;

  constructor(
    /** The datalist offering the run's lots and the new batch's code. */
    lotList: string,
    /** The unit a lot is counted in, when the sidebar knows it. */
    private readonly unitOf: (lot: string) => string | null,
    onRemove: (line: WasteLineForm) => void,
  ) {
    const id = `waste-${nextId++}`;
    this.fields = {
      lot: field(`${id}-lot`, 'Lot', input({ list: lotList, spellcheck: 'false', placeholder: 'A lot of this run, or this batch' })),
      quantity: field(`${id}-quantity`, 'Quantity', input({ inputmode: 'decimal' })),
      unit: field(`${id}-unit`, 'Unit', el('select')),
      reason: field(`${id}-reason`, 'Reason', el('select')),
      notes: field(`${id}-notes`, 'Notes', input()),
    };
    this.offerUnits(null);
    setOptions(
      this.fields.reason.control as HTMLSelectElement,
      [{ options: WASTE_REASONS.map((value) => ({ value, text: value })) }],
      'Off-spec',
    );
    this.legend = el('legend');
    this.remove = el('button', { class: 'link remove', text: 'Remove waste line', attrs: { type: 'button' } });
    this.element = el(
      'fieldset',
      { class: 'waste' },
      this.legend,
      this.fields.lot.element,
      el('div', { class: 'pair' }, this.fields.quantity.element, this.fields.unit.element),
      this.fields.reason.element,
      this.fields.notes.element,
      this.remove,
    );
    this.fields.lot.control.addEventListener('change', () => this.offerUnits(this.unitOf(this.fields.lot.control.value)));
    this.remove.addEventListener('click', () => onRemove(this));
  }

  /**
   * The units of the lot's kind, its own first (off-spec bars are counted in "bars", which no fixed list
   * holds); any unit while the lot is not one the sidebar knows — saving checks it against the sheets.
   */
  private offerUnits(lotUnit: string | null): void {
    const unit = lotUnit === null ? null : parseUnit(lotUnit);
    const choices = unit ? unitChoices(unit) : UNIT_SYMBOLS;
    const current = this.fields.unit.control.value;
    const selected = unit ? unit.symbol : choices.includes(current) ? current : 'g';
    setOptions(this.fields.unit.control as HTMLSelectElement, [{ options: choices.map((value) => ({ value, text: value })) }], selected);
  }

  numberAs(index: number): void {
    this.legend.textContent = `Waste ${index + 1}`;
    this.remove.setAttribute('aria-label', `Remove waste line ${index + 1}`);
  }

  /** The line for the request; null with a problem shown when the quantity is not a number. */
  line(): WasteLine | null {
    const quantity = readQuantity(this.fields.quantity.control.value);
    if (quantity === null) {
      this.fields.quantity.setProblem('Enter a number, e.g. 2 or 0.5.');
      return null;
    }
    const value = (name: WasteField) => this.fields[name].control.value;
    return { lot: value('lot'), quantity, unit: value('unit'), reason: value('reason') as WasteLine['reason'], notes: value('notes') };
  }

  fieldOf(name: string): Field<HTMLInputElement | HTMLSelectElement> {
    return this.fields[(name in this.fields ? name : 'lot') as WasteField];
  }

  clearProblems(): void {
    for (const item of Object.values(this.fields)) item.setProblem(null);
  }

  focus(): void {
    this.fields.lot.control.focus();
  }
}
