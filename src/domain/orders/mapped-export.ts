// Exports Lotline does not know (WooCommerce, a market app…): read through the maker's column mapping,
// remembered for files whose header row is the same; without one, the columns a mapping would likely take.
import type { ColumnMapping, OrderField } from '../../contract/orders';
import { parseDayText } from '../days';
import { headerKey } from '../headers';
import type { ReadingConventions } from '../locale';
import { joinAddress, type ExportLine, type ExportTable } from './export-line';
import { shopifyDay } from './shop-dates';

/** The mapping made for this very header row (same headers, trimmed and case-insensitive), or null. */
export function mappingFor(headers: readonly string[], mappings: readonly ColumnMapping[]): ColumnMapping | null {
  const keys = headers.map(headerKey);
  return (
    mappings.find(
      (mapping) => mapping.headers.length === keys.length && mapping.headers.every((header, i) => headerKey(header) === keys[i]),
    ) ?? null
  );
}

const HINTS: Record<OrderField, RegExp> = {
  order: /^(order( (number|no\.?|#|id))?|order_id|order #)$/,
  shipped: /(ship|fulfil|complet).*(date|at|on)|^date (shipped|completed)$/,
  customer: /^(customer( name)?|(shipping|ship) (name|full name)|buyer|name)$/,
  email: /e-?mail/,
  address: /(shipping|ship) (address|street|city|state|zip|postcode|postal code|country)/,
  sku: /^(sku|product sku|item sku)$/,
  item: /^(item( name)?|product( name)?|lineitem name)$/,
  quantity: /^(qty|quantity)$/,
  channel: /^(channel|sales channel|source)$/,
  lineId: /^(line id|line item id|item id|transaction id)$/,
  status: /^(order )?status$/,
};

/** The columns a mapping would likely take, by their names, for the maker to check and finish. */
export function suggestColumns(headers: readonly string[]): Partial<Record<OrderField, string[]>> {
  const suggested: Partial<Record<OrderField, string[]>> = {};
  for (const [field, hint] of Object.entries(HINTS) as [OrderField, RegExp][]) {
    const found = headers.filter((header) => hint.test(headerKey(header)));
    if (found.length > 0) suggested[field] = field === 'address' ? found : found.slice(0, 1);
  }
  return suggested;
}

/** The Orders fields in a maker's words, for sentences about a mapping. */
const FIELD_NAMES: Record<OrderField, string> = {
  order: 'order number',
  shipped: 'ship date',
  customer: 'customer',
  email: 'email',
  address: 'address',
  sku: 'SKU',
  item: 'item name',
  quantity: 'quantity',
  channel: 'channel',
  lineId: 'Line ID',
  status: 'status',
};

/**
 * What is wrong with a mapping for this file, before any line is read: a column it names that the file
 * does not have (the mapping was made for another export, or edited), or no column for a field every
 * Orders row needs. Each names the column, or the field when there is no column to name.
 */
export function mappingProblems(table: ExportTable, mapping: ColumnMapping): { column?: string; message: string }[] {
  const problems: { column?: string; message: string }[] = [];
  for (const field of Object.keys(FIELD_NAMES) as OrderField[])
    for (const header of mapping.columns[field] ?? [])
      if (header.trim() !== '' && !table.has(header))
        problems.push({
          column: header,
          message: `the column mapping takes the ${FIELD_NAMES[field]} from "${header}", which is not a column of this file: map its columns again.`,
        });
  const named = (field: OrderField) => (mapping.columns[field] ?? []).some((header) => header.trim() !== '');
  for (const field of ['order', 'shipped', 'quantity'] as const)
    if (!named(field))
      problems.push({ message: `the column mapping names no column for the ${FIELD_NAMES[field]}: map its columns again.` });
  if (!named('sku') && !named('item'))
    problems.push({ message: 'the column mapping names no column for the SKU or the item name: map its columns again.' });
  return problems;
}

const DONE = new Set(['completed', 'complete', 'shipped', 'fulfilled', 'delivered']);
const CANCELLED = new Set(['cancelled', 'canceled', 'refunded', 'failed', 'voided']);

export function readMapped(table: ExportTable, mapping: ColumnMapping, timeZone: string, conventions: ReadingConventions): ExportLine[] {
  const places = new Map<string, number>();
  const columns = (field: OrderField) => mapping.columns[field] ?? [];
  return table.records.flatMap((record, index): ExportLine[] => {
    if (record.every((cell) => cell.trim() === '')) return [];
    const get = (field: OrderField) => table.cell(record, columns(field)[0] ?? '');
    const order = get('order');
    const key = `${order}/${get('sku') || get('item')}`;
    const place = (places.get(key) ?? 0) + 1;
    places.set(key, place);
    const shipped = get('shipped');
    const line: ExportLine = {
      file: table.file,
      line: index + 2,
      order,
      shipped: shipped === '' ? null : (shopifyDay(shipped, timeZone) ?? parseDayText(shipped, conventions)),
      shippedText: shipped,
      shippedColumn: columns('shipped')[0] ?? '',
      customer: get('customer'),
      email: get('email'),
      address: joinAddress(columns('address').map((header) => table.cell(record, header))),
      shopSku: get('sku'),
      item: get('item'),
      quantityText: get('quantity'),
      quantityColumn: columns('quantity')[0] ?? '',
      channel: get('channel'),
      lineId: get('lineId') || `${key}/${place}`,
      skuColumn: columns('sku')[0] ?? '',
      itemColumn: columns('item')[0] ?? '',
      lineIdColumn: columns('lineId')[0] ?? columns('order')[0] ?? '',
    };
    const status = get('status').toLowerCase();
    if (CANCELLED.has(status)) line.leftOut = { reason: 'cancelled', message: `Order ${order} is ${status}.` };
    else if ((status !== '' && !DONE.has(status)) || shipped === '')
      line.leftOut = { reason: 'notShipped', message: `Order ${order} is not shipped yet${status ? ` (${status})` : ''}.` };
    return [line];
  });
}
