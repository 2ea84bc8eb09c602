// The rows a saved production run appends, keyed by the column keys of workbook.ts SHEETS, so the
// sheets layer writes each in the columns it finds and leaves the maker's own columns empty.
import type { Day } from '../days';
import type { WASTE_REASONS } from '../workbook';

/** One Batches row. */
export interface BatchRecord {
  batchId: string;
  made: Day;
  sku: string;
  batchCode: string;
  quantityMade: number;
  /** The product's unit symbol. */
  unit: string;
  /** '' when neither shelf life nor any ingredient gives one. */
  expires: Day | '';
  /** Released: the form has no quarantine step; a maker who holds batches for QC changes the cell. */
  status: 'Released';
  madeBy: string;
  /** What the inputs cost (lot-costs.ts), and that over the quantity made; '' when an input has no cost. */
  cost: number | '';
  unitCost: number | '';
  notes: string;
}

/** One Batch inputs row per input line, the lot as first written in Receipts or Batches. */
export interface BatchInputRecord {
  batchId: string;
  lot: string;
  quantity: number;
  unit: string;
  notes: string;
}

/** One Waste row per waste line, dated the day the batch was made. */
export interface WasteRecord {
  date: Day;
  lot: string;
  quantity: number;
  unit: string;
  reason: (typeof WASTE_REASONS)[number];
  notes: string;
}

/** Everything one run appends: one write per sheet. */
export interface ProductionRunRows {
  batches: [BatchRecord];
  batchInputs: BatchInputRecord[];
  waste: WasteRecord[];
}
