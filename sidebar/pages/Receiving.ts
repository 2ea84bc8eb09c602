// The Receive materials sidebar: one delivery — the supplier once, the day, then a line per lot — with
// the lot numbers shown before saving. The server checks everything again and answers with the lots
// saved, or with each problem, which is shown next to its field.
import { messageOf, whileSaving } from '../saving';
import { isUnfinishedDate, UNFINISHED_DATE } from '../unfinished-date';
import { parseCodeFormat, type CodeFormat, type CodeFormatTexts } from '../../src/domain/code-formats';
import { callServer } from '../client';
import { byId, el, saveOnlyWithButton } from '../dom';
import { field, input } from '../field';
import { LineForm } from '../receiving/line-form';
import { previewLots, sameSequences } from '../receiving/lot-preview';
import { SettingsForm } from '../receiving/settings-form';
import {
  deliveryResult,
  lotPreview,
  MAX_DELIVERY_LINES,
  receivingSetup,
  type DeliveryResult,
  type DeliveryProblem,
  type DeliveryWarning,
  type LotPreview,
  type ReceivingSetup,
} from '../../src/contract/receiving';
import { describeAddedColumns } from '../../src/contract/added-columns';

const loading = byId<HTMLElement>('loading');
const notices = byId<HTMLUListElement>('notices');
const form = byId<HTMLFormElement>('delivery');
const fields = byId<HTMLFieldSetElement>('delivery-fields');
const linesList = byId<HTMLOListElement>('lines');
const linesProblem = byId<HTMLElement>('lines-problem');
const formProblem = byId<HTMLElement>('form-problem');
const addLine = byId<HTMLButtonElement>('add-line');
const save = byId<HTMLButtonElement>('save');
const status = byId<HTMLElement>('status');
const saved = byId<HTMLElement>('saved');
const supplierList = byId<HTMLDataListElement>('supplier-list');

const supplier = field('supplier', 'Supplier', input({ list: 'supplier-list', placeholder: 'Choose, or type a new supplier' }));
const received = field('received', 'Received', input({ type: 'date' }));
byId('delivery-head').append(supplier.element, received.element);

let setup: ReceivingSetup | null = null;
let lotFormat: CodeFormat | null = null;
let preview: LotPreview | null = null;
let lines: LineForm[] = [];
/** The warnings last shown (a lot expired on arrival): pressing Save again saves them as they are. */
let shownWarnings: string[] = [];

const settings = new SettingsForm(byId<HTMLFormElement>('formats'), (formats) => {
  useFormats(formats);
  void refreshPreview(true);
});

function useFormats(formats: CodeFormatTexts): void {
  const parsed = parseCodeFormat(formats.receiptLot, 'receiptLot');
  if (!parsed.ok) throw new Error(parsed.message);
  lotFormat = parsed.format;
  if (setup) setup = { ...setup, formats };
}

async function load(): Promise<void> {
  loading.hidden = false;
  loading.textContent = 'Loading materials and suppliers…';
  form.hidden = true;
  saved.hidden = true;
  try {
    setup = receivingSetup.parse(await callServer('loadReceiving'));
  } catch (error) {
    loading.textContent = `Could not load: ${messageOf(error)}`;
    return;
  }
  useFormats(setup.formats);
  preview = setup.preview;
  settings.show(setup.formats);
  supplierList.replaceChildren(...setup.suppliers.map((name) => el('option', { attrs: { value: name } })));
  const shown = [...setup.notices];
  if (setup.materials.length === 0)
    shown.push('There are no materials to receive yet: add them to the Materials sheet (code, name and unit).');
  notices.replaceChildren(...shown.map((notice) => el('li', { text: notice })));
  notices.hidden = shown.length === 0;

  supplier.control.value = '';
  received.control.value = setup.today;
  describeSupplier();
  for (const line of lines) line.element.remove();
  lines = [];
  clearProblems();
  shownWarnings = [];
  status.textContent = '';
  addNewLine();
  loading.hidden = true;
  form.hidden = false;
}

function addNewLine(): LineForm {
  if (!setup || !lotFormat) throw new Error('The sidebar has not loaded yet.');
  const line = new LineForm(setup.materials, supplier.control.value, () => lotFormat?.text ?? '', {
    onLotsChange: showLots,
    onRemove: (removed) => {
      const index = lines.indexOf(removed);
      lines = lines.filter((other) => other !== removed);
      removed.element.remove();
      renumber();
      showLots();
      (lines[Math.max(0, index - 1)] ?? null)?.focus();
    },
  });
  lines.push(line);
  linesList.append(line.element);
  renumber();
  showLots();
  return line;
}

function renumber(): void {
  lines.forEach((line, index) => line.numberAs(index, lines.length > 1));
  // The server takes at most this many lines at once; say so before the maker types one more.
  const full = lines.length >= MAX_DELIVERY_LINES;
  addLine.disabled = full;
  linesProblem.textContent = full ? `A delivery has at most ${MAX_DELIVERY_LINES} lines: save these, then receive the rest.` : '';
}

function showLots(): void {
  if (!lotFormat || !preview) return;
  const lots = previewLots(
    lotFormat,
    preview,
    lines.map((line) => ({ materialCode: line.materialCode, ownLotNumber: line.ownLotNumber })),
  );
  lines.forEach((line, index) => line.showGenerated(lots[index] ?? ''));
}

/** New starting numbers when the day moves to another period of the format (another month, by default). */
async function refreshPreview(formatChanged = false): Promise<void> {
  if (!setup || !lotFormat || !preview) return;
  const day = received.control.value;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return;
  if (!formatChanged && sameSequences(lotFormat, preview.received, day)) {
    preview = { ...preview, received: day };
    showLots();
    return;
  }
  try {
    const fresh = lotPreview.parse(
      await callServer('previewLotNumbers', { received: day, materialCodes: setup.materials.map((material) => material.code) }),
    );
    if (received.control.value === fresh.received) {
      preview = fresh;
      showLots();
    }
  } catch (error) {
    status.textContent = `Could not update the lot numbers: ${messageOf(error)}`;
  }
}

function describeSupplier(): void {
  const name = supplier.control.value.trim().toLowerCase();
  const known = setup?.suppliers.some((existing) => existing.trim().toLowerCase() === name) ?? false;
  supplier.setHint(name === '' || known ? '' : 'New supplier: added to Suppliers when you save.');
}

function clearProblems(): void {
  for (const line of lines) line.clearProblems();
  supplier.setProblem(null);
  received.setProblem(null);
  linesProblem.textContent = '';
  formProblem.textContent = '';
}

/** Each problem next to its field, the first field focused. */
function showProblems(problems: readonly DeliveryProblem[], submitted: readonly LineForm[]): void {
  let first: HTMLElement | null = null;
  const general: string[] = [];
  for (const problem of problems) {
    if (problem.line !== undefined) {
      const line = submitted[problem.line];
      if (!line) {
        general.push(problem.message);
        continue;
      }
      line.setProblem(problem.field, problem.message);
      first ??= line.control(problem.field);
    } else if (problem.field === 'supplier' || problem.field === 'received') {
      const target = problem.field === 'supplier' ? supplier : received;
      target.setProblem(problem.message);
      first ??= target.control;
    } else if (problem.field === 'lines') {
      linesProblem.textContent = problem.message;
      first ??= addLine;
    } else general.push(problem.message);
  }
  const marked = problems.length - general.length;
  formProblem.textContent = [
    ...general,
    marked > 0 ? `Nothing was saved: fix the ${marked === 1 ? 'problem' : `${marked} problems`} marked above.` : 'Nothing was saved.',
  ].join(' ');
  first?.focus();
}

/** Each warning next to its field: the maker checks it, and Save saves it as it is. */
function showWarnings(warnings: readonly DeliveryWarning[], submitted: readonly LineForm[]): void {
  let first: HTMLElement | null = null;
  for (const warning of warnings) {
    const line = submitted[warning.line];
    line?.setProblem(warning.field, warning.message);
    first ??= line?.control(warning.field) ?? null;
  }
  shownWarnings = warnings.map((warning) => warning.key);
  formProblem.textContent = 'Nothing was saved yet: check what is marked above, then press Save again to save it as it is.';
  first?.focus();
}

/** Unfinished date boxes (unfinished-date.ts) marked, and the first one focused; false when there are none. */
function unfinishedDates(submitted: readonly LineForm[]): boolean {
  let first: HTMLElement | null = null;
  if (isUnfinishedDate(received.control)) {
    received.setProblem(UNFINISHED_DATE);
    first = received.control;
  }
  for (const line of submitted) {
    if (!isUnfinishedDate(line.control('expires'))) continue;
    line.setProblem('expires', UNFINISHED_DATE);
    first ??= line.control('expires');
  }
  if (!first) return false;
  formProblem.textContent = 'Nothing was saved: a date is not finished.';
  first.focus();
  return true;
}

function showSaved(result: Extract<DeliveryResult, { ok: true }>): void {
  const lastRow = result.firstRow + result.lots.length - 1;
  const rows = result.lots.length === 1 ? `row ${result.firstRow}` : `rows ${result.firstRow}–${lastRow}`;
  byId('saved-summary').textContent =
    `${result.lots.length === 1 ? 'One lot' : `${result.lots.length} lots`} from ${result.supplier} ${result.lots.length === 1 ? 'is' : 'are'} in ${result.sheet}, ${rows}.` +
    (result.newSupplier ? ` ${result.supplier} was added to Suppliers.` : '') +
    (result.addedColumns.length > 0 ? ` ${describeAddedColumns(result.addedColumns)}` : '');
  byId('saved-lots').replaceChildren(
    ...result.lots.map((lot) =>
      el(
        'li',
        {},
        el('strong', { class: 'code', text: lot.lotNumber }),
        el('span', { text: ` ${lot.material}, ${lot.quantity} ${lot.unit}` }),
        lot.shownLotNumber !== '' && lot.shownLotNumber.toUpperCase() !== lot.lotNumber.toUpperCase()
          ? el('span', { class: 'hint', text: ` (${lot.shownLotNumber} was taken meanwhile)` })
          : null,
      ),
    ),
  );
  form.hidden = true;
  saved.hidden = false;
  byId('saved-title').focus();
}

async function submit(): Promise<void> {
  if (!setup) return;
  clearProblems();
  const submitted = [...lines];
  if (unfinishedDates(submitted)) return;
  const draft = {
    supplier: supplier.control.value,
    received: received.control.value,
    lines: submitted.map((line) => line.draft()),
    confirmed: shownWarnings,
  };
  const result = await whileSaving({ form, fields, save, status, formProblem }, 'Saving the delivery…', async () =>
    deliveryResult.parse(await callServer('receiveDelivery', draft)),
  );
  if (!result) return;
  if (result.ok) showSaved(result);
  else if (result.problems.length === 0 && result.toConfirm) showWarnings(result.toConfirm, submitted);
  else showProblems(result.problems, submitted);
}

supplier.control.addEventListener('input', describeSupplier);
supplier.control.addEventListener('change', () => {
  for (const line of lines) line.supplierChanged(supplier.control.value);
});
received.control.addEventListener('change', () => void refreshPreview());
addLine.addEventListener('click', () => addNewLine().focus());
saveOnlyWithButton(form, submit);
byId('next-delivery').addEventListener('click', () => void load());

void load();
