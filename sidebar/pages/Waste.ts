// The Record waste sidebar: one or more lines, each a lot or batch (the one in the current cell first),
// how much was taken out, in which unit, why, and a note; beside each code its on hand and status, asked
// of the server as the maker types. Saving sends the lines; the server counts on hand again and answers
// with the rows written, or with each problem, shown at its line and field.
import { describeAddedColumns } from '../../src/contract/added-columns';
import {
  lotsOnHandAnswer,
  wasteResult,
  wasteSetup,
  type LotLookup,
  type RecordedWaste,
  type WasteProblem,
  type WasteSetup,
} from '../../src/contract/waste';
import type { WasteLine } from '../../src/contract/production';
import { callServer } from '../client';
import { byId, el, saveOnlyWithButton, setOptions } from '../dom';
import { field, input } from '../field';
import { WasteLineForm } from '../production/waste-line';
import { messageOf, whileSaving } from '../saving';
import { isUnfinishedDate, UNFINISHED_DATE } from '../unfinished-date';
import { formatQuantity, LotFacts } from '../waste/lot-facts';

const loading = byId<HTMLElement>('loading');
const notices = byId<HTMLUListElement>('notices');
const form = byId<HTMLFormElement>('waste');
const fields = byId<HTMLFieldSetElement>('waste-fields');
const linesList = byId<HTMLElement>('waste-lines');
const codes = byId<HTMLDataListElement>('waste-codes');
const formProblem = byId<HTMLElement>('form-problem');
const save = byId<HTMLButtonElement>('save');
const status = byId<HTMLElement>('status');
const saved = byId<HTMLElement>('saved');

const date = field('waste-date', 'Date', input({ type: 'date' }), 'The day it was taken out of stock.');
byId('waste-head').append(date.element);
date.control.addEventListener('input', () => date.setProblem(null));

const REASON_HINTS: Record<string, string> = {
  Destroyed: 'Say in Notes what was destroyed, how and by whom; the row keeps which lot or batch it came from.',
  'Count correction': 'For stock the records show but the shelf does not hold: it may take the lot below zero.',
};

interface Line {
  form: WasteLineForm;
  facts: LotFacts;
}

let setup: WasteSetup | null = null;
let lines: Line[] = [];
/** What each code looked up to, by its key (trimmed, upper case), this sidebar's lifetime. */
const looked = new Map<string, LotLookup>();
const keyOf = (code: string) => code.trim().toUpperCase();

async function load(): Promise<void> {
  loading.hidden = false;
  form.hidden = true;
  saved.hidden = true;
  looked.clear();
  try {
    setup = wasteSetup.parse(await callServer('loadWaste'));
  } catch (error) {
    loading.textContent = `Could not load: ${messageOf(error)}`;
    return;
  }
  notices.replaceChildren(...setup.notices.map((notice) => el('li', { text: notice })));
  notices.hidden = setup.notices.length === 0;
  codes.replaceChildren(...setup.suggestions.map((code) => el('option', { attrs: { value: code } })));
  date.control.value = setup.today;
  date.control.max = setup.today;
  for (const line of lines) line.form.element.remove();
  lines = [];
  const first = addLine();
  if (setup.current) {
    looked.set(keyOf(setup.current.asked), setup.current);
    first.form.fieldOf('lot').control.value = setup.current.found ? setup.current.lot.code : setup.current.asked;
    showLookup(first, setup.current);
  }
  clearProblems();
  loading.hidden = true;
  form.hidden = false;
  (setup.current ? first.form.fieldOf('quantity') : first.form.fieldOf('lot')).control.focus();
}

function addLine(): Line {
  const line: Line = {
    form: new WasteLineForm(
      'waste-codes',
      (code) => unitOf(code),
      (removed) => removeLine(removed),
    ),
    facts: new LotFacts((code) => {
      lot.control.value = code;
      void lookUp(line);
      line.form.fieldOf('quantity').control.focus();
    }),
  };
  const lot = line.form.fieldOf('lot');
  lot.control.setAttribute('placeholder', 'Lot number or batch code');
  lot.element.after(line.facts.element);
  const reason = line.form.fieldOf('reason');
  // What a blank Reason cell means, and no reason a run's off-spec default implies here.
  reason.control.value = 'Damaged';
  reason.control.addEventListener('change', () => reason.setHint(REASON_HINTS[reason.control.value] ?? ''));
  lot.control.addEventListener('change', () => void lookUp(line));
  // A problem answered the value sent: once the maker changes it, it no longer says anything true.
  for (const name of ['lot', 'quantity', 'unit', 'reason', 'notes']) {
    const each = line.form.fieldOf(name);
    each.control.addEventListener('input', () => each.setProblem(null));
  }
  lines.push(line);
  numberLines();
  linesList.append(line.form.element);
  return line;
}

function removeLine(removed: WasteLineForm): void {
  lines = lines.filter((line) => line.form !== removed);
  removed.element.remove();
  numberLines();
  byId('add-line').focus();
}

function numberLines(): void {
  lines.forEach((line, index) => line.form.numberAs(index));
  // One line is the form itself: removing it would leave nothing to save.
  for (const line of lines) line.form.element.querySelector<HTMLElement>('.remove')!.hidden = lines.length === 1;
}

function unitOf(code: string): string | null {
  const lookup = looked.get(keyOf(code));
  return lookup?.found && lookup.lot.unit !== '' ? lookup.lot.unit : null;
}

/** The line's code looked up on the server (once per code), then its facts and units shown. */
async function lookUp(line: Line): Promise<void> {
  const code = line.form.fieldOf('lot').control.value;
  if (code.trim() === '') return line.facts.clear();
  const known = looked.get(keyOf(code));
  if (known) return showLookup(line, known);
  line.facts.looking();
  try {
    const [answer] = lotsOnHandAnswer.parse(await callServer('lotsOnHand', { codes: [code] })).lots;
    if (!answer) return line.facts.clear();
    looked.set(keyOf(code), answer);
    // The maker may have typed on meanwhile: show only what answers the code in the field now.
    if (keyOf(line.form.fieldOf('lot').control.value) === keyOf(code)) showLookup(line, answer);
  } catch (error) {
    line.facts.failed(messageOf(error));
  }
}

function showLookup(line: Line, lookup: LotLookup): void {
  line.facts.show(lookup);
  line.form.fieldOf('lot').setProblem(null);
  if (!lookup.found || lookup.lot.units.length === 0) return;
  // Only the units of the lot's own kind: a lot kept in grams cannot lose millilitres.
  const unit = line.form.fieldOf('unit').control as HTMLSelectElement;
  setOptions(unit, [{ options: lookup.lot.units.map((value) => ({ value, text: value })) }], lookup.lot.unit);
}

function clearProblems(): void {
  date.setProblem(null);
  for (const line of lines) line.form.clearProblems();
  formProblem.textContent = '';
}

async function submit(): Promise<void> {
  if (!setup) return;
  clearProblems();
  const sent = lines.map((line) => line.form.line());
  if (isUnfinishedDate(date.control)) date.setProblem(UNFINISHED_DATE);
  else if (date.control.value === '') date.setProblem('Enter the date it was taken out of stock.');
  if (sent.includes(null) || date.control.value === '' || isUnfinishedDate(date.control)) {
    formProblem.textContent = 'Nothing was saved: fix what is marked above.';
    form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    return;
  }
  const submitted = [...lines];
  const request = { date: date.control.value, lines: sent as WasteLine[] };
  const result = await whileSaving({ form, fields, save, status, formProblem }, 'Counting on hand again and saving…', async () =>
    wasteResult.parse(await callServer('recordWaste', request)),
  );
  if (!result) return;
  if (result.ok) return showSaved(result.sheet, result.rows, result.belowZero, describeAddedColumns(result.addedColumns));
  showProblems(result.problems, submitted);
}

function showProblems(problems: readonly WasteProblem[], submitted: readonly Line[]): void {
  const general: string[] = [];
  for (const problem of problems) {
    const line = problem.line === undefined ? undefined : submitted[problem.line];
    if (line) line.form.fieldOf(problem.field).setProblem(problem.message);
    else if (problem.field === 'date') date.setProblem(problem.message);
    else general.push(problem.message);
  }
  const marked = problems.length - general.length;
  formProblem.textContent = [...general, marked > 0 ? 'Nothing was saved: fix what is marked above.' : 'Nothing was saved.'].join(' ');
  form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}

function showSaved(sheet: string, rows: readonly RecordedWaste[], belowZero: readonly string[], added: string): void {
  const first = rows[0]?.row ?? 0;
  const where = rows.length === 1 ? `row ${first}` : `rows ${first}–${first + rows.length - 1}`;
  byId('saved-summary').textContent = `${rows.length === 1 ? 'One line' : `${rows.length} lines`} added to ${sheet}, ${where}.`;
  byId('saved-rows').replaceChildren(
    ...rows.map((row) =>
      el(
        'li',
        {},
        el('span', { text: `${formatQuantity(row.quantity)} ${row.unit} of ` }),
        el('span', { class: 'code', text: row.lot }),
        el('span', { text: ` (${row.reason})` }),
        el('span', { class: 'hint', text: ` — ${formatQuantity(row.onHandAfter)} ${row.lotUnit} left` }),
      ),
    ),
  );
  const notes = [...belowZero.map((text) => `The count correction ${text}.`), added].filter((text) => text !== '');
  byId('saved-notes').textContent = notes.join(' ');
  form.hidden = true;
  saved.hidden = false;
  byId('saved-title').focus();
}

byId('add-line').addEventListener('click', () => addLine().form.focus());
// "Fix what is marked above" once nothing is marked any more would send the maker looking for nothing.
form.addEventListener('input', () => {
  if (!form.querySelector('[aria-invalid="true"]')) formProblem.textContent = '';
});
saveOnlyWithButton(form, submit);
byId('again').addEventListener('click', () => void load());

void load();
