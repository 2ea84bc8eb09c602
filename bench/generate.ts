// Workbooks for the benchmarks, at three sizes: the guide's soap maker; a busy maker (10×); and the
// Sheets ceiling (~9 million cells: 50k receipts, 25k batches, 250k batch inputs, 500k order lines).
// They lie as makers' data lies: batches and orders appended in time order, each batch shipped within
// six weeks of being made, receipts arriving just before their lot is first used. `scattered` shuffles
// every big table instead, so the rows a trace hits are spread over the whole sheet (the worst case
// for reading them). Built as arrays of rows with shared strings and Date objects: a ceiling workbook
// takes under two seconds and about 350 MB of heap.
import { addDays, type Day } from '../src/domain/days';
import { sheetSpec, type SheetKey } from '../src/domain/workbook';
import { dateCell, randomInt, seededRandom, monthYear, yearMonthDay, type SheetContents } from '../test/fixtures/sheet-values';
import { soapMakerWorkbook } from '../test/fixtures/soap-maker';

export type WorkbookSize = 'guide' | 'busy' | 'ceiling';

export interface BenchWorkbook {
  size: WorkbookSize;
  sheets: SheetContents;
  /** A receipt lot to trace forward: at the ceiling it reaches about 1% of order lines, through a sub-assembly. */
  traceLot: string;
  /** Cells in all sheets, headers included. */
  cells: number;
  rows: Record<string, number>;
}

export interface GenerateOptions {
  seed?: number;
  /** Shuffle the data rows of every big table: a trace's rows spread randomly (worst case). */
  scattered?: boolean;
}

interface Scale {
  firstDay: Day;
  days: number;
  receipts: number;
  batches: number;
  orderLines: number;
  materials: number;
  finishedSkus: number;
  subAssemblySkus: number;
  /** Raw materials in a finished product's recipe; a third of products also take a sub-assembly. */
  rawPerFinished: number;
  customers: number;
  /** Fragrance-blend batches one lavender lot makes, and finished batches one blend batch goes into. */
  blendBatchesPerLavenderLot: number;
  finishedPerBlendBatch: number;
  wasteRows: number;
  /** Columns of an order export the add-on does not read (totals, payment, tags). */
  extraOrderColumns: number;
}

const SCALES: Record<Exclude<WorkbookSize, 'guide'>, Scale> = {
  busy: {
    firstDay: '2023-01-02',
    days: 365,
    receipts: 800,
    batches: 1_370,
    orderLines: 31_000,
    materials: 40,
    finishedSkus: 14,
    subAssemblySkus: 2,
    rawPerFinished: 3,
    customers: 5_200,
    blendBatchesPerLavenderLot: 3,
    finishedPerBlendBatch: 6,
    wasteRows: 60,
    extraOrderColumns: 1,
  },
  ceiling: {
    firstDay: '2021-09-01',
    days: 1_096,
    receipts: 50_000,
    batches: 25_000,
    orderLines: 500_000,
    materials: 400,
    finishedSkus: 120,
    subAssemblySkus: 12,
    rawPerFinished: 10,
    customers: 60_000,
    blendBatchesPerLavenderLot: 10,
    finishedPerBlendBatch: 25,
    wasteRows: 25_000,
    extraOrderColumns: 3,
  },
};

export function generateWorkbook(size: WorkbookSize, options: GenerateOptions = {}): BenchWorkbook {
  const built =
    size === 'guide'
      ? { sheets: soapMakerWorkbook(options.seed).sheets, traceLot: 'LAV-0923-01' }
      : buildScaled(SCALES[size], options.seed ?? 42);
  if (options.scattered) scatter(built.sheets, seededRandom((options.seed ?? 42) + 1));
  const rows = Object.fromEntries(Object.entries(built.sheets).map(([name, values]) => [name, values.length - 1]));
  const cells = Object.values(built.sheets).reduce((sum, values) => sum + values.reduce((width, row) => width + row.length, 0), 0);
  return { size, sheets: built.sheets, traceLot: built.traceLot, cells, rows };
}

interface Material {
  code: string;
  unit: 'g' | 'ml';
  supplier: string;
  /** Batch inputs one lot lasts for, on average. */
  usesPerLot: number;
  lot: string;
  usesLeft: number;
  lotsThisMonth: Map<string, number>;
}

interface Product {
  sku: string;
  kind: 'Finished' | 'Sub-assembly';
  raw: Material[];
  sub: Product | null;
  /** Sub-assemblies: the batch in use and how many more batches it goes into. */
  current: string;
  usesLeft: number;
  usesPerBatch: number;
  /** Finished: batches made in the last six weeks with stock left to ship. */
  recent: { code: string; made: Day; stock: number }[];
}

function buildScaled(scale: Scale, seed: number): { sheets: SheetContents; traceLot: string } {
  const random = seededRandom(seed);
  const suppliers = Array.from({ length: Math.max(5, Math.round(scale.materials / 8)) }, (_, n) => `Supplier ${n + 1}`);
  const named = ['LAV', 'CED', 'PEP', 'COCO', 'OLV', 'LYE', 'SHEA'];
  const materials: Material[] = Array.from({ length: scale.materials }, (_, n) => ({
    code: named[n] ?? `M${String(n).padStart(3, '0')}`,
    unit: n < 3 || random() < 0.3 ? 'ml' : 'g',
    supplier: suppliers[n % suppliers.length] as string,
    usesPerLot: 1,
    lot: '',
    usesLeft: 0,
    lotsThisMonth: new Map(),
  }));
  const lavender = materials[0] as Material;
  const generic = materials.slice(1);
  const rawPick = (count: number) => {
    const picked = new Set<Material>();
    while (picked.size < Math.min(count, generic.length)) picked.add(generic[Math.floor(random() * generic.length)] as Material);
    return [...picked];
  };

  const product = (sku: string, kind: Product['kind'], raw: Material[], sub: Product | null, usesPerBatch = 0): Product => ({
    sku,
    kind,
    raw,
    sub,
    current: '',
    usesLeft: 0,
    usesPerBatch,
    recent: [],
  });
  const blend = product('FB', 'Sub-assembly', [lavender, ...rawPick(3)], null, scale.finishedPerBlendBatch);
  const subs = [
    blend,
    ...Array.from({ length: scale.subAssemblySkus - 1 }, (_, n) =>
      product(`SA${n + 1}`, 'Sub-assembly', rawPick(4), null, scale.finishedPerBlendBatch),
    ),
  ];
  const finished = Array.from({ length: scale.finishedSkus }, (_, n) =>
    product(
      n === 0 ? 'LSOAP' : `P${String(n).padStart(3, '0')}`,
      'Finished',
      rawPick(scale.rawPerFinished),
      n % 3 === 0 ? blend : n % 3 === 1 ? (subs[1 + (n % (subs.length - 1 || 1))] ?? null) : null,
    ),
  );

  // One lot of a material lasts as many batch inputs as makes the receipts come out at their target.
  const subBatchShare = subs.length / (subs.length + finished.length * 2);
  const rawUses = scale.batches * ((1 - subBatchShare) * scale.rawPerFinished + subBatchShare * 4);
  for (const material of generic) material.usesPerLot = Math.max(1, rawUses / scale.receipts);
  lavender.usesPerLot = scale.blendBatchesPerLavenderLot;

  const receipts: unknown[][] = [];
  const batches: unknown[][] = [];
  const inputs: unknown[][] = [];
  const orders: unknown[][] = [];
  const lavenderLots: string[] = [];
  const madeFinished: Product['recent'] = [];
  const codesToday = new Map<string, number>();
  let batchNumber = 0;

  const receive = (material: Material, day: Day) => {
    const month = monthYear(day);
    const sequence = (material.lotsThisMonth.get(month) ?? 0) + 1;
    material.lotsThisMonth.set(month, sequence);
    material.lot = `${material.code}-${month}-${String(sequence).padStart(2, '0')}`;
    // A whole number of uses whose average is usesPerLot, so receipts come out at their target.
    const whole = Math.floor(material.usesPerLot);
    material.usesLeft = whole + (random() < material.usesPerLot - whole ? 1 : 0);
    if (material === lavender) lavenderLots.push(material.lot);
    const received = addDays(day, -randomInt(random, 0, 3));
    const quantity = material.usesLeft * (material === lavender ? 250 : 2_000);
    receipts.push([
      material.lot,
      dateCell(received),
      material.code,
      material.supplier,
      `S${randomInt(random, 10_000, 99_999)}`,
      quantity,
      material.unit,
      quantity / 100,
      dateCell(addDays(received, 730)),
      '',
      'OK',
      'Available',
      '',
    ]);
  };
  const lotOf = (material: Material, day: Day) => {
    if (material.usesLeft === 0) receive(material, day);
    material.usesLeft--;
    return material.lot;
  };
  const make = (item: Product, day: Day): string => {
    // A sub-assembly batch running out is made first, so batch IDs and rows stay in time order.
    if (item.sub && item.sub.usesLeft === 0) {
      item.sub.current = make(item.sub, day);
      item.sub.usesLeft = item.sub.usesPerBatch;
    }
    const dayKey = `${item.sku}|${day}`;
    const sequence = (codesToday.get(dayKey) ?? 0) + 1;
    codesToday.set(dayKey, sequence);
    const code = `${item.sku}-${yearMonthDay(day)}-${String(sequence).padStart(2, '0')}`;
    const id = `MFG-${String(++batchNumber).padStart(5, '0')}`;
    const sub = item.kind === 'Sub-assembly';
    for (const material of item.raw)
      inputs.push([id, lotOf(material, day), material === lavender ? 250 : randomInt(random, 50, 2_000), material.unit, '']);
    if (item.sub) {
      item.sub.usesLeft--;
      inputs.push([id, item.sub.current, 200, 'g', '']);
    }
    const made = sub ? item.usesPerBatch * 200 : 100;
    batches.push([id, dateCell(day), item.sku, code, made, sub ? 'g' : 'pcs', dateCell(addDays(day, 365)), 'Released', 'Alex', '']);
    if (!sub) {
      const batch = { code, made: day, stock: made };
      item.recent.push(batch);
      madeFinished.push(batch);
    }
    return code;
  };

  const customers = Array.from({ length: scale.customers }, (_, n) => {
    const name = `Customer ${n + 1}`;
    return [name, n % 10 === 7 ? '' : `customer${n + 1}@example.com`, `${n + 1} Main St, Springfield`] as const;
  });
  const channels = ['Etsy', 'Shopify', 'Market'];
  const extra = (quantity: number) => [quantity * 8, 'paid', ''].slice(0, scale.extraOrderColumns);
  const finishedPerDay = (scale.batches * (1 - subBatchShare)) / scale.days;
  const linesPerDay = scale.orderLines / scale.days;
  let madeSoFar = 0;
  let shippedSoFar = 0;
  let orderNumber = 100_000;
  for (let dayNumber = 0; dayNumber < scale.days; dayNumber++) {
    const day = addDays(scale.firstDay, dayNumber);
    const day3 = addDays(day, -3);
    const day42 = addDays(day, -42);
    for (const target = finishedPerDay * (dayNumber + 1); madeSoFar < target; madeSoFar++)
      make(finished[Math.floor(random() * finished.length)] as Product, day);
    for (const item of finished)
      while (item.recent.length > 0 && (item.recent[0] as Product['recent'][number]).made < day42) item.recent.shift();
    const shippedDay = dateCell(day);
    // Lines not shipped today (nothing ready yet) are shipped on later days; give up on a day after
    // many misses rather than loop when no batch is ready.
    for (let misses = 0, target = linesPerDay * (dayNumber + 1); shippedSoFar < target && misses < 1_000;) {
      const customer = customers[Math.floor(random() * customers.length)] as (typeof customers)[number];
      const order = ++orderNumber;
      const lines = randomInt(random, 1, 3);
      for (let line = 0; line < lines && shippedSoFar < target; line++) {
        const item = finished[Math.floor(random() * finished.length)] as Product;
        const ready = item.recent.filter((batch) => batch.made <= day3 && batch.stock >= 3);
        const batch = ready[Math.floor(random() * ready.length)];
        if (!batch) {
          misses++;
          continue;
        }
        const quantity = randomInt(random, 1, 3);
        batch.stock -= quantity;
        orders.push([
          order,
          shippedDay,
          customer[0],
          customer[1],
          customer[2],
          item.sku,
          batch.code,
          quantity,
          channels[order % 3],
          '',
          ...extra(quantity),
        ]);
        shippedSoFar++;
      }
    }
  }

  // Damaged bars, from batches with some left: waste never takes a batch below zero.
  const waste: unknown[][] = [];
  for (let n = 0, tries = 0; n < scale.wasteRows && tries < scale.wasteRows * 10; tries++) {
    const batch = madeFinished[Math.floor(random() * madeFinished.length)];
    if (!batch || batch.stock < 1) continue;
    batch.stock--;
    waste.push([dateCell(addDays(batch.made, randomInt(random, 5, 60))), batch.code, 1, 'pcs', 'Damaged', '']);
    n++;
  }
  waste.sort((a, b) => (a[0] as Date).getTime() - (b[0] as Date).getTime());
  receipts.sort((a, b) => (a[1] as Date).getTime() - (b[1] as Date).getTime());

  const header = (key: SheetKey) => sheetSpec(key).columns.map((column) => column.header);
  const sheets: SheetContents = {
    Suppliers: [
      header('suppliers'),
      ...suppliers.map((name, n) => [name, `Contact ${n + 1}`, `sales${n + 1}@supplier.example`, '555-0100', `${n + 1} Supply Rd`, '']),
    ],
    Materials: [header('materials'), ...materials.map((m) => [m.code, `Material ${m.code}`, m.unit, m.supplier, '', ''])],
    Receipts: [header('receipts'), ...receipts],
    Products: [
      header('products'),
      ...[...subs, ...finished].map((p) => [
        p.sku,
        `Product ${p.sku}`,
        p.kind,
        p.kind === 'Finished' ? 100 : p.usesPerBatch * 200,
        p.kind === 'Finished' ? 'pcs' : 'g',
        365,
        '',
        '',
      ]),
    ],
    BoM: [
      header('bom'),
      ...[...subs, ...finished].flatMap((p) => [
        ...p.raw.map((m) => [p.sku, m.code, 100, m.unit, '']),
        ...(p.sub ? [[p.sku, p.sub.sku, 200, 'g', '']] : []),
      ]),
    ],
    Batches: [header('batches'), ...batches],
    'Batch inputs': [header('batchInputs'), ...inputs],
    // Kept by hand before Lotline imported orders: no Line ID or Customer type column (an import adds them).
    Orders: [
      [
        ...header('orders').filter((name) => name !== 'Line ID' && name !== 'Customer type'),
        ...['Order total', 'Payment', 'Tags'].slice(0, scale.extraOrderColumns),
      ],
      ...orders,
    ],
    Waste: [header('waste'), ...waste],
    Log: [header('log')],
  };
  // The lot in the middle of the timeline: its blend batches go into products shipped well before and after.
  return { sheets, traceLot: lavenderLots[Math.floor(lavenderLots.length / 2)] as string };
}

const BIG_TABLES = ['Receipts', 'Batches', 'Batch inputs', 'Orders', 'Waste'];

function scatter(sheets: SheetContents, random: () => number): void {
  for (const name of BIG_TABLES) {
    const rows = sheets[name];
    if (!rows) continue;
    for (let i = rows.length - 1; i > 1; i--) {
      const j = 1 + Math.floor(random() * i);
      [rows[i], rows[j]] = [rows[j] as unknown[], rows[i] as unknown[]];
    }
  }
}
