// Beside a waste line's code: what the code names and how much of it is on hand — or, when it names
// nothing, the nearest codes that exist, each a button that puts it in the field (it is nearly always a
// typo). The maker sees the on hand before saving; the server counts it again when saving.
import type { LotLookup, WasteLot } from '../../src/contract/waste';
import { el } from '../dom';

export class LotFacts {
  readonly element: HTMLElement;

  constructor(private readonly choose: (code: string) => void) {
    this.element = el('div', { class: 'lot-facts', attrs: { 'aria-live': 'polite' } });
    this.element.hidden = true;
  }

  clear(): void {
    this.element.replaceChildren();
    this.element.hidden = true;
  }

  looking(): void {
    this.element.replaceChildren(el('p', { class: 'hint', text: 'Looking it up…' }));
    this.element.hidden = false;
  }

  failed(message: string): void {
    this.element.replaceChildren(el('p', { class: 'problem', text: `Could not look it up: ${message}` }));
    this.element.hidden = false;
  }

  show(lookup: LotLookup): void {
    this.element.hidden = false;
    if (lookup.found) {
      this.element.replaceChildren(...factsOf(lookup.lot));
      return;
    }
    const nearest = lookup.nearest.map((code) => {
      const button = el('button', { class: 'link code', text: code, attrs: { type: 'button', 'aria-label': `Use ${code}` } });
      button.addEventListener('click', () => this.choose(code));
      return button;
    });
    const message = el('p', {
      class: 'problem',
      text: nearest.length > 0 ? lookup.message.replace(/ Did you mean .*$/, '') : lookup.message,
    });
    if (nearest.length === 0) this.element.replaceChildren(message);
    else
      this.element.replaceChildren(message, el('p', { class: 'nearest' }, el('span', { class: 'hint', text: 'Did you mean' }), ...nearest));
  }
}

const HELD = /^(quarantined|recalled|rejected|destroyed)$/i;

function factsOf(lot: WasteLot): HTMLElement[] {
  const what = `${lot.kind === 'lot' ? 'Lot' : 'Batch'} of ${lot.of || 'nothing named'} · ${lot.where}`;
  const onHand = lot.onHand === null ? 'On hand unknown' : `On hand ${formatQuantity(lot.onHand)} ${lot.unit}`;
  const status = el('span', { class: HELD.test(lot.status) ? 'status-tag held' : 'status-tag', text: lot.status });
  return [
    el('p', { class: 'hint', text: what }),
    el('p', { class: lot.onHand !== null && lot.onHand <= 0 ? 'on-hand none' : 'on-hand' }, el('span', { text: onHand }), status),
    lot.why ? el('p', { class: 'problem', text: lot.why }) : null,
  ].filter((part): part is HTMLParagraphElement => part !== null);
}

/** 1200 → "1,200"; 0.24 stays 0.24. */
export function formatQuantity(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 6 });
}
