// Shipments and the recall list: every order line the trace reached, then each affected customer
// once, with what they received. A customer is the same person when the email matches (ignoring case
// and spaces), else when name and address match: order exports repeat a customer on every line.
import { rowDay, rowNumber, rowText } from '../rows';
import { codeKey } from '../codes';
import type { Day } from '../days';
import { DetailBook, cellText } from './details';
import { section, type RecallCount, type TraceSection } from './report-model';
import type { Trace } from './trace-types';

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

interface RecallCustomer {
  customer: string;
  email: string;
  address: string;
  orders: string[];
  /** By SKU and batch code keys: what, as first written, and how many. */
  received: Map<string, { what: string; quantity: number }>;
  quantity: number;
  first: Day | null;
  last: Day | null;
}

export function recallTable(lines: readonly ShipmentLine[], count: RecallCount): TraceSection {
  const customers = new Map<string, RecallCustomer>();
  for (const line of lines) {
    const key = customerKey(line);
    let customer = customers.get(key);
    if (!customer) {
      customer = {
        customer: line.customer,
        email: line.email,
        address: line.address,
        orders: [],
        received: new Map(),
        quantity: 0,
        first: null,
        last: null,
      };
      customers.set(key, customer);
    }
    if (!customer.email) customer.email = line.email;
    if (!customer.address) customer.address = line.address;
    if (line.order && !customer.orders.includes(line.order)) customer.orders.push(line.order);
    const item = `${codeKey(line.sku)}|${codeKey(line.batchCode)}`;
    const received = customer.received.get(item) ?? { what: `${line.sku || 'item'} from ${line.batchCode}`, quantity: 0 };
    received.quantity += line.quantity ?? 0;
    customer.received.set(item, received);
    customer.quantity += line.quantity ?? 0;
    if (line.shipped && (!customer.first || line.shipped < customer.first)) customer.first = line.shipped;
    if (line.shipped && (!customer.last || line.shipped > customer.last)) customer.last = line.shipped;
  }
  const rows = [...customers.values()].map((customer) => [
    cellText(customer.customer),
    cellText(customer.email),
    cellText(customer.address),
    cellText(customer.orders.join(', ')),
    cellText([...customer.received.values()].map(({ what, quantity }) => `${quantity} × ${what}`).join('; ')),
    customer.quantity,
    customer.first,
    customer.last,
  ]);
  return section(
    'recallList',
    'Recall list',
    ['Customer', 'Email', 'Address', 'Orders', 'Received', 'Quantity', 'First shipped', 'Last shipped'],
    rows,
    count.line,
  );
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
  const line =
    n === 0
      ? 'No customer received anything traced here.'
      : same === null
        ? `${people(n)} to contact (the shipments name no SKU, so buyers of the same products cannot be counted).`
        : `${n} of ${people(same)} who bought these products (${skus.join(', ')})${period}.`;
  return { customers: n, customersOfSameProducts: same, skus, from, to, line };
}
