// Range.createTextFinder(text) … findAll(): Google's search of a range on its own servers, one call that
// answers with the cells found. As Google does, it matches each cell's DISPLAYED text (a number formatted
// "1,234" is found by "1,234", not "1234"; a formula by what it shows), case-insensitively unless
// matchCase(true); matchEntireCell(true) asks the whole text to match; useRegularExpression(true) takes
// the text as a regular expression (Google's is RE2: only what JavaScript and RE2 read alike is safe).
// Only these options exist here: any other TextFinder method is missing, so calling one fails loudly
// instead of searching differently from Google. Priced as a call plus 2 µs a cell searched (meter.ts).
import { stringArg, booleanArg } from './arguments';
import type { RuntimeContext } from './context';
import type { Surface } from './google-surface';
import { displayText } from './number-format';
import type { LocalRange } from './range';
import type { LocalSheet } from './sheet';
import type { Rect } from './a1';

const FINDER = 'SpreadsheetApp.TextFinder';

export class LocalTextFinder implements Surface<
  GoogleAppsScript.Spreadsheet.TextFinder,
  'matchCase' | 'matchEntireCell' | 'useRegularExpression' | 'findAll'
> {
  private caseSensitive = false;
  private entireCell = false;
  private regularExpression = false;
  private readonly text: string;

  constructor(
    private readonly ctx: RuntimeContext,
    private readonly sheet: LocalSheet,
    private readonly rect: Readonly<Rect>,
    args: unknown[],
  ) {
    this.text = stringArg(ctx, `${'SpreadsheetApp.Range'}.createTextFinder`, args, 0);
    if (this.text === '') ctx.fail('The search text must not be empty.');
  }

  matchCase(...args: [boolean]): LocalTextFinder {
    this.ctx.call(`${FINDER}.matchCase`, false);
    this.caseSensitive = booleanArg(this.ctx, `${FINDER}.matchCase`, args, 0);
    return this;
  }

  matchEntireCell(...args: [boolean]): LocalTextFinder {
    this.ctx.call(`${FINDER}.matchEntireCell`, false);
    this.entireCell = booleanArg(this.ctx, `${FINDER}.matchEntireCell`, args, 0);
    return this;
  }

  useRegularExpression(...args: [boolean]): LocalTextFinder {
    this.ctx.call(`${FINDER}.useRegularExpression`, false);
    this.regularExpression = booleanArg(this.ctx, `${FINDER}.useRegularExpression`, args, 0);
    return this;
  }

  /** Every cell of the range whose displayed text matches, row by row. */
  findAll(): LocalRange[] {
    this.ctx.call(`${FINDER}.findAll`);
    const { row, column, numRows, numColumns } = this.rect;
    const lastRow = Math.min(row + numRows - 1, this.sheet.maxRows);
    const lastColumn = Math.min(column + numColumns - 1, this.sheet.maxColumns);
    this.ctx.searched(Math.max(0, lastRow - row + 1) * Math.max(0, lastColumn - column + 1));
    const flags = this.caseSensitive ? 'u' : 'iu';
    const source = this.regularExpression ? this.text : this.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(this.entireCell ? `^(?:${source})$` : source, flags);
    const found: LocalRange[] = [];
    for (let r = row; r <= lastRow; r++)
      for (let c = column; c <= lastColumn; c++) {
        const value = this.sheet.grid.cell(r, c);
        if (value === '' || value === null || value === undefined) continue;
        const shown = displayText(value, this.sheet.formats.numberFormat.get(r, c), this.ctx.timeZone);
        if (pattern.test(shown)) found.push(this.sheet.getRange(r, c));
      }
    return found;
  }
}
