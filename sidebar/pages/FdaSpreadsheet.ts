// The FDA traceability spreadsheet sidebar: the business's location (asked once: open until all six
// elements are set, then folded under one line), the period, the products and the lot codes FDA named,
// and one button. A refusal is shown at its field; the answer says which sheets were made and how many
// rows each event has, and how many elements are missing (listed at the top of the glossary sheet).
import { FSMA_LOCATION_FIELDS, fsmaResult, fsmaSetup, type FsmaLocation, type FsmaSetup } from '../../src/contract/fsma';
import { callServer } from '../client';
import { byId, el, saveOnlyWithButton } from '../dom';
import { field, input, type Field } from '../field';
import { messageOf, whileSaving } from '../saving';
import { isUnfinishedDate, UNFINISHED_DATE } from '../unfinished-date';

const loading = byId<HTMLElement>('loading');
const form = byId<HTMLFormElement>('make');
const done = byId<HTMLElement>('done');
const makeProblem = byId<HTMLElement>('make-problem');
const locationBox = byId<HTMLDetailsElement>('location');
const productList = byId<HTMLElement>('product-list');
const productsProblem = byId<HTMLElement>('products-problem');

const LABELS: Record<keyof FsmaLocation, string> = {
  name: 'Business name',
  phone: 'Phone',
  street: 'Street address',
  city: 'City',
  state: 'State',
  zip: 'ZIP code',
};
const location = Object.fromEntries(
  FSMA_LOCATION_FIELDS.map((key) => [key, field(`location-${key}`, LABELS[key], input({ autocomplete: 'on' }))]),
) as Record<keyof FsmaLocation, Field<HTMLInputElement>>;
byId('location-fields').append(...FSMA_LOCATION_FIELDS.map((key) => location[key].element));
const from = field('from', 'From', input({ type: 'date' }));
const to = field('to', 'To', input({ type: 'date' }));
byId('from-field').append(from.element);
byId('to-field').append(to.element);
const lots = field(
  'lot-codes',
  'Lot codes',
  el('textarea', { attrs: { rows: '2', spellcheck: 'false', class: 'code' } }),
  'Traceability lot codes, our lot numbers or batch codes, one a line or separated by commas.',
);
byId('lots-field').append(lots.element);

let setup: FsmaSetup | null = null;

function show(screen: 'loading' | 'make' | 'done'): void {
  loading.hidden = screen !== 'loading';
  form.hidden = screen !== 'make';
  done.hidden = screen !== 'done';
}

function summarize(): void {
  const values = FSMA_LOCATION_FIELDS.map((key) => location[key].control.value.trim());
  const whole = values.every((value) => value !== '');
  byId('location-summary').textContent = whole ? `Your location: ${values[0]}, ${values[3]}, ${values[4]}` : 'Your location (needed once)';
}

async function load(): Promise<void> {
  show('loading');
  try {
    setup = fsmaSetup.parse(await callServer('loadFdaSpreadsheet'));
  } catch (error) {
    loading.textContent = `Could not load: ${messageOf(error)}`;
    return;
  }
  for (const key of FSMA_LOCATION_FIELDS) location[key].control.value = setup.location[key];
  const whole = FSMA_LOCATION_FIELDS.every((key) => setup?.location[key].trim() !== '');
  locationBox.open = !whole;
  summarize();
  const notices = byId<HTMLUListElement>('notices');
  notices.replaceChildren(...setup.notices.map((notice) => el('li', { text: notice })));
  notices.hidden = setup.notices.length === 0;
  productList.replaceChildren(
    ...setup.products.map((product, index) => {
      const box = el('input', { attrs: { type: 'checkbox', id: `product-${index}`, value: product.sku } });
      const text = product.product && product.product !== product.sku ? `${product.product} (${product.sku})` : product.sku;
      return el('label', { class: 'check', attrs: { for: `product-${index}` } }, box, el('span', { text }));
    }),
  );
  byId('products').hidden = setup.products.length === 0;
  show('make');
}

function clearProblems(): void {
  for (const key of FSMA_LOCATION_FIELDS) location[key].setProblem(null);
  for (const one of [from, to, lots]) one.setProblem(null);
  productsProblem.textContent = '';
  makeProblem.textContent = '';
}

for (const key of FSMA_LOCATION_FIELDS) location[key].control.addEventListener('input', summarize);

saveOnlyWithButton(form, async () => {
  clearProblems();
  let unfinished = false;
  for (const date of [from, to]) {
    if (isUnfinishedDate(date.control)) {
      date.setProblem(UNFINISHED_DATE);
      unfinished = true;
    }
  }
  if (unfinished) return;
  const request = {
    location: Object.fromEntries(FSMA_LOCATION_FIELDS.map((key) => [key, location[key].control.value])) as FsmaLocation,
    from: from.control.value,
    to: to.control.value,
    lotCodes: lots.control.value
      .split(/[\n,;]+/)
      .map((code) => code.trim())
      .filter((code) => code !== ''),
    products: Array.from(productList.querySelectorAll<HTMLInputElement>('input:checked'), (box) => box.value),
  };
  const answer = await whileSaving(
    { form, fields: byId('make-fields'), save: byId('make-button'), status: byId('make-status'), formProblem: makeProblem },
    'Reading the records and writing the sheets…',
    async () => fsmaResult.parse(await callServer('makeFdaSpreadsheet', request)),
  );
  if (!answer) return;
  if (!answer.ok) {
    for (const problem of answer.problems) {
      if (problem.field in location) {
        locationBox.open = true;
        location[problem.field as keyof FsmaLocation].setProblem(problem.message);
      } else if (problem.field === 'from') from.setProblem(problem.message);
      else if (problem.field === 'to') to.setProblem(problem.message);
      else if (problem.field === 'lotCodes') lots.setProblem(problem.message);
      else if (problem.field === 'products') productsProblem.textContent = `${productsProblem.textContent} ${problem.message}`.trim();
      else makeProblem.textContent = problem.message;
    }
    makeProblem.textContent ||= 'Nothing was written: correct what is marked and make it again.';
    return;
  }
  const figures: [string, string][] = [
    ['Receipts', String(answer.receiving)],
    ['Input lots', String(answer.transformation)],
    ['Wholesale shipments', String(answer.shipping)],
    ['Not known — check', String(answer.notKnown)],
    ['Missing elements', String(answer.missing)],
  ];
  byId('done-figures').replaceChildren(...figures.flatMap(([term, value]) => [el('dt', { text: term }), el('dd', { text: value })]));
  byId('done-where').textContent =
    `In new sheets ${answer.sheets.map((name) => `"${name}"`).join(', ')}. The first lists what is missing and explains every column.`;
  show('done');
  byId('done-title').focus();
});

byId('again').addEventListener('click', () => show('make'));

void load();
