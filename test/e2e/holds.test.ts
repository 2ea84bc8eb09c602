// Put on hold… and Release hold… in a browser, on the demo workbook: the supplier's notice comes in, the
// maker traces lavender oil LAV-0923-01, opens Put on hold… on the report and recalls the lot and every
// batch made with it; later the lab clears one batch and Release hold…, started from the lot's cell in
// Receipts, releases just that one; a hold saved after someone changed the lot meanwhile is refused at
// its row. Each step leaves a screenshot.
import path from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import type { RowWindow, WorkbookView } from '../../local/workbench/protocol';
import { soapMakerWorkbook } from '../fixtures/soap-maker';
import {
  closeAll,
  collectPageProblems,
  eventually,
  launchChromium,
  openPage,
  openTab,
  SCREENSHOTS,
  startWorkbench,
  temporaryFolder,
  untilSaved,
  type RunningWorkbench,
} from './workbench';

const { sheets: demo, expected } = soapMakerWorkbook();
const LOT_ROW = demo.Receipts!.findIndex((row) => row[0] === expected.lot) + 1;
const RECEIPTS_STATUS = demo.Receipts![0]!.indexOf('Status');
const BATCHES_STATUS = demo.Batches![0]!.indexOf('Status');
const BATCH_CODE = demo.Batches![0]!.indexOf('Batch code');
const REACHED = [...expected.batchCodes, expected.subAssemblyBatchCode];

describe('Holds in the workbench', () => {
  let workbench: RunningWorkbench;
  let browser: Browser;
  let page: Page;
  let sidebar: FrameLocator;
  const problems: string[] = [];

  const shotSidebar = (name: string) => page.locator('aside.sidebar').screenshot({ path: path.join(SCREENSHOTS, `holds-${name}.png`) });
  const rowsOf = async (sheet: string, start: number, count: number) =>
    (await workbench.get<RowWindow>(`/api/window?sheet=${encodeURIComponent(sheet)}&start=${start}&count=${count}`)).rows.map((row) =>
      row.map((cell) => cell?.t ?? ''),
    );
  /** Each reached batch's Status, by batch code. */
  const batchStatuses = async () => {
    const rows = await rowsOf('Batches', 2, demo.Batches!.length - 1);
    return Object.fromEntries(
      rows.filter((row) => REACHED.includes(row[BATCH_CODE]!)).map((row) => [row[BATCH_CODE], row[BATCHES_STATUS]]),
    );
  };

  /** The maker clicks the lot's number in Receipts (once the tab shows Receipts). */
  async function clickLotCell(): Promise<void> {
    await openTab(page, 'Receipts');
    const cell = page.locator(`.cell[data-r="${LOT_ROW}"][data-c="1"]`);
    await eventually(async () => expect(await cell.textContent()).toBe(expected.lot));
    await cell.click();
  }

  async function openLotlineItem(caption: string): Promise<void> {
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: 'Lotline' }).hover();
    await page.getByRole('menuitem', { name: caption }).click();
  }

  async function openSidebar(caption: string): Promise<void> {
    await openLotlineItem(caption);
    await page.locator('aside.sidebar').waitFor();
    sidebar = page.frameLocator('aside.sidebar iframe');
  }

  beforeAll(async () => {
    const file = path.join(temporaryFolder(), 'demo.xlsx');
    [workbench, browser] = await Promise.all([startWorkbench(['--workbook', file]), launchChromium()]);
    page = await openPage(browser, workbench, { width: 1280, height: 1000 });
    collectPageProblems(page, problems);
  });

  afterAll(() => closeAll(browser, workbench));

  afterEach(() => expect(problems).toEqual([]));

  test('from a trace report, the lot and every batch made with it are recalled; then one batch is released from the lot’s cell', async () => {
    // The supplier's notice: trace the lot from its cell in Receipts.
    await clickLotCell();
    await openLotlineItem('Trace this lot');
    await eventually(async () => expect((await workbench.get<WorkbookView>('/api/workbook')).activeSheet).toMatch(/^LAV-0923-01 trace/));
    const report = (await workbench.get<WorkbookView>('/api/workbook')).activeSheet;

    // Put on hold… on the report: it knows which lot the report traced.
    await openSidebar('Put on hold…');
    expect((await page.locator('aside.sidebar').boundingBox())?.width).toBe(300);
    await eventually(async () => expect(await sidebar.locator('#targets-title').textContent()).toBe('Lots and batches: 5 of 5 ticked'));
    expect(await sidebar.getByLabel('Lot or batch').inputValue()).toBe(expected.lot);
    expect(await sidebar.locator('#code-hint').textContent()).toBe(`Traced in ${report}.`);
    const codes = await sidebar.locator('.target .code').allTextContents();
    expect(codes[0]).toBe(expected.lot);
    expect([...codes.slice(1)].sort()).toEqual([...REACHED].sort());
    await sidebar.getByLabel(/Recalled/).check();
    await sidebar.getByLabel('Reason for the hold').fill('Supplier notice LF-2023-118: lot LF-7781 may be contaminated');
    await shotSidebar('01-put-on-hold');

    await sidebar.getByRole('button', { name: 'Recall 5 lots and batches' }).click();
    await sidebar.getByRole('heading', { name: 'On hold', exact: true }).waitFor();
    expect(await sidebar.locator('.saved-summary').textContent()).toBe('5 Status cells changed, with a Log row.');
    await shotSidebar('02-on-hold');
    expect((await rowsOf('Receipts', LOT_ROW, 1))[0]![RECEIPTS_STATUS]).toBe('Recalled');
    expect(Object.values(await batchStatuses())).toEqual(REACHED.map(() => 'Recalled'));
    const log = await rowsOf('Log', 2, 3);
    expect(log.filter((row) => row[2] === 'Put on hold')).toHaveLength(1);
    await untilSaved(workbench);
    await page.getByRole('button', { name: 'Close Put on hold' }).click();

    // Later: the lab clears the first batch. Release hold… from the lot's cell in Receipts.
    await clickLotCell();
    await openSidebar('Release hold…');
    await eventually(async () => expect(await sidebar.locator('#targets-title').textContent()).toBe('Lots and batches: 5 of 5 ticked'));
    expect(await sidebar.locator('#code-hint').textContent()).toBe('From the current cell in Receipts.');
    const cleared = expected.batchCodes[0]!;
    for (const code of [expected.lot, ...REACHED.filter((each) => each !== cleared)])
      await sidebar
        .locator('.target')
        .filter({ has: sidebar.getByText(code, { exact: true }) })
        .getByRole('checkbox')
        .uncheck();
    expect(await sidebar.locator('#targets-title').textContent()).toBe('Lots and batches: 1 of 5 ticked');
    // Saving without a reason is refused at the field.
    await sidebar.getByRole('button', { name: 'Release 1 lot or batch' }).click();
    expect(await sidebar.locator('#reason-problem').textContent()).toBe('Give the reason for releasing it: the Log keeps it.');
    await sidebar.getByLabel('Reason for releasing').fill(`Lab report 4471: ${cleared} tested clean`);
    await shotSidebar('03-release');

    await sidebar.getByRole('button', { name: 'Release 1 lot or batch' }).click();
    await sidebar.getByRole('heading', { name: 'Hold released', exact: true }).waitFor();
    await shotSidebar('04-released');
    const statuses = await batchStatuses();
    expect(statuses[cleared]).toBe('Released');
    expect(REACHED.filter((code) => code !== cleared).map((code) => statuses[code])).toEqual(REACHED.slice(1).map(() => 'Recalled'));
    expect((await rowsOf('Receipts', LOT_ROW, 1))[0]![RECEIPTS_STATUS]).toBe('Recalled');
    await untilSaved(workbench);

    // Look again, and choose Quarantined for the rest; meanwhile someone rejects the lot in Receipts.
    await page.getByRole('button', { name: 'Close Release hold' }).click();
    await openSidebar('Put on hold…');
    await eventually(async () => expect(await sidebar.locator('#targets-title').textContent()).toBe('Lots and batches: 5 of 5 ticked'));
    await sidebar.getByLabel('Reason for the hold').fill('Keep apart until the supplier’s lab report');
    await workbench.post('/api/run', { kind: 'edit', sheet: 'Receipts', row: LOT_ROW, column: RECEIPTS_STATUS + 1, text: 'Rejected' });
    const before = await batchStatuses();
    await sidebar.getByRole('button', { name: 'Quarantine 5 lots and batches' }).click();
    await eventually(async () =>
      expect(await sidebar.locator('.target.has-problem .problem').textContent()).toBe(
        `Receipts row ${LOT_ROW}: the Status of ${expected.lot} is Rejected now, not Recalled as shown (changed meanwhile). Nothing was saved: press Show to see the rows as they are now.`,
      ),
    );
    expect(await sidebar.getByRole('alert').textContent()).toBe('Nothing was saved: see the row marked above.');
    await shotSidebar('05-refused');
    expect(await batchStatuses()).toEqual(before);
  });
});
