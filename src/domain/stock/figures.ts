// The Stock sheet's figures: every lot and batch with stock, what each material has usable and how long
// it lasts at the rate of the last 8 weeks' batches, and what each product has released and held.
//
// On hand comes from stockOnHand (../production/stock.ts), which counts each lot with ../on-hand.ts:
// the same count the production sidebar offers lots from and a trace's mass balance shows. Nothing here
// counts a lot a second way; this module only adds lots up per material and product, converting within
// a unit's kind (../units.ts).
//
// A figure the sheets cannot support — an unreadable quantity, a unit of another kind, a use whose
// batch has no date — is never shown as 0: it is null, the line says why, and the problem is listed with
// its sheet and row ("never a false all-clear": a material whose use cannot be counted would otherwise
// look as if it lasted for ever).
import { codeKey } from '../codes';
import { addDays, type Day } from '../days';
import { movementsOfNoLot } from '../movements-of-no-lot';
import { namedFew } from '../named-few';
import { round } from '../on-hand';
import { fefoOrder } from '../production/usable';
import { stockOnHand, type StockLot, type StockTables } from '../production/stock';
import { ProblemList, toProblem, type KeyedProblem, type Problem, type SheetLabels } from '../problems';
import { rowDay, rowNumber, rowText, rowUnit, type TypedRow } from '../rows';
import { convert, PIECES, type Unit } from '../units';
import { BATCH_STATUSES, RECEIPT_STATUSES, type SheetKey } from '../workbook';
import type { StockSettings } from './settings';

/** The columns the Stock sheet reads: stock's own (STOCK_COLUMNS) and what its tables add. */
export const STOCK_SHEET_COLUMNS = {
  receipts: ['lotNumber', 'received', 'materialCode', 'supplier', 'quantity', 'unit', 'expires', 'status'],
  batches: ['batchId', 'made', 'sku', 'batchCode', 'quantityMade', 'unit', 'expires', 'status'],
  batchInputs: ['batchId', 'lot', 'quantity', 'unit'],
  orders: ['batchCode', 'quantity'],
  waste: ['lot', 'quantity', 'unit'],
  products: ['sku', 'product', 'unit'],
  materials: ['materialCode', 'material', 'unit', 'supplier', 'reorderAt', 'leadTimeDays'],
  suppliers: ['supplier', 'leadTimeDays'],
} as const satisfies Partial<Record<SheetKey, readonly string[]>>;

export type StockSheetKey = keyof typeof STOCK_SHEET_COLUMNS;

/** Weeks of Batch inputs the use per week is averaged over. */
export const USE_WEEKS = 8;

export interface StockInput {
  /** Today where the spreadsheet is. */
  today: Day;
  settings: StockSettings;
  /** Typed rows, read with STOCK_SHEET_COLUMNS; a missing sheet is []. */
  tables: Record<StockSheetKey, readonly TypedRow[]>;
  /** Cells that could not be read, by sheet and column key: their figures are not counted. */
  unreadable: readonly KeyedProblem[];
  /** Sheets that do not exist. */
  missingSheets: readonly StockSheetKey[];
  /**
   * For a missing sheet, the tab that looks like it, as a sentence to add (` The tab "Sales" looks like
   * it: …`), or ''. Asked only of a sheet whose absence is said: finding one reads other tabs' headers.
   */
  lookalikeOf?: (sheet: StockSheetKey) => string;
  /** Columns of existing sheets that are not there (STOCK_SHEET_COLUMNS keys). */
  missingColumns: readonly { sheet: StockSheetKey; column: string }[];
  /** Sheet names and headers as the maker wrote them. */
  labels?: SheetLabels;
}

export interface LotLine {
  code: string;
  kind: 'lot' | 'batch';
  /** Material code or SKU as written. */
  component: string;
  /** In `unit`; null when it cannot be counted. */
  onHand: number | null;
  unit: string;
  since: Day | null;
  expires: Day | null;
  /** Days from today to the expiry date: 0 on the day, negative once expired. */
  daysLeft: number | null;
  status: string;
  supplier: string;
  /** Expires within the setting's days (not yet expired). */
  expiringSoon: boolean;
  expired: boolean;
  /** Why this line deserves a look, in words; '' when nothing. */
  marks: string[];
}

export interface MaterialLine {
  code: string;
  name: string;
  /** The material's stock unit (Materials Unit, else its first lot's). */
  unit: string;
  /** Available, unexpired lots' on hand, in `unit`; null when one cannot be counted. */
  usable: number | null;
  /** Usable lots with stock. */
  usableLots: number;
  reorderAt: number | null;
  /** Usable at or below Reorder at; null when that cannot be told (no Reorder at, or usable not counted). */
  atOrBelowReorder: boolean | null;
  /** Its Reorder at cell holds something that is not a number. */
  reorderAtUnreadable: boolean;
  /** Batch inputs of the last weeks, per week, in `unit`; null when some cannot be counted. */
  usePerWeek: number | null;
  /** Batches behind that use. */
  batches: number;
  /** usable ÷ use per week; null when either is unknown or nothing was used. */
  weeksOfCover: number | null;
  runsOut: Day | null;
  leadTimeDays: number | null;
  /** Where the lead time came from. */
  leadTimeFrom: 'Materials' | 'Suppliers' | null;
  reorderBy: Day | null;
  notes: string[];
}

export interface ProductLine {
  sku: string;
  name: string;
  unit: string;
  /** Released, unexpired; null when some batch cannot be counted. */
  released: number | null;
  /** Released but expired. */
  expired: number | null;
  /** Any other status (Quarantined, Recalled, Destroyed) or a code naming two lots. */
  held: number | null;
  batches: number;
  notes: string[];
}

export interface StockFigures {
  today: Day;
  settings: StockSettings;
  /** The days use is averaged over: 8 weeks back from today, or from the first batch made when later. */
  useWindow: { from: Day; to: Day; days: number };
  lots: LotLine[];
  materials: MaterialLine[];
  products: ProductLine[];
  /** Every cell that could not be read or counted, named as the maker wrote sheet and column. */
  notCounted: Problem[];
  /** Batch inputs, Orders and Waste rows naming a code that matches no lot or batch: some lot has less than shown. */
  unmatched: Problem[];
  /** Sentences: sheets and columns missing, and what that leaves out. */
  notChecked: string[];
  /** No Materials or Suppliers sheet has a Lead time column. */
  noLeadTimeColumn: boolean;
}

const HELD_LOT = 'available';
const RELEASED = 'released';

/** What a missing column leaves uncounted, for the sentence at the top. */
const WHY_NEEDED: Partial<Record<StockSheetKey, Record<string, string>>> = {
  receipts: {
    lotNumber: 'no receipt lot can be listed',
    materialCode: 'no lot is counted to a material',
    quantity: 'no lot’s on hand can be counted',
    unit: 'no lot’s on hand can be counted',
  },
  batches: {
    batchId: 'no use per week can be counted',
    made: 'no use per week can be counted',
    batchCode: 'no batch can be listed',
    sku: 'no batch is counted to a product',
    quantityMade: 'no batch’s on hand can be counted',
  },
  // Without the lot column, what the rows took is from lots nobody can name: said by movementsUnread.
  batchInputs: {
    batchId: 'no use per week can be counted',
    quantity: 'no lot used in a batch has its on hand counted',
    unit: 'no lot used in a batch has its on hand counted',
  },
  orders: { quantity: 'no lot or batch shipped has its on hand counted' },
  waste: { quantity: 'no lot or batch wasted has its on hand counted', unit: 'no lot or batch wasted has its on hand counted' },
  materials: {
    materialCode: 'materials are named from Receipts only',
    unit: 'each material is counted in its first lot’s unit',
    reorderAt: 'no material is checked against a reorder point',
  },
  products: { sku: 'products are named from Batches only' },
};

/**
 * What a missing sheet leaves out of the figures, or null when it leaves nothing out: no Orders or
 * Waste sheet with no batch made is nothing shipped or wasted yet; with batches, shipments are not
 * counted — said, since the maker's orders may be in a tab of another name.
 */
const MISSING_SHEET_LEAVES_OUT: Record<StockSheetKey, (tables: StockInput['tables']) => string | null> = {
  receipts: () => 'no received lot is counted, and no material’s usable on hand or use per week',
  batches: () => 'no batch is counted, and no product’s on hand',
  batchInputs: (tables) => (tables.batches.length > 0 ? 'what the batches used is not known, so no lot’s on hand is counted' : null),
  orders: (tables) =>
    tables.batches.length > 0 ? 'nothing is counted as shipped, so a batch that did ship shows more on hand than it has' : null,
  waste: (tables) => (tables.receipts.length + tables.batches.length > 0 ? 'nothing is counted as wasted' : null),
  products: () => 'products are named from Batches only',
  materials: () => 'materials are named from Receipts only, with no reorder point',
  suppliers: () => null,
};

/** Without these, a sheet's rows say nothing about which lot moved: every on hand is then unknown. */
const MOVEMENT_CODE: Partial<Record<StockSheetKey, string>> = { batchInputs: 'lot', orders: 'batchCode', waste: 'lot' };

const SHEET_NAMES: Record<StockSheetKey, string> = {
  receipts: 'Receipts',
  batches: 'Batches',
  batchInputs: 'Batch inputs',
  orders: 'Orders',
  waste: 'Waste',
  products: 'Products',
  materials: 'Materials',
  suppliers: 'Suppliers',
};

export function stockFigures(input: StockInput): StockFigures {
  const { today, settings, tables } = input;
  const labels = input.labels ?? {};
  const problems = new ProblemList();
  for (const problem of input.unreadable) problems.add(problem);
  const unreadable = new Set(input.unreadable.map((problem) => `${problem.sheet}|${problem.row ?? ''}|${problem.column ?? ''}`));
  const isUnreadable = (sheet: StockSheetKey, row: number, column: string) => unreadable.has(`${sheet}|${row}|${column}`);
  const missing = new Set(input.missingColumns.map(({ sheet, column }) => `${sheet}|${column}`));
  const hasColumn = (sheet: StockSheetKey, column: string) => !input.missingSheets.includes(sheet) && !missing.has(`${sheet}|${column}`);

  const notChecked: string[] = [];
  for (const sheet of input.missingSheets) {
    const leftOut = MISSING_SHEET_LEAVES_OUT[sheet](tables);
    if (leftOut === null) continue;
    notChecked.push(`there is no ${SHEET_NAMES[sheet]} sheet: ${leftOut}.${input.lookalikeOf?.(sheet) ?? ''}`);
  }
  for (const { sheet, column } of input.missingColumns) {
    const why = WHY_NEEDED[sheet]?.[column];
    if (why)
      notChecked.push(
        `${labels.sheets?.[sheet] ?? SHEET_NAMES[sheet]} has no "${labels.headers?.[sheet]?.[column] ?? headerName(sheet, column)}" column: ${why}.`,
      );
  }
  // A movement sheet whose code column is missing took stock from lots nobody can name.
  const movementsUnread = (Object.keys(MOVEMENT_CODE) as StockSheetKey[]).filter(
    (sheet) => !input.missingSheets.includes(sheet) && tables[sheet].length > 0 && !hasColumn(sheet, MOVEMENT_CODE[sheet] as string),
  );
  // Batches made, and no Batch inputs sheet: what they used is not known, so no lot's on hand is.
  const inputsUnknown = input.missingSheets.includes('batchInputs') && tables.batches.length > 0;
  // Without Receipts' lot numbers and material codes no lot is counted to a material: not "none".
  const receiptLotsKnown = hasColumn('receipts', 'lotNumber') && hasColumn('receipts', 'materialCode');
  const batchesKnown = hasColumn('batches', 'batchCode') && hasColumn('batches', 'sku');

  // A Status column that is not there is blank in every row, and a blank Status is the first choice
  // (workbook.md): Available, Released. Said at the top, since the maker may not know.
  const withStatus = (sheet: 'receipts' | 'batches', status: string): readonly TypedRow[] => {
    if (input.missingSheets.includes(sheet) || hasColumn(sheet, 'status')) return tables[sheet];
    notChecked.push(
      `${labels.sheets?.[sheet] ?? SHEET_NAMES[sheet]} has no "Status" column: every ${sheet === 'receipts' ? 'lot' : 'batch'} is taken as ${status}.`,
    );
    return tables[sheet].map((row) => ({ ...row, values: { ...row.values, status } }));
  };
  const stockTables: StockTables = {
    receipts: withStatus('receipts', RECEIPT_STATUSES[0]),
    batches: withStatus('batches', BATCH_STATUSES[0]),
    batchInputs: tables.batchInputs,
    orders: tables.orders,
    waste: tables.waste,
    products: tables.products,
  };
  const stock = stockOnHand(stockTables);
  for (const problem of stock.problems) problems.add(problem);
  const onHandOf = (lot: StockLot): number | null => (movementsUnread.length > 0 || inputsUnknown ? null : lot.onHand);

  const supplierOfRow = new Map<number, string>();
  for (const receipt of tables.receipts) supplierOfRow.set(receipt.row, rowText(receipt, 'supplier'));

  // Lots and batches with stock: anything not exactly 0, so an unknown or overdrawn one is shown.
  const lots: LotLine[] = [];
  const ordered = [...stock.lots.values()].sort(
    (a, b) =>
      (a.kind === b.kind ? 0 : a.kind === 'lot' ? -1 : 1) || compareText(codeKey(a.component), codeKey(b.component)) || fefoOrder(a, b),
  );
  for (const lot of ordered) {
    const onHand = onHandOf(lot);
    if (onHand === 0) continue;
    const daysLeft = lot.expires === null ? null : daysBetween(today, lot.expires);
    const expired = daysLeft !== null && daysLeft < 0;
    const expiringSoon = daysLeft !== null && !expired && daysLeft <= settings.expiringWithinDays;
    const marks: string[] = [];
    if (onHand === null) marks.push('not counted (see the top)');
    else if (onHand < 0) marks.push(`more ${lot.kind === 'lot' ? 'used than received' : 'used or shipped than made'}`);
    if (lot.duplicated) marks.push('its code names two lots');
    if (lot.expiresUnread) marks.push('Expires cannot be read (see the top)');
    if (lot.status.toLowerCase() !== (lot.kind === 'lot' ? HELD_LOT : RELEASED)) marks.push(`held: ${lot.status || 'no status'}`);
    if (expired) marks.push('expired');
    else if (expiringSoon) marks.push(`expires within ${settings.expiringWithinDays} days`);
    lots.push({
      code: lot.code,
      kind: lot.kind,
      component: lot.component,
      onHand,
      unit: lot.unit?.symbol ?? '',
      since: lot.since,
      expires: lot.expires,
      daysLeft,
      status: lot.status,
      supplier: lot.kind === 'lot' ? (supplierOfRow.get(lot.row) ?? '') : '',
      expiringSoon,
      expired,
      marks,
    });
  }

  const useWindow = windowOf(today, tables.batches);
  const materials = materialLines(input, stock.lots, stock.byComponent, useWindow, problems, {
    isUnreadable,
    hasColumn,
    onHandOf,
    movementsUnread,
    receiptLotsKnown,
  });
  const products = productLines(tables.products, stock.byComponent, today, onHandOf, batchesKnown);
  const noLeadTimeColumn = !hasColumn('materials', 'leadTimeDays') && !hasColumn('suppliers', 'leadTimeDays');
  for (const sheet of movementsUnread)
    notChecked.unshift(
      `${labels.sheets?.[sheet] ?? SHEET_NAMES[sheet]} has rows but no column naming the lot they took: no on hand is counted.`,
    );

  return {
    today,
    settings,
    useWindow,
    lots,
    materials,
    products,
    notCounted: problems.items.map((problem) => toProblem(problem, labels)),
    unmatched: movementsOfNoLot(
      stockTables,
      hasColumn('receipts', 'lotNumber') && hasColumn('batches', 'batchCode')
        ? new Map([...stock.lots.values()].map((lot) => [lot.key, lot.code]))
        : null,
    ).map((problem) => toProblem(problem, labels)),
    notChecked,
    noLeadTimeColumn,
  };
}

interface Lookups {
  isUnreadable: (sheet: StockSheetKey, row: number, column: string) => boolean;
  hasColumn: (sheet: StockSheetKey, column: string) => boolean;
  onHandOf: (lot: StockLot) => number | null;
  movementsUnread: readonly StockSheetKey[];
  /** Receipts was read with its lot numbers and material codes: a material with no lot has none. */
  receiptLotsKnown: boolean;
}

function materialLines(
  input: StockInput,
  lotsByKey: ReadonlyMap<string, StockLot>,
  byComponent: ReadonlyMap<string, readonly StockLot[]>,
  window: StockFigures['useWindow'],
  problems: ProblemList,
  { isUnreadable, hasColumn, onHandOf, movementsUnread, receiptLotsKnown }: Lookups,
): MaterialLine[] {
  const { today, tables } = input;
  const suppliers = new Map<string, TypedRow>();
  for (const supplier of tables.suppliers) {
    const key = codeKey(rowText(supplier, 'supplier'));
    if (key !== '' && !suppliers.has(key)) suppliers.set(key, supplier);
  }

  // Materials in sheet order, then codes that only Receipts name.
  const rows = new Map<string, TypedRow | null>();
  for (const material of tables.materials) {
    const key = codeKey(rowText(material, 'materialCode'));
    if (key !== '' && !rows.has(key)) rows.set(key, material);
  }
  for (const receipt of tables.receipts) {
    const key = codeKey(rowText(receipt, 'materialCode'));
    if (key !== '' && !rows.has(key)) rows.set(key, null);
  }

  // What each material's lots went into, batch by batch, in the window.
  const madeOf = new Map<string, Day | null>();
  for (const batch of tables.batches) {
    const id = codeKey(rowText(batch, 'batchId'));
    if (id !== '' && !madeOf.has(id)) madeOf.set(id, rowDay(batch, 'made'));
  }
  const uses = new Map<string, { row: number; batch: string; quantity: number | null; unit: Unit | null; lot: StockLot }[]>();
  const undated = new Map<string, number[]>();
  // Without these columns no use can be placed in time (said once at the top, not once a row).
  const placeable =
    receiptLotsKnown && hasColumn('batchInputs', 'batchId') && hasColumn('batches', 'batchId') && hasColumn('batches', 'made');
  for (const line of placeable ? tables.batchInputs : []) {
    const lot = lotsByKey.get(codeKey(rowText(line, 'lot')));
    if (!lot || lot.kind !== 'lot') continue;
    const material = codeKey(lot.component);
    const batch = codeKey(rowText(line, 'batchId'));
    const made = madeOf.get(batch) ?? null;
    if (made === null) {
      const list = undated.get(material) ?? [];
      list.push(line.row);
      undated.set(material, list);
      problems.add({
        sheet: 'batchInputs',
        row: line.row,
        column: 'batchId',
        message: `this use of ${lot.code} cannot be placed in time: ${batch === '' ? 'it names no Batch ID' : `Batch ID ${rowText(line, 'batchId')} has no Batches row with a readable Made date`}, so ${lot.component}'s use per week is not counted.`,
      });
      continue;
    }
    if (made < window.from || made > window.to) continue;
    const list = uses.get(material) ?? [];
    list.push({ row: line.row, batch, quantity: rowNumber(line, 'quantity'), unit: rowUnit(line, 'unit'), lot });
    uses.set(material, list);
  }

  const lines: MaterialLine[] = [];
  for (const [key, row] of rows) {
    const notes: string[] = [];
    const lots = (byComponent.get(key) ?? []).filter((lot) => lot.kind === 'lot');
    const code = row ? rowText(row, 'materialCode') : (lots[0]?.component ?? key);
    if (!row) notes.push('not on the Materials sheet');
    let unit = row ? rowUnit(row, 'unit') : null;
    if (!unit) {
      unit = lots.find((lot) => lot.unit !== null)?.unit ?? null;
      if (row && unit) notes.push(`Materials row ${row.row} has no readable Unit: counted in ${unit.symbol}, its first lot's unit`);
    }

    // Usable: Available, not expired, a single lot to its code; counted as the sidebar offers them.
    let usable: number | null = unit ? 0 : null;
    let usableLots = 0;
    const uncounted: string[] = [];
    // Lots that may have expired: whether they are usable is not known.
    const expiryUnread: string[] = [];
    for (const lot of lots) {
      if (lot.duplicated || lot.status.toLowerCase() !== HELD_LOT) continue;
      if (lot.expiresUnread) {
        expiryUnread.push(lot.code);
        continue;
      }
      if (lot.expires !== null && lot.expires < today) continue;
      if (lot.since !== null && lot.since > today) continue;
      const onHand = onHandOf(lot);
      if (onHand === null || lot.unit === null) {
        uncounted.push(lot.code);
        continue;
      }
      if (onHand <= 0) {
        if (onHand < 0) notes.push(`${lot.code} shows more used than received (see the top); counted as nothing left`);
        continue;
      }
      const converted = unit ? convert(onHand, lot.unit, unit) : null;
      if (converted === null) {
        uncounted.push(lot.code);
        if (unit)
          problems.add({
            sheet: 'receipts',
            row: lot.row,
            column: 'unit',
            message: `${lot.code} is kept in ${lot.unit.symbol}, which does not convert to ${code}'s unit ${unit.symbol}: ${code}'s usable on hand is not counted.`,
          });
        continue;
      }
      usableLots++;
      if (usable !== null) usable += converted;
    }
    if (uncounted.length > 0 || expiryUnread.length > 0 || movementsUnread.length > 0 || !receiptLotsKnown) {
      usable = null;
      if (expiryUnread.length > 0) notes.push(`usable not counted: the Expires of ${listed(expiryUnread)} cannot be read`);
      if (!receiptLotsKnown) notes.push('usable not counted: Receipts cannot be read (see the top)');
      if (uncounted.length > 0) notes.push(`usable not counted: the on hand of ${listed(uncounted)} cannot be counted`);
    } else if (usable !== null) usable = round(usable);
    if (!unit) notes.push('no unit to count it in');

    // Use per week: the window's Batch inputs of its lots, in its unit.
    let used: number | null = unit ? 0 : null;
    const batches = new Set<string>();
    const uncountedUses: number[] = [];
    for (const use of uses.get(key) ?? []) {
      const converted = use.quantity !== null && use.unit && unit ? convert(use.quantity, use.unit, unit) : null;
      if (converted === null) {
        uncountedUses.push(use.row);
        if (use.quantity !== null && use.unit && unit)
          problems.add({
            sheet: 'batchInputs',
            row: use.row,
            column: 'unit',
            message: `${use.quantity} ${use.unit.symbol} of ${use.lot.code} does not convert to ${code}'s unit ${unit.symbol}: ${code}'s use per week is not counted.`,
          });
        continue;
      }
      batches.add(use.batch);
      if (used !== null) used += converted;
    }
    const undatedRows = undated.get(key) ?? [];
    if (uncountedUses.length > 0) notes.push(`use not counted: Batch inputs ${rowsListed(uncountedUses)} cannot be counted`);
    if (undatedRows.length > 0) notes.push(`use not counted: Batch inputs ${rowsListed(undatedRows)} belong to no dated batch`);
    if (!placeable) notes.push('use not counted (see the top)');
    const usePerWeek =
      placeable && used !== null && uncountedUses.length === 0 && undatedRows.length === 0 ? round2((used * 7) / window.days) : null;

    // Reorder point.
    const reorderAt = row ? rowNumber(row, 'reorderAt') : null;
    let atOrBelowReorder: boolean | null = null;
    const reorderAtUnreadable = row !== null && isUnreadable('materials', row.row, 'reorderAt');
    if (reorderAtUnreadable) notes.push('Reorder at cannot be read: not checked');
    else if (reorderAt !== null && usable !== null) atOrBelowReorder = usable <= reorderAt;
    else if (reorderAt !== null) notes.push('not checked against Reorder at: usable not counted');

    // Cover and dates, from the unrounded rate.
    let weeksOfCover: number | null = null;
    let runsOut: Day | null = null;
    if (usable !== null && used !== null && usePerWeek !== null) {
      if (used > 0) {
        const perDay = used / window.days;
        weeksOfCover = Math.round((usable / perDay / 7) * 10) / 10;
        runsOut = addDays(today, Math.floor(usable / perDay));
      } else notes.push(`no use in the last ${USE_WEEKS} weeks`);
    }

    // Lead time: the material's own, else its default supplier's.
    let leadTimeDays: number | null = null;
    let leadTimeFrom: MaterialLine['leadTimeFrom'] = null;
    let leadTimeUnreadable = false;
    const ownLead = row ? rowNumber(row, 'leadTimeDays') : null;
    if (row && isUnreadable('materials', row.row, 'leadTimeDays')) leadTimeUnreadable = true;
    else if (ownLead !== null) [leadTimeDays, leadTimeFrom] = [ownLead, 'Materials'];
    else {
      const supplier = row ? suppliers.get(codeKey(rowText(row, 'supplier'))) : undefined;
      const theirs = supplier ? rowNumber(supplier, 'leadTimeDays') : null;
      if (supplier && isUnreadable('suppliers', supplier.row, 'leadTimeDays')) leadTimeUnreadable = true;
      else if (theirs !== null) [leadTimeDays, leadTimeFrom] = [theirs, 'Suppliers'];
    }
    if (leadTimeDays !== null && (leadTimeDays < 0 || !Number.isFinite(leadTimeDays))) {
      notes.push(`a Lead time of ${leadTimeDays} days is not one: not used`);
      leadTimeDays = null;
      leadTimeFrom = null;
      leadTimeUnreadable = true;
    }
    let reorderBy: Day | null = null;
    if (runsOut !== null) {
      if (leadTimeUnreadable) notes.push('reorder by not worked out: its Lead time cannot be read');
      else {
        if (leadTimeDays === null && (hasColumn('materials', 'leadTimeDays') || hasColumn('suppliers', 'leadTimeDays')))
          notes.push('no Lead time: reorder by is the run-out date');
        reorderBy = addDays(runsOut, -Math.ceil(leadTimeDays ?? 0));
        if (reorderBy < today) notes.push('reorder now: the reorder-by date has passed');
      }
    }
    if (atOrBelowReorder) notes.unshift('at or below its reorder point');

    lines.push({
      code,
      name: row ? rowText(row, 'material') : '',
      unit: unit?.symbol ?? '',
      usable,
      usableLots,
      reorderAt,
      atOrBelowReorder,
      reorderAtUnreadable,
      usePerWeek,
      batches: batches.size,
      weeksOfCover,
      runsOut,
      leadTimeDays,
      leadTimeFrom,
      reorderBy,
      notes,
    });
  }
  return lines;
}

function productLines(
  products: readonly TypedRow[],
  byComponent: ReadonlyMap<string, readonly StockLot[]>,
  today: Day,
  onHandOf: (lot: StockLot) => number | null,
  /** Batches was read with its batch codes and SKUs: a product with no batch has none. */
  batchesKnown: boolean,
): ProductLine[] {
  const rows = new Map<string, TypedRow | null>();
  for (const product of products) {
    const key = codeKey(rowText(product, 'sku'));
    if (key !== '' && !rows.has(key)) rows.set(key, product);
  }
  for (const [key, lots] of byComponent) if (!rows.has(key) && lots.some((lot) => lot.kind === 'batch')) rows.set(key, null);

  const lines: ProductLine[] = [];
  for (const [key, row] of rows) {
    const batches = (byComponent.get(key) ?? []).filter((lot) => lot.kind === 'batch');
    const unit = (row ? rowUnit(row, 'unit') : null) ?? batches.find((batch) => batch.unit)?.unit ?? PIECES;
    const none = batchesKnown ? 0 : null;
    const sums = { released: none as number | null, expired: none as number | null, held: none as number | null };
    const uncounted: string[] = [];
    let withStock = 0;
    for (const batch of batches) {
      const onHand = onHandOf(batch);
      const which =
        batch.duplicated || batch.status.toLowerCase() !== RELEASED
          ? 'held'
          : batch.expires !== null && batch.expires < today
            ? 'expired'
            : 'released';
      const converted = onHand !== null && batch.unit && !batch.expiresUnread ? convert(onHand, batch.unit, unit) : null;
      if (converted === null) {
        uncounted.push(batch.code);
        sums[which] = null;
        continue;
      }
      if (converted === 0) continue;
      withStock++;
      if (sums[which] !== null) sums[which] = (sums[which] as number) + converted;
    }
    if (batches.length === 0 && !row) continue;
    const notes: string[] = [];
    if (!row) notes.push('not on the Products sheet');
    if (uncounted.length > 0) notes.push(`not counted: ${listed(uncounted)} (see the top)`);
    if (!batchesKnown) notes.push('not counted: Batches cannot be read (see the top)');
    const rounded = (value: number | null) => (value === null ? null : round(value));
    lines.push({
      sku: row ? rowText(row, 'sku') : (batches[0]?.component ?? key),
      name: row ? rowText(row, 'product') : '',
      unit: unit.symbol,
      released: rounded(sums.released),
      expired: rounded(sums.expired),
      held: rounded(sums.held),
      batches: withStock,
      notes,
    });
  }
  return lines;
}

/** The last 8 weeks to today; shorter when the first batch was made later (the rate is then over those days, at least a week). */
function windowOf(today: Day, batches: readonly TypedRow[]): StockFigures['useWindow'] {
  let first: Day | null = null;
  for (const batch of batches) {
    const made = rowDay(batch, 'made');
    if (made !== null && (first === null || made < first)) first = made;
  }
  let days = USE_WEEKS * 7;
  if (first !== null && first <= today) days = Math.max(7, Math.min(days, daysBetween(first, today) + 1));
  return { from: addDays(today, -(days - 1)), to: today, days };
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
  const utc = (day: Day) => {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const NAMED = 3;

function listed(codes: readonly string[]): string {
  return namedFew(codes, NAMED);
}

function rowsListed(rows: readonly number[]): string {
  return `row${rows.length === 1 ? '' : 's'} ${listed(rows.map(String))}`;
}

function headerName(sheet: StockSheetKey, column: string): string {
  // The code's header for the key (workbook.ts), through toProblem's naming.
  return toProblem({ sheet, column, message: '' }).column ?? column;
}
