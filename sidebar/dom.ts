// Building sidebar elements. Text from the workbook (material names, suppliers, codes) only ever goes
// in through textContent or a control's value, never as HTML: a material called
// `<img src=x onerror=alert(1)>` must show as those characters.

interface ElementOptions {
  class?: string;
  text?: string;
  attrs?: Record<string, string>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  ...children: (Node | null)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.class) element.className = options.class;
  if (options.text !== undefined) element.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {})) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

export function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page has no #${id}.`);
  return element as T;
}

/** A select's options, replaced: each label and value set as text. */
export function setOptions(
  select: HTMLSelectElement,
  groups: readonly { label?: string; options: readonly { value: string; text: string }[] }[],
  selected: string,
): void {
  select.replaceChildren();
  for (const group of groups) {
    const parent = group.label === undefined ? select : select.appendChild(el('optgroup', { attrs: { label: group.label } }));
    for (const option of group.options) parent.append(new Option(option.text, option.value, false, option.value === selected));
  }
  select.value = selected;
}

/**
 * A sidebar form that saves only through its Save button: Enter in a field would save a half-filled
 * form before the maker has checked it.
 */
export function saveOnlyWithButton(form: HTMLFormElement, save: () => Promise<void>): void {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void save();
  });
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && event.target instanceof HTMLInputElement) event.preventDefault();
  });
}
