// The drill's settings: the tolerance of each step's mass balance and the target time. The server reads
// and range-checks them and answers with the reason at each field; nothing here decides what is valid.
import { drillSettingsResult, type DrillSetup } from '../../src/contract/recall-drill';
import { callServer } from '../client';
import { el } from '../dom';
import { field, input, type Field } from '../field';
import { messageOf } from '../saving';

type Settings = DrillSetup['settings'];

export class DrillSettingsForm {
  private readonly tolerance: Field<HTMLInputElement>;
  private readonly target: Field<HTMLInputElement>;
  private readonly save: HTMLButtonElement;
  private readonly status: HTMLElement;

  constructor(
    form: HTMLFormElement,
    private readonly onSaved: (settings: Settings) => void,
  ) {
    this.tolerance = field('tolerance', 'Tolerance (± %)', input({ inputmode: 'decimal' }), 'Each step passes at 100% ± this. Default 2.');
    this.target = field(
      'target',
      'Target time (hours)',
      input({ inputmode: 'decimal' }),
      'The drill passes when finished within this. Default 4.',
    );
    this.save = el('button', { class: 'secondary', text: 'Save settings', attrs: { type: 'submit' } });
    this.status = el('p', { class: 'status', attrs: { role: 'status', 'aria-live': 'polite' } });
    form.append(
      el('div', { class: 'pair' }, this.tolerance.element, this.target.element),
      el('div', { class: 'actions' }, this.save),
      this.status,
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submit();
    });
  }

  show(settings: Settings): void {
    this.tolerance.control.value = String(settings.tolerancePct);
    this.target.control.value = String(settings.targetHours);
    this.tolerance.setProblem(null);
    this.target.setProblem(null);
  }

  private async submit(): Promise<void> {
    this.tolerance.setProblem(null);
    this.target.setProblem(null);
    this.save.disabled = true;
    this.status.textContent = 'Saving…';
    try {
      const result = drillSettingsResult.parse(
        await callServer('saveRecallDrillSettings', { tolerancePct: this.tolerance.control.value, targetHours: this.target.control.value }),
      );
      if (result.ok) {
        this.show(result.settings);
        this.status.textContent = 'Saved. The next drill is scored with these.';
        this.onSaved(result.settings);
      } else {
        for (const problem of result.problems) {
          if (problem.field === 'tolerancePct') this.tolerance.setProblem(problem.message);
          else if (problem.field === 'targetHours') this.target.setProblem(problem.message);
          else this.status.textContent = problem.message;
        }
        if (result.problems.every((problem) => problem.field !== 'form')) this.status.textContent = 'Not saved: see the problem above.';
      }
    } catch (error) {
      this.status.textContent = `Could not save: ${messageOf(error)}`;
    } finally {
      this.save.disabled = false;
    }
  }
}
