// `npm start`: the add-on running locally in a browser workbench. Loads the workbook (.xlsx, or the demo
// when there is no file yet), starts the worker that runs the built dist/Code.js on it, and serves the
// page on localhost. Every change is saved back to the file.
//
//   npm start                          .workbench/workbook.xlsx (created from the demo the first time)
//   npm start -- --workbook my.xlsx    opens my.xlsx and saves back to it
//   PORT=0 npm start                   any free port (printed); default 8787
//   --bundle path/Code.js              run another built bundle (tests use a tiny one)
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { REPO_ROOT } from '../runtime';
import { demoWorkbook } from './demo';
import { requestHandler } from './http-api';
import type { WorkbookSnapshot } from './protocol';
import { WorkbookSaver } from './saver';
import { buildStaticAssets } from './static-assets';
import { WorkbookHost } from './workbook-host';
import { readXlsx, UnreadableWorkbookError } from './xlsx-file';

const TIME_ZONE = 'America/New_York';
const ADDON_NAME = 'Lotline';
const DEFAULT_PORT = 8787;

interface Options {
  workbook: string;
  bundle: string | undefined;
  /** The spreadsheet's locale (File ▸ Settings in Sheets), which an .xlsx download does not carry. */
  locale: string;
  port: number;
}

/** A locale as Sheets names them: language_COUNTRY. */
const LOCALE = /^[a-z]{2,3}_[A-Z]{2}$/;

function fail(message: string): never {
  console.error(`Lotline workbench: ${message}`);
  process.exit(1);
}

function parseOptions(argv: readonly string[]): Options {
  const values = new Map<string, string>();
  for (let index = 0; index < argv.length; index += 1) {
    const [flag, inline] = argv[index]!.split(/=(.*)/s, 2) as [string, string | undefined];
    if (flag !== '--workbook' && flag !== '--bundle' && flag !== '--locale')
      fail(`unknown option ${flag} (use --workbook path.xlsx, --locale de_DE).`);
    const value = inline ?? argv[++index];
    if (!value) fail(`${flag} needs ${flag === '--locale' ? 'a locale such as de_DE' : 'a path'}.`);
    values.set(flag, value);
  }
  const port = Number(process.env.PORT ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`PORT must be a port number, not "${process.env.PORT}".`);
  const workbook = values.get('--workbook');
  const bundle = values.get('--bundle');
  const locale = values.get('--locale') ?? 'en_US';
  if (!LOCALE.test(locale)) fail(`--locale takes a locale as Sheets names them (en_US, en_GB, de_DE, fr_FR), not "${locale}".`);
  return {
    locale,
    workbook: workbook ? path.resolve(workbook) : path.join(REPO_ROOT, '.workbench', 'workbook.xlsx'),
    bundle: bundle ? path.resolve(bundle) : undefined,
    port,
  };
}

async function openWorkbook(file: string): Promise<{ snapshot: WorkbookSnapshot; fresh: boolean }> {
  if (!existsSync(file)) return { snapshot: demoWorkbook(), fresh: true };
  try {
    return { snapshot: await readXlsx(file, TIME_ZONE), fresh: false };
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) fail(`${error.message} Nothing was changed: the file was left exactly as it was.`);
    throw error;
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const { snapshot, fresh } = await openWorkbook(options.workbook);
  mkdirSync(path.dirname(options.workbook), { recursive: true });
  const saver = new WorkbookSaver(options.workbook, TIME_ZONE);

  const shownHtml = new Map<number, string>();
  const host = new WorkbookHost({
    snapshot,
    codePath: options.bundle,
    title: path.basename(options.workbook, path.extname(options.workbook)),
    addonName: ADDON_NAME,
    timeZone: TIME_ZONE,
    locale: options.locale,
    onRun(reply) {
      if (reply.report.shown && reply.html !== null) {
        shownHtml.set(reply.report.shown.id, reply.html);
        // Only the newest pages can still be on screen.
        for (const id of shownHtml.keys()) if (id < reply.report.shown.id - 20) shownHtml.delete(id);
      }
      // The worker copies the workbook out once it is idle; until then a save is on its way.
      saver.changeComing = true;
    },
    onSnapshot(workbook, baseline) {
      saver.changeComing = false;
      // A new file (the demo) is written at once; an opened one only when something changes.
      if (baseline && !fresh) saver.baseline(workbook);
      else saver.save(workbook);
    },
    onCrash(error) {
      fail(`the workbook worker failed: ${error.message}`);
    },
  });
  await host.workbook();
  const serverFunctions = await host.serverFunctions();

  const server = createServer(
    requestHandler({
      host,
      assets: buildStaticAssets(),
      serverFunctions,
      shownHtml,
      status: () => ({ dialog: host.pendingDialog, save: saver.status() }),
    }),
  );
  // Localhost only: the page runs scripts against the maker's workbook.
  server.listen(options.port, '127.0.0.1', () => {
    const { port } = server.address() as AddressInfo;
    console.log(`Lotline workbench: http://localhost:${port}/`);
    console.log(`Workbook: ${options.workbook}${fresh ? ' (new, from the demo workbook)' : ''}`);
  });
  server.on('error', (error) => fail(`cannot serve on port ${options.port}: ${error.message}`));

  const stop = async (): Promise<void> => {
    server.close();
    server.closeAllConnections();
    const last = await host.flush();
    if (last) saver.save(last);
    const unsaved = await saver.finish();
    if (unsaved) console.error(`Lotline workbench: stopped with changes not saved to ${options.workbook}: ${unsaved}`);
    await Promise.all([host.stop(), saver.stop()]);
    process.exit(unsaved ? 1 : 0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => fail(error instanceof Error ? (error.stack ?? error.message) : String(error)));
