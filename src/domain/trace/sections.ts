// The report's lot tables: where the traced lots came from, the batches reached, the mass balance and
// the lots at risk. Each row is what a maker checks against a label, an invoice or a shelf.
import { shownQuantity } from '../on-hand';
import { rowDay, rowNumber, rowText, rowUnit } from '../rows';
import { convert } from '../units';
import type { LotBalance, MovementSheet } from './balance';
import { DetailBook, cellText } from './details';
import { section, type TraceCell, type TraceSection } from './report-model';
import type { TracedShare } from './shares';
import type { LotAtRisk, TracedLot } from './trace-types';

// Compared as codes (upper case) so a workbook typed in mixed case lists lots in the same order.
const pathKey = (lot: TracedLot) => lot.path.join('\u0000').toUpperCase();
const byLevelThenPath = (a: TracedLot, b: TracedLot) =>
  a.level - b.level || (pathKey(a) < pathKey(b) ? -1 : pathKey(a) > pathKey(b) ? 1 : 0);

/** The lots a trace starts from or finds inside what it traced, at every level, down to receipt lots. */
export function sourceTable(
  lots: readonly TracedLot[],
  book: DetailBook,
  balances: ReadonlyMap<string, LotBalance>,
  note?: string,
): TraceSection {
  const rows: TraceCell[][] = [...lots].sort(byLevelThenPath).map((lot) => {
    const used = usedHere(lot, book, balances.get(lot.key));
    const receipt = lot.receiptRows.map((row) => book.row('receipts', row)).find(Boolean);
    if (receipt || lot.batchRows.length === 0) {
      const supplier = book.supplier(rowText(receipt, 'supplier'));
      const material = book.material(rowText(receipt, 'materialCode'));
      return [
        lot.level,
        lot.path.join(' → '),
        lot.code,
        'Material lot',
        cellText(rowText(material, 'material') || rowText(receipt, 'materialCode')),
        cellText(rowText(receipt, 'supplier')),
        cellText(rowText(supplier, 'contact')),
        cellText(rowText(supplier, 'email')),
        cellText(rowText(supplier, 'phone')),
        cellText(rowText(receipt, 'supplierLot')),
        rowDay(receipt, 'received'),
        rowNumber(receipt, 'quantity'),
        rowUnit(receipt, 'unit')?.symbol ?? null,
        cellText(rowText(receipt, 'spec')),
        cellText(rowText(receipt, 'status')),
        used?.quantity ?? null,
        used?.unit ?? null,
      ];
    }
    const batch = lot.batchRows.map((row) => book.row('batches', row)).find(Boolean);
    const product = book.product(rowText(batch, 'sku'));
    return [
      lot.level,
      lot.path.join(' → '),
      lot.code,
      rowText(product, 'kind') === 'Sub-assembly' ? 'Sub-assembly batch' : 'Batch',
      cellText(rowText(product, 'product') || rowText(batch, 'sku')),
      'made here',
      null,
      null,
      null,
      null,
      rowDay(batch, 'made'),
      rowNumber(batch, 'quantityMade'),
      batch ? (book.batchUnit(batch)?.symbol ?? null) : null,
      null,
      cellText(rowText(batch, 'status')),
      used?.quantity ?? null,
      used?.unit ?? null,
    ];
  });
  const header = [
    'Level',
    'Path',
    'Lot',
    'Kind',
    'Material or product',
    'Supplier',
    'Contact',
    'Supplier email',
    'Supplier phone',
    'Supplier lot',
    'Received or made',
    'Quantity',
    'Unit',
    'Spec',
    'Status',
    'Used here',
    'Used unit',
  ];
  return section('source', 'Source lots', header, rows, note);
}

/**
 * How much of a lot went into the batch (or order) above it in the trace, in the unit the maker
 * wrote on the first Batch inputs row (30 ml of oil bought by the litre), else the lot's own unit.
 */
function usedHere(lot: TracedLot, book: DetailBook, balance: LotBalance | undefined): { quantity: number; unit: string } | null {
  if (lot.level === 0 || !balance?.unit) return null;
  const firstInput = lot.links.find((link) => link.sheet === 'batchInputs');
  const shownIn = (firstInput && rowUnit(book.row('batchInputs', firstInput.row), 'unit')) || balance.unit;
  let total = 0;
  for (const link of lot.links) {
    // An order line has no unit: its quantity is in the lot's own unit.
    const row = link.sheet === 'orders' ? book.row('orders', link.row) : book.row('batchInputs', link.row);
    const quantity = rowNumber(row, 'quantity');
    const from = link.sheet === 'orders' ? balance.unit : rowUnit(row, 'unit');
    const converted = quantity !== null && from ? convert(quantity, from, shownIn) : null;
    if (converted === null) return null;
    total += converted;
  }
  return { quantity: shownQuantity(total), unit: shownIn.symbol };
}

export function batchesTable(
  lots: readonly TracedLot[],
  book: DetailBook,
  balances: ReadonlyMap<string, LotBalance>,
  shares: ReadonlyMap<string, TracedShare | null>,
  note?: string,
): TraceSection {
  const rows: TraceCell[][] = [...lots]
    .filter((lot) => lot.batchRows.length > 0)
    .sort(byLevelThenPath)
    .map((lot) => {
      const batch = lot.batchRows.map((row) => book.row('batches', row)).find(Boolean);
      const balance = balances.get(lot.key);
      const share = shares.get(lot.key);
      return [
        lot.level,
        lot.path.join(' → '),
        lot.code,
        cellText(rowText(batch, 'batchId')),
        cellText(rowText(batch, 'sku')),
        cellText(rowText(book.product(rowText(batch, 'sku')), 'product')),
        shownOrBlank(share?.quantity ?? null),
        share?.unit.symbol ?? null,
        rowDay(batch, 'made'),
        shownOrBlank(balance?.quantityIn ?? null),
        shownOrBlank(countedOrBlank(balance, 'orders', balance?.shipped)),
        shownOrBlank(countedOrBlank(balance, 'batchInputs', balance?.used)),
        shownOrBlank(countedOrBlank(balance, 'waste', balance?.wasted)),
        shownOrBlank(balance?.onHand ?? null),
        balance?.unit?.symbol ?? null,
        cellText(rowText(batch, 'status')),
      ];
    });
  const header = [
    'Level',
    'Path',
    'Batch code',
    'Batch ID',
    'SKU',
    'Product',
    'Traced lot in it',
    'Traced unit',
    'Made',
    'Quantity made',
    'Shipped',
    'Used in other batches',
    'Wasted',
    'On hand',
    'Unit',
    'Status',
  ];
  return section('batches', 'Batches reached', header, rows, note);
}

export function massBalanceTable(balances: readonly LotBalance[], book: DetailBook): TraceSection {
  const rows: TraceCell[][] = balances.map((balance) => {
    const own = balance.row === null ? undefined : book.row(balance.kind === 'lot' ? 'receipts' : 'batches', balance.row);
    const what =
      balance.kind === 'lot'
        ? rowText(book.material(rowText(own, 'materialCode')), 'material') || rowText(own, 'materialCode')
        : rowText(book.product(rowText(own, 'sku')), 'product') || rowText(own, 'sku');
    return [
      balance.code,
      balance.kind === 'lot' ? 'Material lot' : 'Batch',
      cellText(what),
      shownOrBlank(balance.quantityIn),
      shownOrBlank(countedOrBlank(balance, 'batchInputs', balance.used)),
      shownOrBlank(countedOrBlank(balance, 'orders', balance.shipped)),
      shownOrBlank(countedOrBlank(balance, 'waste', balance.wasted)),
      shownOrBlank(balance.onHand),
      balance.unit?.symbol ?? null,
      balance.accountedPct,
      cellText(balance.notes.join('; ')),
    ];
  });
  const header = [
    'Lot or batch',
    'Kind',
    'Material or product',
    'Received or made',
    'Used in batches',
    'Shipped',
    'Wasted',
    'On hand',
    'Unit',
    'Accounted for (%)',
    'Note',
  ];
  return section(
    'massBalance',
    'Mass balance',
    header,
    rows,
    'Received or made = used + shipped + wasted + on hand. Mock recalls expect 100%.',
  );
}

export function lotsAtRiskTable(atRisk: readonly LotAtRisk[], book: DetailBook, note?: string): TraceSection {
  const rows: TraceCell[][] = atRisk.map((risk) => {
    const batch = book.row('batches', risk.batchRow);
    return [
      risk.batchCode,
      cellText(risk.batchId),
      cellText(rowText(batch, 'sku')),
      cellText(rowText(book.product(rowText(batch, 'sku')), 'product')),
      rowDay(batch, 'made'),
      cellText(rowText(batch, 'status')),
      risk.sharedLots.join(', '),
      risk.sharedWith.join(', '),
    ];
  });
  return section(
    'lotsAtRisk',
    'Lots at risk',
    ['Batch code', 'Batch ID', 'SKU', 'Product', 'Made', 'Status', 'Shared lots', 'Shared with'],
    rows,
    note,
  );
}

/** A movement total, or blank when its sheet could not be read: not known is not 0. */
/** A quantity to 3 decimals, as the Stock sheet shows it too (shownQuantity), or blank. */
function shownOrBlank(value: number | null): number | null {
  return value === null ? null : shownQuantity(value);
}

function countedOrBlank(balance: LotBalance | undefined, sheet: MovementSheet, total: number | undefined): number | null {
  if (!balance || total === undefined || balance.notCounted.includes(sheet)) return null;
  return total;
}
