// The Records pack sidebar: for one product over a period (last month to start with), one batch or
// everything made in a period, with two boxes for what FDA may not ask for. Making the pack sends the
// choice; the server answers with the sheets it made, or with each problem at its field.
import { packResult, packSetup, type PackField, type PackRequest, type PackSetup } from '../../src/contract/records-pack';
import { callServer } from '../client';
import { byId, el, saveOnlyWithButton, setOptions } from '../dom';
import { field, input, type Field } from '../field';
import { messageOf, whileSaving } from '../saving';
import { isUnfinishedDate, UNFINISHED_DATE } from '../unfinished-date';

const loading = byId<HTMLElement>('loading');
const notices = byId<HTMLUListElement>('notices');
const form = byId<HTMLFormElement>('pack');
const fields = byId<HTMLFieldSetElement>('pack-fields');
const formProblem = byId<HTMLElement>('form-problem');
const save = byId<HTMLButtonElement>('save');
const status = byId<HTMLElement>('status');
const saved = byId<HTMLElement>('saved');
const includeFormulas = byId<HTMLInputElement>('include-formulas');
const includeCosts = byId<HTMLInputElement>('include-costs');

const sku = field('pack-sku', 'Product', el('select'), 'Its batches made in the period, their lots and shipments.');
const batchCode = field(
  'pack-batch',
  'Batch code',
  input({ list: 'pack-batch-codes', placeholder: 'e.g. LSOAP-231015-01' }),
  'The batch, its lots and shipments.',
);
const from = field('pack-from', 'From', input({ type: 'date' }));
const to = field('pack-to', 'To', input({ type: 'date' }), '');
const period = el('div', { class: 'period' }, from.element, to.element);
byId('pack-head').append(sku.element, batchCode.element, period);

const FIELDS: Record<Exclude<PackField, 'form'>, Field<HTMLInputElement | HTMLSelectElement>> = { sku, batchCode, from, to };
for (const each of Object.values(FIELDS)) each.control.addEventListener('input', () => each.setProblem(null));

let setup: PackSetup | null = null;

const kind = (): PackRequest['kind'] =>
  (form.querySelector<HTMLInputElement>('input[name="kind"]:checked')?.value ?? 'product') as PackRequest['kind'];

function showKind(): void {
  const chosen = kind();
  sku.element.hidden = chosen !== 'product';
  batchCode.element.hidden = chosen !== 'batch';
  period.hidden = chosen === 'batch';
}
form.querySelectorAll<HTMLInputElement>('input[name="kind"]').forEach((radio) => radio.addEventListener('change', showKind));

async function load(): Promise<void> {
  loading.hidden = false;
  form.hidden = true;
  saved.hidden = true;
  try {
    setup = packSetup.parse(await callServer('loadRecordsPack'));
  } catch (error) {
    loading.textContent = `Could not load: ${messageOf(error)}`;
    return;
  }
  notices.replaceChildren(...setup.notices.map((notice) => el('li', { text: notice })));
  notices.hidden = setup.notices.length === 0;
  const products = setup.products.map((product) => ({
    value: product.sku,
    text: product.product ? `${product.sku} — ${product.product}` : product.sku,
  }));
  setOptions(sku.control as HTMLSelectElement, [{ options: products }], products[0]?.value ?? '');
  byId('pack-batch-codes').replaceChildren(...setup.batchCodes.map((code) => el('option', { attrs: { value: code } })));
  from.control.value = setup.from;
  to.control.value = setup.to;
  clearProblems();
  showKind();
  loading.hidden = true;
  form.hidden = false;
  sku.control.focus();
}

function clearProblems(): void {
  for (const each of Object.values(FIELDS)) each.setProblem(null);
  formProblem.textContent = '';
}

async function submit(): Promise<void> {
  clearProblems();
  const chosen = kind();
  let unfinished = false;
  if (chosen !== 'batch')
    for (const day of [from, to])
      if (isUnfinishedDate(day.control as HTMLInputElement)) {
        day.setProblem(UNFINISHED_DATE);
        unfinished = true;
      }
  if (unfinished) {
    formProblem.textContent = 'Nothing was made: fix what is marked above.';
    return;
  }
  const request: PackRequest = { kind: chosen, includeFormulas: includeFormulas.checked, includeCosts: includeCosts.checked };
  if (chosen === 'batch') request.batchCode = batchCode.control.value;
  if (chosen === 'product') request.sku = sku.control.value;
  if (chosen !== 'batch') {
    if (from.control.value !== '') request.from = from.control.value;
    if (to.control.value !== '') request.to = to.control.value;
  }
  const result = await whileSaving({ form, fields, save, status, formProblem }, 'Reading the records and making the pack…', async () =>
    packResult.parse(await callServer('makeRecordsPack', request)),
  );
  if (!result) return;
  if (!result.ok) {
    const general: string[] = [];
    for (const problem of result.problems) {
      if (problem.field === 'form') general.push(problem.message);
      else FIELDS[problem.field].setProblem(problem.message);
    }
    formProblem.textContent = [...general, 'Nothing was made.'].join(' ');
    form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    return;
  }
  byId('saved-summary').textContent = result.summary.slice(0, 2).join(' ');
  const gaps = byId('saved-gaps');
  gaps.textContent = result.summary[2] ?? '';
  gaps.className = result.gaps > 0 ? 'gaps' : '';
  byId('saved-sheets').replaceChildren(...result.sheets.map((name) => el('li', { text: name })));
  form.hidden = true;
  saved.hidden = false;
  byId('saved-title').focus();
}

saveOnlyWithButton(form, submit);
byId('again').addEventListener('click', () => {
  saved.hidden = true;
  form.hidden = false;
  sku.control.focus();
});
void load();
