// One labelled control with a hint and a place for its problem, wired for screen readers: the label
// names the control, the hint and the problem describe it, and a problem marks it invalid.
import { el } from './dom';

export interface Field<C extends HTMLElement> {
  element: HTMLElement;
  control: C;
  setProblem(message: string | null): void;
  setHint(text: string): void;
}

export function field<C extends HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
  id: string,
  label: string,
  control: C,
  hint = '',
): Field<C> {
  control.id = id;
  const hintElement = el('p', { class: 'hint', text: hint, attrs: { id: `${id}-hint` } });
  const problem = el('p', { class: 'problem', attrs: { id: `${id}-problem` } });
  control.setAttribute('aria-describedby', `${id}-hint ${id}-problem`);
  hintElement.hidden = hint === '';
  const element = el('div', { class: 'field' }, el('label', { text: label, attrs: { for: id } }), control, hintElement, problem);
  return {
    element,
    control,
    setProblem(message) {
      problem.textContent = message ?? '';
      if (message) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
    },
    setHint(text) {
      hintElement.textContent = text;
      hintElement.hidden = text === '';
    },
  };
}

export function input(attrs: Record<string, string> = {}): HTMLInputElement {
  return el('input', { attrs: { type: 'text', autocomplete: 'off', ...attrs } });
}
