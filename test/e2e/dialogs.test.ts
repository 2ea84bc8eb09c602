// Dialogs in the middle of a running script and google.script.run's rules, in a browser, on a tiny
// probe bundle (probe-bundle.ts): a prompt asks for a lot number, the script goes on with the answer and
// writes it; a sidebar checks what crosses between it and the server.
import path from 'node:path';
import * as ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import type { RowWindow, ServerStatus, Step } from '../../local/workbench/protocol';
import { writeProbeBundle } from './probe-bundle';
import {
  closeAll,
  eventually,
  launchChromium,
  openPage,
  SCREENSHOTS,
  startWorkbench,
  temporaryFolder,
  type RunningWorkbench,
} from './workbench';

describe('dialogs mid-execution and google.script.run', () => {
  let workbench: RunningWorkbench;
  let browser: Browser;
  let page: Page;

  const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `workbench-${name}.png`) });
  const a1OnServer = async () => (await workbench.get<RowWindow>('/api/window?sheet=Sheet1&start=1&count=1')).rows[0]?.[0]?.t ?? '';
  const clickMenu = async (caption: string) => {
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: 'Lotline' }).hover();
    await page.getByRole('menuitem', { name: caption }).click();
  };

  beforeAll(async () => {
    const folder = temporaryFolder();
    const blank = new ExcelJS.Workbook();
    blank.addWorksheet('Sheet1');
    await blank.xlsx.writeFile(path.join(folder, 'probe.xlsx'));
    const args = ['--workbook', path.join(folder, 'probe.xlsx'), '--bundle', writeProbeBundle(folder)];
    [workbench, browser] = await Promise.all([startWorkbench(args), launchChromium()]);
    page = await openPage(browser, workbench, { width: 1100, height: 640 });
  });

  afterAll(() => closeAll(browser, workbench));

  test('a prompt pauses the script; the answer typed in the page is what the script goes on with', async () => {
    await clickMenu('Write a lot number');
    const prompt = page.getByRole('dialog');
    await prompt.waitFor();
    expect(await prompt.textContent()).toContain('Which lot should go in A1?');
    // Paused before writing anything: the cell is still empty.
    expect((await workbench.get<ServerStatus>('/api/status')).dialog).toMatchObject({ kind: 'prompt', buttons: 'OK_CANCEL' });
    expect(await a1OnServer()).toBe('');
    await prompt.getByRole('textbox').fill('LOT-0923-01');
    await shot('08-prompt');

    await prompt.getByRole('button', { name: 'OK' }).click();
    await eventually(async () => expect(await page.getByRole('dialog').textContent()).toContain('Wrote LOT-0923-01 to A1.'));
    expect(await a1OnServer()).toBe('LOT-0923-01');
    await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await eventually(async () => expect(await page.locator('.cell[data-r="1"][data-c="1"]').textContent()).toBe('LOT-0923-01'));
  });

  test('Cancel and the close box are answers too', async () => {
    await clickMenu('Write a lot number');
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await eventually(async () => expect(await page.getByRole('dialog').textContent()).toContain('Nothing was written.'));
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await a1OnServer()).toBe('LOT-0923-01');
  });

  test('over HTTP, a run comes back at each dialog and continues with each answer', async () => {
    const first = await workbench.post<Step>('/api/run', { kind: 'menu', caption: 'Write a lot number' });
    expect(first).toEqual({
      status: 'dialog',
      dialog: { kind: 'prompt', title: 'Lot number', prompt: 'Which lot should go in A1?', buttons: 'OK_CANCEL' },
    });
    const second = await workbench.post<Step>('/api/dialog', { button: 'OK', text: '0923' });
    expect(second).toMatchObject({ status: 'dialog', dialog: { kind: 'alert', prompt: 'Wrote 0923 to A1.' } });
    const done = await workbench.post<Step>('/api/dialog', { button: 'OK' });
    expect(done).toMatchObject({ status: 'done', report: { ok: true } });
    // setValue reads the text as typed: '0923' becomes the number 923, as in Sheets.
    expect(await a1OnServer()).toBe('923');
    await expect(workbench.post('/api/dialog', { button: 'OK' })).rejects.toThrow('409 No dialog is waiting for an answer.');
  });

  test('a page reloaded while a script waits on a dialog shows the dialog again, and the script finishes', async () => {
    const started = await workbench.post<Step>('/api/run', { kind: 'menu', caption: 'Write a lot number' });
    expect(started.status).toBe('dialog');
    await page.reload();
    await page.locator('body[data-ready="true"]').waitFor();
    const prompt = page.getByRole('dialog');
    await prompt.getByRole('textbox').fill('LOT-RELOADED');
    await prompt.getByRole('button', { name: 'OK' }).click();
    await eventually(async () => expect(await page.getByRole('dialog').textContent()).toContain('Wrote LOT-RELOADED to A1.'));
    await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
    await eventually(async () => expect(await page.locator('.cell[data-r="1"][data-c="1"]').textContent()).toBe('LOT-RELOADED'));
    expect((await workbench.get<ServerStatus>('/api/status')).dialog).toBeNull();
  });

  test("the sidebar's google.script.run follows Google's rules", async () => {
    await clickMenu('Open the probe');
    const probe = page.frameLocator('aside.sidebar iframe');
    const result = async (id: string) => {
      await probe.locator(`#${id}`).waitFor();
      return probe.locator(`#${id}`).textContent();
    };
    expect(await result('echo')).toBe('{"lot":"LOT-1","quantities":[1,2],"missing":[null]} user-object');
    expect(await result('date-result')).toBe('null');
    expect(await result('date-argument')).toBe('true Failed due to illegal value in property: 0.when');
    expect(await result('failure')).toBe('Lot LOT-404 is not in Receipts. 7');
    expect(await result('private')).toBe('undefined');
    expect(await result('returns')).toBe('undefined');
    expect(await result('chaining')).toBe('true');
    await shot('09-probe-sidebar');

    // Clicked from inside the page: google.script.host.close() removes the very frame the click is in,
    // which a Playwright click would wait on.
    await probe.getByRole('button', { name: 'Close' }).evaluate((button) => (button as HTMLButtonElement).click());
    await page.locator('aside.sidebar').waitFor({ state: 'detached' });
  });
});
