// A checked delivery becomes Receipts rows: lot numbers chosen (the maker's own kept, the others made
// from the format, skipping every code already in the lot namespace), then one record per line in the
// columns of workbook.md, and the sentence the Log keeps.
import type { CodeNumbering } from '../code-numbering';
import type { CheckedDelivery } from './delivery-rules';

export type ReceiptRecord = Record<string, string | number | null>;

/** One lot number per line, in line order. The maker's own are reserved first, so none is generated twice. */
export function numberLots(delivery: CheckedDelivery, numbering: CodeNumbering): string[] {
  for (const line of delivery.lines) if (line.ownLotNumber !== null) numbering.take(line.ownLotNumber);
  return delivery.lines.map((line) => line.ownLotNumber ?? numbering.next({ material: line.material.code, day: delivery.received }));
}

export function receiptRecords(delivery: CheckedDelivery, lotNumbers: readonly string[]): ReceiptRecord[] {
  return delivery.lines.map((line, index) => ({
    lotNumber: lotNumbers[index] ?? null,
    received: delivery.received,
    materialCode: line.material.code,
    supplier: delivery.supplier,
    supplierLot: line.supplierLot,
    quantity: line.quantity,
    unit: line.unit.symbol,
    cost: line.cost,
    expires: line.expires,
    spec: line.spec,
    condition: line.condition,
    status: line.status,
    notes: line.notes,
  }));
}

/** The Log's details: what came in, from whom, and where it was written. */
export function deliveryLogDetails(delivery: CheckedDelivery, lotNumbers: readonly string[], sheet: string, firstRow: number): string {
  const lastRow = firstRow + lotNumbers.length - 1;
  const rows = lotNumbers.length === 1 ? `row ${firstRow}` : `rows ${firstRow}–${lastRow}`;
  const lots = delivery.lines.map((line, index) => `${lotNumbers[index]} (${line.quantity} ${line.unit.symbol} ${line.material.code})`);
  const added = delivery.newSupplier ? `; added supplier "${delivery.supplier}" to Suppliers` : '';
  return `Received ${lotNumbers.length} lot(s) from ${delivery.supplier} on ${delivery.received}: ${lots.join(', ')} into ${sheet} ${rows}${added}`;
}
