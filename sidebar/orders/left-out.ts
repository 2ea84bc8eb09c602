// The export's lines an import will not add, grouped by reason, each with the server's sentence. Two
// reasons can be acted on here: a shop product that is one of the maker's SKUs (map it, Preview again)
// and a line Lotline could not link to a batch (link it by hand: it joins the lines to add).
import { LEFT_OUT_REASONS, type LeftOutLine, type LeftOutReason, type PlannedLine, type ProductChoice } from '../../src/contract/orders';
import { el } from '../dom';
import { ProductMappingField } from './mappings';

const REASON_TITLES: Record<LeftOutReason, string> = {
  alreadyImported: 'Already in Orders',
  notShipped: 'Not shipped yet',
  notOurProduct: 'Not one of your products',
  noShipping: 'Nothing shipped (digital, gift card…)',
  cancelled: 'Cancelled or refunded',
  cannotLink: 'No batch to link',
};

export function describeLeftOut(line: LeftOutLine): string {
  const quantity = line.quantity === null ? '' : ` × ${line.quantity}`;
  return `${line.order} ${line.item}${quantity}`;
}

export interface LeftOutView {
  element: HTMLElement;
  productFields: ProductMappingField[];
}

export function leftOutView(
  leftOut: readonly LeftOutLine[],
  products: readonly ProductChoice[],
  actions: { linkByHand: (line: PlannedLine) => void; previewAgain: () => void },
): LeftOutView {
  const productFields: ProductMappingField[] = [];
  let left = leftOut.length;
  const heading = el('h2', { text: `Not added: ${left}` });
  const groups = LEFT_OUT_REASONS.map((reason) => {
    const lines = leftOut.filter((line) => line.reason === reason);
    if (lines.length === 0) return null;
    const list = el('ul', { class: 'left-out-lines' });
    const summary = el('summary', { text: `${REASON_TITLES[reason]} (${lines.length})` });
    for (const line of lines) {
      const item = el(
        'li',
        {},
        el('span', { text: describeLeftOut(line) }),
        el('span', { class: 'hint', text: ` — ${line.message} (${line.file}, line ${line.line})` }),
      );
      const asLine = line.asLine;
      if (reason === 'cannotLink' && asLine) {
        const button = el('button', {
          class: 'link',
          text: 'Link by hand',
          attrs: { type: 'button', 'aria-label': `Link ${line.order} ${line.item} by hand` },
        });
        button.addEventListener('click', () => {
          item.remove();
          if (list.children.length === 0) list.closest('details')?.remove();
          summary.textContent = `${REASON_TITLES[reason]} (${list.children.length})`;
          left--;
          heading.textContent = `Not added: ${left}`;
          heading.hidden = left === 0;
          actions.linkByHand(asLine);
        });
        item.append(' ', button);
      }
      list.append(item);
    }
    const details = el('details', { class: 'left-out-group' }, summary, list);
    if (reason === 'notOurProduct') {
      const shops = [...new Set(lines.map((line) => line.shop ?? line.item).filter((shop) => shop !== ''))];
      if (shops.length > 0 && products.length > 0) {
        const use = el('button', { class: 'secondary', text: 'Preview with these products', attrs: { type: 'button' } });
        use.disabled = true;
        use.addEventListener('click', actions.previewAgain);
        details.append(el('p', { class: 'hint', text: 'If one of these is a product of yours, pick which, then preview again.' }));
        for (const shop of shops) {
          const mapping = new ProductMappingField(shop, products, () => {
            use.disabled = productFields.every((field) => field.mapping() === null);
          });
          productFields.push(mapping);
          details.append(mapping.element);
        }
        details.append(el('div', { class: 'mapping-actions' }, use));
      }
    }
    return details;
  }).filter((group) => group !== null);
  const element = el('section', { class: 'left-out', attrs: { 'aria-label': 'Lines not added' } });
  if (groups.length > 0) element.append(heading, ...groups);
  return { element, productFields };
}
