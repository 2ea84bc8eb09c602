// Ui.alert and Ui.prompt as Sheets draws them: a modal box over the spreadsheet with the title, the
// message (line breaks kept), a text box for a prompt, the button set's buttons and a close box. The
// script is paused on the server until this resolves with what the person clicked.
import type { DialogAnswer, DialogQuestion } from '../protocol';
import { el } from './dom';

const BUTTONS: Record<DialogQuestion['buttons'], DialogAnswer['button'][]> = {
  OK: ['OK'],
  OK_CANCEL: ['CANCEL', 'OK'],
  YES_NO: ['NO', 'YES'],
  YES_NO_CANCEL: ['CANCEL', 'NO', 'YES'],
};
const LABELS: Record<DialogAnswer['button'], string> = { OK: 'OK', CANCEL: 'Cancel', YES: 'Yes', NO: 'No', CLOSE: 'Close' };

export function askPerson(question: DialogQuestion): Promise<DialogAnswer> {
  return new Promise((resolve) => {
    const buttons = BUTTONS[question.buttons];
    const primary = buttons[buttons.length - 1]!;
    const input =
      question.kind === 'prompt' ? el('input', { class: 'dialog-input', attrs: { type: 'text', 'aria-label': question.prompt } }) : null;
    const titleId = `dialog-title-${Date.now()}`;
    const close = el('button', { class: 'dialog-close', text: '×', attrs: { type: 'button', 'aria-label': 'Close' } });
    const box = el(
      'div',
      { class: 'dialog', attrs: { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': titleId } },
      close,
      el('h2', { class: 'dialog-title', text: question.title, attrs: { id: titleId } }),
      el('p', { class: 'dialog-message', text: question.prompt }),
      input,
      el(
        'div',
        { class: 'dialog-buttons' },
        ...buttons.map((button) =>
          el('button', {
            class: button === primary ? 'button primary' : 'button',
            text: LABELS[button],
            attrs: { type: 'button', 'data-button': button },
          }),
        ),
      ),
    );
    const backdrop = el('div', { class: 'backdrop' }, box);

    const finish = (button: DialogAnswer['button']): void => {
      backdrop.remove();
      resolve(question.kind === 'prompt' ? { button, text: input!.value } : { button });
    };
    backdrop.addEventListener('click', (event) => {
      const target = event.target as HTMLElement;
      if (target === close) finish('CLOSE');
      const button = target.closest<HTMLElement>('[data-button]')?.dataset.button;
      if (button) finish(button as DialogAnswer['button']);
    });
    box.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') finish('CLOSE');
      else if (event.key === 'Enter' && event.target === input) finish(primary);
    });
    document.body.append(backdrop);
    (input ?? box.querySelector<HTMLButtonElement>('.primary'))?.focus();
  });
}
