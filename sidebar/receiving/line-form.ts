// One line of a delivery in the sidebar: the material and how much of it, the supplier's lot, cost,
// expiry, spec, condition, status and notes, and the lot number it will be saved under — shown before
// saving, and the maker's to change.
import { parseUnit, unitChoices } from '../../src/domain/units';
import { CONDITIONS, RECEIPT_STATUSES } from '../../src/domain/workbook';
import type { DeliveryLineDraft, LineField, MaterialChoice } from '../../src/contract/receiving';
import { el, setOptions } from '../dom';
import { field, input, type Field } from '../field';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

let nextId = 1;

export interface LineEvents {
  /** Something that changes the lot numbers changed: the material, or the maker's own lot number. */
  onLotsChange(): void;
  onRemove(line: LineForm): void;
}

export class LineForm {
  readonly element: HTMLLIElement;
  private readonly fields: Record<LineField, Field<Control>>;
  private readonly legend: HTMLLegendElement;
  private readonly remove: HTMLButtonElement;
  /** True once the maker typed a lot number of their own. */
  private ownLot = false;
  private generated = '';

  constructor(
    private readonly materials: readonly MaterialChoice[],
    /** Materials of this supplier are offered first. */
    supplier: string,
    /** The receipt lot number format in use: Settings may change it while the line is open. */
    private readonly lotFormat: () => string,
    events: LineEvents,
  ) {
    const id = `line-${nextId++}`;
    const select = () => el('select');
    const decimal = () => input({ inputmode: 'decimal' });
    this.fields = {
      materialCode: field(`${id}-material`, 'Material', select()),
      quantity: field(`${id}-quantity`, 'Quantity', decimal()),
      unit: field(`${id}-unit`, 'Unit', select()),
      lotNumber: field(`${id}-lot`, 'Lot number', input({ spellcheck: 'false' })),
      supplierLot: field(`${id}-supplier-lot`, 'Supplier lot', input({ spellcheck: 'false' })),
      cost: field(`${id}-cost`, 'Cost', decimal()),
      expires: field(`${id}-expires`, 'Expires', input({ type: 'date' })),
      spec: field(`${id}-spec`, 'Spec', input()),
      condition: field(`${id}-condition`, 'Condition', select()),
      status: field(`${id}-status`, 'Status', select()),
      notes: field(`${id}-notes`, 'Notes', el('textarea', { attrs: { rows: '2' } })),
    };
    this.offerMaterials(supplier);
    this.offerUnits();
    setOptions(this.select('condition'), [{ options: CONDITIONS.map((value) => ({ value, text: value })) }], CONDITIONS[0]);
    setOptions(this.select('status'), [{ options: RECEIPT_STATUSES.map((value) => ({ value, text: value })) }], RECEIPT_STATUSES[0]);

    this.legend = el('legend');
    this.remove = el('button', { class: 'link remove', text: 'Remove line', attrs: { type: 'button' } });
    const pair = (a: LineField, b: LineField) => el('div', { class: 'pair' }, this.fields[a].element, this.fields[b].element);
    this.element = el(
      'li',
      { class: 'line' },
      el(
        'fieldset',
        {},
        this.legend,
        this.fields.materialCode.element,
        pair('quantity', 'unit'),
        this.fields.lotNumber.element,
        pair('supplierLot', 'cost'),
        pair('expires', 'spec'),
        pair('condition', 'status'),
        this.fields.notes.element,
        this.remove,
      ),
    );

    this.fields.materialCode.control.addEventListener('change', () => {
      this.offerUnits();
      events.onLotsChange();
    });
    const lot = this.fields.lotNumber.control;
    lot.addEventListener('input', () => {
      // Clearing the field hands the lot number back to the format.
      this.ownLot = lot.value.trim() !== '';
      this.describeLot();
      events.onLotsChange();
    });
    lot.addEventListener('blur', () => {
      if (!this.ownLot) lot.value = this.generated;
    });
    this.remove.addEventListener('click', () => events.onRemove(this));
  }

  private select(name: LineField): HTMLSelectElement {
    return this.fields[name].control as HTMLSelectElement;
  }

  private material(): MaterialChoice | undefined {
    const code = this.fields.materialCode.control.value;
    return this.materials.find((material) => material.code === code);
  }

  private offerMaterials(supplier: string): void {
    const option = (material: MaterialChoice) => ({ value: material.code, text: `${material.name} (${material.code})` });
    const key = supplier.trim().toLowerCase();
    const theirs = key === '' ? [] : this.materials.filter((material) => material.supplier.trim().toLowerCase() === key);
    const others = this.materials.filter((material) => !theirs.includes(material));
    const groups =
      theirs.length > 0
        ? [
            { label: `From ${supplier.trim()}`, options: theirs.map(option) },
            { label: 'Other materials', options: others.map(option) },
          ]
        : [{ options: others.map(option) }];
    const current = this.fields.materialCode.control.value;
    setOptions(this.select('materialCode'), [{ options: [{ value: '', text: 'Choose a material…' }] }, ...groups], current);
  }

  /** Reorder the materials when the delivery's supplier changes; the choice made stays. */
  supplierChanged(supplier: string): void {
    this.offerMaterials(supplier);
  }

  /** Units of the material's kind, its stock unit chosen unless the maker chose another of that kind. */
  private offerUnits(): void {
    const stock = parseUnit(this.material()?.unit ?? '');
    if (!stock) {
      setOptions(this.select('unit'), [{ options: [{ value: '', text: '–' }] }], '');
      return;
    }
    const symbols = unitChoices(stock);
    const current = this.fields.unit.control.value;
    setOptions(
      this.select('unit'),
      [{ options: symbols.map((value) => ({ value, text: value })) }],
      symbols.includes(current) ? current : stock.symbol,
    );
  }

  numberAs(index: number, canRemove: boolean): void {
    this.legend.textContent = `Line ${index + 1}`;
    this.remove.hidden = !canRemove;
    this.remove.setAttribute('aria-label', `Remove line ${index + 1}`);
  }

  get materialCode(): string {
    return this.fields.materialCode.control.value;
  }

  /** The maker's own lot number, or null when it is to be generated. */
  get ownLotNumber(): string | null {
    return this.ownLot ? this.fields.lotNumber.control.value.trim() : null;
  }

  /** Show the lot number the format gives this line ('' before a material is chosen). */
  showGenerated(lotNumber: string): void {
    this.generated = lotNumber;
    const control = this.fields.lotNumber.control as HTMLInputElement;
    control.placeholder = lotNumber === '' ? 'Made when a material is chosen' : '';
    if (!this.ownLot) control.value = lotNumber;
    this.describeLot();
  }

  private describeLot(): void {
    this.fields.lotNumber.setHint(
      this.ownLot
        ? 'Your own lot number. Clear it to use the generated one.'
        : `Generated from ${this.lotFormat()}. Type over it to use your own.`,
    );
  }

  draft(): DeliveryLineDraft {
    const value = (name: LineField) => this.fields[name].control.value;
    return {
      materialCode: value('materialCode'),
      quantity: value('quantity'),
      unit: value('unit'),
      supplierLot: value('supplierLot'),
      cost: value('cost'),
      expires: value('expires'),
      spec: value('spec'),
      condition: value('condition'),
      status: value('status'),
      notes: value('notes'),
      lotNumber: value('lotNumber'),
      lotNumberEdited: this.ownLot,
    };
  }

  setProblem(name: LineField, message: string | null): void {
    this.fields[name].setProblem(message);
  }

  clearProblems(): void {
    for (const item of Object.values(this.fields)) item.setProblem(null);
  }

  control(name: LineField): Control {
    return this.fields[name].control;
  }

  focus(): void {
    this.fields.materialCode.control.focus();
  }
}
