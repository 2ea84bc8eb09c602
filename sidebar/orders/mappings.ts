// What the maker tells Lotline about an export it did not understand: which of the file's columns holds
// each Orders field (prefilled with the server's guess), and which of the maker's SKUs a shop's product
// is. Both go with the next Preview, and saving remembers them.
import {
  ORDER_FIELDS,
  type ColumnMapping,
  type OrderField,
  type ProductChoice,
  type ProductMapping,
  type UnmappedFile,
} from '../../src/contract/orders';
import { el, setOptions } from '../dom';

const FIELD_LABELS: Record<OrderField, string> = {
  order: 'Order',
  shipped: 'Shipped',
  customer: 'Customer',
  email: 'Email',
  address: 'Address',
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

  /** `previewAgain`: reads the files again with this mapping (and any other the maker made). */
  constructor(
    private readonly file: UnmappedFile,
    previewAgain: () => void,
  ) {
    this.element = el(
      'fieldset',
      { class: 'mapping' },
      el('legend', { text: `Columns of ${file.file}` }),
      el('p', {
        class: 'hint',
        text: 'Lotline does not know this export’s columns. Say which column holds each Orders column; Lotline remembers it for files with the same columns.',
      }),
    );
    const headers = file.headers.map((header) => ({ value: header, text: header }));
    for (const field of ORDER_FIELDS) {
      const id = `map-${this.selects.size}-${Math.random().toString(36).slice(2, 8)}`;
      const select = el('select', { attrs: { id } });
      const suggested = file.suggested[field] ?? [];
      const row = el('div', { class: 'map-field' }, el('label', { text: FIELD_LABELS[field], attrs: { for: id } }), select);
      if (field === 'address') {
        select.multiple = true;
        select.size = Math.min(5, Math.max(2, headers.length));
        setOptions(select, [{ options: headers }], '');
        for (const option of Array.from(select.options)) option.selected = suggested.includes(option.value);
        // A list box hides what is chosen once it scrolls: the columns joined are said below it.
        const joined = el('p', { class: 'hint', attrs: { 'aria-live': 'polite' } });
        const describe = () => {
          const chosen = Array.from(select.selectedOptions).map((option) => option.value);
          joined.textContent =
            chosen.length === 0
              ? 'Ctrl-click (⌘-click on a Mac) to choose several columns, joined in this order.'
              : `Joined: ${chosen.join(' + ')}. Ctrl-click (⌘-click) to add or remove one.`;
        };
        describe();
        select.addEventListener('change', describe);
        row.append(joined);
      } else setOptions(select, [{ options: [{ value: '', text: '— none —' }, ...headers] }], suggested[0] ?? '');
      this.selects.set(field, select);
      this.element.append(row);
    }
    const use = el('button', { class: 'secondary', text: 'Preview with these columns', attrs: { type: 'button' } });
    use.addEventListener('click', previewAgain);
    this.element.append(el('div', { class: 'mapping-actions' }, use));
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
 * A shop's product Lotline could not match to a SKU, and a picker of the maker's products (every SKU in
 * Products, by SKU and name) to say which it is; left at "Not mine" it stays out of the import.
 */
export class ProductMappingField {
  readonly element: HTMLElement;
  private readonly select: HTMLSelectElement;

  constructor(
    readonly shop: string,
    products: readonly ProductChoice[],
    onChange: () => void,
  ) {
    this.select = el('select', { attrs: { 'aria-label': `Your product for ${shop}` } });
    setOptions(
      this.select,
      [
        { options: [{ value: '', text: 'Not mine' }] },
        {
          label: 'Your products',
          options: products.map((product) => ({
            value: product.sku,
            text: product.product === '' ? product.sku : `${product.sku} · ${product.product}`,
          })),
        },
      ],
      '',
    );
    this.select.addEventListener('change', onChange);
    this.element = el('div', { class: 'product-mapping' }, el('span', { class: 'shop', text: shop }), this.select);
  }

  mapping(): ProductMapping | null {
    const sku = this.select.value.trim();
    return sku === '' ? null : { shop: this.shop, sku: sku.slice(0, 200) };
  }
}
