// Opening the production sidebar and saving a run read only the rows that move the lots concerned
// (src/sheets/run-stock-reader.ts). Here, through the built bundle, their answers are held against the
// same domain functions run on every row of every sheet — the full read — on the benchmark's guide and
// busy workbooks and on one written to trip a narrow read up: codes in odd case and spacing, with
// invisible and non-ASCII characters, a lot number typed as a number, a code computed by a formula, an
// order line shipping a receipt lot, a waste line of a sub-assembly batch, a lot number that is also a
// batch code.
import { scriptRunOf, type LocalSheet, type Runtime } from '../../local/runtime';
import { openGenerated } from '../../bench/harness';
import type * as Lotline from '../../src/index';
import { generateWorkbook, type WorkbookSize } from '../../bench/generate';
import { productionSetup, toOfferedComponent, type ProductionRunRequest, type ProductionSetup } from '../../src/contract/production';
import { CodeNumbering } from '../../src/domain/code-numbering';
import type { CodeFormatTexts } from '../../src/domain/code-formats';
import { describeMissingCost } from '../../src/domain/cost';
import { locateColumns } from '../../src/domain/headers';
import { catalogOf, costRun, lotCosts, lotsToOffer, stockOnHand, validateProductionRun } from '../../src/domain/production';
import { typeRows, type TypedRow } from '../../src/domain/rows';
import { sheetSpec, type SheetKey } from '../../src/domain/workbook';
import { codeFormatOf } from '../../src/sheets/code-format-settings';
import { RunPlan } from '../../sidebar/production/run-plan';
import type { SheetContents } from '../fixtures/sheet-values';

const MADE: Record<Exclude<WorkbookSize, 'ceiling'>, string> = { guide: '2024-09-02', busy: '2024-01-02' };

function open(contents: SheetContents) {
  const { runtime, bundle } = openGenerated(contents, 50);
  return { runtime, server: scriptRunOf<typeof Lotline>(bundle) };
}

/** Every row of a sheet as the domain reads it: the full read the narrow one must agree with. */
function fullTable(runtime: Runtime, key: SheetKey): TypedRow[] {
  const spec = sheetSpec(key);
  const sheet = runtime.spreadsheet.getSheetByName(spec.name) as LocalSheet | null;
  if (!sheet) return [];
  const values = sheet.getDataRange().getValues();
  const header = values[0] ?? [];
  const layout = locateColumns(header, spec.columns);
  const columns = new Map<string, unknown[]>();
  for (const [column, position] of layout.positions)
    columns.set(
      column,
      values.slice(1).map((row) => row[position]),
    );
  return typeRows(
    { firstRow: 2, columns, length: values.length - 1 },
    { spec, sheetName: spec.name, headerOf: (column) => column, timeZone: 'America/New_York', locale: 'en_US' },
  ).rows;
}

function fullRead(runtime: Runtime) {
  const [products, materials, bom, receipts, batches, batchInputs, orders, waste] = (
    ['products', 'materials', 'bom', 'receipts', 'batches', 'batchInputs', 'orders', 'waste'] as const
  ).map((key) => fullTable(runtime, key)) as TypedRow[][];
  const catalog = catalogOf({ products: products!, materials: materials!, bom: bom! });
  const stock = stockOnHand({
    receipts: receipts!,
    batches: batches!,
    batchInputs: batchInputs!,
    orders: orders!,
    waste: waste!,
    products: products!,
  });
  const costOf = lotCosts({ receipts: receipts!, batches: batches!, batchInputs: batchInputs!, products: products! });
  return { catalog, stock, costOf };
}

/** What the sidebar must be sent, from the full read. */
function expectedOffer(runtime: Runtime, from: string, formats: CodeFormatTexts) {
  const { catalog, stock, costOf } = fullRead(runtime);
  return {
    stock: lotsToOffer(stock, catalog, from).map((offer) => toOfferedComponent(offer, costOf)),
    batchId: new CodeNumbering(codeFormatOf(formats, 'batchId'), stock.batchIds).next({ day: from }),
    highest: new CodeNumbering(codeFormatOf(formats, 'batchCode'), stock.lots.keys()).highestByName(
      catalog.allProducts().map((product) => product.sku),
      (sku) => ({ sku, day: from }),
    ),
  };
}

/** What saving must answer, from the full read (saveRun's steps, on every row). */
function expectedSave(runtime: Runtime, run: ProductionRunRequest, formats: CodeFormatTexts, today: string) {
  const { catalog, stock, costOf } = fullRead(runtime);
  const sku = catalog.product(run.sku)?.sku ?? run.sku.trim();
  const batchId = new CodeNumbering(codeFormatOf(formats, 'batchId'), stock.batchIds).next({ day: run.dateMade });
  const batchCode =
    run.batchCode?.trim() || new CodeNumbering(codeFormatOf(formats, 'batchCode'), stock.lots.keys()).next({ sku, day: run.dateMade });
  const checked = validateProductionRun({ ...run, batchCode }, stock, catalog, { batchId, batchCode }, today);
  if (!checked.ok) return { ok: false, problems: checked.problems };
  const { rows, cost } = costRun(checked.rows, costOf);
  return {
    ok: true,
    batchId: checked.batchId,
    batchCode: checked.batchCode,
    expires: checked.expires,
    inputs: rows.batchInputs.length,
    waste: rows.waste.length,
    cost: cost.cost,
    unitCost: cost.unitCost,
    noCost: cost.missing.map(describeMissingCost),
    inputLots: rows.batchInputs.map((input) => input.lot),
  };
}

/** The run the sidebar proposes for the first finished product it can make (a BoM with a sub-assembly first). */
function proposedRun(setup: ProductionSetup, made: string): ProductionRunRequest {
  const plan = new RunPlan(setup);
  const withSub = (sku: string) => plan.catalog.bomOf(sku).some((line) => plan.catalog.componentKind(line.component) === 'subAssembly');
  const candidates = plan.products().filter((product) => product.kind === 'Finished' && product.batchSize !== null);
  candidates.sort((a, b) => Number(withSub(b.sku)) - Number(withSub(a.sku)));
  for (const product of candidates)
    for (const share of [1, 0.5, 0.1]) {
      const quantity = (product.batchSize as number) * share;
      const proposal = plan.propose(product.sku, quantity, made);
      if (!proposal || proposal.problems.length > 0 || proposal.lines.some((line) => line.shortfall > 0)) continue;
      const inputs = proposal.lines.flatMap((line) =>
        line.lots
          .filter((lot) => lot.quantity > 0)
          .map((lot) => ({ component: line.component, lot: lot.code, quantity: lot.quantity, unit: line.unit })),
      );
      return {
        sku: product.sku,
        quantityToMake: quantity,
        dateMade: made,
        quantityMade: quantity,
        madeBy: 'maker@example.com',
        notes: '',
        batchCode: '',
        expires: '',
        inputs,
        waste: [],
      };
    }
  throw new Error('No finished product can be made from the stock offered.');
}

/** Saves `run` through the bundle and holds its answer against the full read's, taken just before. */
async function saveAndCompare(
  runtime: Runtime,
  server: ReturnType<typeof open>['server'],
  run: ProductionRunRequest,
  setup: ProductionSetup,
) {
  const expected = expectedSave(runtime, run, setup.formats, setup.today);
  const before = (runtime.spreadsheet.getSheetByName('Batch inputs') as LocalSheet).getLastRow();
  const result = await server.saveProductionRun({ run, shownBatchCode: '' });
  if (!expected.ok) {
    expect(result).toEqual(expected);
    return result;
  }
  if (!result.ok) throw new Error(`refused, the full read would save it: ${JSON.stringify(result.problems)}`);
  const { inputLots, ...answer } = expected;
  expect(result).toMatchObject(answer);
  const inputs = runtime.spreadsheet.getSheetByName('Batch inputs') as LocalSheet;
  expect(
    inputs
      .getRange(before + 1, 2, inputs.getLastRow() - before, 1)
      .getValues()
      .map(([lot]) => lot),
  ).toEqual(inputLots);
  return result;
}

async function compareOpening(runtime: Runtime, server: ReturnType<typeof open>['server'], made: string): Promise<ProductionSetup> {
  const setup = productionSetup.parse(await server.loadProductionRun({ stockFrom: made }));
  const expected = expectedOffer(runtime, made, setup.formats);
  expect(setup.stock).toEqual(expected.stock);
  expect(setup.codes).toEqual({ made, batchId: expected.batchId, highest: expected.highest });
  return setup;
}

/** A thousand times what the run needs of every lot: refused, each sentence naming its lot's on hand. */
function greedy(run: ProductionRunRequest): ProductionRunRequest {
  return { ...run, inputs: run.inputs.map((line) => ({ ...line, quantity: line.quantity * 1000 })) };
}

/** The lots of a run written the way makers write them: lower case, spaces around. */
function oddlyWritten(run: ProductionRunRequest): ProductionRunRequest {
  return { ...run, inputs: run.inputs.map((line) => ({ ...line, lot: `  ${line.lot.toLowerCase()} ` })) };
}

describe.each(['guide', 'busy'] as const)('on the %s workbook, the narrow read answers as the full read', (size) => {
  it('offers the same lots, on hand and costs, and saves the same rows (and refuses the same run)', async () => {
    const { runtime, server } = open(generateWorkbook(size).sheets);
    const made = MADE[size];
    const setup = await compareOpening(runtime, server, made);
    const run = proposedRun(setup, made);
    // Far too much of every lot: refused, each line's sentence saying what its lot has on hand.
    expect((await saveAndCompare(runtime, server, greedy(run), setup)).ok).toBe(false);
    const first = run.inputs[0]!;
    const saved = await saveAndCompare(
      runtime,
      server,
      { ...oddlyWritten(run), waste: [{ lot: first.lot, quantity: 1, unit: first.unit, reason: 'Damaged', notes: '' }] },
      setup,
    );
    expect(saved.ok).toBe(true);
    // The stock it left, offered again as the full read counts it; a second batch of the same day numbered after the first.
    const again = await compareOpening(runtime, server, made);
    const next = proposedRun(again, made);
    const second = await saveAndCompare(runtime, server, next, again);
    expect(second.ok && second.batchCode.endsWith(next.sku === run.sku ? '-02' : '-01')).toBe(true);
  });
});

describe('on a workbook written to trip a narrow read up', () => {
  /** The guide's workbook, its codes written as makers write them. */
  function oddWorkbook(): SheetContents {
    const sheets = structuredClone(generateWorkbook('guide').sheets);
    const inputs = sheets['Batch inputs'] as unknown[][];
    // Lot codes in lower case with spaces, with a zero-width space, with a no-break space.
    inputs.forEach((row, index) => {
      if (index === 0 || typeof row[1] !== 'string') return;
      if (index % 4 === 0) row[1] = `  ${row[1].toLowerCase()}  `;
      else if (index % 4 === 1) row[1] = `${row[1].slice(0, 2)}\u200b${row[1].slice(2)}`;
      else if (index % 4 === 2) row[1] = `${row[1]}\u00a0`;
    });
    const receipts = sheets.Receipts as unknown[][];
    const header = receipts[0] as string[];
    const at = (name: string) => header.indexOf(name);
    const template = receipts.find((row, index) => index > 0 && row[at('Material code')] === 'SHEA') as unknown[];
    // A lot number typed as a number, received just before the run, used once and wasted once as text.
    const numbered = [...template];
    numbered[at('Lot number')] = 1042;
    numbered[at('Received')] = new Date('2024-08-20T04:00:00Z');
    numbered[at('Expires')] = new Date('2026-08-20T04:00:00Z');
    numbered[at('Quantity')] = 5000;
    numbered[at('Unit')] = 'g';
    numbered[at('Cost')] = 50;
    numbered[at('Status')] = 'Available';
    receipts.push(numbered);
    const lastBatch = (sheets.Batches as unknown[][]).at(-1) as unknown[];
    inputs.push([lastBatch[0], 1042, 700, 'g', '']);
    (sheets.Waste as unknown[][]).push([new Date('2024-08-25T04:00:00Z'), '1042', 10, 'g', 'Damaged', '']);
    // A sub-assembly batch wasted, its code in mixed case; a receipt lot shipped on an order line.
    const blend = (sheets.Batches as unknown[][]).filter((row) => row[2] === 'FB').at(-1) as unknown[];
    (sheets.Waste as unknown[][]).push([new Date('2024-08-26T04:00:00Z'), ` ${String(blend[3]).toLowerCase()}`, 5, 'ml', 'Damaged', '']);
    const olive = receipts.filter((row) => row[at('Material code')] === 'OLV').at(-1) as unknown[];
    const orders = sheets.Orders as unknown[][];
    const order = [...(orders.at(-1) as unknown[])];
    order[6] = ` ${String(olive[at('Lot number')]).toLowerCase()}`;
    order[7] = 100;
    orders.push(order);
    // A lot number that is also an older blend batch's code: neither may be offered or taken.
    const older = (sheets.Batches as unknown[][]).find((row) => row[2] === 'FB') as unknown[];
    if (older === blend) throw new Error('The guide has one blend batch: the twin would be the wasted one.');
    const twin = [...template];
    twin[at('Lot number')] = String(older[3]).toLowerCase();
    receipts.push(twin);
    // Rows of nothing a run takes, so that each code column is worth searching rather than reading
    // (code-finder.ts: from about 5,400 rows): every code is looked for as at the ceiling.
    for (let n = 0; n < 6_000; n++) {
      const filler = [...template];
      filler[at('Lot number')] = `ZZZ-${n}`;
      filler[at('Material code')] = 'ZZZ';
      receipts.push(filler);
      (sheets.Batches as unknown[][]).push([
        `ZZ-${n}`,
        new Date('2024-01-02T05:00:00Z'),
        'ZZSKU',
        `ZZSKU-${n}`,
        1,
        'pcs',
        '',
        'Released',
        '',
        '',
        '',
        '',
      ]);
    }
    for (let n = 0; n < 6_000; n++) {
      inputs.push([`ZZ-${n}`, `ZZZ-${n}`, 1, 'g', '']);
      (sheets.Waste as unknown[][]).push([new Date('2024-01-03T05:00:00Z'), `ZZSKU-${n}`, 0.001, 'pcs', 'Damaged', '']);
      const shipped = [...(orders[1] as unknown[])];
      shipped[6] = `ZZSKU-${n}`;
      orders.push(shipped);
    }
    return sheets;
  }

  it('offers the same lots and saves the same rows, a formula and a number among the codes', async () => {
    const contents = oddWorkbook();
    const { runtime, server } = open(contents);
    // A Batch inputs lot that a formula computes: found by what it shows, as Google's search finds it.
    const inputs = runtime.spreadsheet.getSheetByName('Batch inputs') as LocalSheet;
    // The newest olive oil lot's last plain use: a lot still offered, so a use missed would show in its on hand.
    const rows = contents['Batch inputs'] as unknown[][];
    let row = rows.length;
    while (row > 1 && !/^OLV-[^ ]*$/.test(String(rows[row - 1]?.[1]))) row--;
    const code = String(inputs.getRange(row, 2).getValue());
    inputs.getRange(row, 2).setFormula(`="${code.slice(0, 4)}"&"${code.slice(4)}"`);
    expect(inputs.getRange(row, 2).getValue()).toBe(code);

    // The numbered lot's use shown as "1,042": a search for 1042 would not find it.
    const numberedUse = (contents['Batch inputs'] as unknown[][]).findIndex((cells) => cells[1] === 1042) + 1;
    inputs.getRange(numberedUse, 2).setNumberFormat('#,##0');
    expect(inputs.getRange(numberedUse, 2).getDisplayValue()).toBe('1,042');

    const made = MADE.guide;
    const setup = await compareOpening(runtime, server, made);
    const shea = setup.stock.find((component) => component.component === 'SHEA');
    // The numbered lot is offered, with what was used and wasted of it taken off.
    expect(shea?.lots.find(([lot]) => lot === '1042')?.[6]).toBe(4290);

    const run = proposedRun(setup, made);
    expect((await saveAndCompare(runtime, server, greedy(run), setup)).ok).toBe(false);
    runtime.meter.reset();
    expect((await saveAndCompare(runtime, server, oddlyWritten(run), setup)).ok).toBe(true);
    // Found by searches of the code columns (Receipts, Batches, Batch inputs, Orders, Waste), not by reading them.
    expect(runtime.meter.snapshot().cellsSearched).toBeGreaterThan(5 * 6_000);
    // A balm from the numbered lot (a search could not find it: its column is read instead).
    const balm = proposedRun(
      { ...setup, catalog: { ...setup.catalog, products: setup.catalog.products.filter((p) => p.values.sku === 'SBALM') } },
      made,
    );
    const fromNumbered = {
      ...balm,
      inputs: balm.inputs.map((line) => (line.component === 'SHEA' ? { ...line, lot: '1042', quantity: 1000 } : line)),
    };
    expect((await saveAndCompare(runtime, server, fromNumbered, setup)).ok).toBe(true);
    // More than the numbered lot has left: refused as the full read refuses it.
    expect(
      (
        await saveAndCompare(
          runtime,
          server,
          { ...fromNumbered, inputs: fromNumbered.inputs.map((line) => (line.lot === '1042' ? { ...line, quantity: 4000 } : line)) },
          setup,
        )
      ).ok,
    ).toBe(false);
    await compareOpening(runtime, server, made);
  });
});

describe('with more lots than one search pattern holds', () => {
  it('finds the order lines and waste lines of any of them by their first characters, as the full read counts them', async () => {
    const sheets = structuredClone(generateWorkbook('busy').sheets);
    const receipts = sheets.Receipts as unknown[][];
    const header = receipts[0] as string[];
    const at = (name: string) => header.indexOf(name);
    const template = receipts[1] as unknown[];
    const material = String(template[at('Material code')]);
    // Seven thousand old lots of one material (about 100,000 characters of codes), three used up by order
    // lines (and a waste line) written in any case and spacing, among order lines of finished batches:
    // they leave the usable lots for the used-up ones, which the counts sent say.
    for (let n = 1; n <= 7_000; n++) {
      const lot = [...template];
      lot[at('Lot number')] = `${material}-OLD-${String(n).padStart(5, '0')}`;
      lot[at('Expires')] = new Date('2030-01-01T05:00:00Z');
      lot[at('Quantity')] = 10;
      receipts.push(lot);
    }
    const orders = sheets.Orders as unknown[][];
    const line = orders[1] as unknown[];
    for (const [n, written] of [
      [12, (code: string) => code],
      [345, (code: string) => ` ${code.toLowerCase()} `],
      [6_789, (code: string) => `${code.slice(0, 1)}\u200b${code.slice(1)}\u00a0`],
    ] as const) {
      const shipped = [...line];
      shipped[6] = written(`${material}-OLD-${String(n).padStart(5, '0')}`);
      shipped[7] = n === 12 ? 6 : 10;
      orders.splice(1 + n * 4, 0, shipped);
    }
    (sheets.Waste as unknown[][]).push([new Date('2023-12-01T05:00:00Z'), `${material}-old-00012`, 4, template[at('Unit')], 'Damaged', '']);
    const { runtime, server } = open(sheets);
    const setup = await compareOpening(runtime, server, MADE.busy);
    // The search by prefix did find them: the lots shipped from are offered with less.
    const component = setup.stock.find((offered) => codeKeyOf(offered.component) === codeKeyOf(material));
    expect(component).toBeDefined();
    runtime.meter.reset();
    await server.loadProductionRun({ stockFrom: MADE.busy });
    // Orders' Batch code column is searched once (by prefix), not read, nor searched once per pattern of codes.
    expect(runtime.meter.snapshot().cellsSearched).toBeGreaterThan(31_000);
    expect(runtime.meter.snapshot().cellsSearched).toBeLessThan(70_000);
    expect(component?.withheld).toEqual(
      expect.arrayContaining([`Lot ${material}-OLD-06789 is used up.`, `Lot ${material}-OLD-00012 is used up.`]),
    );
  });
});

function codeKeyOf(code: string): string {
  return code.trim().toUpperCase();
}
