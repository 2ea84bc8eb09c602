// The Link order lines to batches sidebar: the Orders rows whose Batch code is blank, each with batches
// proposed by the server, which the maker may change, split or leave out before saving. Saving fills the
// blank Batch codes (a split row's rest goes into a copy inserted below it), checked again by the server.
import { callServer } from '../client';
import { byId, el, saveOnlyWithButton } from '../dom';
import { messageOf, whileSaving } from '../saving';
import { describeProblem, LineList, withBatchesNow, type LineEdits } from '../orders/line-list';
import { BelowZeroConfirm } from '../orders/confirm-below-zero';
import { orderLinkPlan, orderSaveResult, type OrderLinkPlan, type RowToLink } from '../../src/contract/orders';

const loading = byId<HTMLElement>('loading');
const form = byId<HTMLFormElement>('plan');
const fields = byId<HTMLFieldSetElement>('plan-fields');
const linesList = byId<HTMLOListElement>('lines');
const title = byId<HTMLElement>('to-link-title');
const save = byId<HTMLButtonElement>('save');
const status = byId<HTMLElement>('status');
const formProblem = byId<HTMLElement>('form-problem');
const saved = byId<HTMLElement>('saved');

let lines: LineList<RowToLink> | null = null;
let shownPlan: OrderLinkPlan | null = null;
/** An Orders row is the same line in two plans. */
const rowKey = (row: RowToLink) => String(row.row);
const confirmBelowZero = new BelowZeroConfirm({ save, fields });
save.before(confirmBelowZero.element);

function shownRow(row: RowToLink) {
  const details = [`row ${row.row}`, row.customer, row.shipped ? `shipped ${row.shipped}` : ''].filter(Boolean).join(' · ');
  return {
    order: row.order,
    item: row.sku,
    sku: row.sku,
    quantity: row.quantity,
    shipped: row.shipped,
    details,
    allocations: row.allocations,
    warnings: row.warnings,
  };
}

async function load(): Promise<void> {
  loading.hidden = false;
  loading.textContent = 'Finding order lines without a batch…';
  form.hidden = true;
  saved.hidden = true;
  let plan: OrderLinkPlan;
  try {
    plan = orderLinkPlan.parse(await callServer('previewOrderLinks'));
  } catch (error) {
    loading.textContent = `Could not load: ${messageOf(error)}`;
    return;
  }
  show(plan);
}

function show(plan: OrderLinkPlan, edits: ReadonlyMap<string, LineEdits> = new Map()): void {
  shownPlan = plan;
  const problems = byId('problems');
  problems.replaceChildren(...plan.problems.map((problem) => el('li', { text: describeProblem(problem) })));
  problems.hidden = plan.problems.length === 0;
  linesList.replaceChildren();
  lines = new LineList<RowToLink>(linesList, plan.batches, updateSave, rowKey, edits);
  for (const row of plan.rows) lines.add(row, shownRow(row));
  const leftOutList = byId('left-out-lines');
  leftOutList.replaceChildren(
    ...plan.leftOut.map((row) => {
      const item = el(
        'li',
        {},
        el('span', { text: `Row ${row.row}, ${row.order}` }),
        el('span', { class: 'hint', text: ` — ${row.message}` }),
      );
      const asRow = row.asRow;
      if (asRow) {
        // Short of stock: the maker may still know which batch it shipped from (saving warns below zero).
        const button = el('button', {
          class: 'link',
          text: 'Link by hand',
          attrs: { type: 'button', 'aria-label': `Link row ${row.row}, ${row.order} by hand` },
        });
        button.addEventListener('click', () => {
          item.remove();
          byId('left-out').hidden = leftOutList.children.length === 0;
          lines?.add(asRow, shownRow(asRow)).focus();
        });
        item.append(' ', button);
      }
      return item;
    }),
  );
  byId('left-out').hidden = plan.leftOut.length === 0;
  formProblem.textContent = '';
  loading.hidden = true;
  form.hidden = false;
  updateSave();
  title.focus();
}

function updateSave(): void {
  const kept = lines?.kept.length ?? 0;
  const total = linesList.children.length;
  title.textContent = total === 0 ? 'Every order line has a batch' : `To link: ${kept} of ${total}`;
  save.textContent = kept === 1 ? 'Link 1 row' : `Link ${kept} rows`;
  save.hidden = kept === 0;
}

async function submit(): Promise<void> {
  if (!lines) return;
  const list = lines;
  formProblem.textContent = '';
  if (list.unfinished()) {
    formProblem.textContent = 'Nothing was saved: choose the batches marked above, or untick those rows.';
    return;
  }
  list.clearProblems();
  const belowZero = list.belowZero();
  if (belowZero.length > 0 && !(await confirmBelowZero.ask(belowZero))) return;
  const request = {
    rows: list.kept.map(({ item, source }) => ({ row: source.row, allocations: item.editor.allocations() })),
    belowZero,
  };
  const result = await whileSaving({ form, fields, save, status, formProblem }, 'Linking the order lines…', async () =>
    orderSaveResult.parse(await callServer('saveOrderLinks', request)),
  );
  if (!result) return;
  if (result.ok) {
    const rowsText = result.lines === 1 ? 'One Orders row' : `${result.lines} Orders rows`;
    const added = result.rows - result.lines;
    byId('saved-summary').textContent =
      `${rowsText} in ${result.sheet} now ${result.lines === 1 ? 'has its' : 'have their'} batch code.` +
      (added > 0
        ? ` ${added === 1 ? 'One split row was' : `${added} split rows were`} added below ${added === 1 ? 'its row' : 'their rows'}.`
        : '');
    form.hidden = true;
    saved.hidden = false;
    byId('saved-title').focus();
    return;
  }
  // The stock the server checked against, in the pickers, the rows as the maker left them.
  if (result.batches && shownPlan) show({ ...shownPlan, batches: withBatchesNow(shownPlan.batches, result.batches) }, list.edits());
  const shown = lines ?? list;
  const general = shown.showProblems(result.problems, (problem, row) => problem.line === row.row && problem.file === undefined);
  const marked = result.problems.length - general.length;
  formProblem.textContent = [
    ...general,
    marked > 0 ? `Nothing was saved: fix the ${marked === 1 ? 'row' : `${marked} rows`} marked above.` : 'Nothing was saved.',
  ].join(' ');
}

saveOnlyWithButton(form, submit);
byId('again').addEventListener('click', () => void load());

void load();
