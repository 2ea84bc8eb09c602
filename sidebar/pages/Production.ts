// The New production run sidebar: pick a product and how much to make, and the BoM appears scaled with
// lots proposed for each line (computed here, from what the load sent: production/load-setup.ts); the maker adjusts lots,
// adds waste, checks the batch fields and saves. The server checks everything again against the sheets
// and answers with the Batch ID and batch code given, or with each problem, shown next to its field.
import { describeAddedColumns } from '../../src/contract/added-columns';
import { messageOf, whileSaving } from '../saving';
import { isUnfinishedDate, UNFINISHED_DATE } from '../unfinished-date';
import { parseCodeFormat, type CodeFormat } from '../../src/domain/code-formats';
import { callServer } from '../client';
import { describeMissingCost } from '../../src/domain/cost';
import { byId, el, saveOnlyWithButton, setOptions } from '../dom';
import { field, input } from '../field';
import {
  batchCodePreview,
  productionResult,
  type BatchCodePreview,
  type ProductionResult,
  type ProductionSetup,
  type InputLine,
  type WasteLine,
} from '../../src/contract/production';
import { previewBatchCode, sameBatchSequences } from '../production/batch-codes';
import { ComponentLine } from '../production/component-line';
import { loadSetup, type SetupCalls } from '../production/load-setup';
import { readQuantity } from '../production/quantity';
import { RunPlan } from '../production/run-plan';
import { showProblems, type RunFields } from '../production/run-problems';
import { WasteLineForm } from '../production/waste-line';

const loading = byId<HTMLElement>('loading');

const SETUP_CALLS: SetupCalls = {
  openProductionRun: (request) => callServer('openProductionRun', request),
  loadProductionStockPart: (request) => callServer('loadProductionStockPart', request),
  loadProductionRun: (request) => callServer('loadProductionRun', request),
};
const notices = byId<HTMLUListElement>('notices');
const form = byId<HTMLFormElement>('run');
const fields = byId<HTMLFieldSetElement>('run-fields');
const ingredients = byId<HTMLElement>('ingredients');
const componentsList = byId<HTMLElement>('components');
const wasteSection = byId<HTMLElement>('waste-section');
const wasteList = byId<HTMLElement>('waste-lines');
const wasteLots = byId<HTMLDataListElement>('waste-lots');
const batchSection = byId<HTMLElement>('batch-section');
const formProblem = byId<HTMLElement>('form-problem');
const inputsProblem = byId<HTMLElement>('inputs-problem');
const runCostBox = byId<HTMLElement>('run-cost');
const save = byId<HTMLButtonElement>('save');
const status = byId<HTMLElement>('status');
const saved = byId<HTMLElement>('saved');

const run: RunFields = {
  sku: field('sku', 'Product', el('select')),
  quantityToMake: field('quantity-to-make', 'Quantity to make', input({ inputmode: 'decimal' })),
  dateMade: field('date-made', 'Date made', input({ type: 'date' })),
  quantityMade: field('quantity-made', 'Quantity made', input({ inputmode: 'decimal' })),
  madeBy: field('made-by', 'Made by', input({ autocomplete: 'email' })),
  batchId: field('batch-id', 'Batch ID', input({ readonly: 'true', class: 'code' })),
  batchCode: field('batch-code', 'Batch code', input({ spellcheck: 'false', class: 'code' })),
  expires: field('expires', 'Expires', input({ type: 'date' })),
  notes: field('notes', 'Notes', el('textarea', { attrs: { rows: '2' } })),
};
const pair = (a: HTMLElement, b: HTMLElement) => el('div', { class: 'pair' }, a, b);
byId('run-head').append(run.sku.element, pair(run.quantityToMake.element, run.dateMade.element));
byId('batch-fields').append(
  pair(run.quantityMade.element, run.batchId.element),
  run.batchCode.element,
  run.expires.element,
  run.madeBy.element,
  run.notes.element,
);

let setup: ProductionSetup | null = null;
let plan: RunPlan | null = null;
let codes: BatchCodePreview | null = null;
let formats: { batchId: CodeFormat; batchCode: CodeFormat } | null = null;
let lines: ComponentLine[] = [];
let wasteLines: WasteLineForm[] = [];
/** The maker typed their own batch code / expiry / quantity made: proposals no longer overwrite it. */
const own = { batchCode: false, expires: false, quantityMade: false };
let generatedCode = '';

function formatOf(text: string, kind: 'batchId' | 'batchCode'): CodeFormat {
  const parsed = parseCodeFormat(text, kind);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.format;
}

async function load(): Promise<void> {
  loading.hidden = false;
  form.hidden = true;
  saved.hidden = true;
  try {
    setup = await loadSetup(SETUP_CALLS, undefined, (text) => (loading.textContent = text));
  } catch (error) {
    loading.textContent = `Could not load: ${messageOf(error)}`;
    return;
  }
  plan = new RunPlan(setup);
  codes = setup.codes;
  formats = { batchId: formatOf(setup.formats.batchId, 'batchId'), batchCode: formatOf(setup.formats.batchCode, 'batchCode') };
  const products = plan.products();
  const shown = [...setup.notices];
  if (products.length === 0)
    shown.push('There is nothing to make yet: add products to the Products sheet and their recipes to the BoM sheet.');
  notices.replaceChildren(...shown.map((notice) => el('li', { text: notice })));
  notices.hidden = shown.length === 0;
  const option = (product: (typeof products)[number]) => ({ value: product.sku, text: `${product.name || product.sku} (${product.sku})` });
  setOptions(
    run.sku.control as HTMLSelectElement,
    [
      { options: [{ value: '', text: 'Choose a product…' }] },
      { label: 'Finished goods', options: products.filter((p) => p.kind.toLowerCase() !== 'sub-assembly').map(option) },
      { label: 'Sub-assemblies', options: products.filter((p) => p.kind.toLowerCase() === 'sub-assembly').map(option) },
    ],
    '',
  );
  for (const control of Object.values(run)) control.control.value = '';
  run.dateMade.control.value = setup.today;
  run.madeBy.control.value = setup.madeBy;
  own.batchCode = own.expires = own.quantityMade = false;
  for (const line of wasteLines) line.element.remove();
  wasteLines = [];
  clearProblems();
  propose();
  loading.hidden = true;
  form.hidden = false;
}

/** The BoM and its lots proposed again for the product, quantity and date made. */
function propose(): void {
  const sku = run.sku.control.value;
  run.sku.setProblem(null);
  run.quantityToMake.setProblem(null);
  for (const line of lines) line.element.remove();
  lines = [];
  const product = plan?.catalog.product(sku);
  for (const section of [ingredients, wasteSection, batchSection]) section.hidden = !product;
  if (!plan || !product) return;
  run.quantityToMake.setHint(`In ${product.unit.symbol}${product.batchSize ? `; one standard batch makes ${product.batchSize}` : ''}.`);
  run.quantityMade.setHint(`In ${product.unit.symbol}.`);
  const quantity = readQuantity(run.quantityToMake.control.value);
  if (quantity === null) {
    ingredients.hidden = true;
    if (run.quantityToMake.control.value.trim() !== '') run.quantityToMake.setProblem('Enter a number, e.g. 100.');
    return;
  }
  if (!own.quantityMade) run.quantityMade.control.value = String(quantity);
  const proposal = plan.propose(sku, quantity, run.dateMade.control.value);
  for (const problem of proposal?.problems ?? [])
    (problem.field === 'quantityToMake' ? run.quantityToMake : run.sku).setProblem(problem.message);
  lines = (proposal?.lines ?? []).map((line) => new ComponentLine(line, plan?.notListed(line.component) ?? 0, refreshBatch));
  componentsList.replaceChildren(...lines.map((line) => line.element));
  ingredients.hidden = lines.length === 0;
  refreshBatch();
}

/** Batch ID, batch code, default expiry and the waste lines' lot choices, after any change. */
function refreshBatch(): void {
  const product = plan?.catalog.product(run.sku.control.value);
  if (!plan || !product || !codes || !formats) return;
  run.batchId.control.value = codes.batchId;
  generatedCode = previewBatchCode(formats.batchCode, codes, product.sku);
  if (!own.batchCode) run.batchCode.control.value = generatedCode;
  run.batchCode.setHint(
    own.batchCode
      ? 'Your own batch code. Clear it to use the generated one.'
      : `Generated from ${formats.batchCode.text}. Type over it to use your own.`,
  );
  const chosen = lines.flatMap((line) => line.chosenLots());
  const expiry = plan.expiry(product, run.dateMade.control.value, chosen);
  if (!own.expires) run.expires.control.value = expiry ?? '';
  run.expires.setHint(
    own.expires
      ? 'Your own date.'
      : expiry
        ? `The earlier of ${product.shelfLifeDays ? `the shelf life (${product.shelfLifeDays} days)` : 'no shelf life'} and the soonest ingredient expiry.`
        : 'No shelf life and no ingredient expiry.',
  );
  refreshCost(product.unit.symbol);
  const batchCode = run.batchCode.control.value.trim();
  wasteLots.replaceChildren(
    ...[batchCode, ...chosen].filter((code) => code !== '').map((code) => el('option', { attrs: { value: code } })),
  );
}

const words = (text: string) => document.createTextNode(text);

/** Money as the Cost column holds it; a unit cost below 1 keeps four decimals (a bar at 0.4125). */
function money(amount: number): string {
  return amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: Math.abs(amount) < 1 ? 4 : 2 });
}

/** The run's cost from the lots chosen so far, as saving will write it — or why it cannot be known yet. */
function refreshCost(unit: string): void {
  if (!plan) return;
  const taken = lines.flatMap((line) => line.readableTakes());
  const made = readQuantity(run.quantityMade.control.value);
  const cost = plan.cost(taken, made);
  runCostBox.hidden = taken.length === 0;
  runCostBox.classList.toggle('incomplete', cost.cost === null);
  if (cost.cost !== null) {
    const each = cost.unitCost !== null && made !== null ? ` · ${money(cost.unitCost)} a ${unit} (of ${made} ${unit})` : '';
    runCostBox.replaceChildren(
      el('div', {}, words('Cost of the lots: '), el('span', { class: 'figure', text: money(cost.cost) }), words(each)),
      el('div', { class: 'hint', text: 'Saving writes it to Batches Cost and Unit cost.' }),
    );
    return;
  }
  // Never a partial figure as the cost: what is known is said as "at least", and what is missing by name.
  runCostBox.replaceChildren(
    el('div', { class: 'figure', text: 'Cost incomplete' }),
    el('div', { text: `${cost.known > 0 ? `At least ${money(cost.known)}; ` : ''}no cost is known for:` }),
    el('ul', {}, ...cost.missing.map((missing) => el('li', { text: describeMissingCost(missing) }))),
    el('div', { text: 'Saving leaves Batches Cost and Unit cost blank.' }),
  );
}

async function dateMadeChanged(): Promise<void> {
  const made = run.dateMade.control.value;
  if (!setup || !plan || !codes || !formats || !/^\d{4}-\d{2}-\d{2}$/.test(made)) return;
  try {
    if (made < setup.stockFrom) {
      // Lots that expired since that day were not sent: load the stock for it.
      status.textContent = 'Loading the stock for that day…';
      const earlier = await loadSetup(SETUP_CALLS, made, (text) => (status.textContent = text));
      setup = { ...setup, stockFrom: earlier.stockFrom, stock: earlier.stock };
      plan.useStock(earlier.stock);
      codes = earlier.codes;
    } else if (!sameBatchSequences(formats.batchCode, codes.made, made) || !sameBatchSequences(formats.batchId, codes.made, made)) {
      codes = batchCodePreview.parse(await callServer('previewBatchCodes', { made, skus: plan.products().map((product) => product.sku) }));
    } else codes = { ...codes, made };
    status.textContent = '';
  } catch (error) {
    status.textContent = `Could not update for that day: ${messageOf(error)}`;
  }
  if (run.dateMade.control.value === made) propose();
}

function addWasteLine(): WasteLineForm {
  const line = new WasteLineForm('waste-lots', unitOfLot, (removed) => {
    wasteLines = wasteLines.filter((other) => other !== removed);
    removed.element.remove();
    wasteLines.forEach((other, index) => other.numberAs(index));
    byId('add-waste').focus();
  });
  wasteLines.push(line);
  line.numberAs(wasteLines.length - 1);
  wasteList.append(line.element);
  return line;
}

function unitOfLot(code: string): string | null {
  const product = plan?.catalog.product(run.sku.control.value);
  const key = code.trim().toUpperCase();
  if (product && key === run.batchCode.control.value.trim().toUpperCase()) return product.unit.symbol;
  // A lot of this run: in the unit its BoM line measures it in (g of a lot bought by the kg).
  const line = lines.find((candidate) => candidate.chosenLots().some((lot) => lot.toUpperCase() === key));
  return line?.suggestion.unit ?? plan?.lot(code)?.unit?.symbol ?? null;
}

function clearProblems(): void {
  for (const item of Object.values(run)) item.setProblem(null);
  for (const line of lines) line.clearProblems();
  for (const line of wasteLines) line.clearProblems();
  inputsProblem.textContent = '';
  formProblem.textContent = '';
}

async function submit(): Promise<void> {
  if (!setup) return;
  clearProblems();
  const inputs = lines.map((line) => line.inputs());
  const waste = wasteLines.map((line) => line.line());
  const quantityToMake = readQuantity(run.quantityToMake.control.value);
  const quantityMade = readQuantity(run.quantityMade.control.value);
  if (quantityMade === null) run.quantityMade.setProblem('Enter a number, e.g. 98.');
  if (quantityToMake === null) run.quantityToMake.setProblem('Enter a number, e.g. 100.');
  // A half-typed Expires would otherwise be saved as the default expiry, a half-typed Date made as none.
  const unfinished = [run.dateMade, run.expires].filter((date) => isUnfinishedDate(date.control));
  for (const date of unfinished) date.setProblem(UNFINISHED_DATE);
  if (inputs.includes(null) || waste.includes(null) || quantityMade === null || quantityToMake === null || unfinished.length > 0) {
    formProblem.textContent = `Nothing was saved: fix the ${unfinished.length > 0 ? 'dates and quantities' : 'quantities'} marked above.`;
    form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    return;
  }
  const request = {
    sku: run.sku.control.value,
    quantityToMake,
    dateMade: run.dateMade.control.value,
    quantityMade,
    madeBy: run.madeBy.control.value,
    notes: run.notes.control.value,
    batchCode: own.batchCode ? run.batchCode.control.value : '',
    expires: run.expires.control.value,
    inputs: (inputs as InputLine[][]).flat(),
    waste: waste as WasteLine[],
  };
  const submitted = { lines: [...lines], waste: [...wasteLines] };
  const shownCode = own.batchCode ? '' : generatedCode;
  const result = await whileSaving(
    { form, fields, save, status, formProblem },
    'Checking the lots against the sheets and saving…',
    async () => productionResult.parse(await callServer('saveProductionRun', { run: request, shownBatchCode: shownCode })),
  );
  if (!result) return;
  if (result.ok) showSaved(result, request, shownCode);
  else showProblems(result.problems, { run, ...submitted, inputsProblem, formProblem });
}

function showSaved(
  result: Extract<ProductionResult, { ok: true }>,
  made: { sku: string; quantityMade: number; dateMade: string },
  shownCode: string,
): void {
  byId('saved-batch-id').textContent = result.batchId;
  byId('saved-batch-code').textContent = result.batchCode;
  const taken = shownCode !== '' && shownCode.toUpperCase() !== result.batchCode.toUpperCase() ? ` ${shownCode} was taken meanwhile.` : '';
  const waste = result.waste > 0 ? ` and ${result.waste} waste line${result.waste === 1 ? '' : 's'}` : '';
  const product = plan?.catalog.product(made.sku);
  const unit = product?.unit.symbol ?? '';
  const cost =
    result.cost === undefined
      ? ''
      : result.cost === null
        ? ` Cost and Unit cost left blank: ${(result.noCost ?? []).join('; ')}.`
        : ` Cost ${money(result.cost)}${typeof result.unitCost === 'number' ? `, ${money(result.unitCost)} a ${unit}` : ''}.`;
  const what = `${made.quantityMade} ${product?.unit.symbol ?? ''} of ${product?.name || made.sku} (${product?.sku ?? made.sku}), made ${made.dateMade}.`;
  byId('saved-summary').textContent =
    `${what} Batches row ${result.row}, with ${result.inputs} input lot${result.inputs === 1 ? '' : 's'}${waste}.${result.expires ? ` Expires ${result.expires}.` : ''}${cost}${taken}` +
    (result.addedColumns.length > 0 ? ` ${describeAddedColumns(result.addedColumns)}` : '');
  form.hidden = true;
  saved.hidden = false;
  byId('saved-title').focus();
}

run.sku.control.addEventListener('change', () => {
  const product = plan?.catalog.product(run.sku.control.value);
  run.quantityToMake.control.value = product?.batchSize ? String(product.batchSize) : '';
  own.quantityMade = false;
  propose();
});
run.quantityToMake.control.addEventListener('change', propose);
run.dateMade.control.addEventListener('change', () => void dateMadeChanged());
run.quantityMade.control.addEventListener('input', () => {
  own.quantityMade = run.quantityMade.control.value.trim() !== '';
  const product = plan?.catalog.product(run.sku.control.value);
  if (product) refreshCost(product.unit.symbol);
});
run.batchCode.control.addEventListener('input', () => {
  // Clearing the field hands the batch code back to the format.
  own.batchCode = run.batchCode.control.value.trim() !== '';
  refreshBatch();
});
run.batchCode.control.addEventListener('blur', () => {
  if (!own.batchCode) run.batchCode.control.value = generatedCode;
});
run.expires.control.addEventListener('change', () => {
  // Cleared, the expiry goes back to the default; half-typed, it is the maker's, unfinished, and stays.
  own.expires = run.expires.control.value !== '' || isUnfinishedDate(run.expires.control);
  refreshBatch();
});
byId('add-waste').addEventListener('click', () => addWasteLine().focus());
saveOnlyWithButton(form, submit);
byId('next-run').addEventListener('click', () => void load());

void load();
