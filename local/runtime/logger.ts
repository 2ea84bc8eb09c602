// Logger and console as the script sees them. Lines are kept in runtime.logs (and echoed to the real
// console only when asked), so tests stay quiet and can assert on what was logged.
import { format } from 'node:util';
import type { RuntimeContext } from './context';
import type { Surface } from './google-surface';

export interface LogLine {
  source: 'Logger' | 'console';
  level: 'log' | 'info' | 'warn' | 'error';
  text: string;
}

export class LogBook {
  readonly lines: LogLine[] = [];

  constructor(private readonly echo: boolean) {}

  add(line: LogLine): void {
    this.lines.push(line);
    if (this.echo) console[line.level](`[${line.source}] ${line.text}`);
  }
}

export class LocalLogger implements Surface<GoogleAppsScript.Base.Logger, 'log' | 'getLog' | 'clear'> {
  private cleared = 0;

  constructor(
    private readonly ctx: RuntimeContext,
    private readonly book: LogBook,
  ) {}

  /** log(data) or log(format, ...values) with %s-style placeholders. */
  log(data: unknown, ...values: unknown[]): this {
    this.ctx.call('Logger.log', false);
    const text =
      typeof data === 'string' && values.length > 0 ? format(data, ...values) : typeof data === 'string' ? data : format('%o', data);
    this.book.add({ source: 'Logger', level: 'log', text });
    return this;
  }

  getLog(): string {
    this.ctx.call('Logger.getLog', false);
    return this.book.lines
      .slice(this.cleared)
      .filter((line) => line.source === 'Logger')
      .map((line) => `${line.text}\n`)
      .join('');
  }

  clear(): void {
    this.ctx.call('Logger.clear', false);
    this.cleared = this.book.lines.length;
  }

  toString(): string {
    return 'Logger';
  }
}

/** The console global inside the script (Apps Script sends it to Cloud Logging). */
export function scriptConsole(book: LogBook): Pick<Console, 'log' | 'info' | 'warn' | 'error'> {
  const at =
    (level: LogLine['level']) =>
    (...values: unknown[]): void =>
      book.add({ source: 'console', level, text: format(...values) });
  return { log: at('log'), info: at('info'), warn: at('warn'), error: at('error') };
}
