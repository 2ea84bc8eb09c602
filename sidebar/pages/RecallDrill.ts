// The Recall drill sidebar. First screen: when the last drill was (said plainly when it is more than
// 12 months ago, or never), a code or nothing (a random lot received in the last 12 months), and the
// settings. Starting asks the server to start the clock and trace; the drill screen shows the answer
// and a clock counting on from the server's elapsed time, takes the maker's notes and finishes. The
// server keeps the start time: closing the sidebar and opening it again comes back to the same drill.
import {
  drillAbandonResult,
  drillFinishResult,
  drillSetup,
  drillStartResult,
  type DrillSetup,
  type DrillView,
} from '../../src/contract/recall-drill';
import { callServer } from '../client';
import { byId, el, saveOnlyWithButton } from '../dom';
import { field, input } from '../field';
import { clockText, drillBody, drillHead, targetText } from '../recall-drill/drill-view';
import { DrillSettingsForm } from '../recall-drill/settings-form';
import { messageOf, whileSaving } from '../saving';

const loading = byId<HTMLElement>('loading');
const start = byId<HTMLElement>('start');
const lastDrillLine = byId<HTMLElement>('last-drill');
const notices = byId<HTMLUListElement>('notices');
const startForm = byId<HTMLFormElement>('start-form');
const startProblem = byId<HTMLElement>('start-problem');
const startButton = byId<HTMLButtonElement>('start-button');
const drillForm = byId<HTMLFormElement>('drill');
const finishProblem = byId<HTMLElement>('finish-problem');
const abandon = byId<HTMLButtonElement>('abandon');
const done = byId<HTMLElement>('done');

const code = field('drill-code', 'Lot to drill with', input({ spellcheck: 'false', class: 'code' }));
byId('code-field').append(code.element);
const notes = {
  documents: field('documents', 'Documents checked', el('textarea', { attrs: { rows: '2' } }), 'Delivery notes, batch records, invoices…'),
  gaps: field('gaps', 'Gaps found', el('textarea', { attrs: { rows: '2' } })),
  correctiveActions: field('corrective-actions', 'Corrective actions', el('textarea', { attrs: { rows: '2' } })),
};
byId('notes').append(notes.documents.element, notes.gaps.element, notes.correctiveActions.element);

let setup: DrillSetup | null = null;
let drill: DrillView | null = null;
let ticking: number | undefined;
const settingsForm = new DrillSettingsForm(byId<HTMLFormElement>('settings-form'), (settings) => {
  if (setup) setup.settings = settings;
});

function show(screen: 'loading' | 'start' | 'drill' | 'done'): void {
  loading.hidden = screen !== 'loading';
  start.hidden = screen !== 'start';
  drillForm.hidden = screen !== 'drill';
  done.hidden = screen !== 'done';
}

async function load(): Promise<void> {
  show('loading');
  loading.textContent = 'Looking for the last drill and the lots received this year…';
  try {
    setup = drillSetup.parse(await callServer('loadRecallDrill'));
  } catch (error) {
    loading.textContent = `Could not load: ${messageOf(error)}`;
    return;
  }
  lastDrillLine.textContent = setup.lastDrill.line;
  lastDrillLine.classList.toggle('due', setup.lastDrill.due);
  notices.replaceChildren(...setup.notices.map((notice) => el('li', { text: notice })));
  notices.hidden = setup.notices.length === 0;
  settingsForm.show(setup.settings);
  if (setup.inProgress) {
    showDrill(setup.inProgress);
    return;
  }
  showStart();
}

function showStart(): void {
  if (!setup) return;
  const recent = setup.recentLots;
  code.control.value = '';
  code.setProblem(null);
  startProblem.textContent = '';
  code.setHint(
    recent > 0
      ? `Leave blank to let Lotline pick one of the ${recent} ${recent === 1 ? 'lot' : 'lots'} received in the last 12 months, or type a lot number, batch code or order number.`
      : 'No lot was received in the last 12 months to pick at random: type a lot number, batch code or order number.',
  );
  code.control.placeholder = recent > 0 ? 'Random recent lot' : 'e.g. LAV-0923-01';
  show('start');
}

function showDrill(shown: DrillView): void {
  drill = shown;
  const received = Date.now();
  const clock = el('div', { class: 'clock', attrs: { id: 'clock' } });
  const elapsed = el('span', { class: 'elapsed', attrs: { id: 'elapsed', 'aria-label': 'Time elapsed' } });
  clock.append(elapsed, el('span', { text: `target ${targetText(shown.settings.targetHours)}` }));
  const tick = () => {
    // Counted on from the server's elapsed time; the server's clock alone is what is recorded.
    const ms = shown.elapsedMs + (Date.now() - received);
    elapsed.textContent = clockText(ms);
    clock.classList.toggle('over', ms > shown.settings.targetHours * 3600000);
  };
  tick();
  window.clearInterval(ticking);
  ticking = window.setInterval(tick, 1000);
  byId('drill-head').replaceChildren(drillHead(shown, clock));
  byId('drill-body').replaceChildren(...drillBody(shown));
  for (const note of Object.values(notes)) {
    note.control.value = '';
    note.setProblem(null);
  }
  finishProblem.textContent = '';
  show('drill');
  byId('drill-title').focus();
}

saveOnlyWithButton(startForm, async () => {
  code.setProblem(null);
  startProblem.textContent = '';
  const answer = await whileSaving(
    { form: startForm, fields: byId('start-fields'), save: startButton, status: byId('start-status'), formProblem: startProblem },
    'Starting the clock and tracing…',
    async () => drillStartResult.parse(await callServer('startRecallDrill', { code: code.control.value })),
  );
  if (!answer) return;
  if (answer.ok) {
    showDrill(answer.drill);
    return;
  }
  for (const problem of answer.problems) {
    if (problem.field === 'code') code.setProblem(problem.message);
    else startProblem.textContent = problem.message;
  }
});

saveOnlyWithButton(drillForm, async () => {
  if (!drill) return;
  finishProblem.textContent = '';
  const request = {
    id: drill.id,
    documents: notes.documents.control.value,
    gaps: notes.gaps.control.value,
    correctiveActions: notes.correctiveActions.control.value,
  };
  const answer = await whileSaving(
    { form: drillForm, fields: byId('drill-fields'), save: byId('finish'), status: byId('finish-status'), formProblem: finishProblem },
    'Tracing again and recording the drill…',
    async () => drillFinishResult.parse(await callServer('finishRecallDrill', request)),
  );
  if (!answer) return;
  if (!answer.ok) {
    for (const problem of answer.problems) {
      if (problem.field === 'form') finishProblem.textContent = problem.message;
      else notes[problem.field].setProblem(problem.message);
    }
    return;
  }
  window.clearInterval(ticking);
  const verdict = byId('done-verdict');
  verdict.textContent = `${answer.passed ? 'Passed' : 'Failed'}: ${answer.verdict.replace(/^(Yes|No): /, '')}`;
  verdict.className = `verdict ${answer.passed ? 'pass' : 'fail'}`;
  const figures: [string, string][] = [
    ['Minutes', String(answer.minutes)],
    ['Batches', String(answer.batches)],
    ['Customers', String(answer.customers)],
    ['Accounted for', answer.accountedPct === null ? 'not known' : `${answer.accountedPct}%`],
  ];
  byId('done-figures').replaceChildren(...figures.flatMap(([term, value]) => [el('dt', { text: term }), el('dd', { text: value })]));
  byId('done-where').textContent = `Recorded in ${answer.sheet}, row ${answer.row}, with your notes; the Log has a row for it.`;
  setup = null;
  drill = null;
  show('done');
  byId('done-title').focus();
});

const ABANDON = 'Abandon the drill';
abandon.addEventListener('blur', () => (abandon.textContent = ABANDON));
abandon.addEventListener('click', () => {
  if (!drill) return;
  // Two clicks: an abandoned drill is not recorded, and its time cannot be had back.
  if (abandon.textContent === ABANDON) {
    abandon.textContent = 'Click again to abandon: nothing is recorded';
    return;
  }
  abandon.textContent = ABANDON;
  const id = drill.id;
  abandon.disabled = true;
  finishProblem.textContent = '';
  callServer('abandonRecallDrill', { id })
    .then((value) => {
      const answer = drillAbandonResult.parse(value);
      if (!answer.ok) {
        finishProblem.textContent = answer.problems.map((problem) => problem.message).join(' ');
        return;
      }
      window.clearInterval(ticking);
      drill = null;
      void load();
    })
    .catch((error: unknown) => {
      finishProblem.textContent = `Could not abandon: ${messageOf(error)}`;
    })
    .finally(() => {
      abandon.disabled = false;
    });
});

byId('again').addEventListener('click', () => void load());

void load();
