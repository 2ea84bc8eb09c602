// Utilities: formatDate (Java SimpleDateFormat in a time zone), getUuid, sleep. formatDate and getUuid
// run inside the Apps Script server without touching the document, so they are not metered; sleep adds
// its time to the meter's projection. Stricter than Google in one place: an unknown time zone throws
// here, where Java silently formats in GMT.
import { randomUUID } from 'node:crypto';
import { arity, integerArg, signatureFail, stringArg } from './arguments';
import { isDate } from './cell-values';
import type { RuntimeContext } from './context';
import { formatJavaDate, PatternError } from './format-date';
import type { Surface } from './google-surface';
import { MESSAGES } from './messages';
import { isTimeZone } from './time-zone';

export class LocalUtilities implements Surface<GoogleAppsScript.Utilities.Utilities, 'formatDate' | 'getUuid' | 'sleep'> {
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
