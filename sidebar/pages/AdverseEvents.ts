// The Record an adverse event sidebar. First what is owed to FDA — each event whose report is overdue or
// due within 5 business days (and each serious one still in its follow-up year), with a button tracing
// its batch — then the form: received, reporter and contact, batch code (its SKU filled in from Batches,
// the closest codes offered for one that matches nothing), SKU, order, what happened, the law's serious
// criteria, notes. The dates the event will carry are shown as it is filled in (the same pure rules the
// server applies); the server checks everything again and answers with the row written or each problem.
import {
  adverseEventResult,
  adverseEventSettingsResult,
  adverseEventSetup,
  traceAdverseEventResult,
  type AdverseEventField,
  type AdverseEventProblem,
  type AdverseEventSetup,
  type EventNeedingActionView,
  type RecordAdverseEventRequest,
} from '../../src/contract/adverse-events';
import { describeAddedColumns } from '../../src/contract/added-columns';
import { addBusinessDays } from '../../src/domain/adverse-events/business-days';
import { closestCodes } from '../../src/domain/closest-codes';
import { eventDates, FDA_REPORT_BUSINESS_DAYS, KEEP_YEARS, KEEP_YEARS_SMALL_BUSINESS } from '../../src/domain/adverse-events/dates';
import { DUE_SOON_BUSINESS_DAYS } from '../../src/domain/adverse-events/due';
import { SERIOUS_CRITERIA, type SeriousCriterion } from '../../src/domain/adverse-events/serious';
import { codeKey } from '../../src/domain/codes';
import { callServer } from '../client';
import { byId, el, saveOnlyWithButton } from '../dom';
import { field, input, type Field } from '../field';
import { messageOf, whileSaving } from '../saving';
import { isUnfinishedDate, UNFINISHED_DATE } from '../unfinished-date';

const loading = byId<HTMLElement>('loading');
const due = byId<HTMLElement>('due');
const notices = byId<HTMLUListElement>('notices');
const form = byId<HTMLFormElement>('event');
const fields = byId<HTMLFieldSetElement>('event-fields');
const formProblem = byId<HTMLElement>('form-problem');
const save = byId<HTMLButtonElement>('save');
const status = byId<HTMLElement>('status');
const saved = byId<HTMLElement>('saved');
const datesLine = byId<HTMLElement>('dates');
const smallBusiness = byId<HTMLInputElement>('small-business');

const textarea = (rows: number) => el('textarea', { attrs: { rows: String(rows) } });

const received = field('event-received', 'Received', input({ type: 'date' }), 'The day the report came in.');
const reporter = field('event-reporter', 'Reporter', input({ placeholder: 'Name' }), 'Who reported it.');
const contact = field('event-contact', 'Contact', input({ placeholder: 'Email or phone' }), 'How to reach them for more information.');
const batchCode = field(
  'event-batch',
  'Batch code',
  input({ list: 'event-batch-codes', placeholder: 'e.g. LSOAP-231015-01' }),
  'As printed on the product, when known.',
);
const batchFacts = el('div', { class: 'batch-facts', attrs: { 'aria-live': 'polite' } });
const sku = field('event-sku', 'SKU', input(), 'Filled in from the batch; type it when the batch is not known.');
const order = field('event-order', 'Order number', input(), 'When known; checked against Orders.');
const whatHappened = field('event-what', 'What happened', textarea(4), 'As it was reported: the product, how it was used, the reaction.');
const notes = field('event-notes', 'Notes', textarea(2));
batchCode.element.append(batchFacts);
byId('event-head').append(
  received.element,
  reporter.element,
  contact.element,
  batchCode.element,
  sku.element,
  order.element,
  whatHappened.element,
);
byId('event-tail').append(notes.element);

const FIELDS: Record<Exclude<AdverseEventField, 'form' | 'serious'>, Field<HTMLInputElement | HTMLTextAreaElement>> = {
  received,
  reporter,
  contact,
  batchCode,
  sku,
  order,
  whatHappened,
  notes,
};
const seriousProblem = byId<HTMLElement>('serious-problem');
const criteria = SERIOUS_CRITERIA.map((criterion) => {
  const box = el('input', { attrs: { type: 'checkbox', value: criterion.key, id: `serious-${criterion.key}` } });
  byId('serious-list').append(el('label', { class: 'check', attrs: { for: box.id } }, box, el('span', { text: criterion.label })));
  return box;
});

let setup: AdverseEventSetup | null = null;
const skuOfBatch = new Map<string, { code: string; sku: string }>();

async function load(): Promise<void> {
  loading.hidden = false;
  form.hidden = true;
  saved.hidden = true;
  due.hidden = true;
  try {
    setup = adverseEventSetup.parse(await callServer('loadAdverseEvents'));
  } catch (error) {
    loading.textContent = `Could not load: ${messageOf(error)}`;
    return;
  }
  showDue(setup);
  notices.replaceChildren(...setup.notices.map((notice) => el('li', { text: notice })));
  notices.hidden = setup.notices.length === 0;
  skuOfBatch.clear();
  for (const batch of setup.batches) if (!skuOfBatch.has(codeKey(batch.code))) skuOfBatch.set(codeKey(batch.code), batch);
  byId('event-batch-codes').replaceChildren(...setup.batches.map((batch) => el('option', { attrs: { value: batch.code } })));
  smallBusiness.checked = setup.settings.smallBusiness;
  resetForm();
  loading.hidden = true;
  form.hidden = false;
}

function resetForm(): void {
  if (!setup) return;
  for (const each of Object.values(FIELDS)) each.control.value = '';
  for (const box of criteria) box.checked = false;
  received.control.value = setup.today;
  received.control.max = setup.today;
  batchFacts.replaceChildren();
  clearProblems();
  showDates();
}

/** "2 FDA reports overdue or due soon", each with its sentence and a button to trace its batch. */
function showDue(answer: AdverseEventSetup): void {
  const reports = answer.needingAction.filter((item) => item.action !== 'followUpOpen').length;
  const title = byId('due-title');
  title.textContent =
    reports === 0
      ? 'No FDA report is overdue or due in the next 5 business days.'
      : `${reports} FDA ${reports === 1 ? 'report' : 'reports'} overdue or due soon`;
  due.classList.toggle('clear', reports === 0);
  byId('due-list').replaceChildren(...answer.needingAction.map(dueItem));
  byId('due-more').textContent = answer.moreNeedingAction > 0 ? `…and ${answer.moreNeedingAction} more: see the Adverse events sheet.` : '';
  due.hidden = false;
}

const WHEN: Record<EventNeedingActionView['action'], (until: string) => string> = {
  reportOverdue: (until) => `Overdue since ${until}`,
  reportDueSoon: (until) => `Due ${until}`,
  followUpOpen: (until) => `Follow-up until ${until}`,
};

function dueItem(item: EventNeedingActionView): HTMLLIElement {
  const traceStatus = el('p', { class: 'status', attrs: { role: 'status' } });
  const trace =
    item.batchCode === '' ? null : el('button', { class: 'secondary', text: `Trace batch ${item.batchCode}`, attrs: { type: 'button' } });
  trace?.addEventListener('click', () => void traceEvent(item.row, item.batchCode, trace, traceStatus));
  return el(
    'li',
    { class: `due-item ${item.action}` },
    el('span', { class: 'when', text: WHEN[item.action](item.until) }),
    el('span', { text: item.sentence }),
    trace,
    traceStatus,
  );
}

async function traceEvent(row: number, code: string, button: HTMLButtonElement, line: HTMLElement): Promise<void> {
  button.disabled = true;
  line.textContent = `Tracing ${code}…`;
  try {
    const result = traceAdverseEventResult.parse(await callServer('traceAdverseEvent', { row, batchCode: code }));
    line.textContent = result.ok
      ? `The trace of ${result.batchCode} is in the new sheet "${result.sheet}", naming this event.`
      : result.message;
  } catch (error) {
    line.textContent = `Could not trace: ${messageOf(error)}`;
  } finally {
    button.disabled = false;
  }
}

/** The batch's SKU filled in, or for a code that matches nothing the closest codes, as buttons. */
function showBatch(): void {
  const typed = batchCode.control.value.trim();
  batchCode.setProblem(null);
  if (typed === '') return batchFacts.replaceChildren();
  const batch = skuOfBatch.get(codeKey(typed));
  if (batch) {
    if (batch.sku !== '') sku.control.value = batch.sku;
    sku.setProblem(null);
    return batchFacts.replaceChildren(el('span', { text: `Batch of ${batch.sku || 'no SKU'}, in Batches.` }));
  }
  if (!setup || setup.batches.length === 0) return batchFacts.replaceChildren();
  const closest = closestCodes(
    setup.batches.map((each) => each.code),
    typed,
  );
  const choices = closest.map((code) => {
    const pick = el('button', { class: 'link code', text: code, attrs: { type: 'button' } });
    pick.addEventListener('click', () => {
      batchCode.control.value = code;
      showBatch();
      sku.control.focus();
    });
    return pick;
  });
  batchFacts.replaceChildren(
    el('span', { text: `No batch ${typed} in Batches.${closest.length > 0 ? ' Closest: ' : ''}` }),
    ...choices.flatMap((choice, index) => (index === 0 ? [choice] : [document.createTextNode(', '), choice])),
  );
}

function ticked(): SeriousCriterion[] {
  return criteria.filter((box) => box.checked).map((box) => box.value as SeriousCriterion);
}

/** The dates the event will get, as the server will work them out. */
function showDates(): void {
  const day = received.control.value;
  const small = smallBusiness.checked;
  const serious = ticked().length > 0;
  datesLine.classList.toggle('serious-dates', serious);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) {
    datesLine.textContent = 'Enter the day it was received to see its dates.';
    return;
  }
  const dates = eventDates(day, serious, small);
  const keep = `kept until ${dates.keepUntil} (${small ? KEEP_YEARS_SMALL_BUSINESS : KEEP_YEARS} years${small ? ', a small business' : ''})`;
  datesLine.textContent = dates.fdaReportDue
    ? `Serious: report to FDA by ${dates.fdaReportDue} (${FDA_REPORT_BUSINESS_DAYS} business days, weekends and US federal holidays skipped); new medical information until ${dates.followUpUntil} goes to FDA too; ${keep}.`
    : `Not serious: no FDA report due; ${keep}.`;
}

function clearProblems(): void {
  for (const each of Object.values(FIELDS)) each.setProblem(null);
  seriousProblem.textContent = '';
  formProblem.textContent = '';
}

function request(): RecordAdverseEventRequest {
  return {
    received: received.control.value,
    reporter: reporter.control.value,
    contact: contact.control.value,
    batchCode: batchCode.control.value,
    sku: sku.control.value,
    order: order.control.value,
    whatHappened: whatHappened.control.value,
    serious: ticked(),
    notes: notes.control.value,
  };
}

async function submit(): Promise<void> {
  clearProblems();
  if (isUnfinishedDate(received.control as HTMLInputElement)) received.setProblem(UNFINISHED_DATE);
  else if (received.control.value === '') received.setProblem('Enter the day the report came in.');
  if (form.querySelector('[aria-invalid="true"]')) {
    formProblem.textContent = 'Nothing was saved: fix what is marked above.';
    form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    return;
  }
  const sent = request();
  const result = await whileSaving({ form, fields, save, status, formProblem }, 'Checking the batch and order, and saving…', async () =>
    adverseEventResult.parse(await callServer('recordAdverseEvent', sent)),
  );
  if (!result) return;
  if (!result.ok) return showProblems(result.problems);
  const where = `${result.sheet} row ${result.row}`;
  byId('saved-summary').textContent =
    `Added to ${where}${result.created ? ' (the sheet was created for it)' : ''}: received ${result.received}, ${[result.sku, result.batchCode].filter(Boolean).join(' batch ')}.`;
  const facts: [string, string][] = [
    ['Serious', result.serious],
    ['FDA report due', result.fdaReportDue ?? 'none (not serious)'],
    ['Follow-up until', result.followUpUntil ?? 'none'],
    ['Keep until', result.keepUntil],
  ];
  byId('saved-dates').replaceChildren(...facts.flatMap(([term, value]) => [el('dt', { text: term }), el('dd', { text: value })]));
  byId('saved-notes').textContent = describeAddedColumns(result.addedColumns);
  const urgency = byId('saved-urgency');
  urgency.textContent = urgencyOf(result.fdaReportDue);
  urgency.hidden = urgency.textContent === '';
  // What was due when the sidebar opened no longer says everything: this event is not in it.
  due.hidden = true;
  const trace = byId<HTMLButtonElement>('saved-trace');
  trace.hidden = result.batchCode === '';
  trace.textContent = `Trace batch ${result.batchCode}`;
  trace.onclick = () => void traceEvent(result.row, result.batchCode, trace, byId('saved-trace-status'));
  byId('saved-trace-status').textContent = '';
  form.hidden = true;
  saved.hidden = false;
  byId('saved-title').focus();
}

/** For an event received some time ago: its FDA report is already late, or due within days. */
function urgencyOf(fdaReportDue: string | null): string {
  if (!setup || !fdaReportDue) return '';
  if (fdaReportDue < setup.today) return `The FDA report was due ${fdaReportDue}: it is overdue, report it now.`;
  if (fdaReportDue <= addBusinessDays(setup.today, DUE_SOON_BUSINESS_DAYS))
    return `The FDA report is due ${fdaReportDue}, within ${DUE_SOON_BUSINESS_DAYS} business days.`;
  return '';
}

function showProblems(problems: readonly AdverseEventProblem[]): void {
  const general: string[] = [];
  for (const problem of problems) {
    if (problem.field === 'form') general.push(problem.message);
    else if (problem.field === 'serious') seriousProblem.textContent = problem.message;
    else FIELDS[problem.field].setProblem(problem.message);
  }
  const marked = problems.length - general.length;
  formProblem.textContent = [...general, marked > 0 ? 'Nothing was saved: fix what is marked above.' : 'Nothing was saved.'].join(' ');
  form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}

async function saveSettings(): Promise<void> {
  const line = byId('settings-status');
  smallBusiness.disabled = true;
  line.textContent = 'Saving…';
  try {
    const result = adverseEventSettingsResult.parse(await callServer('saveAdverseEventSettings', { smallBusiness: smallBusiness.checked }));
    smallBusiness.checked = result.settings.smallBusiness;
    line.textContent = `Saved: reports recorded from now on are kept ${result.settings.smallBusiness ? KEEP_YEARS_SMALL_BUSINESS : KEEP_YEARS} years.`;
  } catch (error) {
    smallBusiness.checked = !smallBusiness.checked;
    line.textContent = `Could not save the setting: ${messageOf(error)}`;
  } finally {
    smallBusiness.disabled = false;
    showDates();
  }
}

for (const each of Object.values(FIELDS)) each.control.addEventListener('input', () => each.setProblem(null));
batchCode.control.addEventListener('change', showBatch);
received.control.addEventListener('input', showDates);
for (const box of criteria) box.addEventListener('change', showDates);
smallBusiness.addEventListener('change', () => void saveSettings());
// "Fix what is marked above" once nothing is marked any more would send the maker looking for nothing.
form.addEventListener('input', () => {
  if (!form.querySelector('[aria-invalid="true"]')) formProblem.textContent = '';
});
saveOnlyWithButton(form, submit);
// Read again: the event just recorded may now be due.
byId('again').addEventListener('click', () => void load().then(() => received.control.focus()));
void load();
