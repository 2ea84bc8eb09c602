// Settings: the three code formats, each with a live example and the reason when it is refused. The
// server checks them again before storing them; this only saves the maker a round trip.
import {
  CODE_KINDS,
  DEFAULT_CODE_FORMATS,
  formatCode,
  parseCodeFormat,
  type CodeFormatTexts,
  type CodeKind,
} from '../../src/domain/code-formats';
import { callServer } from '../client';
import { el } from '../dom';
import { field, input, type Field } from '../field';
import { codeFormatsResult } from '../../src/contract/code-formats';

const LABELS: Record<CodeKind, string> = { receiptLot: 'Receipt lot numbers', batchId: 'Batch IDs', batchCode: 'Batch codes' };
const EXAMPLE = { material: 'LAV', sku: 'LSOAP', day: '2023-09-26' };

export class SettingsForm {
  private readonly fields: Record<CodeKind, Field<HTMLInputElement>>;
  private readonly save: HTMLButtonElement;
  private readonly status: HTMLElement;

  constructor(
    form: HTMLFormElement,
    /** Called with the stored formats after a save. */
    private readonly onSaved: (formats: CodeFormatTexts) => void,
  ) {
    this.fields = {
      receiptLot: field('format-receiptLot', LABELS.receiptLot, input({ spellcheck: 'false' })),
      batchId: field('format-batchId', LABELS.batchId, input({ spellcheck: 'false' })),
      batchCode: field('format-batchCode', LABELS.batchCode, input({ spellcheck: 'false' })),
    };
    this.save = el('button', { text: 'Save formats', attrs: { type: 'submit' } });
    this.status = el('p', { class: 'status', attrs: { role: 'status', 'aria-live': 'polite' } });
    form.append(...CODE_KINDS.map((kind) => this.fields[kind].element), el('div', { class: 'actions' }, this.save), this.status);
    for (const kind of CODE_KINDS) this.fields[kind].control.addEventListener('input', () => this.describe(kind));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submit();
    });
  }

  show(formats: CodeFormatTexts): void {
    for (const kind of CODE_KINDS) {
      this.fields[kind].control.value = formats[kind];
      this.fields[kind].control.placeholder = DEFAULT_CODE_FORMATS[kind];
      this.describe(kind);
    }
  }

  /** An example of the format, or why it cannot be used. */
  private describe(kind: CodeKind): void {
    const parsed = parseCodeFormat(this.fields[kind].control.value, kind);
    this.fields[kind].setProblem(parsed.ok ? null : parsed.message);
    this.fields[kind].setHint(parsed.ok ? `For example ${formatCode(parsed.format, EXAMPLE, 1)}` : '');
  }

  private async submit(): Promise<void> {
    const texts = { receiptLot: '', batchId: '', batchCode: '' };
    for (const kind of CODE_KINDS) texts[kind] = this.fields[kind].control.value;
    this.save.disabled = true;
    this.status.textContent = 'Saving…';
    try {
      const result = codeFormatsResult.parse(await callServer('saveCodeFormats', texts));
      if (result.ok) {
        this.show(result.formats);
        this.status.textContent = 'Saved. New codes follow these formats.';
        this.onSaved(result.formats);
      } else {
        for (const problem of result.problems) this.fields[problem.field].setProblem(problem.message);
        this.status.textContent = 'Not saved: see the problem above.';
      }
    } catch (error) {
      this.status.textContent = `Could not save: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      this.save.disabled = false;
    }
  }
}
