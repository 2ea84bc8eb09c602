// The workbench reads and changes the workbook through the runtime's own Apps Script API (so what the
// page shows is exactly what a script would read), but it is the spreadsheet's UI, not a script: it
// must not be refused because the last execution left the runtime in AuthMode.LIMITED or NONE.
import type { LocalSheet, Runtime } from '../runtime';

export function withFullAuth<T>(runtime: Runtime, work: () => T): T {
  const mode = runtime.authMode;
  runtime.setAuthMode('FULL');
  try {
    return work();
  } finally {
    runtime.setAuthMode(mode);
  }
}

/** The sheet a person pointed at, by its exact tab name. */
export function sheetNamed(runtime: Runtime, name: string): LocalSheet {
  const sheet = runtime.spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`There is no sheet named "${name}".`);
  return sheet;
}

export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
