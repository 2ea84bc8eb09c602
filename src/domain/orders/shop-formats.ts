// The exports Lotline knows by their header rows (header strings as the shops write them), and how each
// one's rows become order lines. A file is a shop's when every header in its signature is present.
import type { Day } from '../days';
import { joinAddress, type ExportLine, type ExportTable } from './export-line';
import { etsyDay, shopifyDay, squareDay } from './shop-dates';

/** The Customer of a Square sale whose buyer gave no name (Orders requires one). */
export const WALK_IN = 'In-person sale (no name given)';

export interface ShopFormat {
  shop: 'Shopify' | 'Etsy' | 'Square';
  /** What the maker exported, in the shop's words. */
  export: string;
  signature: readonly string[];
  read(table: ExportTable, timeZone: string): ExportLine[];
}

const blank = (record: readonly string[]) => record.every((cell) => cell.trim() === '');

/** Shopify's order-level columns: filled on an order's first row only, carried down to its other lines. */
const SHOPIFY_ORDER_LEVEL = [
  'Email',
  'Financial Status',
  'Fulfillment Status',
  'Fulfilled at',
  'Cancelled at',
  'Billing Name',
  'Shipping Name',
  'Shipping Street',
  'Shipping Address1',
  'Shipping Address2',
  'Shipping City',
  'Shipping Zip',
  'Shipping Province',
  'Shipping Country',
];

const shopify: ShopFormat = {
  shop: 'Shopify',
  export: 'a Shopify orders export',
  signature: ['Name', 'Financial Status', 'Fulfillment Status', 'Fulfilled at', 'Lineitem quantity', 'Lineitem name', 'Lineitem sku'],
  read(table, timeZone) {
    const lines: ExportLine[] = [];
    let orderName = '';
    let first: readonly string[] = [];
    let place = 0;
    table.records.forEach((record, index) => {
      if (blank(record)) return;
      const name = table.cell(record, 'Name');
      if (name !== orderName) {
        orderName = name;
        first = record;
        place = 0;
      }
      place += 1;
      const get = (header: string) => table.cell(record, header) || (SHOPIFY_ORDER_LEVEL.includes(header) ? table.cell(first, header) : '');
      const fulfilledAt = get('Fulfilled at');
      const line: ExportLine = {
        file: table.file,
        line: index + 2,
        order: name,
        shipped: fulfilledAt === '' ? null : shopifyDay(fulfilledAt, timeZone),
        shippedText: fulfilledAt,
        shippedColumn: 'Fulfilled at',
        customer: get('Shipping Name') || get('Billing Name'),
        email: get('Email'),
        address: joinAddress([
          get('Shipping Address1') || get('Shipping Street'),
          get('Shipping Address1') ? get('Shipping Address2') : '',
          get('Shipping City'),
          get('Shipping Province'),
          get('Shipping Zip'),
          get('Shipping Country'),
        ]),
        shopSku: get('Lineitem sku'),
        item: get('Lineitem name'),
        quantityText: get('Lineitem quantity'),
        quantityColumn: 'Lineitem quantity',
        channel: 'Shopify',
        lineId: `${name}/${place}`,
        skuColumn: 'Lineitem sku',
        itemColumn: 'Lineitem name',
        lineIdColumn: 'Name',
      };
      const financial = get('Financial Status').toLowerCase();
      const lineFulfilment = get('Lineitem fulfillment status').toLowerCase();
      const fulfilled =
        lineFulfilment === 'fulfilled' || (lineFulfilment === '' && get('Fulfillment Status').toLowerCase() === 'fulfilled');
      if (get('Cancelled at') !== '') line.leftOut = { reason: 'cancelled', message: `Order ${name} was cancelled.` };
      else if (financial === 'refunded' || financial === 'voided')
        line.leftOut = { reason: 'cancelled', message: `Order ${name} was ${financial} in full.` };
      else if (get('Lineitem requires shipping').toLowerCase() === 'false')
        line.leftOut = { reason: 'noShipping', message: 'Needs no shipping (a digital item, a gift card or a service).' };
      else if (!fulfilled || fulfilledAt === '') line.leftOut = { reason: 'notShipped', message: `Order ${name} is not fulfilled yet.` };
      lines.push(line);
    });
    return lines;
  },
};

const etsy: ShopFormat = {
  shop: 'Etsy',
  export: 'an Etsy Sold Order Items export',
  signature: ['Sale Date', 'Item Name', 'Buyer', 'Quantity', 'Transaction ID', 'Date Shipped', 'Order ID'],
  read(table) {
    return table.records.flatMap((record, index): ExportLine[] => {
      if (blank(record)) return [];
      const get = (header: string) => table.cell(record, header);
      const shipped = get('Date Shipped');
      const line: ExportLine = {
        file: table.file,
        line: index + 2,
        order: get('Order ID'),
        shipped: shipped === '' ? null : etsyDay(shipped),
        shippedText: shipped,
        shippedColumn: 'Date Shipped',
        customer: get('Ship Name') || get('Buyer'),
        email: '',
        address: joinAddress(['Ship Address1', 'Ship Address2', 'Ship City', 'Ship State', 'Ship Zipcode', 'Ship Country'].map(get)),
        shopSku: get('SKU'),
        item: get('Item Name'),
        quantityText: get('Quantity'),
        quantityColumn: 'Quantity',
        channel: 'Etsy',
        lineId: get('Transaction ID'),
        skuColumn: 'SKU',
        itemColumn: 'Item Name',
        lineIdColumn: 'Transaction ID',
      };
      if (shipped === '') line.leftOut = { reason: 'notShipped', message: `Order ${line.order} has no Date Shipped yet.` };
      return [line];
    });
  },
};

const square: ShopFormat = {
  shop: 'Square',
  export: 'a Square Items detail export',
  signature: ['Date', 'Time', 'Time Zone', 'Item', 'Qty', 'Transaction ID'],
  read(table, timeZone) {
    const places = new Map<string, number>();
    return table.records.flatMap((record, index): ExportLine[] => {
      if (blank(record)) return [];
      const get = (header: string) => table.cell(record, header);
      const transaction = get('Transaction ID');
      const place = (places.get(transaction) ?? 0) + 1;
      places.set(transaction, place);
      const date = get('Date');
      // An in-person sale: it leaves the counter the day it is sold, and has no address.
      const shipped: Day | null = squareDay(date, get('Time'), get('Time Zone'), timeZone);
      const line: ExportLine = {
        file: table.file,
        line: index + 2,
        order: transaction,
        shipped,
        shippedText: date,
        shippedColumn: 'Date',
        // A walk-in buyer often leaves no name; the sale still takes stock out of its batch, so it is kept
        // (and a recall list shows it as a buyer no one can contact), never dropped.
        customer: get('Customer Name') || WALK_IN,
        email: '',
        address: '',
        shopSku: get('SKU'),
        item: get('Item'),
        quantityText: get('Qty'),
        quantityColumn: 'Qty',
        channel: 'Square',
        lineId: `${transaction}/${get('Item')}/${place}`,
        skuColumn: 'SKU',
        itemColumn: 'Item',
        lineIdColumn: 'Transaction ID',
      };
      if (get('Event Type').toLowerCase() === 'refund')
        line.leftOut = { reason: 'cancelled', message: `Sale ${transaction} was refunded.` };
      return [line];
    });
  },
};

export const SHOP_FORMATS: readonly ShopFormat[] = [shopify, etsy, square];

/** The shop whose export this is, by its header row; null when none. */
export function recogniseShop(table: ExportTable): ShopFormat | null {
  return SHOP_FORMATS.find((format) => format.signature.every((header) => table.has(header))) ?? null;
}

/**
 * The shop whose export this nearly is — all but one or two of its signature's headers, and at least
 * four of them — with the headers it lacks: an export with a column removed or renamed, which the
 * maker should hear about rather than be asked to map from scratch. Null when none comes that close.
 */
export function nearlyShop(table: ExportTable): { format: ShopFormat; missing: string[] } | null {
  let nearest: { format: ShopFormat; missing: string[] } | null = null;
  for (const format of SHOP_FORMATS) {
    const missing = format.signature.filter((header) => !table.has(header));
    if (missing.length > 2 || format.signature.length - missing.length < 4) continue;
    if (!nearest || missing.length < nearest.missing.length) nearest = { format, missing };
  }
  return nearest;
}
