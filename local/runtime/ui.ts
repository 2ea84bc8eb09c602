// SpreadsheetApp.getUi(): menus, alerts, prompts, sidebars and dialogs. Building a menu costs nothing
// until addToUi; every dialog is a round trip. Sidebars are 300 px wide whatever setWidth said.
import { arity, signatureFail, stringArg } from './arguments';
import type { RuntimeContext } from './context';
import { ButtonEnum, ButtonSetEnum, EnumValue, memberOf, type ButtonName, type ButtonSetName } from './enums';
import type { Surface } from './google-surface';
import { LocalHtmlOutput } from './html-service';
import type { MenuItemRecord, MenuRecord, UiAnswer, UiState } from './ui-state';

const SIDEBAR_WIDTH = 300;

const BUTTONS_OF: Record<ButtonSetName, ButtonName[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

export class LocalMenu implements Surface<GoogleAppsScript.Base.Menu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'> {
  private readonly items: MenuItemRecord[] = [];

  constructor(
    private readonly ctx: RuntimeContext,
    private readonly state: UiState,
    private readonly title: string,
  ) {}

  addItem(...args: [caption: string, functionName: string]): this {
    this.ctx.call('Menu.addItem', false);
    arity(this.ctx, 'Menu.addItem', args, 2, 2);
    this.items.push({ caption: stringArg(this.ctx, 'Menu.addItem', args, 0), functionName: stringArg(this.ctx, 'Menu.addItem', args, 1) });
    return this;
  }

  addSeparator(): this {
    this.ctx.call('Menu.addSeparator', false);
    this.items.push({ separator: true });
    return this;
  }

  addSubMenu(...args: [menu: LocalMenu]): this {
    this.ctx.call('Menu.addSubMenu', false);
    const [menu] = args;
    if (args.length !== 1 || !(menu instanceof LocalMenu)) return signatureFail(this.ctx, 'Menu.addSubMenu', args);
    this.items.push({ submenu: menu.record() });
    return this;
  }

  addToUi(): void {
    this.ctx.call('Menu.addToUi');
    const record = this.record();
    const existing = this.state.menus.findIndex((menu) => menu.title === record.title);
    if (existing >= 0) this.state.menus.splice(existing, 1, record);
    else this.state.menus.push(record);
  }

  private record(): MenuRecord {
    return { title: this.title, items: structuredClone(this.items) };
  }

  toString(): string {
    return 'Menu';
  }
}

export class LocalPromptResponse implements Surface<GoogleAppsScript.Base.PromptResponse, 'getResponseText' | 'getSelectedButton'> {
  constructor(
    private readonly text: string,
    private readonly button: ButtonName,
  ) {}

  getResponseText(): string {
    return this.text;
  }

  getSelectedButton(): EnumValue<ButtonName> {
    return ButtonEnum[this.button];
  }

  toString(): string {
    return 'PromptResponse';
  }
}

type DialogArgs = [titleOrPrompt: string, promptOrButtons?: string | EnumValue, buttons?: EnumValue];

export class LocalUi implements Surface<
  GoogleAppsScript.Base.Ui,
  'createAddonMenu' | 'createMenu' | 'alert' | 'prompt' | 'showSidebar' | 'showModalDialog' | 'showModelessDialog'
> {
  readonly Button = ButtonEnum;
  readonly ButtonSet = ButtonSetEnum;

  constructor(
    private readonly ctx: RuntimeContext,
    private readonly state: UiState,
  ) {}

  /** The add-on's menu under Extensions, titled with the add-on's name. */
  createAddonMenu(): LocalMenu {
    this.ctx.call('Ui.createAddonMenu', false);
    return new LocalMenu(this.ctx, this.state, this.ctx.addonName);
  }

  createMenu(...args: [caption: string]): LocalMenu {
    this.ctx.call('Ui.createMenu', false);
    arity(this.ctx, 'Ui.createMenu', args, 1, 1);
    return new LocalMenu(this.ctx, this.state, stringArg(this.ctx, 'Ui.createMenu', args, 0));
  }

  /** (prompt) | (prompt, buttons) | (title, prompt, buttons) */
  private dialogArgs(method: string, args: readonly unknown[]): { title: string; prompt: string; buttons: ButtonSetName } {
    const count = arity(this.ctx, method, args, 1, 3);
    const buttonSet = (value: unknown): ButtonSetName => {
      const member = value instanceof EnumValue ? memberOf(ButtonSetEnum, value) : null;
      return member ? member.name() : signatureFail(this.ctx, method, args);
    };
    if (count === 3)
      return { title: stringArg(this.ctx, method, args, 0), prompt: stringArg(this.ctx, method, args, 1), buttons: buttonSet(args[2]) };
    const prompt = stringArg(this.ctx, method, args, 0);
    return { title: '', prompt, buttons: count === 2 ? buttonSet(args[1]) : 'OK' };
  }

  private answerFor(kind: 'alert' | 'prompt', dialog: { prompt: string; buttons: ButtonSetName }): { button: ButtonName; text?: string } {
    const offered = BUTTONS_OF[dialog.buttons];
    const answer: UiAnswer | undefined = this.state.takeAnswer();
    const where = `Ui.${kind}("${dialog.prompt}")`;
    if (!answer) {
      if (kind === 'alert' && offered.includes('OK')) return { button: 'OK' };
      return this.ctx.fail(
        `Local runtime: ${where} was shown but no answer was queued; call runtime.ui.answerNext({ button, text }) first.`,
      );
    }
    if (kind === 'alert' && answer.text !== undefined)
      this.ctx.fail(`Local runtime: the queued answer has text, but ${where} is an alert.`);
    const button = answer.button ?? (offered.includes('OK') ? 'OK' : null);
    if (button === null)
      return this.ctx.fail(`Local runtime: ${where} offers ${offered.join('/')}; say which button the queued answer clicks.`);
    if (button !== 'CLOSE' && !offered.includes(button)) {
      this.ctx.fail(`Local runtime: ${where} offers ${offered.join('/')} (or CLOSE), not ${button}.`);
    }
    return kind === 'prompt' ? { button, text: answer.text ?? '' } : { button };
  }

  alert(...args: DialogArgs): EnumValue<ButtonName> {
    this.ctx.call('Ui.alert');
    const dialog = this.dialogArgs('Ui.alert', args);
    const answer = this.answerFor('alert', dialog);
    this.state.dialogs.push({ kind: 'alert', ...dialog, answer });
    return ButtonEnum[answer.button];
  }

  prompt(...args: DialogArgs): LocalPromptResponse {
    this.ctx.call('Ui.prompt');
    const dialog = this.dialogArgs('Ui.prompt', args);
    const answer = this.answerFor('prompt', dialog);
    this.state.dialogs.push({ kind: 'prompt', ...dialog, answer });
    return new LocalPromptResponse(answer.text ?? '', answer.button);
  }

  private html(method: string, args: readonly unknown[]): LocalHtmlOutput {
    const [output] = args;
    if (!(output instanceof LocalHtmlOutput)) return signatureFail(this.ctx, method, args);
    return output;
  }

  showSidebar(...args: [userInterface: LocalHtmlOutput]): void {
    this.ctx.call('Ui.showSidebar');
    arity(this.ctx, 'Ui.showSidebar', args, 1, 1);
    const output = this.html('Ui.showSidebar', args);
    this.state.shown.push({
      kind: 'sidebar',
      title: output.titleForRuntime(),
      html: output.contentForRuntime(),
      width: SIDEBAR_WIDTH,
      height: null,
    });
  }

  private showDialog(kind: 'modal' | 'modeless', method: string, args: readonly unknown[]): void {
    this.ctx.call(method);
    arity(this.ctx, method, args, 2, 2);
    const output = this.html(method, args);
    const title = stringArg(this.ctx, method, args, 1);
    this.state.shown.push({
      kind,
      title,
      html: output.contentForRuntime(),
      width: output.widthForRuntime(),
      height: output.heightForRuntime(),
    });
  }

  showModalDialog(...args: [userInterface: LocalHtmlOutput, title: string]): void {
    this.showDialog('modal', 'Ui.showModalDialog', args);
  }

  showModelessDialog(...args: [userInterface: LocalHtmlOutput, title: string]): void {
    this.showDialog('modeless', 'Ui.showModelessDialog', args);
  }

  toString(): string {
    return 'Ui';
  }
}
