// Starting and stopping the workbench for end-to-end tests: `node --import tsx local/workbench/server.ts`
// as a child process on a free port (PORT=0) with a workbook in a temporary folder, and a launched
// Debian Chromium to look at it with (playwright-core never downloads a browser).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { REPO_ROOT } from '../../local/runtime';
import type { RowWindow } from '../../local/workbench/protocol';

export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = path.join(REPO_ROOT, 'test-output');
const SERVER = path.join(REPO_ROOT, 'local', 'workbench', 'server.ts');
const START_TIMEOUT_MS = 30000;

export interface RunningWorkbench {
  url: string;
  /** Everything the server printed so far. */
  output(): string;
  get<T>(route: string): Promise<T>;
  post<T>(route: string, body: unknown): Promise<T>;
  /** SIGTERM, as Ctrl-C would: the server finishes its save and exits. Resolves with the exit code. */
  stop(): Promise<number | null>;
}

const folders: string[] = [];

export function temporaryFolder(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'lotline-workbench-'));
  folders.push(folder);
  return folder;
}

/** For afterAll: the folders this test file made, with the workbooks in them. */
export function removeTemporaryFolders(): void {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
}

function serverArgs(args: readonly string[]): string[] {
  if (!existsSync(path.join(REPO_ROOT, 'dist', 'Code.js')))
    throw new Error('dist/Code.js is missing: run `npm run build` (npm test does) before the e2e tests.');
  return ['--import', 'tsx', SERVER, ...args];
}

async function request<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  const value = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new Error(`${init?.method ?? 'GET'} ${url}: ${response.status} ${value.error ?? ''}`);
  return value;
}

export function startWorkbench(args: readonly string[]): Promise<RunningWorkbench> {
  const child = spawn(process.execPath, serverArgs(args), {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The workbench did not start within ${START_TIMEOUT_MS} ms:\n${output}`));
    }, START_TIMEOUT_MS);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`The workbench exited (${code}) before it served:\n${output}`));
    });
    child.stdout.on('data', () => {
      const match = /Lotline workbench: (http:\/\/localhost:\d+)\//.exec(output);
      if (!match) return;
      clearTimeout(timer);
      const base = match[1]!;
      resolve({
        url: `${base}/`,
        output: () => output,
        get: (route) => request(`${base}${route}`),
        post: (route, body) =>
          request(`${base}${route}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
        stop: async () => {
          if (child.exitCode === null) child.kill('SIGTERM');
          return exited;
        },
      });
    });
  });
}

/** Runs the workbench expecting it to stop by itself (e.g. refusing a workbook). */
export function runWorkbenchToExit(args: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, serverArgs(args), {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), START_TIMEOUT_MS);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Debian's Chromium; a missing browser fails the test with what to install, it never skips it. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}: the browser tests need it. Install it with \`apt-get update && apt-get install -y chromium\` (.ci/run does this in CI).`,
    );
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  // A fresh profile each time (launch() makes one) and nothing that phones home: the machine has no network.
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Waits until the workbench has written every change to its file. */
export async function untilSaved(workbench: RunningWorkbench): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const status = await workbench.get<{ save: { pending: boolean; error: string | null } }>('/api/status');
    if (status.save.error) throw new Error(status.save.error);
    if (!status.save.pending) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('The workbench did not finish saving.');
}

/**
 * Clicks a sheet tab and waits until the page shows that sheet. Until then the grid still shows the
 * sheet before, and a cell clicked there would move the cursor back onto it.
 */
export async function openTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name, exact: true });
  await tab.click();
  await eventually(async () => expect(await tab.getAttribute('aria-selected')).toBe('true'));
}

/** The first `count` rows of a sheet as the page shows them: each cell's display text ('' when empty). */
export async function shownRows(workbench: RunningWorkbench, sheet: string, count: number): Promise<string[][]> {
  const window = await workbench.get<RowWindow>(`/api/window?sheet=${encodeURIComponent(sheet)}&start=1&count=${count}`);
  return window.rows.map((row) => row.map((cell) => cell?.t ?? ''));
}

/** Extensions ▸ Lotline ▸ `item`, as a maker chooses it. */
export async function chooseMenuItem(page: Page, item: string): Promise<void> {
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: 'Lotline' }).hover();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
}

/** Retries a check (jest expectations) until it passes: the page updates asynchronously. */
export async function eventually(check: () => Promise<unknown> | unknown, timeoutMs = 10000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** A page on the workbench, once the page says its first render is done. */
export async function openPage(browser: Browser, workbench: RunningWorkbench, viewport = { width: 1280, height: 760 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  page.setDefaultTimeout(10000);
  await page.goto(workbench.url);
  await page.locator('body[data-ready="true"]').waitFor();
  return page;
}

/** Close the browser, stop the workbench and remove the test's folders. */
export async function closeAll(browser: Browser | undefined, workbench: RunningWorkbench | undefined): Promise<void> {
  await browser?.close();
  await workbench?.stop();
  removeTemporaryFolders();
}

/**
 * Collect what should never happen on a page: an uncaught error, a console error (the sidebar's frame
 * included), or a browser dialog — which would mean workbook text ran as HTML. Dialogs are dismissed.
 */
export function collectPageProblems(page: Page, problems: string[]): void {
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
}
