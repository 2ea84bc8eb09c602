// Rich-text values: a cell's text with a link over the whole of it (what Lotline's reports use to point
// at a cell: "#gid=…&range=E7"). Building a value is local work in Apps Script, so nothing here is
// metered; writing one is Range.setRichTextValues. Only whole-value links are modelled: a link over part
// of the text, or a text style, fails loudly rather than being silently dropped.
import { arity, signatureFail, stringArg } from './arguments';
import type { RuntimeContext } from './context';
import type { Surface } from './google-surface';

const BUILDER = 'SpreadsheetApp.RichTextValueBuilder';

export class LocalRichTextValue implements Surface<GoogleAppsScript.Spreadsheet.RichTextValue, 'getText' | 'getLinkUrl'> {
  constructor(
    readonly text: string,
    readonly linkUrl: string | null,
  ) {
    Object.freeze(this);
  }

  getText(): string {
    return this.text;
  }

  getLinkUrl(): string | null {
    return this.linkUrl;
  }

  toString(): string {
    return 'RichTextValue';
  }
}

export class LocalRichTextValueBuilder implements Surface<
  GoogleAppsScript.Spreadsheet.RichTextValueBuilder,
  'build' | 'setText' | 'setLinkUrl'
> {
  private text = '';
  private linkUrl: string | null = null;

  constructor(private readonly ctx: RuntimeContext) {}

  /** Sets the text and clears any style or link set before, as Google's builder does. */
  setText(...args: [text: string]): this {
    arity(this.ctx, `${BUILDER}.setText`, args, 1, 1);
    this.text = stringArg(this.ctx, `${BUILDER}.setText`, args, 0);
    this.linkUrl = null;
    return this;
  }

  setLinkUrl(...args: [linkUrl: string | null]): this {
    const method = `${BUILDER}.setLinkUrl`;
    if ((args as unknown[]).length === 3)
      this.ctx.fail('The local runtime models links over the whole value only: use setLinkUrl(linkUrl).');
    arity(this.ctx, method, args, 1, 1);
    const [url] = args;
    if (url !== null && typeof url !== 'string') return signatureFail(this.ctx, method, args);
    this.linkUrl = url === '' ? null : url;
    return this;
  }

  build(): LocalRichTextValue {
    return new LocalRichTextValue(this.text, this.linkUrl);
  }

  toString(): string {
    return 'RichTextValueBuilder';
  }
}
