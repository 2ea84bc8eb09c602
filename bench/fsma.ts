// FDA traceability spreadsheet… (FSMA 204) for a year of the busy workbook: the receiving, transformation
// and shipping records of 2023 — for the product with the most batches, and for everything — each table
// read once, the glossary and the three event sheets written with a Log row, in one execution, projected
// by cost model version 2 (local/runtime/meter.ts); the target is 30 s.
//
// The busy workbook's Orders were kept by hand before Lotline imported them: they have no Customer type
// column, so no line can be told to be a wholesale shipment and every one is listed as not known (the
// "as generated" cases). A food maker who imports orders has the column; the "with Customer type" cases
// give every fifth customer the type Wholesale, one in fifty none, the rest Consumer.
import { scriptRunOf } from '../local/runtime';
import type * as Lotline from '../src/index';
import { generateWorkbook, type WorkbookSize } from './generate';
import { busiestSku, markdownTable, measure, openGenerated, printProgress, wanted, type Measured } from './harness';

export interface FsmaRow extends Measured {
  case: string;
  cells: number;
  /** Rows of the receiving, transformation and shipping sheets, and order lines not known. */
  receiving: number;
  transformation: number;
  shipping: number;
  notKnown: number;
  missing: number;
}

const LOCATION = { name: 'Busy Kitchen LLC', phone: '555-0100', street: '1 Main St', city: 'Springfield', state: 'IL', zip: '62701' };

/** Orders with a Customer type column, at its place in the workbook's table: by customer, as an import sets it. */
function withCustomerTypes(orders: unknown[][]): unknown[][] {
  const [header, ...rows] = orders as [unknown[], ...unknown[][]];
  const customerAt = header.indexOf('Customer');
  const at = header.indexOf('Channel') + 1;
  const typeOf = (customer: unknown) => {
    const n = Number(String(customer).replace(/\D/g, ''));
    return n % 50 === 49 ? '' : n % 5 === 0 ? 'Wholesale' : 'Consumer';
  };
  return [
    [...header.slice(0, at), 'Customer type', ...header.slice(at)],
    ...rows.map((row) => [...row.slice(0, at), typeOf(row[customerAt]), ...row.slice(at)]),
  ];
}

async function runCase(size: WorkbookSize, product: boolean, customerTypes: boolean): Promise<FsmaRow> {
  const workbook = generateWorkbook(size);
  if (customerTypes) workbook.sheets.Orders = withCustomerTypes(workbook.sheets.Orders as unknown[][]);
  const sku = product ? busiestSku(workbook.sheets) : '';
  const opened = openGenerated(workbook.sheets);
  const { result, figures } = await measure(opened, () =>
    scriptRunOf<typeof Lotline>(opened.bundle).makeFdaSpreadsheet({
      location: LOCATION,
      from: '2023-01-01',
      to: '2023-12-31',
      lotCodes: [],
      products: product ? [sku] : [],
    }),
  );
  if (!result.ok) throw new Error(`FDA spreadsheet refused: ${JSON.stringify(result.problems)}`);
  return {
    case: `FDA spreadsheet, a year of the ${size} workbook${customerTypes ? ' with Customer type' : ' as generated (no Customer type)'}: ${product ? `one product (${sku})` : 'everything'}`,
    cells: workbook.cells,
    ...figures,
    receiving: result.receiving,
    transformation: result.transformation,
    shipping: result.shipping,
    notKnown: result.notKnown,
    missing: result.missing,
  };
}

/** Runs the cases; progress on stderr, the table on stdout; returns the rows for the JSON line. */
export async function benchFsma(only: readonly string[] = []): Promise<FsmaRow[]> {
  const rows: FsmaRow[] = [];
  const cases: [boolean, boolean][] = [
    [true, true],
    [false, true],
    [true, false],
    [false, false],
  ];
  for (const [product, customerTypes] of wanted(only, 'busy', 'fsma', 'fda') ? cases : []) {
    const row = await runCase('busy', product, customerTypes);
    rows.push(row);
    printProgress(
      row.case,
      row,
      `${row.receiving} / ${row.transformation} / ${row.shipping} rows, ${row.notKnown} not known, ${row.missing} missing`,
    );
  }
  console.log(
    '\nFDA traceability spreadsheet, through dist/Code.js on the local runtime: each table read once, the glossary and three event sheets written (cost model version 2):\n',
  );
  console.log(
    markdownTable(
      [
        'case',
        'cells',
        'calls',
        'commits',
        'cells read',
        'cells written',
        'receiving / transformation / shipping rows',
        'not known',
        'Node ms',
        'projected Apps Script s',
      ],
      rows.map((r) => [
        r.case,
        r.cells,
        r.calls,
        r.commits,
        r.cellsRead,
        r.cellsWritten,
        `${r.receiving} / ${r.transformation} / ${r.shipping}`,
        r.notKnown,
        r.nodeMs,
        r.projectedS.toFixed(1),
      ]),
    ),
  );
  return rows;
}

// Run alone: npx tsx bench/fsma.ts [busy]
if (process.argv[1]?.endsWith('fsma.ts')) void benchFsma(process.argv.slice(2));
