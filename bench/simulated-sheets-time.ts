// How much of a run's Node time is the local runtime playing Google's part: copying cells in and out
// of the in-memory spreadsheet. On Apps Script that work happens on Google's servers and is what the
// cost model's figures for calls, cells read, queued changes and commits stand for (local/runtime/meter.ts),
// so the add-on's own compute is the rest.
import { performance } from 'node:perf_hooks';
import { LocalRange } from '../local/runtime/range';
import { LocalSheet } from '../local/runtime/sheet';
import { LocalSpreadsheet } from '../local/runtime/spreadsheet';

let depth = 0;
let spentMs = 0;
let installed = false;

/** Time every method of the spreadsheet, its sheets and ranges (outermost call only: they call each other). */
export function timeSimulatedSheets(): void {
  if (installed) return;
  installed = true;
  for (const kind of [LocalSpreadsheet, LocalSheet, LocalRange]) {
    for (
      let proto: object | null = kind.prototype;
      proto && proto !== Object.prototype;
      proto = Object.getPrototypeOf(proto) as object | null
    ) {
      for (const name of Object.getOwnPropertyNames(proto)) {
        const descriptor = Object.getOwnPropertyDescriptor(proto, name);
        if (name === 'constructor' || !descriptor || typeof descriptor.value !== 'function') continue;
        const method = descriptor.value as (...args: unknown[]) => unknown;
        Object.defineProperty(proto, name, {
          ...descriptor,
          value: function timed(this: unknown, ...args: unknown[]) {
            if (depth > 0) return method.apply(this, args);
            depth++;
            const start = performance.now();
            try {
              return method.apply(this, args);
            } finally {
              spentMs += performance.now() - start;
              depth--;
            }
          },
        });
      }
    }
  }
}

/** Milliseconds spent in the simulated Sheets since the process started (take differences). */
export function simulatedSheetsMs(): number {
  return spentMs;
}
