// The control side of the UI (runtime.ui): what the add-on put on screen — menus, dialogs, sidebar,
// toasts — and the answers a test queues for the person in front of it. An alert nobody prepared an
// answer for is clicked OK; a prompt nobody prepared an answer for fails, so a test cannot pass by
// accident with an empty answer.
import type { ButtonName, ButtonSetName } from './enums';

export type MenuItemRecord = { caption: string; functionName: string } | { separator: true } | { submenu: MenuRecord };

export interface MenuRecord {
  title: string;
  items: MenuItemRecord[];
}

export interface UiAnswer {
  /** Defaults to OK where the dialog has an OK button. CLOSE is the dialog's close box. */
  button?: ButtonName;
  /** What the person typed into a prompt. */
  text?: string;
}

export interface DialogRecord {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  buttons: ButtonSetName;
  answer: { button: ButtonName; text?: string };
}

export interface ShownHtml {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  html: string;
  width: number;
  height: number | null;
}

export interface ToastRecord {
  message: string;
  title: string;
  timeoutSeconds: number | null;
}

export class UiState {
  /** Menus installed by addToUi, in order; a menu added again with the same title replaces the old one. */
  readonly menus: MenuRecord[] = [];
  /** Every alert and prompt, with the answer it got. */
  readonly dialogs: DialogRecord[] = [];
  readonly toasts: ToastRecord[] = [];
  /** Every sidebar and dialog shown, in order. */
  readonly shown: ShownHtml[] = [];
  private readonly answers: UiAnswer[] = [];

  /** The sidebar on screen (the last one shown), or null. */
  get sidebar(): ShownHtml | null {
    return [...this.shown].reverse().find((item) => item.kind === 'sidebar') ?? null;
  }

  /** The last modal or modeless dialog shown, or null. */
  get dialog(): ShownHtml | null {
    return [...this.shown].reverse().find((item) => item.kind !== 'sidebar') ?? null;
  }

  /** Queues answers for the next alerts and prompts, first in first used. */
  answerNext(...answers: UiAnswer[]): void {
    for (const answer of answers) {
      if (typeof answer !== 'object' || answer === null)
        throw new Error('answerNext takes objects like { button: "YES" } or { text: "LOT-1" }');
      this.answers.push({ ...answer });
    }
  }

  /** Answers queued and not yet used; a test can assert it is 0 at the end. */
  get pendingAnswers(): number {
    return this.answers.length;
  }

  takeAnswer(): UiAnswer | undefined {
    return this.answers.shift();
  }

  /** The item with this caption in any installed menu (searching submenus), or null. */
  findMenuItem(caption: string): { caption: string; functionName: string } | null {
    const search = (items: MenuItemRecord[]): { caption: string; functionName: string } | null => {
      for (const item of items) {
        if ('caption' in item && item.caption === caption) return item;
        if ('submenu' in item) {
          const found = search(item.submenu.items);
          if (found) return found;
        }
      }
      return null;
    };
    for (const menu of this.menus) {
      const found = search(menu.items);
      if (found) return found;
    }
    return null;
  }
}
