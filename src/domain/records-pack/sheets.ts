// The pack's record sheets, each one table under one frozen header row, as an inspector sorts and
// filters it: the batches in scope, every lot each used (through sub-assemblies to the receipt lots,
// with the supplier, supplier lot, contact, received date and spec), the order lines that shipped them
// and the adverse events about them. What FDA may not ask for — the formula (BoM quantities and the
// quantity of each lot a batch used) and prices or costs — is left out unless the maker asked for it.
import { codeKey } from '../codes';
import type { ReportCell, ReportTable } from '../report-grid';
import type { TypedRow, TypedValue } from '../rows';
import type { PackContents } from './contents';

export interface PackRecords {
  batches: readonly TypedRow[];
  receipts: readonly TypedRow[];
  suppliers: readonly TypedRow[];
  materials: readonly TypedRow[];
  products: readonly TypedRow[];
  bom: readonly TypedRow[];
}

export interface PackOptions {
  includeFormulas: boolean;
  includeCosts: boolean;
}

export const text = (row: TypedRow | undefined, key: string): string => {
  const value = row?.values[key];
  return typeof value === 'string' ? value : '';
};
/** A typed value as written back: a unit as its symbol, blank as blank. */
export function valueCell(value: TypedValue | undefined): ReportCell {
  if (value === undefined || value === null || value === '') return null;
  return typeof value === 'object' ? value.symbol : value;
}
const cell = (row: TypedRow | undefined, key: string): ReportCell => valueCell(row?.values[key]);
const joined = (...parts: string[]) => parts.filter((part) => part.trim() !== '').join(', ');

function indexBy(rows: readonly TypedRow[], key: string): Map<string, TypedRow> {
  const map = new Map<string, TypedRow>();
  // The first row of a code wins, as the trace takes it; a code used twice is a gap the check lists.
  for (const row of rows) if (!map.has(codeKey(text(row, key)))) map.set(codeKey(text(row, key)), row);
  return map;
}

const sheetTable = (header: string[], rows: ReportCell[][]): ReportTable => ({ title: '', header, rows });

export function batchesTable(contents: PackContents, records: PackRecords, options: PackOptions): ReportTable {
  const products = indexBy(records.products, 'sku');
  const header = ['Batch code', 'Batch ID', 'SKU', 'Product', 'Made', 'Quantity made', 'Unit', 'Expires', 'Status', 'Made by'];
  if (options.includeCosts) header.push('Cost', 'Unit cost');
  return sheetTable(
    header,
    contents.batches.map((batch) => [
      cell(batch, 'batchCode'),
      cell(batch, 'batchId'),
      cell(batch, 'sku'),
      cell(products.get(codeKey(text(batch, 'sku'))), 'product'),
      cell(batch, 'made'),
      cell(batch, 'quantityMade'),
      cell(batch, 'unit'),
      cell(batch, 'expires'),
      cell(batch, 'status'),
      cell(batch, 'madeBy'),
      ...(options.includeCosts ? [cell(batch, 'cost'), cell(batch, 'unitCost')] : []),
    ]),
  );
}

export function lotsTable(contents: PackContents, records: PackRecords, options: PackOptions): ReportTable {
  const batchById = indexBy(records.batches, 'batchId');
  const batchByCode = indexBy(records.batches, 'batchCode');
  const receipts = indexBy(records.receipts, 'lotNumber');
  const suppliers = indexBy(records.suppliers, 'supplier');
  const materials = indexBy(records.materials, 'materialCode');
  const products = indexBy(records.products, 'sku');
  const header = [
    'For batch',
    'Used in',
    'Level',
    'Lot',
    'Lot is',
    'Material or product',
    'Supplier',
    'Supplier lot',
    'Supplier contact',
    'Received or made',
    'Spec',
    'Reference document',
  ];
  if (options.includeFormulas) header.push('Quantity used', 'Unit used');
  if (options.includeCosts) header.push('Cost');
  const rows = contents.inputs.map(({ input, forBatchCode, level }): ReportCell[] => {
    const lot = text(input, 'lot');
    const usedIn = text(batchById.get(codeKey(text(input, 'batchId'))), 'batchCode') || text(input, 'batchId');
    const receipt = receipts.get(codeKey(lot));
    const made = receipt ? undefined : batchByCode.get(codeKey(lot));
    let facts: ReportCell[];
    if (receipt) {
      const material = materials.get(codeKey(text(receipt, 'materialCode')));
      const supplier = suppliers.get(codeKey(text(receipt, 'supplier')));
      facts = [
        'Received',
        joined(text(receipt, 'materialCode'), text(material, 'material')) || null,
        cell(receipt, 'supplier'),
        cell(receipt, 'supplierLot'),
        joined(text(supplier, 'contact'), text(supplier, 'email'), text(supplier, 'phone')) || null,
        cell(receipt, 'received'),
        cell(receipt, 'spec'),
        cell(receipt, 'referenceDocument'),
      ];
    } else if (made) {
      const product = products.get(codeKey(text(made, 'sku')));
      facts = ['Made here', joined(text(made, 'sku'), text(product, 'product')) || null, null, null, null, cell(made, 'made'), null, null];
    } else {
      facts = ['Not found on Receipts or Batches', null, null, null, null, null, null, null];
    }
    const row: ReportCell[] = [forBatchCode, usedIn, level, lot, ...facts];
    if (options.includeFormulas) row.push(cell(input, 'quantity'), cell(input, 'unit'));
    if (options.includeCosts) row.push(receipt ? cell(receipt, 'cost') : null);
    return row;
  });
  return sheetTable(header, rows);
}

/**
 * A distribution record: where each batch went, how much and when. Six columns and no more: at 130 µs a
 * cell written (cost model v2), each further column is 4 s on a busy maker's year of 31,000 order lines.
 */
export function shipmentsTable(contents: PackContents): ReportTable {
  return sheetTable(
    ['Order', 'Shipped', 'Customer', 'Ship to', 'Batch code', 'Quantity'],
    contents.shipments.map((order) => [
      cell(order, 'order'),
      cell(order, 'shipped'),
      cell(order, 'customer'),
      cell(order, 'address') ?? cell(order, 'email'),
      cell(order, 'batchCode'),
      cell(order, 'quantity'),
    ]),
  );
}

/** The BoM lines of the products in the pack (sub-assemblies made for it included): only when asked for. */
export function formulasTable(contents: PackContents, records: PackRecords): ReportTable {
  const skus = new Set(contents.batches.map((batch) => codeKey(text(batch, 'sku'))));
  const batchByCode = indexBy(records.batches, 'batchCode');
  for (const { input } of contents.inputs) {
    const made = batchByCode.get(codeKey(text(input, 'lot')));
    if (made) skus.add(codeKey(text(made, 'sku')));
  }
  return sheetTable(
    ['SKU', 'Component', 'Quantity per batch', 'Unit'],
    records.bom
      .filter((line) => skus.has(codeKey(text(line, 'sku'))))
      .map((line) => [cell(line, 'sku'), cell(line, 'component'), cell(line, 'quantity'), cell(line, 'unit')]),
  );
}
