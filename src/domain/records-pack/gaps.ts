// What the pack could not hold whole: the records check's findings about the rows the pack was built
// from — its batches and the sub-assembly batches they used, their Batch inputs rows, the receipts and
// suppliers of their lots, their order lines — and, for a product or a period, the order lines of its
// products that name no batch or an unknown one (they may be shipments of these batches).
import { codeKey } from '../codes';
import type { Finding, RecordsInput } from '../records-check';
import type { TypedRow } from '../rows';
import type { PackContents } from './contents';
import type { PackScope } from './scope';
import type { PackRecords } from './sheets';
import { text } from './sheets';

export interface PackGap {
  finding: Finding;
  /** The tab and the column as the maker wrote them. */
  sheetName: string;
  header: string;
}

export function packGaps(
  scope: PackScope,
  contents: PackContents,
  records: PackRecords,
  orders: readonly TypedRow[],
  findings: readonly Finding[],
  input: Pick<RecordsInput, 'places'>,
): PackGap[] {
  const rows = {
    batches: new Set<number>(),
    batchInputs: new Set<number>(),
    receipts: new Set<number>(),
    suppliers: new Set<number>(),
    orders: new Set<number>(),
  };
  const receiptRows = new Map<string, TypedRow>();
  for (const receipt of records.receipts) receiptRows.set(codeKey(text(receipt, 'lotNumber')), receipt);
  const supplierRows = new Map<string, TypedRow>();
  for (const supplier of records.suppliers) supplierRows.set(codeKey(text(supplier, 'supplier')), supplier);
  const batchByCode = new Map<string, TypedRow>();
  for (const batch of records.batches) batchByCode.set(codeKey(text(batch, 'batchCode')), batch);
  for (const batch of contents.batches) rows.batches.add(batch.row);
  for (const { input } of contents.inputs) {
    rows.batchInputs.add(input.row);
    const lot = codeKey(text(input, 'lot'));
    const made = batchByCode.get(lot);
    if (made) rows.batches.add(made.row);
    const receipt = receiptRows.get(lot);
    if (!receipt) continue;
    rows.receipts.add(receipt.row);
    const supplier = supplierRows.get(codeKey(text(receipt, 'supplier')));
    if (supplier) rows.suppliers.add(supplier.row);
  }
  const shipped = new Set(contents.shipments.map((order) => order.row));
  for (const row of shipped) rows.orders.add(row);
  if (scope.kind !== 'batch') {
    const skus = new Set(contents.batches.map((batch) => codeKey(text(batch, 'sku'))));
    for (const order of orders) {
      const day = order.values.shipped;
      const late = typeof day !== 'string' || day >= scope.from;
      if (late && skus.has(codeKey(text(order, 'sku')))) rows.orders.add(order.row);
    }
  }
  const gaps: PackGap[] = [];
  for (const finding of findings) {
    const wanted = (rows as Partial<Record<string, Set<number>>>)[finding.sheet];
    if (!wanted?.has(finding.row)) continue;
    // A shipped order line of this product with a good batch code of another batch is no gap of this pack.
    if (finding.sheet === 'orders' && !shipped.has(finding.row) && finding.kind !== 'noBatchCode' && finding.kind !== 'unknownShipped')
      continue;
    const place = input.places[finding.sheet];
    gaps.push({ finding, sheetName: place?.name ?? finding.sheet, header: place?.headers[finding.column] ?? finding.column });
  }
  return gaps;
}
