// The glossary sheet that opens the FDA spreadsheet: the answer first (what it covers, complete or what
// is not), then every key data element missing — the element, the FDA sheet and row where it is blank,
// and the sheet, row and column of the records it should come from — then what each event's sheet holds,
// the order lines not known to be shipments (by customer), cells that could not be read, and what each
// column means and where it came from, with the codes and units.
import { toProblem, type Problem, type SheetLabels } from '../problems';
import { codeKey } from '../codes';
import type { Report, ReportCell, ReportTable } from '../report-grid';
import type { TypedRow } from '../rows';
import type { FsmaEvents } from './events';
import { locationText, type BusinessLocation } from './location';
import { text } from './records';
import { scopeText, type FsmaScope } from './scope';

export interface GlossaryFacts {
  scope: FsmaScope;
  location: BusinessLocation;
  madeAt: string;
  madeBy: string;
  /** The three event sheets' names as written. */
  sheetNames: { receiving: string; transformation: string; shipping: string };
  labels: SheetLabels;
  /** Cells the reader could not read: their elements are left blank. */
  unreadable: readonly Problem[];
  /** What could not be checked at all: a sheet the workbook lacks. */
  notChecked: readonly string[];
}

const R = 'Receipts';
const B = 'Batches';
const I = 'Batch inputs';
const O = 'Orders';
const US = 'Our location, as set in the FDA traceability spreadsheet sidebar';

/** Sheet, column, and where its value comes from. */
const SOURCES: Record<'receiving' | 'transformation' | 'shipping', [string, string][]> = {
  receiving: [
    ['Traceability lot code', `${R} Supplier lot; when blank, ${R} Lot number (listed as missing)`],
    ['Quantity', `${R} Quantity`],
    ['Unit of measure', `${R} Unit`],
    ['Product description', `Materials Material, with ${R} Material code`],
    ['Immediate previous source', `Suppliers Supplier, Phone, Address of ${R} Supplier`],
    ['Receiving location', US],
    ['Date received', `${R} Received`],
    ['Traceability lot code source', 'The supplier (as above) for a Supplier lot; our location for our Lot number'],
    [
      'Reference document type',
      `Told from ${R} Reference document: INV… Invoice, PS… Packing slip, BOL… Bill of lading, PO… Purchase order`,
    ],
    ['Reference document number', `${R} Reference document`],
    ['Lot number', `${R} Lot number: our own code for the lot`],
  ],
  transformation: [
    ['Input traceability lot code', `${I} Lot: its receipt's Supplier lot (else Lot number), or a sub-assembly's Batch code`],
    ['Input product description', `Materials Material of the lot, or Products Product of a sub-assembly`],
    ['Input quantity used', `${I} Quantity`],
    ['Input unit of measure', `${I} Unit`],
    ['New traceability lot code', `${B} Batch code`],
    ['Traceability lot code source', US],
    ['Date transformation completed', `${B} Made`],
    ['Product description', `Products Product, with ${B} SKU`],
    ['Quantity', `${B} Quantity made`],
    ['Unit of measure', `${B} Unit; blank, Products Unit; else pcs`],
    ['Reference document type', 'Batch record: the Batches row'],
    ['Reference document number', `${B} Batch ID`],
  ],
  shipping: [
    ['Traceability lot code', `${O} Batch code; for a lot sold on as received, its receipt's Supplier lot (else Lot number)`],
    ['Quantity', `${O} Quantity`],
    ['Unit of measure', `${B} Unit of the batch; blank, Products Unit; else pcs. For a lot sold on as received, ${R} Unit`],
    ['Product description', `Products Product, with ${O} SKU (or the batch's SKU); for a lot sold on as received, its material`],
    ['Immediate subsequent recipient', `${O} Customer and Address`],
    ['Ship-from location', US],
    ['Date shipped', `${O} Shipped`],
    ['Traceability lot code source', `${US}: we assign batch codes. For a lot sold on as received, its supplier`],
    ['Reference document type', 'Order'],
    ['Reference document number', `${O} Order`],
  ],
};

const RULE = { receiving: '§1.1345 Receiving', transformation: '§1.1350 Transformation', shipping: '§1.1340 Shipping' } as const;

const TERMS: [string, string][] = [
  ['Traceability lot code', "The code that identifies a lot of food: the supplier's for what we receive, our batch code for what we make."],
  ['Traceability lot code source', 'The location where the lot code was assigned: name, phone, address, city, state, ZIP.'],
  ['Batch record', 'Our record of one production run: a row of the Batches sheet and its Batch inputs rows.'],
  ['Shipping', 'A sale to a wholesale customer (Orders Customer type Wholesale); a sale to a consumer is not shipping under the rule.'],
  ['g, kg, oz, lb', 'grams, kilograms, ounces, pounds'],
  ['ml, l, fl oz, gal', 'millilitres, litres, fluid ounces, US gallons'],
  ['pcs (or another count)', 'pieces: jars, bottles, bags, cases as counted'],
];

export function glossaryReport(events: FsmaEvents, facts: GlossaryFacts): Report {
  const missing = events.missing.items;
  const { receiving, transformation, shipping } = events;
  // The answer first, then what is missing: what the sheets hold comes after.
  const heading = [
    `FDA traceability spreadsheet (FSMA 204) of ${scopeText(facts.scope)}, made ${facts.madeAt} by ${facts.madeBy}.`,
    ...facts.notChecked,
    gapsLine(missing.length, events.notKnown.length, facts),
  ];
  const shippingNotes = [
    'order line to a wholesale customer (§1.1340)',
    events.consumerSales > 0 ? `${count(events.consumerSales, 'sale')} to consumers left out: not shipping under the rule` : '',
    events.notKnown.length > 0
      ? `${count(events.notKnown.length, 'order line')} with no Customer type not in it: not known whether shipped to a wholesale customer (listed below)`
      : '',
  ].filter((note) => note !== '');
  const holds: ReportTable = {
    title: 'What the sheets hold',
    header: ['Sheet', 'Rows', 'One row per'],
    rows: [
      [facts.sheetNames.receiving, receiving.rows.length, 'receipt of a lot (§1.1345)'],
      [
        facts.sheetNames.transformation,
        transformation.rows.length,
        `input lot of a batch (§1.1350): ${count(events.batches, 'batch', 'batches')}`,
      ],
      [facts.sheetNames.shipping, shipping.rows.length, shippingNotes.join('; ')],
    ],
  };
  const tables: ReportTable[] = [
    {
      title: 'Missing key data elements',
      header: ['Missing element', 'FDA sheet', 'FDA row', 'Sheet', 'Row', 'Column', 'What is missing'],
      rows: missing.map((item) => {
        const named = toProblem(item, facts.labels);
        return [
          item.element,
          facts.sheetNames[item.event],
          item.fdaRow ?? null,
          named.sheet,
          named.row ?? null,
          named.column ?? null,
          named.message,
        ];
      }),
      whenEmpty: 'None in the records in scope.',
    },
    holds,
  ];
  if (events.notKnown.length > 0) {
    tables.push({
      title: 'Not known whether shipping: order lines with no Customer type (or one not understood), by customer',
      header: ['Customer', 'Customer type', 'Order lines', 'Batch codes', 'Shipped', 'Orders rows'],
      rows: byCustomer(events.notKnown),
    });
  }
  if (facts.unreadable.length > 0) {
    tables.push({
      title: 'Cells that could not be read: the records they belong to may be left out or have blanks',
      header: ['Sheet', 'Row', 'Column', 'Problem'],
      rows: facts.unreadable.map((problem) => [problem.sheet, problem.row ?? null, problem.column ?? null, problem.message]),
    });
  }
  tables.push({
    title: "Glossary: each column, the rule's key data element, and where it comes from",
    header: ['Sheet', 'Column', 'Key data element of', 'Comes from'],
    rows: (['receiving', 'transformation', 'shipping'] as const).flatMap((event) =>
      SOURCES[event].map(([column, source]) => [facts.sheetNames[event], column, RULE[event], source]),
    ),
  });
  tables.push({
    title: 'Codes and units',
    header: ['Term', 'Meaning'],
    rows: [
      [
        'Our location',
        `${locationText(facts.location)}: the receiving and ship-from location, and the traceability lot code source of what we make`,
      ],
      ...TERMS,
    ],
  });
  return { heading, tables, frozenLines: 1 };
}

function gapsLine(missing: number, notKnown: number, facts: GlossaryFacts): string {
  if (missing + facts.unreadable.length + notKnown === 0) {
    return facts.notChecked.length === 0
      ? 'Complete: every key data element of the records in scope was found in the sheets.'
      : 'No key data element is missing from the sheets that were read — but see above what could not be checked.';
  }
  const parts = [
    missing > 0 ? `${count(missing, 'key data element')} missing` : '',
    facts.unreadable.length > 0 ? `${count(facts.unreadable.length, 'cell')} that could not be read` : '',
    notKnown > 0 ? `${count(notKnown, 'order line')} not known to be shipping or not` : '',
  ].filter((part) => part !== '');
  return `Not complete: ${parts.join(', ')} — listed below at their sheet, row and column.`;
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/**
 * The order lines not known to be shipping, a row per customer and Customer type as written: a type is
 * set per customer, and a year of a busy maker's lines (every one, when nobody set a type) stays a table
 * as long as the customer list, not the order book. Each group names its Orders rows.
 */
function byCustomer(lines: readonly TypedRow[]): ReportCell[][] {
  const groups = new Map<string, TypedRow[]>();
  for (const line of lines) {
    const key = `${codeKey(text(line, 'customer'))}|${codeKey(text(line, 'customerType'))}`;
    const group = groups.get(key);
    if (group) group.push(line);
    else groups.set(key, [line]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0] as TypedRow;
    const days = group
      .map((line) => text(line, 'shipped'))
      .filter((day) => day !== '')
      .sort();
    const shipped = days.length === 0 ? '' : days[0] === days.at(-1) ? (days[0] as string) : `${days[0]} to ${days.at(-1)}`;
    const codes = [...new Set(group.map((line) => text(line, 'batchCode')).filter((code) => code !== ''))];
    return [
      text(first, 'customer'),
      text(first, 'customerType') || 'not known — check',
      group.length,
      codes.join(', '),
      shipped,
      rowRuns(group.map((line) => line.row)),
    ];
  });
}

/** Sheet rows in runs: "4, 17, 230–233". */
export function rowRuns(rows: readonly number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && (sorted[j + 1] as number) === (sorted[j] as number) + 1) j++;
    runs.push(j === i ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return runs.join(', ');
}
