// Import orders… in a browser, on the demo workbook served by the real workbench, step by step as a maker
// meets them: an export Lotline does not know (WooCommerce) gets a column-mapping step once, remembered
// for the next file with the same columns; a shop product mapped to one of the maker's products; pasted
// text; a line no batch has stock for, linked by hand below zero after a confirm step; a line left out;
// and a save refused because another save shipped the stock meanwhile, fixed and saved. Each step leaves
// a screenshot in test-output/orders-import-*.png.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import type { ExecutionReport, RowWindow } from '../../local/workbench/protocol';
import {
  closeAll,
  collectPageProblems,
  eventually,
  launchChromium,
  openPage,
  SCREENSHOTS,
  startWorkbench,
  temporaryFolder,
  untilSaved,
  type RunningWorkbench,
} from './workbench';

const DAY_MS = 86_400_000;
const yesterday = new Date(Date.now() - DAY_MS);
const pad = (n: number) => String(n).padStart(2, '0');
const isoYesterday = `${yesterday.getFullYear()}-${pad(yesterday.getMonth() + 1)}-${pad(yesterday.getDate())}`;
const etsyYesterday = `${pad(yesterday.getMonth() + 1)}/${pad(yesterday.getDate())}/${String(yesterday.getFullYear()).slice(2)}`;

/**
 * A WooCommerce export from test/fixtures/orders, its lines completed on 2 September 2024 as the soap
 * maker's fixture is dated; the workbench moved the demo's dates to near today, so the export is dated
 * yesterday, every date by the same number of days.
 */
function wooExport(name: string): { name: string; mimeType: string; buffer: Buffer } {
  const text = readFileSync(path.join(__dirname, '..', 'fixtures', 'orders', name), 'utf8');
  const days = Math.round((Date.UTC(yesterday.getFullYear(), yesterday.getMonth(), yesterday.getDate()) - Date.UTC(2024, 8, 2)) / DAY_MS);
  const moved = text.replace(/(\d{4})-(\d{2})-(\d{2})/g, (_, y: string, m: string, d: string) =>
    new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)) + days * DAY_MS).toISOString().slice(0, 10),
  );
  return { name, mimeType: 'text/csv', buffer: Buffer.from(moved) };
}

const ETSY_HEADER =
  'Sale Date,Item Name,Buyer,Quantity,Price,Coupon Code,Coupon Details,Discount Amount,Shipping Discount,Order Shipping,Order Sales Tax,Item Total,Currency,Transaction ID,Listing ID,Date Paid,Date Shipped,Ship Name,Ship Address1,Ship Address2,Ship City,Ship State,Ship Zipcode,Ship Country,Order ID,Variations,Order Type,Listings Type,Payment Type,InPerson Discount,InPerson Location,VAT Paid by Buyer,SKU';

interface EtsyLine {
  order: string;
  transaction: string;
  item: string;
  customer: string;
  quantity: number;
  sku: string;
}

/** An Etsy "Sold Order Items" export of these lines, shipped yesterday. */
function etsyText(lines: readonly EtsyLine[]): string {
  const d = etsyYesterday;
  return [
    ETSY_HEADER,
    ...lines.map(
      (l) =>
        `${d},${l.item},buyer${l.transaction},${l.quantity},6.00,,,0,0,4.50,0,6.00,USD,${l.transaction},15${l.transaction},${d},${d},${l.customer},12 Elm St,,Portland,OR,97201,United States,${l.order},,online,listing,online_cc,,,0,${l.sku}`,
    ),
  ].join('\n');
}

function etsyFile(name: string, lines: readonly EtsyLine[]) {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(etsyText(lines)) };
}

describe('Import orders, step by step, in the workbench', () => {
  let workbench: RunningWorkbench;
  let browser: Browser;
  let page: Page;
  let sidebar: FrameLocator;
  const problems: string[] = [];

  const shot = (name: string) => page.locator('aside.sidebar').screenshot({ path: path.join(SCREENSHOTS, `orders-import-${name}.png`) });
  const rowsOf = async (sheet: string, start: number, count: number) =>
    (await workbench.get<RowWindow>(`/api/window?sheet=${encodeURIComponent(sheet)}&start=${start}&count=${count}`)).rows.map((row) =>
      row.map((cell) => cell?.t ?? ''),
    );
  /** The last row of a sheet with anything in it. */
  async function lastRow(sheet: string): Promise<number> {
    let last = 0;
    for (let start = 1; ; start += 500) {
      const rows = await rowsOf(sheet, start, 500);
      rows.forEach((row, index) => {
        if (row.some((cell) => cell !== '')) last = start + index;
      });
      if (rows.length < 500 || last < start) return last;
    }
  }
  const ordersColumns = async () => (await rowsOf('Orders', 1, 1))[0]!;

  async function openImport(): Promise<void> {
    const close = page.getByRole('button', { name: 'Close Import orders' });
    if (await close.isVisible()) await close.click();
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: 'Lotline' }).hover();
    await page.getByRole('menuitem', { name: 'Import orders…' }).click();
    await page.locator('aside.sidebar').waitFor();
    sidebar = page.frameLocator('aside.sidebar iframe');
    // Its script has given Preview its handler: a click before that would submit the form as a plain page.
    await sidebar.locator('body[data-ready="true"]').waitFor();
  }

  async function preview(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await sidebar.getByLabel('Shop exports (CSV)').setInputFiles(file);
    await sidebar.getByRole('button', { name: 'Preview', exact: true }).click();
    await sidebar.locator('#plan:not([hidden])').waitFor();
  }

  async function saveAndWait(button: string): Promise<string> {
    await sidebar.getByRole('button', { name: button }).click();
    await sidebar.getByRole('heading', { name: 'Orders added' }).waitFor();
    await untilSaved(workbench);
    return (await sidebar.locator('#saved-summary').textContent()) ?? '';
  }

  const openGroup = (title: RegExp) =>
    sidebar
      .locator('.left-out details')
      .filter({ has: sidebar.locator('summary', { hasText: title }) })
      .evaluate((details) => ((details as HTMLDetailsElement).open = true));

  const withStock = (select: ReturnType<FrameLocator['getByLabel']>) =>
    select
      .locator('optgroup[label="With stock"] option')
      .evaluateAll((options) => options.map((option) => [(option as HTMLOptionElement).value, option.textContent ?? ''] as const));

  beforeAll(async () => {
    const file = path.join(temporaryFolder(), 'demo.xlsx');
    [workbench, browser] = await Promise.all([startWorkbench(['--workbook', file]), launchChromium()]);
    page = await openPage(browser, workbench, { width: 1280, height: 1000 });
    collectPageProblems(page, problems);
  });

  afterAll(() => closeAll(browser, workbench));

  afterEach(() => expect(problems).toEqual([]));

  test('an unknown export gets a column-mapping step, and the next file with the same columns skips it', async () => {
    await openImport();
    const before = await lastRow('Orders');
    await preview(wooExport('woocommerce-orders.csv'));
    const mapping = sidebar.locator('fieldset.mapping');
    expect(await mapping.locator('legend').textContent()).toBe('Columns of woocommerce-orders.csv');
    // Lotline's guesses, for the maker to check; the columns it could not guess are left to choose.
    expect(await mapping.getByLabel('Order', { exact: true }).inputValue()).toBe('Order Number');
    expect(await mapping.getByLabel('Shipped', { exact: true }).inputValue()).toBe('Completed Date');
    expect(await mapping.getByLabel('SKU', { exact: true }).inputValue()).toBe('SKU');
    expect(await mapping.getByLabel('Quantity', { exact: true }).inputValue()).toBe('Quantity');
    expect(await mapping.getByLabel('Customer', { exact: true }).inputValue()).toBe('');
    // Nothing else to do until the columns are mapped: no empty list of lines, no second Preview button.
    expect(await sidebar.locator('#to-add').isHidden()).toBe(true);
    expect(await sidebar.getByRole('button', { name: 'Preview again' }).isHidden()).toBe(true);
    await shot('01-mapping-step');

    await mapping.getByLabel('Customer', { exact: true }).selectOption('Full Name (Shipping)');
    await mapping
      .getByLabel('Address', { exact: true })
      .selectOption([
        'Address 1&2 (Shipping)',
        'City (Shipping)',
        'State Code (Shipping)',
        'Postcode (Shipping)',
        'Country Code (Shipping)',
      ]);
    expect(await mapping.locator('.map-field .hint').textContent()).toBe(
      'Joined: Address 1&2 (Shipping) + City (Shipping) + State Code (Shipping) + Postcode (Shipping) + Country Code (Shipping). Ctrl-click (⌘-click) to add or remove one.',
    );
    await mapping.getByLabel('Line ID', { exact: true }).selectOption('Order Item ID');
    await shot('02-mapping-chosen');
    await mapping.getByRole('button', { name: 'Preview with these columns' }).click();
    await eventually(async () => expect(await sidebar.locator('#to-add-title').textContent()).toBe('To add: 3 of 3'));
    expect(await sidebar.locator('fieldset.mapping').count()).toBe(0);
    expect(await sidebar.locator('#sources').textContent()).toBe('woocommerce-orders.csv: your mapping, 4 lines');
    expect(await sidebar.locator('.left-out summary').allTextContents()).toEqual(['Not shipped yet (1)']);
    await shot('03-mapped-preview');

    expect(await saveAndWait('Add 3 lines to Orders')).toBe(`3 order lines added: 3 rows in Orders, rows ${before + 1}–${before + 3}.`);
    const header = await ordersColumns();
    const added = await rowsOf('Orders', before + 1, 3);
    const at = (name: string) => header.indexOf(name);
    expect(added.map((row) => [row[at('Order')], row[at('Customer')], row[at('SKU')], row[at('Quantity')], row[at('Line ID')]])).toEqual([
      ['5101', 'Mira Kovacs', 'LSOAP', '2', '7781'],
      ['5102', 'Jon Baker', 'PSOAP', '3', '7782'],
      ['5102', 'Jon Baker', 'SBALM', '1', '7783'],
    ]);
    expect(added[0]![at('Address')]).toBe('12 Elm St, Portland, OR, 97201, US');
    expect(added.every((row) => row[at('Batch code')] !== '')).toBe(true);

    // A later export from the same shop: the mapping is remembered, the preview goes straight to the lines.
    await sidebar.getByRole('button', { name: 'Import more orders' }).click();
    await preview(wooExport('woocommerce-orders-later.csv'));
    expect(await sidebar.locator('fieldset.mapping').count()).toBe(0);
    expect(await sidebar.locator('#sources').textContent()).toBe('woocommerce-orders-later.csv: your mapping, 2 lines');
    expect(await sidebar.locator('#to-add-title').textContent()).toBe('To add: 1 of 1');
    expect(await sidebar.locator('.left-out summary').allTextContents()).toEqual(['Cancelled or refunded (1)']);
    await shot('04-mapping-remembered');
    expect(await saveAndWait('Add 1 line to Orders')).toBe(`One order line added: one row in Orders, row ${before + 4}.`);
  });

  test('a shop product that is one of the maker’s is picked from every product in Products, then gets batches', async () => {
    await openImport();
    const before = await lastRow('Orders');
    const balm = { order: '3400000001', transaction: '4200000001', item: 'Shea butter balm - 2 oz tin', customer: 'Ines Duarte' };
    await preview(etsyFile('EtsySoldOrderItems-balm.csv', [{ ...balm, quantity: 1, sku: '' }]));
    expect(await sidebar.locator('#to-add-title').textContent()).toBe('Nothing to add');
    await openGroup(/^Not one of your products/);
    const picker = sidebar.getByLabel(`Your product for ${balm.item}`);
    // Every product made here is offered, the balm without a batch yet too — not only those with stock.
    const offered = await picker.locator('option').allTextContents();
    expect(offered).toEqual([
      'Not mine',
      'LSOAP · Lavender soap bar',
      'PSOAP · Peppermint soap bar',
      'SBALM · Shea balm tin',
      'FB · Lavender fragrance blend',
      'LBALM · Lavender balm tin',
    ]);
    const use = sidebar.getByRole('button', { name: 'Preview with these products' });
    expect(await use.isDisabled()).toBe(true);
    await picker.selectOption('SBALM');
    await shot('05-product-picker');
    await use.click();

    const line = `order ${balm.order}, ${balm.item}`;
    await eventually(async () => expect(await sidebar.locator('#to-add-title').textContent()).toBe('To add: 1 of 1'));
    const batch = await sidebar.getByLabel(`Batch for ${line}`, { exact: true }).inputValue();
    expect(batch).toMatch(/^SBALM-/);
    expect(await sidebar.locator('.left-out').textContent()).toBe('');
    await shot('06-product-mapped');
    expect(await saveAndWait('Add 1 line to Orders')).toBe(`One order line added: one row in Orders, row ${before + 1}.`);
    const header = await ordersColumns();
    const [row] = await rowsOf('Orders', before + 1, 1);
    expect([row![header.indexOf('SKU')], row![header.indexOf('Batch code')], row![header.indexOf('Customer')]]).toEqual([
      'SBALM',
      batch,
      balm.customer,
    ]);
  });

  test('an export pasted as text is previewed and saved like a file', async () => {
    await openImport();
    const before = await lastRow('Orders');
    await sidebar.getByText('Or paste the export').click();
    await sidebar.getByLabel('Pasted CSV text').fill(
      etsyText([
        {
          order: '3400000002',
          transaction: '4200000002',
          item: 'Peppermint soap bar',
          customer: 'Kai Moreno',
          quantity: 1,
          sku: 'PSOAP',
        },
      ]),
    );
    await shot('07-pasted');
    await sidebar.getByRole('button', { name: 'Preview', exact: true }).click();
    await sidebar.locator('#plan:not([hidden])').waitFor();
    expect(await sidebar.locator('#sources').textContent()).toBe('Pasted text: Etsy, one line');
    expect(await sidebar.getByLabel('Batch for order 3400000002, Peppermint soap bar', { exact: true }).inputValue()).toMatch(/^PSOAP-/);
    expect(await saveAndWait('Add 1 line to Orders')).toBe(`One order line added: one row in Orders, row ${before + 1}.`);
    const [row] = await rowsOf('Orders', before + 1, 1);
    expect(row).toContain('Kai Moreno');
  });

  test('a proposed line left out is not written', async () => {
    await openImport();
    const before = await lastRow('Orders');
    await preview(
      etsyFile('EtsySoldOrderItems-two.csv', [
        { order: '3400000004', transaction: '4200000004', item: 'Lavender soap bar', customer: 'Olu Adeyemi', quantity: 1, sku: 'LSOAP' },
        { order: '3400000005', transaction: '4200000005', item: 'Peppermint soap bar', customer: 'Pia Lund', quantity: 2, sku: 'PSOAP' },
      ]),
    );
    expect(await sidebar.locator('#to-add-title').textContent()).toBe('To add: 2 of 2');
    await sidebar.getByLabel('Keep order 3400000005, Peppermint soap bar').uncheck();
    expect(await sidebar.locator('#to-add-title').textContent()).toBe('To add: 1 of 2');
    expect(await sidebar.getByLabel('Batch for order 3400000005, Peppermint soap bar', { exact: true }).isHidden()).toBe(true);
    await shot('08-line-left-out');
    expect(await saveAndWait('Add 1 line to Orders')).toBe(`One order line added: one row in Orders, row ${before + 1}.`);
    expect(await lastRow('Orders')).toBe(before + 1);
    const [row] = await rowsOf('Orders', before + 1, 1);
    expect(row).toContain('Olu Adeyemi');
  });

  test('a save refused because another save shipped the stock meanwhile shows why at the line, writes nothing, and is fixed', async () => {
    await openImport();
    const mine = { order: '3400000006', transaction: '4200000006', item: 'Peppermint soap bar', customer: 'Rosa Vance' };
    await preview(etsyFile('EtsySoldOrderItems-rosa.csv', [{ ...mine, quantity: 2, sku: 'PSOAP' }]));
    const line = `order ${mine.order}, ${mine.item}`;
    const batch = sidebar.getByLabel(`Batch for ${line}`, { exact: true });
    const proposed = await batch.inputValue();
    const choices = await withStock(batch);
    const onHand = Number(/· (\d+) left/.exec(choices.find(([code]) => code === proposed)![1])?.[1]);
    expect(onHand).toBeGreaterThan(0);

    // Meanwhile a wholesale order imported elsewhere ships every bar left in that batch.
    const other = await workbench.post<{ status: string; report: ExecutionReport }>('/api/run', {
      kind: 'script.run',
      name: 'saveOrderImport',
      args: [
        {
          lines: [
            {
              lineId: 'wholesale-77',
              file: 'wholesale.csv',
              line: 2,
              order: 'W-77',
              shipped: isoYesterday,
              customer: 'Harbor Shop',
              email: '',
              address: '',
              sku: 'PSOAP',
              item: 'Peppermint soap bar',
              quantity: onHand,
              channel: 'Wholesale',
              customerType: 'Wholesale',
              allocations: [{ batchCode: proposed, quantity: onHand }],
              warnings: [],
            },
          ],
        },
      ],
    });
    expect(other.report.value).toMatchObject({ ok: true });
    await untilSaved(workbench);
    const before = await lastRow('Orders');

    await sidebar.getByRole('button', { name: 'Add 1 line to Orders' }).click();
    const marked = sidebar.locator('.order-line.has-problem');
    await marked.waitFor();
    expect(await marked.locator(':scope > .problem').textContent()).toBe(
      `Order ${mine.order}: ${proposed} would have -2 on hand after this: more shipped than was made, and the preview did not show that (was more shipped from it since?). Pick another batch, or preview the import again.`,
    );
    expect(await sidebar.locator('#form-problem').textContent()).toBe('Nothing was saved: fix the line marked above.');
    expect(await lastRow('Orders')).toBe(before);
    await shot('09-refused');

    // The maker takes the bars from the next batch instead, and saves.
    const next = choices.map(([code]) => code).find((code) => code !== proposed)!;
    await batch.selectOption(next);
    expect(await saveAndWait('Add 1 line to Orders')).toBe(`One order line added: one row in Orders, row ${before + 1}.`);
    const header = await ordersColumns();
    const [row] = await rowsOf('Orders', before + 1, 1);
    expect([row![header.indexOf('Customer')], row![header.indexOf('Batch code')]]).toEqual([mine.customer, next]);
    await shot('10-fixed-and-saved');
  });

  test('a line no batch has stock for is linked by hand, warned below zero, confirmed and saved', async () => {
    await openImport();
    const before = await lastRow('Orders');
    const big = { order: '3400000003', transaction: '4200000003', item: 'Lavender soap bar', customer: 'Wholesale Co-op' };
    await preview(etsyFile('EtsySoldOrderItems-wholesale.csv', [{ ...big, quantity: 5000, sku: 'LSOAP' }]));
    expect(await sidebar.locator('#to-add-title').textContent()).toBe('Nothing to add');
    await openGroup(/^No batch to link/);
    expect(await sidebar.locator('.left-out-lines li').textContent()).toMatch(/make a production run first, or pick a batch by hand/);
    await shot('11-cannot-link');
    await sidebar.getByRole('button', { name: `Link ${big.order} ${big.item} by hand` }).click();
    // The line moved up into the lines to add; nothing is listed as not added any more.
    expect(await sidebar.locator('.left-out h2').isHidden()).toBe(true);

    const line = `order ${big.order}, ${big.item}`;
    const batch = sidebar.getByLabel(`Batch for ${line}`, { exact: true });
    expect(await batch.inputValue()).toBe('');
    const [[code, text]] = (await withStock(batch)) as [[string, string]];
    const onHand = Number(/· (\d+) left/.exec(text)?.[1]);
    await batch.selectOption(code);
    const after = onHand - 5000;
    const warning = `Takes ${code} below zero: ${after} on hand after these lines. Saving asks you to confirm.`;
    await eventually(async () => expect(await sidebar.locator('.order-line .warnings li').allTextContents()).toEqual([warning]));
    await shot('12-below-zero-warning');

    await sidebar.getByRole('button', { name: 'Add 1 line to Orders' }).click();
    const confirm = sidebar.locator('.confirm-below-zero');
    await confirm.waitFor();
    expect(await confirm.locator('li').allTextContents()).toEqual([`${code} would have ${after} on hand`]);
    // Going back saves nothing and leaves the line as it was.
    await confirm.getByRole('button', { name: 'Go back' }).click();
    expect(await confirm.isHidden()).toBe(true);
    expect(await lastRow('Orders')).toBe(before);
    await sidebar.getByRole('button', { name: 'Add 1 line to Orders' }).click();
    await confirm.waitFor();
    await shot('13-below-zero-confirm');
    await confirm.getByRole('button', { name: 'Save anyway' }).click();
    await sidebar.getByRole('heading', { name: 'Orders added' }).waitFor();
    await untilSaved(workbench);
    await shot('14-below-zero-saved');

    const header = await ordersColumns();
    const [row] = await rowsOf('Orders', before + 1, 1);
    expect([row![header.indexOf('Batch code')], row![header.indexOf('Quantity')]]).toEqual([code, '5000']);
    const log = await rowsOf('Log', await lastRow('Log'), 1);
    expect(log[0]!.join(' ')).toContain(`took ${code} (${after} on hand) below zero, as the maker confirmed`);
  });
});
