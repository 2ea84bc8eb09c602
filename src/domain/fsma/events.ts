// The three critical tracking events of FSMA 204 as FDA's sortable spreadsheet holds them, each record
// on one row under the key data elements named as the rule names them: receiving (§1.1345, one row per
// receipt), transformation (§1.1350, one row per input lot of a batch) and shipping (§1.1340, one row
// per order line to a wholesale customer). An element the records lack is left blank and listed — which
// element, in which FDA sheet and row, and where in the records it should have come from — never invented.
//
// What is in scope: a record whose own date (received, made, shipped) is in the period; for products, the
// product's batches (and the sub-assembly batches they used), the receipts of the lots those batches used,
// and the order lines of the product; for lot codes, the records that carry one of them (a receipt by its
// Lot number or Supplier lot, a batch by its Batch code — all its inputs — or an input by its lot, an
// order line by its Batch code). Order lines with a blank Customer type are not known to be shipping and
// are listed apart, never taken as consumer sales.
import { codeKey } from '../codes';
import type { TypedRow } from '../rows';
import { RECEIVING_COLUMNS, SHIPPING_COLUMNS, TRANSFORMATION_COLUMNS } from './columns';
import { locationText } from './location';
import { receiptLotCode, referenceDocumentType } from './receiving-lot-code';
import {
  dayOfRow,
  described,
  groupBy,
  has,
  indexBy,
  MissingList,
  numberOf,
  text,
  unitOf,
  type FsmaCell,
  type FsmaContext,
  type FsmaEvent,
  type FsmaTable,
} from './records';
import { inPeriod, type FsmaScope } from './scope';
import { shippingScope } from './shipping-scope';

export interface FsmaEvents {
  receiving: FsmaTable;
  transformation: FsmaTable;
  shipping: FsmaTable;
  /** Batches whose input lots the transformation sheet holds. */
  batches: number;
  /** Order lines in scope whose Customer type is blank or not understood: not known whether they are shipping. */
  notKnown: TypedRow[];
  consumerSales: number;
  missing: MissingList;
}

/** The FDA sheet row a record will be written to: row 1 is the header. */
const nextRow = (rows: readonly unknown[]) => rows.length + 2;

export function fsmaEvents(scope: FsmaScope, context: FsmaContext): FsmaEvents {
  const { records } = context;
  const ours = locationText(context.location);
  const missing = new MissingList();
  const receipts = indexBy(records.receipts, 'lotNumber');
  const materials = indexBy(records.materials, 'materialCode');
  const products = indexBy(records.products, 'sku');
  const suppliers = indexBy(records.suppliers, 'supplier');
  const batchByCode = indexBy(records.batches, 'batchCode');
  const inputsOf = groupBy(records.batchInputs, 'batchId');
  const lots = new Set(scope.lotCodes.map(codeKey));
  const asked = new Set(scope.products.map(codeKey));
  const askedLot = (...codes: string[]) => codes.some((code) => code !== '' && lots.has(codeKey(code)));

  // A product's chain: its batches and, through their inputs, the sub-assembly batches they used.
  const chain = new Set<TypedRow>();
  if (asked.size > 0) {
    const queue = records.batches.filter((batch) => asked.has(codeKey(text(batch, 'sku'))));
    while (queue.length > 0) {
      const batch = queue.pop() as TypedRow;
      if (chain.has(batch)) continue;
      chain.add(batch);
      for (const input of inputsOf.get(codeKey(text(batch, 'batchId'))) ?? []) {
        const sub = batchByCode.get(codeKey(text(input, 'lot')));
        if (sub) queue.push(sub);
      }
    }
  }
  const chainLots = new Set<string>();
  for (const batch of chain)
    for (const input of inputsOf.get(codeKey(text(batch, 'batchId'))) ?? []) chainLots.add(codeKey(text(input, 'lot')));

  /** The supplier's location on one line; what it lacks is listed once per supplier. */
  const supplierLocation = (receipt: TypedRow, fdaRow: number, event: FsmaEvent = 'receiving'): string => {
    const element = event === 'receiving' ? 'Immediate previous source' : 'Traceability lot code source';
    const name = text(receipt, 'supplier');
    const supplier = suppliers.get(codeKey(name));
    if (!supplier) {
      missing.add({
        element,
        event,
        fdaRow,
        sheet: 'receipts',
        row: receipt.row,
        column: 'supplier',
        message: `${name || 'The supplier'} is not on the Suppliers sheet: its phone and address are not known`,
      });
      return name;
    }
    for (const column of ['phone', 'address'] as const) {
      if (text(supplier, column) !== '') continue;
      missing.add({
        element,
        event,
        sheet: 'suppliers',
        row: supplier.row,
        column,
        message: `no ${column === 'phone' ? 'Phone' : 'Address'} for ${text(supplier, 'supplier')}: the location of every receipt from it lacks it`,
      });
    }
    return [text(supplier, 'supplier'), text(supplier, 'phone'), text(supplier, 'address')].filter((part) => part !== '').join(', ');
  };

  /** A received lot as the spreadsheet names it: its traceability lot code, the code's source, what it is. */
  const receivedLot = (receipt: TypedRow, fdaRow: number, event: 'receiving' | 'shipping') => {
    const code = receiptLotCode(text(receipt, 'lotNumber'), text(receipt, 'supplierLot'));
    if (code.source === 'business') {
      missing.add({
        element: 'Traceability lot code',
        event,
        fdaRow,
        sheet: 'receipts',
        row: receipt.row,
        column: 'supplierLot',
        message: `no Supplier lot: the lot code the supplier assigned is not known; our Lot number ${code.tlc} stands in, with our location as its source`,
      });
    }
    const material = materials.get(codeKey(text(receipt, 'materialCode')));
    if (!material)
      missing.add({
        element: 'Product description',
        event,
        fdaRow,
        sheet: 'receipts',
        row: receipt.row,
        column: 'materialCode',
        message: `${text(receipt, 'materialCode') || 'The material'} is not on the Materials sheet: the description is only its code`,
      });
    return { code, description: described(text(material, 'material'), text(receipt, 'materialCode')) };
  };

  const inScopeReceipt = (receipt: TypedRow): boolean => {
    if (!inPeriod(dayOfRow(receipt, 'received'), scope)) return false;
    if (asked.size > 0 && !chainLots.has(codeKey(text(receipt, 'lotNumber')))) return false;
    return lots.size === 0 || askedLot(text(receipt, 'lotNumber'), text(receipt, 'supplierLot'));
  };
  const referenceColumn = has(records, 'receipts', 'referenceDocument');
  const receivingRows: FsmaCell[][] = [];
  for (const receipt of records.receipts) {
    if (!inScopeReceipt(receipt)) continue;
    const fdaRow = nextRow(receivingRows);
    const { code, description } = receivedLot(receipt, fdaRow, 'receiving');
    const source = supplierLocation(receipt, fdaRow);
    const reference = text(receipt, 'referenceDocument');
    const type = referenceDocumentType(reference);
    if (referenceColumn && reference === '') {
      missing.add({
        element: 'Reference document type and number',
        event: 'receiving',
        fdaRow,
        sheet: 'receipts',
        row: receipt.row,
        column: 'referenceDocument',
        message: 'no Reference document: the invoice or packing slip the lot came with is not recorded',
      });
    } else if (referenceColumn && type === null) {
      missing.add({
        element: 'Reference document type',
        event: 'receiving',
        fdaRow,
        sheet: 'receipts',
        row: receipt.row,
        column: 'referenceDocument',
        message: `the type cannot be told from "${reference}": write it as INV-…, PS-…, BOL-…, PO-… or ASN-…`,
      });
    }
    receivingRows.push([
      code.tlc,
      numberOf(receipt, 'quantity'),
      unitOf(receipt, 'unit'),
      description,
      source,
      ours,
      dayOfRow(receipt, 'received'),
      code.source === 'supplier' ? source : ours,
      type ?? '',
      reference,
      text(receipt, 'lotNumber'),
    ]);
  }
  if (receivingRows.length > 0 && !referenceColumn) {
    missing.add({
      element: 'Reference document type and number',
      event: 'receiving',
      sheet: 'receipts',
      message:
        'there is no Reference document column: no receipt’s invoice or packing slip is recorded (Set up tracking sheets adds the column)',
    });
  }

  const inputLot = (lot: string): { tlc: string; description: string; found: boolean } => {
    const receipt = receipts.get(codeKey(lot));
    if (receipt) {
      const material = materials.get(codeKey(text(receipt, 'materialCode')));
      return {
        tlc: receiptLotCode(lot, text(receipt, 'supplierLot')).tlc,
        description: described(text(material, 'material'), text(receipt, 'materialCode')),
        found: true,
      };
    }
    const batch = batchByCode.get(codeKey(lot));
    if (batch)
      return {
        tlc: lot,
        description: described(text(products.get(codeKey(text(batch, 'sku'))), 'product'), text(batch, 'sku')),
        found: true,
      };
    return { tlc: lot, description: '', found: false };
  };
  // workbook.md: a batch's Unit, blank, is its product's Unit, else pcs.
  const batchUnit = (batch: TypedRow | undefined, sku: string): string =>
    unitOf(batch, 'unit') || unitOf(products.get(codeKey(sku)), 'unit') || 'pcs';

  const transformationRows: FsmaCell[][] = [];
  let batchCount = 0;
  for (const batch of records.batches) {
    if (!inPeriod(dayOfRow(batch, 'made'), scope)) continue;
    if (asked.size > 0 && !chain.has(batch)) continue;
    const inputs = inputsOf.get(codeKey(text(batch, 'batchId'))) ?? [];
    const code = text(batch, 'batchCode');
    const whole = lots.size === 0 || askedLot(code);
    const taken = whole ? inputs : inputs.filter((input) => askedLot(text(input, 'lot'), inputLot(text(input, 'lot')).tlc));
    if (inputs.length === 0 && whole) {
      missing.add({
        element: 'Input traceability lot code',
        event: 'transformation',
        sheet: 'batches',
        row: batch.row,
        column: 'batchId',
        message: `${code || text(batch, 'batchId')} has no Batch inputs rows: the lots it was made from are not known, so it has no row`,
      });
    }
    if (taken.length > 0) batchCount++;
    const sku = text(batch, 'sku');
    for (const input of taken) {
      const lot = text(input, 'lot');
      const from = inputLot(lot);
      if (!from.found)
        missing.add({
          element: 'Input product description',
          event: 'transformation',
          fdaRow: nextRow(transformationRows),
          sheet: 'batchInputs',
          row: input.row,
          column: 'lot',
          message: `no receipt or batch has the lot ${lot}: what it is and its supplier's lot code are not known`,
        });
      transformationRows.push([
        from.tlc,
        from.description,
        numberOf(input, 'quantity'),
        unitOf(input, 'unit'),
        code,
        ours,
        dayOfRow(batch, 'made'),
        described(text(products.get(codeKey(sku)), 'product'), sku),
        numberOf(batch, 'quantityMade'),
        batchUnit(batch, sku),
        'Batch record',
        text(batch, 'batchId'),
      ]);
    }
  }

  const shippingRows: FsmaCell[][] = [];
  const notKnown: TypedRow[] = [];
  let consumerSales = 0;
  const addressColumn = has(records, 'orders', 'address');
  for (const order of records.orders) {
    const code = text(order, 'batchCode');
    const batch = batchByCode.get(codeKey(code));
    // A lot shipped as received (bought in, sold on) is a receipt lot: the namespace is shared.
    const receipt = batch ? undefined : receipts.get(codeKey(code));
    const sku = text(order, 'sku') || text(batch, 'sku');
    if (asked.size > 0 && !asked.has(codeKey(sku))) continue;
    if (lots.size > 0 && !askedLot(code, text(receipt, 'supplierLot'))) continue;
    const kind = shippingScope(text(order, 'customerType'));
    const shipped = dayOfRow(order, 'shipped');
    if (shipped === null && (scope.from || scope.to)) {
      if (kind !== 'consumer sale')
        missing.add({
          element: 'Date shipped',
          event: 'shipping',
          sheet: 'orders',
          row: order.row,
          column: 'shipped',
          message: `no Shipped date: the line cannot be placed in the period, so it is left out${kind === 'shipping' ? '' : ' (and its Customer type is not known either)'}`,
        });
      continue;
    }
    if (!inPeriod(shipped, scope)) continue;
    if (kind === 'consumer sale') {
      consumerSales++;
      continue;
    }
    if (kind !== 'shipping') {
      notKnown.push(order);
      continue;
    }
    const fdaRow = nextRow(shippingRows);
    const blank = (element: string, column: string, message: string) =>
      missing.add({ element, event: 'shipping', fdaRow, sheet: 'orders', row: order.row, column, message });
    if (shipped === null) blank('Date shipped', 'shipped', 'no Shipped date');
    let tlc = code;
    let source = code === '' ? '' : ours;
    let description = sku === '' ? '' : described(text(products.get(codeKey(sku)), 'product'), sku);
    let unit = batch || sku !== '' ? batchUnit(batch, sku) : '';
    if (code === '') blank('Traceability lot code', 'batchCode', 'no Batch code: which lot was shipped is not recorded');
    else if (receipt) {
      const lot = receivedLot(receipt, fdaRow, 'shipping');
      tlc = lot.code.tlc;
      source = lot.code.source === 'supplier' ? supplierLocation(receipt, fdaRow, 'shipping') : ours;
      description ||= lot.description;
      unit = unitOf(receipt, 'unit');
    } else if (!batch)
      blank('Product description', 'batchCode', `no batch or receipt has the code ${code}: what was shipped is known only by its SKU`);
    if (description === '') blank('Product description', 'sku', 'no SKU, and no batch to tell the product by');
    if (addressColumn && text(order, 'address') === '')
      blank('Immediate subsequent recipient', 'address', 'no Address: the customer’s location is only their name');
    shippingRows.push([
      tlc,
      numberOf(order, 'quantity'),
      unit,
      description,
      [text(order, 'customer'), text(order, 'address')].filter((part) => part !== '').join(', '),
      ours,
      shipped,
      source,
      'Order',
      text(order, 'order'),
    ]);
  }
  if (records.orders.length > 0 && !has(records, 'orders', 'customerType')) {
    missing.add({
      element: 'Shipping (whether a line is one)',
      event: 'shipping',
      sheet: 'orders',
      message:
        'there is no Customer type column: no order line can be told to be a wholesale shipment or a consumer sale, so each is listed as not known (Set up tracking sheets adds the column)',
    });
  }
  if (shippingRows.length > 0) {
    if (!addressColumn)
      missing.add({
        element: 'Immediate subsequent recipient',
        event: 'shipping',
        sheet: 'orders',
        message: 'there is no Address column: every customer’s location is only their name',
      });
    missing.add({
      element: 'Immediate subsequent recipient',
      event: 'shipping',
      sheet: 'orders',
      message: 'Orders keep no customer phone: no recipient’s location has a phone number',
    });
  }
  return {
    receiving: { name: 'FDA receiving', columns: RECEIVING_COLUMNS, rows: receivingRows },
    transformation: { name: 'FDA transformation', columns: TRANSFORMATION_COLUMNS, rows: transformationRows },
    shipping: { name: 'FDA shipping', columns: SHIPPING_COLUMNS, rows: shippingRows },
    batches: batchCount,
    notKnown,
    consumerSales,
    missing,
  };
}
