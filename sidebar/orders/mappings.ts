// What the maker tells Lotline about an export it did not understand: which of the file's columns holds
// each Orders field (prefilled with the server's guess), and which of the maker's SKUs a shop's product
// is. Both go with the next Preview, and saving remembers them.
import { ORDER_FIELDS, type ColumnMapping, type OrderField, type ProductMapping, type UnmappedFile } from '../../src/contract/orders';
import { el, setOptions } from '../dom';

const FIELD_LABELS: Record<OrderField, string> = {
  order: 'Order',
  shipped: 'Shipped',
  customer: 'Customer',
  email: 'Email',
  address: 'Address (several allowed)',
  sku: 'SKU',
  item: 'Item',
  quantity: 'Quantity',
  channel: 'Channel',
  lineId: 'Line ID',
  status: 'Status',
};

export class ColumnMappingForm {
  readonly element: HTMLFieldSetElement;
  private readonly selects = new Map<OrderField, HTMLSelectElement>();

  constructor(private readonly file: UnmappedFile) {
    this.element = el(
      'fieldset',
      { class: 'mapping' },
      el('legend', { text: `Columns of ${file.file}` }),
      el('p', { class: 'hint', text: 'Lotline did not recognise this export. Say which column holds what, then Preview again.' }),
    );
    const headers = file.headers.map((header) => ({ value: header, text: header }));
    for (const field of ORDER_FIELDS) {
      const id = `map-${this.selects.size}-${Math.random().toString(36).slice(2, 8)}`;
      const select = el('select', { attrs: { id } });
      const suggested = file.suggested[field] ?? [];
      if (field === 'address') {
        select.multiple = true;
        select.size = Math.min(4, Math.max(2, headers.length));
        setOptions(select, [{ options: headers }], '');
        for (const option of Array.from(select.options)) option.selected = suggested.includes(option.value);
      } else setOptions(select, [{ options: [{ value: '', text: '— none —' }, ...headers] }], suggested[0] ?? '');
      this.selects.set(field, select);
      this.element.append(el('div', { class: 'map-field' }, el('label', { text: FIELD_LABELS[field], attrs: { for: id } }), select));
    }
  }

  mapping(): ColumnMapping {
    const columns: ColumnMapping['columns'] = {};
    for (const [field, select] of this.selects) {
      const chosen = Array.from(select.selectedOptions)
        .map((option) => option.value)
        .filter((value) => value !== '');
      if (chosen.length > 0) columns[field] = chosen;
    }
    return { headers: this.file.headers, columns };
  }
}

/**
 * A shop's product Lotline could not match to a SKU, and a box for the maker's SKU for it (the SKUs the
 * plan knows are offered; any other is checked against Products by the server).
 */
export class ProductMappingField {
  readonly element: HTMLElement;
  private readonly input: HTMLInputElement;

  constructor(
    readonly shop: string,
    skuList: string,
  ) {
    this.input = el('input', {
      class: 'code',
      attrs: { type: 'text', autocomplete: 'off', list: skuList, placeholder: 'Not ours', 'aria-label': `Your SKU for ${shop}` },
    });
    this.element = el('div', { class: 'product-mapping' }, el('span', { class: 'shop', text: shop }), this.input);
  }

  mapping(): ProductMapping | null {
    const sku = this.input.value.trim();
    return sku === '' ? null : { shop: this.shop, sku: sku.slice(0, 200) };
  }
}
