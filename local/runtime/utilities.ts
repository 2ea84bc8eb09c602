// Utilities: formatDate (Java SimpleDateFormat in a time zone), getUuid, parseCsv, sleep. formatDate,
// getUuid and parseCsv run inside the Apps Script server without touching the document, so they are not
// metered; sleep adds its time to the meter's projection. Stricter than Google in one place: an unknown
// time zone throws here, where Java silently formats in GMT. parseCsv's strict reading: parse-csv.ts.
import { randomUUID } from 'node:crypto';
import { arity, integerArg, signatureFail, stringArg } from './arguments';
import { isDate } from './cell-values';
import type { RuntimeContext } from './context';
import { formatJavaDate, PatternError } from './format-date';
import type { Surface } from './google-surface';
import { MESSAGES } from './messages';
import { CsvSyntaxError, parseCsvText } from './parse-csv';
import { isTimeZone } from './time-zone';

export class LocalUtilities implements Surface<GoogleAppsScript.Utilities.Utilities, 'formatDate' | 'getUuid' | 'parseCsv' | 'sleep'> {
  constructor(private readonly ctx: RuntimeContext) {}

  formatDate(...args: [date: Date, timeZone: string, format: string]): string {
    const method = 'Utilities.formatDate';
    this.ctx.call(method, false);
    arity(this.ctx, method, args, 3, 3);
    if (!isDate(args[0])) return signatureFail(this.ctx, method, args);
    const time = Date.prototype.getTime.call(args[0]);
    const zone = stringArg(this.ctx, method, args, 1);
    const pattern = stringArg(this.ctx, method, args, 2);
    if (Number.isNaN(time)) return this.ctx.fail('Invalid argument: date');
    if (!isTimeZone(zone)) return this.ctx.fail(MESSAGES.invalidTimeZone(zone));
    try {
      return formatJavaDate(time, zone, pattern);
    } catch (error) {
      if (error instanceof PatternError) return this.ctx.fail(error.message);
      throw error;
    }
  }

  getUuid(): string {
    this.ctx.call('Utilities.getUuid', false);
    return randomUUID();
  }

  parseCsv(...args: [csv: string, delimiter?: string]): string[][] {
    const method = 'Utilities.parseCsv';
    this.ctx.call(method, false);
    arity(this.ctx, method, args, 1, 2);
    const csv = stringArg(this.ctx, method, args, 0);
    // A Char: one character. Java would refuse a longer string when converting the argument.
    const delimiter = args.length === 2 ? stringArg(this.ctx, method, args, 1) : ',';
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\r' || delimiter === '\n')
      return signatureFail(this.ctx, method, args);
    try {
      return parseCsvText(csv, delimiter);
    } catch (error) {
      // The words scripts report from Google; it names no line, so the add-on finds it itself.
      if (error instanceof CsvSyntaxError) return this.ctx.fail('Could not parse text.');
      throw error;
    }
  }

  sleep(...args: [milliseconds: number]): void {
    this.ctx.call('Utilities.sleep');
    arity(this.ctx, 'Utilities.sleep', args, 1, 1);
    const ms = integerArg(this.ctx, 'Utilities.sleep', args, 0, 'milliseconds');
    if (ms < 0 || ms > 300000) this.ctx.fail('Invalid argument: milliseconds');
    this.ctx.meter.wait(ms);
  }

  toString(): string {
    return 'Utilities';
  }
}
