// Typing into a cell: a text box laid over the cell, as in Sheets. Enter commits and moves down, Tab
// commits and moves right, Escape gives up, clicking elsewhere commits. What was typed goes to the
// server as typed text — the runtime reads it the way Sheets reads a person's typing.

export type Commit = (text: string, move: 'down' | 'right' | 'none') => void;

export class CellEditor {
  private input: HTMLInputElement | null = null;

  get active(): boolean {
    return this.input !== null;
  }

  open(cell: HTMLElement, text: string, commit: Commit, cancel: () => void): void {
    this.close();
    const box = cell.getBoundingClientRect();
    const input = document.createElement('input');
    input.className = 'cell-editor';
    input.value = text;
    input.setAttribute('aria-label', 'Cell contents');
    Object.assign(input.style, { left: `${box.left}px`, top: `${box.top}px`, minWidth: `${box.width}px`, height: `${box.height}px` });
    if (cell.classList.contains('bold')) input.style.fontWeight = 'bold';
    let done = false;
    const finish = (action: () => void): void => {
      if (done) return;
      done = true;
      this.close();
      action();
    };
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        finish(() => commit(input.value, 'down'));
      } else if (event.key === 'Tab') {
        event.preventDefault();
        finish(() => commit(input.value, 'right'));
      } else if (event.key === 'Escape') {
        event.preventDefault();
        finish(cancel);
      }
      event.stopPropagation();
    });
    input.addEventListener('blur', () => finish(() => commit(input.value, 'none')));
    document.body.append(input);
    this.input = input;
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }

  close(): void {
    const input = this.input;
    this.input = null;
    input?.remove();
  }
}
