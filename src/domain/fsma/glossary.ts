// The glossary sheet that opens the FDA spreadsheet: the answer first (what it covers, how many records
// each event's sheet holds, what is missing), then every key data element missing from the records at
// its sheet, row and column, the order lines not known to be shipments, and what each column means and
// where it came from. It states only what it checked: cells that could not be read are listed too.
import { describeProblem, toProblem, type Problem, type SheetLabels } from '../problems';
import type { Report, ReportTable } from '../report-grid';
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
const US = 'Settings (FDA traceability spreadsheet…)';

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
    ['Input lot number', `${I} Lot: our own code for the lot`],
  ],
  shipping: [
    ['Traceability lot code', `${O} Batch code`],
    ['Quantity', `${O} Quantity`],
    ['Unit of measure', `${B} Unit of the batch; blank, Products Unit; else pcs`],
    ['Product description', `Products Product, with ${O} SKU (or the batch's SKU)`],
    ['Immediate subsequent recipient', `${O} Customer and Address`],
    ['Ship-from location', US],
    ['Date shipped', `${O} Shipped`],
    ['Traceability lot code source', `${US}: we assign batch codes`],
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
  const missing = events.missing.items.map((problem) => toProblem(problem, facts.labels));
  const { receiving, transformation, shipping } = events;
  const batches = new Set(transformation.rows.map((row) => row[11])).size;
  const heading = [
    `FDA traceability spreadsheet (FSMA 204) of ${scopeText(facts.scope)}, made ${facts.madeAt} by ${facts.madeBy}.`,
    ...facts.notChecked,
    gapsLine(missing.length, facts),
    `"${facts.sheetNames.receiving}": ${count(receiving.rows.length, 'receipt')}. "${facts.sheetNames.transformation}": ${count(transformation.rows.length, 'input lot')} of ${count(batches, 'batch', 'batches')}. "${facts.sheetNames.shipping}": ${count(shipping.rows.length, 'wholesale shipment')}.`,
  ];
  if (events.notKnown.length > 0) {
    heading.push(
      `${count(events.notKnown.length, 'order line')} with no Customer type (or one not understood): not known whether shipped to a wholesale customer — check them below and set Customer type.`,
    );
  }
  if (events.consumerSales > 0)
    heading.push(`${count(events.consumerSales, 'sale')} to consumers left out: a sale to a consumer is not shipping under the rule.`);
  heading.push(`Our location, the traceability lot code source of what we make: ${locationText(facts.location)}.`);

  const tables: ReportTable[] = [
    {
      title: 'Missing elements',
      header: ['Sheet', 'Row', 'Column', 'What is missing'],
      rows: missing.map((problem) => [problem.sheet, problem.row ?? null, problem.column ?? null, problem.message]),
      whenEmpty: 'None in the records in scope.',
    },
  ];
  if (events.notKnown.length > 0) {
    tables.push({
      title: 'Not known — check: order lines with no Customer type',
      header: ['Orders row', 'Order', 'Customer', 'Batch code', 'Quantity', 'Shipped', 'Customer type'],
      rows: events.notKnown.map((order: TypedRow) => [
        order.row,
        text(order, 'order'),
        text(order, 'customer'),
        text(order, 'batchCode'),
        (order.values.quantity as number | null) ?? null,
        text(order, 'shipped'),
        text(order, 'customerType') || 'not known — check',
      ]),
    });
  }
  if (facts.unreadable.length > 0) {
    tables.push({
      title: 'Could not be read (left blank)',
      header: ['Problem'],
      rows: facts.unreadable.map((problem) => [describeProblem(problem)]),
    });
  }
  tables.push({
    title: "Glossary: each column, the rule's key data element, and where it comes from",
    header: ['Sheet', 'Column', 'Key data element of', 'Comes from'],
    rows: (['receiving', 'transformation', 'shipping'] as const).flatMap((event) =>
      SOURCES[event].map(([column, source]) => [facts.sheetNames[event], column, RULE[event], source]),
    ),
  });
  tables.push({ title: 'Codes and units', header: ['Term', 'Meaning'], rows: TERMS });
  return { heading, tables, frozenLines: 1 };
}

function gapsLine(missing: number, facts: GlossaryFacts): string {
  if (missing + facts.unreadable.length === 0) {
    return facts.notChecked.length === 0
      ? 'Every key data element of the records in scope was found in the sheets.'
      : 'No key data element is missing from the sheets that were read.';
  }
  const unreadable = facts.unreadable.length > 0 ? ` and ${count(facts.unreadable.length, 'cell')} unreadable (left blank)` : '';
  return `${count(missing, 'key data element')} missing${unreadable}: listed below at their sheet, row and column.`;
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
