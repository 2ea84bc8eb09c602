// The tracking workbook as makers see it (../shared/product/workbook.md): sheets, their columns in
// the order we create them, which are required, what people also call them, and what a cell holds.
// This table is the one place that contract is written down in code; reading, setup and reports use it.

export type ColumnKind = 'text' | 'code' | 'day' | 'number' | 'unit' | 'choice' | 'timestamp';

/** A dropdown that lists the codes of another sheet's column (e.g. Material code from Materials). */
export interface CodeReference {
  sheet: SheetKey;
  column: string;
}

export interface ColumnSpec {
  /** Field name in the domain record. */
  key: string;
  /** Header text as we write it. */
  header: string;
  required: boolean;
  kind: ColumnKind;
  /** Other spellings people use for this header. Compared like headers: case-insensitive, spaces collapsed. */
  aliases?: readonly string[];
  /** For kind 'choice': the allowed values; a blank cell means the first. */
  choices?: readonly string[];
  /** A code that must exist in another sheet: setup adds a dropdown for it. */
  references?: CodeReference;
  /** For kind 'number': an amount of money, read past a currency sign typed with it ("$25.00", "25,00 €"). */
  money?: boolean;
  /**
   * For kind 'number': the key of the unit column beside it. "500 ml" typed in the quantity with that
   * Unit blank (or ml) is 500 of ml, as the maker meant; with another unit there, a problem at the quantity.
   */
  unitIn?: string;
}

export interface SheetSpec {
  key: SheetKey;
  name: string;
  columns: readonly ColumnSpec[];
}

export type SheetKey =
  | 'suppliers'
  | 'materials'
  | 'receipts'
  | 'products'
  | 'bom'
  | 'batches'
  | 'batchInputs'
  | 'orders'
  | 'waste'
  | 'log'
  | 'recallDrills'
  | 'adverseEvents';

export const CONDITIONS = ['OK', 'Damaged', 'Short', 'Quality issue'] as const;
export const RECEIPT_STATUSES = ['Available', 'Quarantined', 'Rejected', 'Recalled'] as const;
export const PRODUCT_KINDS = ['Finished', 'Sub-assembly'] as const;
export const BATCH_STATUSES = ['Released', 'Quarantined', 'Recalled', 'Destroyed'] as const;
export const CUSTOMER_TYPES = ['Consumer', 'Wholesale'] as const;
export const ADVERSE_EVENT_STATUSES = ['Open', 'Closed'] as const;
export const WASTE_REASONS = ['Damaged', 'Off-spec', 'Expired', 'Destroyed', 'Sample', 'Count correction'] as const;

const text = (key: string, header: string, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({
  key,
  header,
  required: false,
  kind: 'text',
  ...extra,
});
const notes = text('notes', 'Notes', { aliases: ['Note', 'Comments'] });

export const SHEETS: readonly SheetSpec[] = [
  {
    key: 'suppliers',
    name: 'Suppliers',
    columns: [
      text('supplier', 'Supplier', { required: true, kind: 'code', aliases: ['Supplier name', 'Vendor'] }),
      text('contact', 'Contact', { aliases: ['Contact name'] }),
      text('email', 'Email', { aliases: ['E-mail', 'Email address'] }),
      text('phone', 'Phone', { aliases: ['Telephone', 'Phone number'] }),
      text('address', 'Address'),
      notes,
      // Last, after Notes (as Receipts' Reference document): how many days an order takes to arrive, for Stock's reorder-by date.
      text('leadTimeDays', 'Lead time', { kind: 'number', aliases: ['Lead time (days)', 'Lead days'] }),
    ],
  },
  {
    key: 'materials',
    name: 'Materials',
    columns: [
      text('materialCode', 'Material code', { required: true, kind: 'code', aliases: ['Code', 'Material ID'] }),
      text('material', 'Material', { required: true, aliases: ['Material name', 'Name'] }),
      text('unit', 'Unit', { required: true, kind: 'unit', aliases: ['Stock unit', 'UOM'] }),
      text('supplier', 'Supplier', { kind: 'code', references: { sheet: 'suppliers', column: 'supplier' } }),
      text('reorderAt', 'Reorder at', { kind: 'number', aliases: ['Reorder point', 'Reorder level'] }),
      notes,
      // Days an order of this material takes to arrive; blank: its Supplier's Lead time.
      text('leadTimeDays', 'Lead time', { kind: 'number', aliases: ['Lead time (days)', 'Lead days'] }),
    ],
  },
  {
    key: 'receipts',
    name: 'Receipts',
    columns: [
      text('lotNumber', 'Lot number', { required: true, kind: 'code', aliases: ['Lot #', 'Lot no', 'Lot no.', 'Lot', 'Lot code'] }),
      text('received', 'Received', { required: true, kind: 'day', aliases: ['Date received', 'Received on', 'Date'] }),
      text('materialCode', 'Material code', {
        required: true,
        kind: 'code',
        aliases: ['Material'],
        references: { sheet: 'materials', column: 'materialCode' },
      }),
      text('supplier', 'Supplier', {
        required: true,
        kind: 'code',
        aliases: ['Vendor'],
        references: { sheet: 'suppliers', column: 'supplier' },
      }),
      text('supplierLot', 'Supplier lot', {
        kind: 'code',
        aliases: ['Supplier lot #', 'Supplier lot number', 'Supplier lot no', 'Supplier lot no.', 'Vendor lot'],
      }),
      text('quantity', 'Quantity', { required: true, kind: 'number', aliases: ['Qty'], unitIn: 'unit' }),
      text('unit', 'Unit', { required: true, kind: 'unit', aliases: ['UOM'] }),
      text('cost', 'Cost', { kind: 'number', money: true, aliases: ['Total cost'] }),
      text('expires', 'Expires', { kind: 'day', aliases: ['Expiry', 'Expiry date', 'Best before'] }),
      text('spec', 'Spec', { aliases: ['Specification'] }),
      text('condition', 'Condition', { kind: 'choice', choices: CONDITIONS }),
      text('status', 'Status', { kind: 'choice', choices: RECEIPT_STATUSES }),
      notes,
      // Last, after Notes: sheets set up before it existed get it added at their right end, where it is here.
      text('referenceDocument', 'Reference document', { aliases: ['Invoice', 'Invoice number', 'Packing slip'] }),
    ],
  },
  {
    key: 'products',
    name: 'Products',
    columns: [
      text('sku', 'SKU', { required: true, kind: 'code', aliases: ['Product code'] }),
      text('product', 'Product', { required: true, aliases: ['Product name', 'Name'] }),
      text('kind', 'Kind', { kind: 'choice', choices: PRODUCT_KINDS, aliases: ['Type'] }),
      text('batchSize', 'Batch size', { kind: 'number', aliases: ['Yield'], unitIn: 'unit' }),
      text('unit', 'Unit', { kind: 'unit', aliases: ['UOM'] }),
      text('shelfLifeDays', 'Shelf life (days)', { kind: 'number', aliases: ['Shelf life'] }),
      text('sop', 'SOP'),
      notes,
    ],
  },
  {
    key: 'bom',
    name: 'BoM',
    columns: [
      text('sku', 'SKU', { required: true, kind: 'code', aliases: ['Product'], references: { sheet: 'products', column: 'sku' } }),
      text('component', 'Component', { required: true, kind: 'code', aliases: ['Material code', 'Ingredient'] }),
      text('quantity', 'Quantity', { required: true, kind: 'number', aliases: ['Qty'], unitIn: 'unit' }),
      text('unit', 'Unit', { required: true, kind: 'unit', aliases: ['UOM'] }),
      notes,
    ],
  },
  {
    key: 'batches',
    name: 'Batches',
    columns: [
      text('batchId', 'Batch ID', { required: true, kind: 'code', aliases: ['Batch', 'MO', 'Manufacture ID'] }),
      text('made', 'Made', { required: true, kind: 'day', aliases: ['Date made', 'Made on', 'Date'] }),
      text('sku', 'SKU', { required: true, kind: 'code', aliases: ['Product'], references: { sheet: 'products', column: 'sku' } }),
      text('batchCode', 'Batch code', { required: true, kind: 'code', aliases: ['Batch code #', 'Lot number', 'Lot'] }),
      text('quantityMade', 'Quantity made', { required: true, kind: 'number', aliases: ['Quantity', 'Qty made', 'Yield'], unitIn: 'unit' }),
      text('unit', 'Unit', { kind: 'unit', aliases: ['UOM'] }),
      text('expires', 'Expires', { kind: 'day', aliases: ['Expiry', 'Expiry date', 'Best before'] }),
      text('status', 'Status', { kind: 'choice', choices: BATCH_STATUSES }),
      text('madeBy', 'Made by', { aliases: ['Maker'] }),
      text('cost', 'Cost', { kind: 'number', money: true, aliases: ['Batch cost', 'Total cost'] }),
      text('unitCost', 'Unit cost', { kind: 'number', money: true, aliases: ['Cost per unit'] }),
      notes,
    ],
  },
  {
    key: 'batchInputs',
    name: 'Batch inputs',
    columns: [
      text('batchId', 'Batch ID', { required: true, kind: 'code', aliases: ['Batch'] }),
      text('lot', 'Lot', { required: true, kind: 'code', aliases: ['Lot number', 'Lot #', 'Lot no', 'Input lot'] }),
      text('quantity', 'Quantity', { required: true, kind: 'number', aliases: ['Qty', 'Quantity used'], unitIn: 'unit' }),
      text('unit', 'Unit', { required: true, kind: 'unit', aliases: ['UOM'] }),
      notes,
    ],
  },
  {
    key: 'orders',
    name: 'Orders',
    columns: [
      text('order', 'Order', { required: true, kind: 'code', aliases: ['Order number', 'Order #', 'Order no', 'Order ID'] }),
      text('shipped', 'Shipped', { kind: 'day', aliases: ['Ship date', 'Date shipped', 'Date'] }),
      text('customer', 'Customer', { required: true, aliases: ['Customer name', 'Name'] }),
      text('email', 'Email', { aliases: ['E-mail', 'Customer email'] }),
      text('address', 'Address', { aliases: ['Shipping address'] }),
      text('sku', 'SKU', { kind: 'code', references: { sheet: 'products', column: 'sku' } }),
      text('batchCode', 'Batch code', { required: true, kind: 'code', aliases: ['Batch', 'Lot', 'Lot number'] }),
      text('quantity', 'Quantity', { required: true, kind: 'number', aliases: ['Qty'] }),
      text('channel', 'Channel', { aliases: ['Sales channel'] }),
      text('lineId', 'Line ID', { kind: 'code', aliases: ['Line item ID', 'Order line ID'] }),
      text('customerType', 'Customer type', { kind: 'choice', choices: CUSTOMER_TYPES }),
      notes,
    ],
  },
  {
    key: 'waste',
    name: 'Waste',
    columns: [
      text('date', 'Date', { required: true, kind: 'day', aliases: ['Wasted on'] }),
      text('lot', 'Lot', { required: true, kind: 'code', aliases: ['Lot number', 'Batch code', 'Lot #'] }),
      text('quantity', 'Quantity', { required: true, kind: 'number', aliases: ['Qty'], unitIn: 'unit' }),
      text('unit', 'Unit', { required: true, kind: 'unit', aliases: ['UOM'] }),
      text('reason', 'Reason', { required: true, kind: 'choice', choices: WASTE_REASONS }),
      notes,
    ],
  },
  {
    key: 'log',
    name: 'Log',
    columns: [text('time', 'Time', { kind: 'timestamp' }), text('user', 'User'), text('action', 'Action'), text('details', 'Details')],
  },
  // Added by Recall drill… the first time a drill is finished (and by Set up tracking sheets, which creates every sheet here).
  {
    key: 'recallDrills',
    name: 'Recall drills',
    columns: [
      text('date', 'Date', { required: true, kind: 'day' }),
      text('lot', 'Lot', { required: true, kind: 'code' }),
      text('direction', 'Direction'),
      text('started', 'Started', { kind: 'timestamp' }),
      text('finished', 'Finished', { kind: 'timestamp' }),
      text('minutes', 'Minutes', { kind: 'number' }),
      text('batches', 'Batches', { kind: 'number' }),
      text('customers', 'Customers', { kind: 'number' }),
      text('accountedPct', 'Accounted for (%)', { kind: 'number' }),
      text('withinTolerance', 'Within tolerance'),
      text('gaps', 'Gaps'),
      text('correctiveActions', 'Corrective actions'),
      text('by', 'By'),
    ],
  },
  // Added by Record an adverse event… the first time one is recorded (MoCRA: kept 6 years, 3 for a small business).
  {
    key: 'adverseEvents',
    name: 'Adverse events',
    columns: [
      text('received', 'Received', { required: true, kind: 'day', aliases: ['Date received'] }),
      text('reporter', 'Reporter', { aliases: ['Reported by'] }),
      text('contact', 'Contact'),
      text('sku', 'SKU', { kind: 'code' }),
      text('batchCode', 'Batch code', { kind: 'code', aliases: ['Batch', 'Lot'] }),
      text('order', 'Order', { kind: 'code', aliases: ['Order number'] }),
      text('whatHappened', 'What happened', { required: true, aliases: ['Description', 'Event'] }),
      text('serious', 'Serious'),
      text('fdaReportDue', 'FDA report due', { kind: 'day' }),
      text('reportedToFda', 'Reported to FDA', { kind: 'day' }),
      text('followUpUntil', 'Follow-up until', { kind: 'day' }),
      text('status', 'Status', { kind: 'choice', choices: ADVERSE_EVENT_STATUSES }),
      text('keepUntil', 'Keep until', { kind: 'day' }),
      notes,
    ],
  },
];

export function sheetSpec(key: SheetKey): SheetSpec {
  const spec = SHEETS.find((sheet) => sheet.key === key);
  if (!spec) throw new Error(`No sheet spec for ${key}`);
  return spec;
}

export function columnSpec(sheet: SheetKey, key: string): ColumnSpec {
  const column = sheetSpec(sheet).columns.find((c) => c.key === key);
  if (!column) throw new Error(`No column ${key} in ${sheet}`);
  return column;
}
