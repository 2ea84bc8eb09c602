// HtmlService with plain (non-template) output: createHtmlOutputFromFile reads <htmlDir>/NAME.html,
// the single self-contained page the build writes for each sidebar. Building output is local work in
// Apps Script, so it is not metered; it is still refused in AuthMode.NONE.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { arity, integerArg, signatureFail, stringArg } from './arguments';
import type { RuntimeContext } from './context';
import { EnumValue, memberOf, SandboxModeEnum, XFrameOptionsModeEnum } from './enums';
import type { Surface } from './google-surface';
import { MESSAGES } from './messages';

const OUTPUT = 'HtmlService.HtmlOutput';

export class LocalHtmlOutput implements Surface<
  GoogleAppsScript.HTML.HtmlOutput,
  | 'getContent'
  | 'setContent'
  | 'append'
  | 'clear'
  | 'setTitle'
  | 'getTitle'
  | 'setWidth'
  | 'getWidth'
  | 'setHeight'
  | 'getHeight'
  | 'setSandboxMode'
  | 'setXFrameOptionsMode'
> {
  private title = '';
  private width = 600;
  private height = 400;
  private xFrameOptions: EnumValue = XFrameOptionsModeEnum.DEFAULT;

  constructor(
    private readonly ctx: RuntimeContext,
    private content: string,
  ) {}

  getContent(): string {
    return this.content;
  }

  setContent(...args: [content: string]): this {
    arity(this.ctx, `${OUTPUT}.setContent`, args, 1, 1);
    this.content = stringArg(this.ctx, `${OUTPUT}.setContent`, args, 0);
    return this;
  }

  append(...args: [addedContent: string]): this {
    arity(this.ctx, `${OUTPUT}.append`, args, 1, 1);
    this.content += stringArg(this.ctx, `${OUTPUT}.append`, args, 0);
    return this;
  }

  clear(): this {
    this.content = '';
    return this;
  }

  setTitle(...args: [title: string]): this {
    arity(this.ctx, `${OUTPUT}.setTitle`, args, 1, 1);
    this.title = stringArg(this.ctx, `${OUTPUT}.setTitle`, args, 0);
    return this;
  }

  getTitle(): string {
    return this.title;
  }

  /** Dialogs only: a sidebar is always 300 px wide. */
  setWidth(...args: [width: number]): this {
    arity(this.ctx, `${OUTPUT}.setWidth`, args, 1, 1);
    this.width = integerArg(this.ctx, `${OUTPUT}.setWidth`, args, 0, 'width');
    return this;
  }

  getWidth(): number {
    return this.width;
  }

  setHeight(...args: [height: number]): this {
    arity(this.ctx, `${OUTPUT}.setHeight`, args, 1, 1);
    this.height = integerArg(this.ctx, `${OUTPUT}.setHeight`, args, 0, 'height');
    return this;
  }

  getHeight(): number {
    return this.height;
  }

  /** Only IFRAME exists today; the other modes are accepted and ignored, as Google does. */
  setSandboxMode(...args: [mode: EnumValue]): this {
    if (args.length !== 1 || !memberOf(SandboxModeEnum, args[0]) || !(args[0] instanceof EnumValue))
      signatureFail(this.ctx, `${OUTPUT}.setSandboxMode`, args);
    return this;
  }

  setXFrameOptionsMode(...args: [mode: EnumValue]): this {
    const member = args[0] instanceof EnumValue ? memberOf(XFrameOptionsModeEnum, args[0]) : null;
    if (args.length !== 1 || !member) return signatureFail(this.ctx, `${OUTPUT}.setXFrameOptionsMode`, args);
    this.xFrameOptions = member;
    return this;
  }

  titleForRuntime(): string {
    return this.title;
  }

  contentForRuntime(): string {
    return this.content;
  }

  widthForRuntime(): number {
    return this.width;
  }

  heightForRuntime(): number {
    return this.height;
  }

  toString(): string {
    return 'HtmlOutput';
  }
}

export class LocalHtmlService implements Surface<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutput' | 'createHtmlOutputFromFile'> {
  readonly SandboxMode = SandboxModeEnum;
  readonly XFrameOptionsMode = XFrameOptionsModeEnum;

  constructor(private readonly ctx: RuntimeContext) {}

  createHtmlOutput(...args: [html?: string]): LocalHtmlOutput {
    this.ctx.call('HtmlService.createHtmlOutput', false);
    const count = arity(this.ctx, 'HtmlService.createHtmlOutput', args, 0, 1);
    return new LocalHtmlOutput(this.ctx, count === 1 ? stringArg(this.ctx, 'HtmlService.createHtmlOutput', args, 0) : '');
  }

  /** NAME or NAME.html in the HTML directory (dist/ by default); nothing outside it. */
  createHtmlOutputFromFile(...args: [filename: string]): LocalHtmlOutput {
    this.ctx.call('HtmlService.createHtmlOutputFromFile', false);
    arity(this.ctx, 'HtmlService.createHtmlOutputFromFile', args, 1, 1);
    const name = stringArg(this.ctx, 'HtmlService.createHtmlOutputFromFile', args, 0);
    const base = name.endsWith('.html') ? name.slice(0, -'.html'.length) : name;
    const file = path.join(this.ctx.htmlDir, `${base}.html`);
    const safe = base !== '' && !/[\\/]/.test(base) && !base.includes('..');
    if (!safe || !existsSync(file)) return this.ctx.fail(MESSAGES.htmlFileMissing(name));
    return new LocalHtmlOutput(this.ctx, readFileSync(file, 'utf8'));
  }

  toString(): string {
    return 'HtmlService';
  }
}
