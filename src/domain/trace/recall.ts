// Shipments and the recall list: every order line the trace reached, then each affected customer
// once, with what they received. A customer is the same person when the email matches (ignoring case
// and spaces), else when name and address match: order exports repeat a customer on every line.
import { rowDay, rowNumber, rowText } from '../rows';
import { codeKey } from '../codes';
import type { Day } from '../days';
import { DetailBook, cellText } from './details';
import { section, type RecallCount, type TraceSection } from './report-model';
import type { Trace } from './trace-types';
import { toCheckNote, type ToCheck } from './to-check';

export interface ShipmentLine {
  row: number;
  order: string;
  shipped: Day | null;
  customer: string;
  email: string;
  address: string;
  /** As written on the order line, else the SKU of the batch it shipped. */
  sku: string;
  batchCode: string;
  quantity: number | null;
}

export function shipmentLines(
  rows: readonly number[],
  book: DetailBook,
  skuOfBatch: ReadonlyMap<string, string>,
  skuOfOrderRow?: ReadonlyMap<number, string>,
): ShipmentLine[] {
  const lines: ShipmentLine[] = [];
  for (const row of rows) {
    const line = book.row('orders', row);
    if (!line) continue;
    const batchCode = rowText(line, 'batchCode');
    lines.push({
      row,
      order: rowText(line, 'order'),
      shipped: rowDay(line, 'shipped'),
      customer: rowText(line, 'customer'),
      email: rowText(line, 'email'),
      address: rowText(line, 'address'),
      sku: rowText(line, 'sku') || skuOfBatch.get(codeKey(batchCode)) || skuOfOrderRow?.get(row) || '',
      batchCode,
      quantity: rowNumber(line, 'quantity'),
    });
  }
  return lines.sort((a, b) => (a.shipped ?? '').localeCompare(b.shipped ?? '') || a.row - b.row);
}

/** SKU by batch code key, from the Batches rows that were read. */
export function skusOfBatches(book: DetailBook): Map<string, string> {
  const skus = new Map<string, string>();
  for (const batch of book.details.batches) {
    const code = codeKey(rowText(batch, 'batchCode'));
    if (code !== '' && !skus.has(code)) skus.set(code, rowText(batch, 'sku'));
  }
  return skus;
}

export function customerKey(line: Pick<ShipmentLine, 'email' | 'customer' | 'address' | 'row'>): string {
  const email = line.email.trim().toLowerCase();
  if (email !== '') return `email:${email}`;
  const words = (value: string) => value.trim().toLowerCase().replace(/\s+/g, ' ');
  if (line.customer.trim() === '' && line.address.trim() === '') return `row:${line.row}`;
  return `name:${words(line.customer)}|${words(line.address)}`;
}

export function shipmentsTable(lines: readonly ShipmentLine[], note?: string): TraceSection {
  return section(
    'shipments',
    'Shipments',
    ['Order', 'Shipped', 'Customer', 'Email', 'Address', 'SKU', 'Batch code', 'Quantity'],
    lines.map((line) => [
      cellText(line.order),
      line.shipped,
      cellText(line.customer),
      cellText(line.email),
      cellText(line.address),
      cellText(line.sku),
      cellText(line.batchCode),
      line.quantity,
    ]),
    note,
  );
}

/** What a customer received of one SKU from one batch: how many (and how many lines of it could not be read), on which days. */
interface Received {
  what: string;
  quantity: number;
  unread: number;
  days: Day[];
}

interface RecallCustomer {
  customer: string;
  email: string;
  address: string;
  orders: string[];
  /** By SKU and batch code keys: what, as first written, how many and the days shipped. */
  received: Map<string, Received>;
  skus: string[];
  batchCodes: string[];
  /** At least this many: a line whose Quantity could not be read adds to unread, never a 0. */
  quantity: number;
  unread: number;
  first: Day | null;
  last: Day | null;
  /** Why some of what they received is to check: the order lines whose batch code matches no lot. */
  toCheck: string[];
}

/**
 * Each customer once. Order lines to check (their batch code matches no lot, see to-check.ts) add their
 * customers too, marked in a "To check" column that only a list with such lines has: a mail merge of
 * the sure ones is the list without the marked rows.
 */
export function recallTable(
  lines: readonly ShipmentLine[],
  count: RecallCount,
  toCheck: readonly ToCheck[] = [],
  ordersName = 'Orders',
): TraceSection {
  const customers = new Map<string, RecallCustomer>();
  const checks = toCheck.filter((item) => item.sheet === 'orders');
  const unsure: ShipmentLine[] = checks.map((item) => ({
    row: item.row,
    order: item.order,
    shipped: item.day,
    customer: item.customer,
    email: item.email,
    address: item.address,
    sku: item.sku,
    batchCode: item.code,
    quantity: item.quantity,
  }));
  const notes = new Map<number, string>(checks.map((item) => [item.row, toCheckNote(item, ordersName)]));
  for (const line of [...lines, ...unsure]) {
    const key = customerKey(line);
    let customer = customers.get(key);
    if (!customer) {
      customer = {
        customer: line.customer,
        email: line.email,
        address: line.address,
        orders: [],
        received: new Map(),
        skus: [],
        batchCodes: [],
        quantity: 0,
        unread: 0,
        first: null,
        last: null,
        toCheck: [],
      };
      customers.set(key, customer);
    }
    // A shipment's code matches a lot, so its row is never one of the lines to check.
    const note = notes.get(line.row);
    if (note !== undefined) customer.toCheck.push(note);
    if (!customer.email) customer.email = line.email;
    if (!customer.address) customer.address = line.address;
    if (line.order && !customer.orders.includes(line.order)) customer.orders.push(line.order);
    const item = `${codeKey(line.sku)}|${codeKey(line.batchCode)}`;
    const received = customer.received.get(item) ?? {
      what: `${line.sku || 'item'} from ${line.batchCode}`,
      quantity: 0,
      unread: 0,
      days: [],
    };
    if (line.quantity === null) received.unread++;
    else received.quantity += line.quantity;
    if (line.shipped && !received.days.includes(line.shipped)) received.days.push(line.shipped);
    customer.received.set(item, received);
    addOnce(customer.skus, line.sku);
    addOnce(customer.batchCodes, line.batchCode);
    if (line.quantity === null) customer.unread++;
    else customer.quantity += line.quantity;
    if (line.shipped && (!customer.first || line.shipped < customer.first)) customer.first = line.shipped;
    if (line.shipped && (!customer.last || line.shipped > customer.last)) customer.last = line.shipped;
  }
  // What a recall letter says: name, where to reach them, what they received (SKUs, batch codes,
  // quantities and days, in one sentence and column by column) and the orders to quote.
  const rows = [...customers.values()].map((customer) => [
    cellText(customer.customer),
    cellText(customer.email),
    cellText(customer.address),
    cellText(
      [...customer.received.values()]
        .map(
          ({ what, quantity, unread, days }) =>
            `${howMany(quantity, unread)} × ${what}${days.length > 0 ? ` (shipped ${days.sort().join(', ')})` : ''}`,
        )
        .join('; '),
    ),
    cellText(customer.skus.join(', ')),
    cellText(customer.batchCodes.join(', ')),
    customer.unread === 0 ? customer.quantity : howMany(customer.quantity, customer.unread),
    customer.first,
    customer.last,
    cellText(customer.orders.join(', ')),
    ...(checks.length > 0 ? [cellText(customer.toCheck.join('; '))] : []),
  ]);
  const header = ['Customer', 'Email', 'Address', 'Received', 'SKUs', 'Batch codes', 'Quantity', 'First shipped', 'Last shipped', 'Orders'];
  const table = section('recallList', 'Recall list', checks.length > 0 ? [...header, 'To check'] : header, rows);
  // The count is the report's first screen; an empty list says why it is empty.
  table.whenEmpty = count.line;
  return table;
}

/** "3", or with a line whose Quantity could not be read "at least 3 (1 quantity not read)" — never a 0 for it. */
function howMany(quantity: number, unread: number): string {
  if (unread === 0) return String(quantity);
  const notRead = `${unread} ${unread === 1 ? 'quantity' : 'quantities'} not read`;
  return quantity > 0 ? `at least ${quantity} (${notRead})` : `quantity not known (${notRead})`;
}

/** Once, ignoring case: "LSOAP, GIFT". */
function addOnce(list: string[], value: string): void {
  if (value !== '' && !list.some((known) => codeKey(known) === codeKey(value))) list.push(value);
}

/**
 * The recall list's count beside the customers who bought the same products in the same period:
 * the peer lines the trace asked for, kept when their SKU is one of the shipments' and their Shipped
 * day lies between the first and last affected shipment.
 */
export function recallCount(
  trace: Trace,
  book: DetailBook,
  lines: readonly ShipmentLine[],
  skuOfBatch: ReadonlyMap<string, string>,
  caveats: RecallCaveats = { unknownBecause: [], toCheck: [] },
): RecallCount {
  const affected = new Set(lines.map(customerKey));
  const skuByKey = new Map<string, string>();
  for (const line of lines) if (line.sku !== '' && !skuByKey.has(codeKey(line.sku))) skuByKey.set(codeKey(line.sku), line.sku);
  const skus = [...skuByKey.values()];
  const skuKeys = new Set(skuByKey.keys());
  const days = lines
    .map((line) => line.shipped)
    .filter((shipped): shipped is Day => shipped !== null)
    .sort();
  const from = days[0] ?? null;
  const to = days[days.length - 1] ?? null;
  let same: number | null = null;
  if (skuKeys.size > 0) {
    const buyers = new Set(affected);
    // Peers can be many (rows scattered over the sheet): read each once, no line objects, no sorting.
    for (const row of trace.peerOrderRows) {
      const line = book.row('orders', row);
      if (!line) continue;
      const sku = rowText(line, 'sku') || trace.skuOfOrderRow.get(row) || skuOfBatch.get(codeKey(rowText(line, 'batchCode'))) || '';
      if (!skuKeys.has(codeKey(sku))) continue;
      const shipped = rowDay(line, 'shipped');
      if (from && to && (!shipped || shipped < from || shipped > to)) continue;
      buyers.add(
        customerKey({
          email: rowText(line, 'email'),
          customer: rowText(line, 'customer'),
          address: rowText(line, 'address'),
          row,
        }),
      );
    }
    same = buyers.size;
  }
  const n = affected.size;
  const people = (count: number) => `${count} ${count === 1 ? 'customer' : 'customers'}`;
  const period = from && to ? (from === to ? ` on ${from}` : ` between ${from} and ${to}`) : '';
  const unsure = new Set(
    caveats.toCheck.filter((item) => item.sheet === 'orders' && !affected.has(customerKey(item))).map((item) => customerKey(item)),
  ).size;
  const checkLines = caveats.toCheck.filter((item) => item.sheet === 'orders').length;
  const { unknownBecause } = caveats;
  const toCheck = (more: string) =>
    unsure > 0
      ? `${unsure} ${more}${unsure === 1 ? 'customer' : 'customers'} to check, on order lines whose batch code matches no lot`
      : '';
  const unknown = unknownBecause.join('; ');
  // "No customer" only when every sheet and column it rests on was read and no order line is in doubt.
  let line: string;
  if (n === 0) {
    if (unknown) line = `Not known who received it: ${unknown}, so customers could not be checked${unsure > 0 ? `; ${toCheck('')}` : ''}.`;
    else if (unsure > 0) line = `No customer is known for certain to have received anything traced here: ${toCheck('')}.`;
    else line = 'No customer received anything traced here.';
  } else {
    line =
      same === null
        ? `${people(n)} to contact (the shipments name no SKU, so buyers of the same products cannot be counted)`
        : `${n} of ${people(same)} who bought these products (${skus.join(', ')})${period}`;
    if (unsure > 0) line += `; ${toCheck('more ')}`;
    else if (checkLines > 0)
      line += `; ${checkLines} ${checkLines === 1 ? 'order line' : 'order lines'} of these customers to check, whose batch code matches no lot`;
    if (unknown) line += `; more may have received it: ${unknown}`;
    line += '.';
  }
  return { customers: n, customersOfSameProducts: same, skus, from, to, line };
}

/** What a recall count must not keep quiet about (see gaps.ts and to-check.ts). */
export interface RecallCaveats {
  /** The missing sheets and columns customers rest on, named: `no "Orders" sheet`. */
  unknownBecause: readonly string[];
  toCheck: readonly ToCheck[];
}
