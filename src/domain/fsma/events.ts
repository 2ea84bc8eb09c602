// The three critical tracking events of FSMA 204 as FDA's sortable spreadsheet holds them, each record
// on one row under the key data elements named as the rule names them: receiving (§1.1345, one row per
// receipt), transformation (§1.1350, one row per input lot of a batch) and shipping (§1.1340, one row
// per order line to a wholesale customer). An element the records lack is left blank and listed, at its
// sheet, row and column, never invented.
import { codeKey } from '../codes';
import { ProblemList } from '../problems';
import type { TypedRow } from '../rows';
import { locationText } from './location';
import { receiptLotCode, referenceDocumentType } from './receiving-lot-code';
import { shippingScope } from './shipping-scope';
import { inPeriod, type FsmaScope } from './scope';
import { RECEIVING_COLUMNS, SHIPPING_COLUMNS, TRANSFORMATION_COLUMNS } from './columns';
import { dayOfRow, described, groupBy, has, indexBy, numberOf, text, unitOf, type FsmaContext, type FsmaTable } from './records';

export interface FsmaEvents {
  receiving: FsmaTable;
  transformation: FsmaTable;
  shipping: FsmaTable;
  /** Order lines in scope whose Customer type is blank or not understood: not known whether they are shipping. */
  notKnown: TypedRow[];
  consumerSales: number;
  missing: ProblemList;
}

export function fsmaEvents(scope: FsmaScope, context: FsmaContext): FsmaEvents {
  const { records } = context;
  const ours = locationText(context.location);
  const missing = new ProblemList();
  const receipts = indexBy(records.receipts, 'lotNumber');
  const materials = indexBy(records.materials, 'materialCode');
  const products = indexBy(records.products, 'sku');
  const suppliers = indexBy(records.suppliers, 'supplier');
  const batchByCode = indexBy(records.batches, 'batchCode');
  const inputsOf = groupBy(records.batchInputs, 'batchId');
  const lots = new Set(scope.lotCodes.map(codeKey));
  const asked = new Set(scope.products.map(codeKey));

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

  const supplierLocation = (receipt: TypedRow): string => {
    const name = text(receipt, 'supplier');
    const supplier = suppliers.get(codeKey(name));
    if (!supplier) {
      missing.add({
        sheet: 'receipts',
        row: receipt.row,
        column: 'supplier',
        message: `${name || 'The supplier'} is not on the Suppliers sheet — the location description of the immediate previous source is missing`,
      });
      return name;
    }
    for (const column of ['phone', 'address'] as const) {
      if (text(supplier, column) === '') {
        missing.add({
          sheet: 'suppliers',
          row: supplier.row,
          column,
          message: `no ${column === 'phone' ? 'Phone' : 'Address'} for ${name} — its location description is incomplete`,
        });
      }
    }
    return [text(supplier, 'supplier'), text(supplier, 'phone'), text(supplier, 'address')].filter((part) => part !== '').join(', ');
  };

  const receivingRows = records.receipts
    .filter((receipt) => {
      if (!inPeriod(dayOfRow(receipt, 'received'), scope)) return false;
      if (asked.size > 0 && !chainLots.has(codeKey(text(receipt, 'lotNumber')))) return false;
      return lots.size === 0 || lots.has(codeKey(text(receipt, 'lotNumber'))) || lots.has(codeKey(text(receipt, 'supplierLot')));
    })
    .map((receipt) => {
      const code = receiptLotCode(text(receipt, 'lotNumber'), text(receipt, 'supplierLot'));
      if (code.source === 'business') {
        missing.add({
          sheet: 'receipts',
          row: receipt.row,
          column: 'supplierLot',
          message: `no Supplier lot — the traceability lot code assigned by the supplier is missing; our Lot number ${code.tlc} stands in, with our location as its source`,
        });
      }
      const material = materials.get(codeKey(text(receipt, 'materialCode')));
      if (!material)
        missing.add({
          sheet: 'receipts',
          row: receipt.row,
          column: 'materialCode',
          message: `${text(receipt, 'materialCode')} is not on the Materials sheet — the product description is only its code`,
        });
      const source = supplierLocation(receipt);
      const reference = text(receipt, 'referenceDocument');
      const type = referenceDocumentType(reference);
      if (!has(records, 'receipts', 'referenceDocument')) {
        // Said once for the sheet (below), not on every row.
      } else if (reference === '') {
        missing.add({
          sheet: 'receipts',
          row: receipt.row,
          column: 'referenceDocument',
          message: 'no Reference document — the reference document type and number are missing',
        });
      } else if (type === null) {
        missing.add({
          sheet: 'receipts',
          row: receipt.row,
          column: 'referenceDocument',
          message: `the reference document type cannot be told from "${reference}" — write it as INV-…, PS-…, BOL-… or PO-…`,
        });
      }
      return [
        code.tlc,
        numberOf(receipt, 'quantity'),
        unitOf(receipt, 'unit'),
        described(text(material, 'material'), text(receipt, 'materialCode')),
        source,
        ours,
        dayOfRow(receipt, 'received'),
        code.source === 'supplier' ? source : ours,
        type ?? '',
        reference,
        text(receipt, 'lotNumber'),
      ];
    });
  if (records.receipts.length > 0 && !has(records, 'receipts', 'referenceDocument')) {
    missing.add({
      sheet: 'receipts',
      message:
        "there is no Reference document column — every receipt's reference document type and number are missing (Set up tracking sheets adds the column)",
    });
  }

  const inputDescription = (lot: string): { tlc: string; description: string; found: boolean } => {
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
  const batchUnit = (batch: TypedRow | undefined, sku: string): string =>
    unitOf(batch, 'unit') || unitOf(products.get(codeKey(sku)), 'unit') || 'pcs';

  const transformationRows: (string | number | null)[][] = [];
  for (const batch of records.batches) {
    if (!inPeriod(dayOfRow(batch, 'made'), scope)) continue;
    if (asked.size > 0 && !chain.has(batch)) continue;
    const inputs = inputsOf.get(codeKey(text(batch, 'batchId'))) ?? [];
    const code = text(batch, 'batchCode');
    const taken =
      lots.size === 0 || lots.has(codeKey(code))
        ? inputs
        : inputs.filter((input) => lots.has(codeKey(text(input, 'lot'))) || lots.has(codeKey(inputDescription(text(input, 'lot')).tlc)));
    if (inputs.length === 0 && (lots.size === 0 || lots.has(codeKey(code)))) {
      missing.add({
        sheet: 'batches',
        row: batch.row,
        column: 'batchId',
        message: `${code} has no Batch inputs rows — its input lots are missing`,
      });
    }
    const sku = text(batch, 'sku');
    for (const input of taken) {
      const lot = text(input, 'lot');
      const from = inputDescription(lot);
      if (!from.found)
        missing.add({
          sheet: 'batchInputs',
          row: input.row,
          column: 'lot',
          message: `no receipt or batch has the lot ${lot} — the input's product description is missing`,
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
        lot,
      ]);
    }
  }

  const shippingRows: (string | number | null)[][] = [];
  const notKnown: TypedRow[] = [];
  let consumerSales = 0;
  for (const order of records.orders) {
    const code = text(order, 'batchCode');
    const batch = batchByCode.get(codeKey(code));
    const sku = text(order, 'sku') || text(batch, 'sku');
    if (asked.size > 0 && !asked.has(codeKey(sku))) continue;
    if (lots.size > 0 && !lots.has(codeKey(code))) continue;
    const shipped = dayOfRow(order, 'shipped');
    if (shipped === null && (scope.from || scope.to)) {
      missing.add({
        sheet: 'orders',
        row: order.row,
        column: 'shipped',
        message: 'no Shipped date — the ship date is missing, so the line cannot be placed in the period and is left out',
      });
      continue;
    }
    if (!inPeriod(shipped, scope)) continue;
    const kind = shippingScope(text(order, 'customerType'));
    if (kind === 'consumer sale') {
      consumerSales++;
      continue;
    }
    if (kind !== 'shipping') {
      notKnown.push(order);
      continue;
    }
    if (shipped === null)
      missing.add({ sheet: 'orders', row: order.row, column: 'shipped', message: 'no Shipped date — the ship date is missing' });
    if (code === '')
      missing.add({
        sheet: 'orders',
        row: order.row,
        column: 'batchCode',
        message: 'no Batch code — the traceability lot code is missing',
      });
    else if (!batch)
      missing.add({
        sheet: 'orders',
        row: order.row,
        column: 'batchCode',
        message: `no batch has the code ${code} — its product description and unit are not known`,
      });
    if (text(order, 'address') === '')
      missing.add({
        sheet: 'orders',
        row: order.row,
        column: 'address',
        message: 'no Address — the location description of the immediate subsequent recipient is incomplete',
      });
    const recipient = [text(order, 'customer'), text(order, 'address')].filter((part) => part !== '').join(', ');
    shippingRows.push([
      code,
      numberOf(order, 'quantity'),
      batch || sku ? batchUnit(batch, sku) : '',
      sku === '' ? '' : described(text(products.get(codeKey(sku)), 'product'), sku),
      recipient,
      ours,
      shipped,
      code === '' ? '' : ours,
      'Order',
      text(order, 'order'),
    ]);
  }
  if (records.orders.length > 0 && !has(records, 'orders', 'customerType')) {
    missing.add({
      sheet: 'orders',
      message:
        'there is no Customer type column — no order line can be told to be a wholesale shipment or a consumer sale, so each is listed as not known',
    });
  }
  if (shippingRows.length > 0) {
    missing.add({ sheet: 'orders', message: "Orders keep no customer phone — the recipient's location description has no phone number" });
  }
  return {
    receiving: { name: 'FDA receiving', columns: RECEIVING_COLUMNS, rows: receivingRows },
    transformation: { name: 'FDA transformation', columns: TRANSFORMATION_COLUMNS, rows: transformationRows },
    shipping: { name: 'FDA shipping', columns: SHIPPING_COLUMNS, rows: shippingRows },
    notKnown,
    consumerSales,
    missing,
  };
}
