// The Put on hold… and Release hold… sidebar: the server traces the code (the trace report's, the
// current cell's, or one typed here) and lists the lot and every batch reached; the maker chooses the
// hold, unticks what should not change, gives a reason and saves. The server checks every row again.
import { callServer } from '../client';
import { byId, el, saveOnlyWithButton } from '../dom';
import { field, input } from '../field';
import { messageOf, whileSaving } from '../saving';
import {
  holdsPreview,
  holdsSaveResult,
  MAX_REASON_CHARS,
  type HoldMode,
  type HoldProblem,
  type HoldTarget,
} from '../../src/contract/holds';
import { HOLD_STATUSES, newStatus, type HoldStatus } from '../../src/domain/holds/statuses';
import { TargetList } from './target-list';

const WORDS: Record<HoldMode, { loading: string; listHint: string; saved: string; saving: string }> = {
  hold: {
    loading: 'Tracing the lot and the batches made with it…',
    listHint: 'The lot and every batch made with it, at any depth. Untick what should not be held.',
    saved: 'On hold',
    saving: 'Setting the Status cells…',
  },
  release: {
    loading: 'Tracing the lot and the batches made with it…',
    listHint: 'The lot and every batch made with it. Those on hold go back to Available (lots) or Released (batches).',
    saved: 'Hold released',
    saving: 'Setting the Status cells…',
  },
};

export function startHoldsPage(mode: HoldMode): void {
  const root = byId<HTMLElement>('holds');
  const words = WORDS[mode];

  const codeField = field('code', 'Lot or batch', input({ spellcheck: 'false' }));
  const showButton = el('button', { class: 'secondary', text: 'Show', attrs: { type: 'button' } });
  const loading = el('p', { class: 'status', text: words.loading, attrs: { role: 'status', 'aria-live': 'polite' } });
  const notices = el('ul', { class: 'notices' });
  notices.hidden = true;

  const holdChoice = el('fieldset', { class: 'hold-choice' }, el('legend', { text: 'Hold as' }));
  const radios = HOLD_STATUSES.map((status, index) => {
    const radio = el('input', { attrs: { type: 'radio', name: 'hold', value: status, id: `hold-${status}` } });
    radio.checked = index === 0;
    const hint = status === 'Quarantined' ? 'kept apart until checked' : 'being called back from customers';
    holdChoice.append(
      el(
        'label',
        { class: 'radio', attrs: { for: radio.id } },
        radio,
        el('span', { text: ` ${status}` }),
        el('span', { class: 'hint', text: ` — ${hint}` }),
      ),
    );
    return radio;
  });
  const choiceProblem = el('p', { class: 'problem', attrs: { id: 'status-problem' } });
  holdChoice.append(choiceProblem);
  holdChoice.hidden = mode !== 'hold';

  const listTitle = el('h2', { attrs: { id: 'targets-title', tabindex: '-1' } });
  const listElement = el('ul', { class: 'targets', attrs: { 'aria-labelledby': 'targets-title' } });
  const reason = field(
    'reason',
    mode === 'hold' ? 'Reason for the hold' : 'Reason for releasing',
    el('textarea', { attrs: { rows: '3', maxlength: String(MAX_REASON_CHARS) } }),
    'Kept in the Log with every code changed.',
  );
  const formProblem = el('p', { class: 'problem', attrs: { role: 'alert' } });
  const save = el('button', { attrs: { type: 'submit' } });
  const status = el('p', { class: 'status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const fields = el(
    'fieldset',
    { class: 'plain' },
    holdChoice,
    el('section', {}, listTitle, el('p', { class: 'hint', text: words.listHint }), listElement),
    reason.element,
  );
  const form = el('form', { attrs: { novalidate: '' } }, fields, el('div', { class: 'actions sticky' }, formProblem, save, status));
  form.hidden = true;

  const savedTitle = el('h2', { text: words.saved, attrs: { tabindex: '-1' } });
  const savedSummary = el('p', { class: 'saved-summary' });
  const savedList = el('ul', { class: 'saved-list' });
  const again = el('button', { class: 'secondary', text: 'Look again', attrs: { type: 'button' } });
  const saved = el('section', { class: 'saved' }, savedTitle, savedList, savedSummary, again);
  saved.hidden = true;

  root.append(el('div', { class: 'code-row' }, codeField.element, showButton), loading, notices, form, saved);

  const chosen = (): HoldStatus => (radios.find((radio) => radio.checked)?.value as HoldStatus | undefined) ?? 'Quarantined';
  const targets = new TargetList(listElement, updateSave);
  let traced = '';
  let sent: HoldTarget[] = [];

  function updateSave(): void {
    const ticked = targets.ticked.length;
    listTitle.textContent = targets.total === 0 ? 'Nothing to change' : `Lots and batches: ${ticked} of ${targets.total} ticked`;
    const verb = mode === 'release' ? 'Release' : chosen() === 'Recalled' ? 'Recall' : 'Quarantine';
    save.textContent = `${verb} ${ticked} ${ticked === 1 ? 'lot or batch' : 'lots and batches'}`;
    save.hidden = ticked === 0;
  }

  async function load(code?: string): Promise<void> {
    loading.hidden = false;
    loading.textContent = words.loading;
    form.hidden = true;
    saved.hidden = true;
    notices.hidden = true;
    codeField.setProblem(null);
    try {
      const preview = holdsPreview.parse(await callServer('previewHolds', code === undefined ? { mode } : { mode, code }));
      loading.hidden = true;
      if (preview.code !== '' || code === undefined) codeField.control.value = preview.code;
      if (!preview.ok) {
        codeField.setProblem(preview.problems.map((problem) => problem.message).join(' '));
        codeField.control.focus();
        return;
      }
      traced = preview.code;
      const from =
        preview.from.kind === 'report'
          ? `Traced in ${preview.from.sheet}.`
          : preview.from.kind === 'cell'
            ? `From the current cell in ${preview.from.sheet}.`
            : '';
      codeField.setHint(from);
      notices.replaceChildren(...preview.notices.map((notice) => el('li', { text: notice })));
      notices.hidden = preview.notices.length === 0;
      targets.show(preview.targets, mode, chosen());
      formProblem.textContent = '';
      form.hidden = false;
      listTitle.focus();
    } catch (error) {
      loading.textContent = `Could not load: ${messageOf(error)}`;
    }
  }

  async function submit(): Promise<void> {
    formProblem.textContent = '';
    choiceProblem.textContent = '';
    reason.setProblem(null);
    targets.clearProblems();
    sent = targets.ticked;
    if (reason.control.value.trim() === '') {
      reason.setProblem(`Give the reason for ${mode === 'hold' ? 'the hold' : 'releasing it'}: the Log keeps it.`);
      reason.control.focus();
      return;
    }
    const request = {
      mode,
      ...(mode === 'hold' ? { status: chosen() } : {}),
      reason: reason.control.value,
      code: traced,
      rows: sent.map((target) => ({ sheet: target.sheet, row: target.row, code: target.code, status: target.status })),
    };
    const result = await whileSaving({ form, fields, save, status, formProblem }, words.saving, async () =>
      holdsSaveResult.parse(await callServer('saveHolds', request)),
    );
    if (!result) return;
    if (result.ok) {
      const added =
        result.addedStatusColumn.length > 0
          ? ` ${result.addedStatusColumn.join(' and ')} had no Status column: it was added at the right end.`
          : '';
      savedList.replaceChildren(
        ...sent.map((target) =>
          el(
            'li',
            {},
            el('span', { class: 'code', text: target.code }),
            el('span', { text: ` ${target.status} → ${newStatus(mode, target.kind, chosen())}` }),
          ),
        ),
      );
      savedSummary.textContent = `${result.changed === 1 ? 'One Status cell' : `${result.changed} Status cells`} changed, with a Log row.${added}`;
      form.hidden = true;
      saved.hidden = false;
      savedTitle.focus();
      return;
    }
    showProblems(result.problems);
  }

  function showProblems(problems: readonly HoldProblem[]): void {
    const general: string[] = [];
    for (const problem of problems) {
      if (problem.field === 'reason') reason.setProblem(problem.message);
      else if (problem.field === 'status') choiceProblem.textContent = problem.message;
      else if (problem.field === 'rows' && problem.line !== undefined && sent[problem.line])
        targets.showProblem(sent[problem.line] as HoldTarget, problem.message);
      else general.push(problem.message);
    }
    const atRows = problems.filter((problem) => problem.field === 'rows').length;
    formProblem.textContent = [
      ...general,
      atRows > 0 ? `Nothing was saved: see the ${atRows === 1 ? 'row' : `${atRows} rows`} marked above.` : 'Nothing was saved.',
    ].join(' ');
  }

  reason.control.addEventListener('input', () => reason.setProblem(null));
  for (const radio of radios) radio.addEventListener('change', () => targets.setChoice(mode, chosen()));
  showButton.addEventListener('click', () => void load(codeField.control.value));
  codeField.control.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void load(codeField.control.value);
    }
  });
  again.addEventListener('click', () => void load(traced));
  saveOnlyWithButton(form, submit);
  void load();
}
