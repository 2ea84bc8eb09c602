// The thread that writes the .xlsx. Building and zipping a workbook with exceljs takes seconds for a
// large one (about 9 s for a million cells) and would stall the HTTP server on the main thread. It keeps
// what it last wrote (or what was loaded) and skips a write when nothing changed — a Help click, a
// failed call — so the maker's file is not rewritten for nothing.
import { isDeepStrictEqual } from 'node:util';
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkbookSnapshot } from './protocol';
import { writeXlsx } from './xlsx-file';

export type SaveRequest = { id: number; snapshot: WorkbookSnapshot; baseline: boolean };
export type SaveReply = { id: number; wrote: boolean; error: string | null };

const { file, timeZone } = workerData as { file: string; timeZone: string };
let onDisk: WorkbookSnapshot | null = null;

parentPort!.on('message', (request: SaveRequest) => {
  const answer = (wrote: boolean, error: string | null) => parentPort!.postMessage({ id: request.id, wrote, error } satisfies SaveReply);
  if (request.baseline || (onDisk && isDeepStrictEqual(onDisk, request.snapshot))) {
    if (request.baseline) onDisk = request.snapshot;
    answer(false, null);
    return;
  }
  writeXlsx(file, request.snapshot, timeZone).then(
    () => {
      onDisk = request.snapshot;
      answer(true, null);
    },
    (error: unknown) => answer(false, error instanceof Error ? error.message : String(error)),
  );
});
