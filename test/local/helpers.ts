// Shared set-up for the local runtime's tests.
import { createRuntime, type RuntimeOptions } from '../../local/runtime';

export function fresh(options: RuntimeOptions = {}) {
  const runtime = createRuntime(options);
  const spreadsheet = runtime.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet.getSheets()[0]!;
  runtime.meter.reset();
  return { runtime, spreadsheet, sheet };
}

/** The exact message `action` throws; fails the test when it does not throw. */
export function errorOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error, but the call succeeded');
}
