// The Import orders sidebar: the maker chooses a shop's CSV exports (or pastes one), the server reads them
// and answers a plan — every line it would add, with batches proposed, and every line it would not, with
// why — which the maker edits here (another batch, a split, a line left out or linked by hand, an
// unknown export's columns, a shop product taken as one of theirs) and saves. The files are read here
// and sent as text; the server checks the plan again when saving.
import { callServer } from '../client';
import { byId, el, saveOnlyWithButton } from '../dom';
import { messageOf, whileSaving } from '../saving';
import { leftOutView, type LeftOutView } from '../orders/left-out';
import { describeProblem, describeSaved, LineList, withBatchesNow, type LineEdits } from '../orders/line-list';
import { ColumnMappingForm } from '../orders/mappings';
import { BelowZeroConfirm } from '../orders/confirm-below-zero';
import {
  MAX_ORDER_FILE_CHARS,
  MAX_ORDER_FILES,
  orderImportPlan,
  orderSaveResult,
  type ColumnMapping,
  type OrderFile,
  type OrderImportPlan,
  type PlannedLine,
  type ProductMapping,
} from '../../src/contract/orders';

const choose = byId<HTMLFormElement>('choose');
const filesInput = byId<HTMLInputElement>('files');
const paste = byId<HTMLTextAreaElement>('paste');
const preview = byId<HTMLButtonElement>('preview');
const chooseProblem = byId<HTMLElement>('choose-problem');
const chooseStatus = byId<HTMLElement>('choose-status');
const form = byId<HTMLFormElement>('plan');
const fields = byId<HTMLFieldSetElement>('plan-fields');
const linesList = byId<HTMLOListElement>('lines');
const toAddTitle = byId<HTMLElement>('to-add-title');
const save = byId<HTMLButtonElement>('save');
const status = byId<HTMLElement>('status');
const formProblem = byId<HTMLElement>('form-problem');
const saved = byId<HTMLElement>('saved');

let plan: OrderImportPlan | null = null;
let files: OrderFile[] = [];
let lines: LineList<PlannedLine> | null = null;
let mappingForms: ColumnMappingForm[] = [];
let leftOut: LeftOutView | null = null;
/** Lines the maker linked by hand from those not added (by lineKey): linked again when previewed again. */
let linkedByHand = new Set<string>();
const confirmBelowZero = new BelowZeroConfirm({ save, fields });
save.before(confirmBelowZero.element);

/** The chosen files' text and the pasted text, or a sentence saying why they cannot be sent. */
async function readChosen(): Promise<OrderFile[] | string> {
  const chosen: OrderFile[] = [];
  for (const file of Array.from(filesInput.files ?? [])) {
    const text = await file.text();
    if (text.length > MAX_ORDER_FILE_CHARS) return `${file.name} is too large to import at once: split it into smaller exports.`;
    chosen.push({ name: file.name.slice(0, 200), text });
  }
  if (paste.value.trim() !== '') {
    if (paste.value.length > MAX_ORDER_FILE_CHARS) return 'The pasted text is too large to import at once: paste it in parts.';
    chosen.push({ name: 'Pasted text', text: paste.value });
  }
  if (chosen.length === 0) return 'Choose a CSV file, or paste an export.';
  if (chosen.length > MAX_ORDER_FILES) return `Import at most ${MAX_ORDER_FILES} files at once.`;
  return chosen;
}

/** The mappings to send: those the last plan used, then what the maker chose in this sidebar since. */
function mappingsChosen(): { columnMappings: ColumnMapping[]; productMappings: ProductMapping[] } {
  const columnMappings = [...(plan?.columnMappings ?? []), ...mappingForms.map((mapping) => mapping.mapping())];
  const productMappings = [...(plan?.productMappings ?? []), ...(leftOut?.productFields ?? []).flatMap((field) => field.mapping() ?? [])];
  return { columnMappings: columnMappings.slice(-MAX_ORDER_FILES), productMappings: productMappings.slice(-1000) };
}

/** A line of the files as previewed: its file, its line there and its Line ID (two lines may share an ID). */
const lineKey = (line: PlannedLine) => `${line.file}\u0000${line.line}\u0000${line.lineId}`;

async function runPreview(again: boolean): Promise<void> {
  const problemAt = again ? formProblem : chooseProblem;
  const statusAt = again ? status : chooseStatus;
  problemAt.textContent = '';
  if (!again) {
    const chosen = await readChosen();
    if (typeof chosen === 'string') {
      chooseProblem.textContent = chosen;
      (filesInput.files?.length ? paste : filesInput).focus();
      return;
    }
    files = chosen;
  }
  const request = { files, ...mappingsChosen() };
  // Previewing again (a mapping chosen, another product taken as the maker's) keeps what they edited.
  const edits = again ? (lines?.edits() ?? new Map<string, LineEdits>()) : new Map<string, LineEdits>();
  if (!again) linkedByHand = new Set();
  preview.disabled = true;
  statusAt.textContent = 'Reading the orders…';
  try {
    show(orderImportPlan.parse(await callServer('previewOrderImport', request)), edits);
  } catch (error) {
    problemAt.textContent = `Could not preview: ${messageOf(error)}`;
  } finally {
    preview.disabled = false;
    statusAt.textContent = '';
  }
}

function shownLine(line: PlannedLine) {
  const details = [line.customer, line.shipped ? `shipped ${line.shipped}` : '', line.sku].filter(Boolean).join(' · ');
  return { ...line, details };
}

function show(next: OrderImportPlan, edits: ReadonlyMap<string, LineEdits> = new Map()): void {
  plan = next;
  formProblem.textContent = '';
  byId('sources').replaceChildren(
    ...next.sources.map((source) =>
      el('li', { text: `${source.file}: ${source.shop}, ${source.lines === 1 ? 'one line' : `${source.lines} lines`}` }),
    ),
  );
  const problems = byId('problems');
  problems.replaceChildren(...next.problems.map((problem) => el('li', { text: describeProblem(problem) })));
  problems.hidden = next.problems.length === 0;

  mappingForms = next.unmapped.map((file) => new ColumnMappingForm(file, () => void runPreview(true)));
  byId('mappings').replaceChildren(...mappingForms.map((mapping) => mapping.element));

  linesList.replaceChildren();
  const list = new LineList<PlannedLine>(linesList, next.batches, updateSave, lineKey, edits);
  lines = list;
  const addLine = (planned: PlannedLine) => list.add(planned, shownLine(planned));
  for (const line of next.lines) addLine(line);
  // Linked by hand before: linked again, if the export still leaves them out for want of a batch.
  const relinked = new Set<string>();
  for (const line of next.leftOut) {
    if (line.reason !== 'cannotLink' || !line.asLine || !linkedByHand.has(lineKey(line.asLine))) continue;
    addLine(line.asLine);
    relinked.add(lineKey(line.asLine));
  }
  linkedByHand = relinked;
  list.changed();

  leftOut = leftOutView(
    next.leftOut.filter((line) => !(line.asLine && relinked.has(lineKey(line.asLine)))),
    next.products,
    {
      linkByHand: (line) => {
        linkedByHand.add(lineKey(line));
        addLine(line).focus();
      },
      previewAgain: () => void runPreview(true),
    },
  );
  byId('left-out').replaceChildren(leftOut.element);

  choose.hidden = true;
  saved.hidden = true;
  form.hidden = false;
  updateSave();
  toAddTitle.focus();
}

function updateSave(): void {
  const kept = lines?.kept.length ?? 0;
  const total = plan ? linesList.children.length : 0;
  toAddTitle.textContent = total === 0 ? 'Nothing to add' : `To add: ${kept} of ${total}`;
  byId('to-add-hint').hidden = total === 0;
  // Only an export to map, nothing else read yet: the mapping is the one thing to do.
  const onlyMapping = total === 0 && mappingForms.length > 0;
  byId('to-add').hidden = onlyMapping;
  byId('preview-again').hidden = onlyMapping;
  save.textContent = kept === 1 ? 'Add 1 line to Orders' : `Add ${kept} lines to Orders`;
  save.hidden = kept === 0;
}

async function submit(): Promise<void> {
  if (!plan || !lines) return;
  formProblem.textContent = '';
  const kept = lines.kept;
  if (lines.unfinished()) {
    formProblem.textContent = 'Nothing was saved: choose the batches marked above, or untick those lines.';
    return;
  }
  const list = lines;
  list.clearProblems();
  const belowZero = list.belowZero();
  if (belowZero.length > 0 && !(await confirmBelowZero.ask(belowZero))) return;
  const request = {
    lines: kept.map(({ item, source }) => ({ ...source, allocations: item.editor.allocations() })),
    belowZero,
    columnMappings: plan.columnMappings,
    productMappings: plan.productMappings,
  };
  const result = await whileSaving({ form, fields, save, status, formProblem }, 'Adding the order lines…', async () =>
    orderSaveResult.parse(await callServer('saveOrderImport', request)),
  );
  if (!result) return;
  if (result.ok) {
    byId('saved-summary').textContent = describeSaved(result, 'added');
    form.hidden = true;
    saved.hidden = false;
    byId('saved-title').focus();
    return;
  }
  // The stock the server checked against, in the pickers, the maker's lines as they left them.
  if (result.batches) show({ ...plan, batches: withBatchesNow(plan.batches, result.batches) }, list.edits());
  const shown = lines ?? list;
  const general = shown.showProblems(result.problems, (problem, line) => problem.lineId !== undefined && problem.lineId === line.lineId);
  const marked = result.problems.length - general.length;
  formProblem.textContent = [
    ...general,
    marked > 0 ? `Nothing was saved: fix the ${marked === 1 ? 'line' : `${marked} lines`} marked above.` : 'Nothing was saved.',
  ].join(' ');
}

function startOver(): void {
  plan = null;
  lines = null;
  linkedByHand = new Set();
  files = [];
  filesInput.value = '';
  paste.value = '';
  saved.hidden = true;
  form.hidden = true;
  choose.hidden = false;
  filesInput.focus();
}

choose.addEventListener('submit', (event) => {
  event.preventDefault();
  void runPreview(false);
});
byId('preview-again').addEventListener('click', () => void runPreview(true));
saveOnlyWithButton(form, submit);
byId('import-more').addEventListener('click', startOver);
byId('choose-other').addEventListener('click', startOver);
// Every handler is on: until now a click on Preview would submit the form as a plain page would.
document.body.dataset.ready = 'true';
