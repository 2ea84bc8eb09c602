// The check a production run passes before anything is written, made on the server against the
// sheets as they are at save time — not as the sidebar loaded them: someone may have used a lot since.
// Every problem is found at once and tied to its field or line; a run with any problem writes nothing.
import type { ProductionRunRequest, RunProblem } from '../../contract/production';
import { codeKey, invisibleCharacterIn, sameCode } from '../codes';
import type { Day } from '../days';
import { excerpt } from '../excerpt';
import { round } from '../on-hand';
import { convert, parseUnit, type Unit } from '../units';
import type { Catalog, Product } from './catalog';
import { defaultExpiry } from './expiry';
import type { ProductionRunRows } from './run-rows';
import { findLot, type Stock, type StockLot } from './stock';
import { whyUnusable } from './usable';

/** Codes allocated under the document lock (code-formats), just before validating. */
export interface RunCodes {
  /** The next Batch ID. */
  batchId: string;
  /** The generated batch code, used when the request brings none (the maker left it as proposed). */
  batchCode: string;
}

export type RunValidation =
  { ok: true; batchId: string; batchCode: string; expires: Day | null; rows: ProductionRunRows } | { ok: false; problems: RunProblem[] };

type Place = { list: 'inputs' | 'waste'; line: number };

/** Codes and names go on labels and in dropdowns (as for a delivery, delivery-rules.ts). */
const NAME_LIMIT = 200;
const LINE_BREAK = /[\r\n\t]/;

/** Why a code or name typed for the batch cannot be written, or null. */
function shapeProblem(text: string): string | null {
  if (LINE_BREAK.test(text.trim())) return 'Write it on one line.';
  return text.trim().length > NAME_LIMIT ? `Too long: at most ${NAME_LIMIT} characters.` : null;
}

/** How much of one lot the run takes across all its lines, in the lot's unit. */
interface Take {
  lot: StockLot;
  unit: Unit;
  total: number;
  places: Place[];
}

/**
 * The rows to append for a run, or why not. `run` is what the sidebar sent, already checked for shape
 * (src/contract/production.ts, parseRunRequest); `stock` and `catalog` are read from the sheets at save time.
 */
export function validateProductionRun(
  run: ProductionRunRequest,
  stock: Stock,
  catalog: Catalog,
  codes: RunCodes,
  /** Today where the spreadsheet is; null to leave the date made unchecked against it. */
  today: Day | null = null,
): RunValidation {
  const waste = run.waste ?? [];
  const problems: RunProblem[] = [];
  const product = catalog.product(run.sku);
  if (!product) problems.push({ field: 'sku', message: `There is no product ${named(run.sku)} on the Products sheet.` });
  if (today !== null && run.dateMade > today)
    problems.push({ field: 'dateMade', message: `${run.dateMade} is after today (${today}): a run is saved once it is made.` });
  const madeBy = shapeProblem(run.madeBy ?? '');
  if (madeBy) problems.push({ field: 'madeBy', message: madeBy });
  const productUnit = product?.unit.symbol ?? '';
  if (!(run.quantityToMake > 0)) problems.push({ field: 'quantityToMake', message: 'The quantity to make must be more than 0.' });
  if (!(run.quantityMade > 0)) problems.push({ field: 'quantityMade', message: 'The quantity made must be more than 0.' });

  const batchCode = run.batchCode?.trim() || codes.batchCode.trim();
  problems.push(...checkNewCodes(codes.batchId, batchCode, stock));
  if (run.inputs.length === 0) problems.push({ field: 'inputs', message: 'A run needs at least one input lot.' });

  const takes = new Map<string, Take>();
  const take = (lot: StockLot, unit: Unit, quantity: number, place: Place) => {
    const inLotUnit = convert(quantity, unit, lot.unit as Unit) as number;
    const existing = takes.get(lot.key);
    if (existing) {
      existing.total += inLotUnit;
      existing.places.push(place);
    } else takes.set(lot.key, { lot, unit: lot.unit as Unit, total: inLotUnit, places: [place] });
  };

  run.inputs.forEach((line, index) => {
    const place: Place = { list: 'inputs', line: index };
    const at = (field: string, message: string) => problems.push({ ...place, field, message });
    const bom = product ? catalog.bomOf(product.sku) : [];
    if (product && !bom.some((bomLine) => sameCode(bomLine.component, line.component))) {
      at('component', `${named(line.component)} is not on the BoM of ${product.sku}.`);
    }
    const quantityOk = checkQuantity(line.quantity, at);
    const unit = checkUnit(line.unit, at);
    const lot = findLot(stock, line.lot);
    if (!lot) return at('lot', `There is no lot or batch ${named(line.lot)} on Receipts or Batches.`);
    const kind = catalog.componentKind(line.component);
    if (!sameCode(lot.component, line.component) || lot.kind !== (kind === 'material' ? 'lot' : 'batch')) {
      return at(
        'lot',
        `${lot.code} is ${lot.kind === 'lot' ? 'a lot' : 'a batch'} of ${lot.component || 'nothing named'}, not of ${named(line.component)}.`,
      );
    }
    const unusable = whyUnusable(lot, run.dateMade);
    if (unusable) return at('lot', capitalize(unusable));
    if (unit && lot.unit && checkConverts(unit, lot, at) && quantityOk) take(lot, unit, line.quantity, place);
  });

  const newBatch = product ? newBatchLot(run, product, batchCode) : null;
  waste.forEach((line, index) => {
    const place: Place = { list: 'waste', line: index };
    const at = (field: string, message: string) => problems.push({ ...place, field, message });
    const quantityOk = checkQuantity(line.quantity, at);
    const unit = checkUnit(line.unit, at);
    // Product discarded during the run (off-spec bars) comes out of the batch being made.
    const lot = newBatch && sameCode(line.lot, batchCode) ? newBatch : findLot(stock, line.lot);
    if (!lot) return at('lot', `There is no lot or batch ${named(line.lot)} on Receipts or Batches, and it is not this batch's code.`);
    // Discarding a quarantined or expired lot is what waste is for: only a lot that can be counted is needed.
    if (lot.duplicated) return at('lot', `${lot.code} names more than one lot in Receipts and Batches; rename one first.`);
    if (lot.onHand === null || !lot.unit)
      return at('lot', `The on hand of ${lot.code} cannot be counted (see the problems listed for its sheet).`);
    if (unit && checkConverts(unit, lot, at) && quantityOk) take(lot, unit, line.quantity, place);
  });

  for (const { lot, unit, total, places } of takes.values()) {
    const onHand = lot.onHand as number;
    if (round(total) <= onHand) continue;
    const where = places.length > 1 ? ` (${places.map(describePlace).join(', ')})` : '';
    const what = lot === newBatch ? `this batch makes ${onHand} ${unit.symbol}` : `${lot.code} has ${onHand} ${unit.symbol} on hand`;
    for (const place of places) {
      problems.push({
        ...place,
        field: 'quantity',
        message: `${capitalize(what)}; this run takes ${round(total)} ${unit.symbol} of it${where}.`,
      });
    }
  }

  let expires: Day | null = run.expires || null;
  if (expires !== null && expires < run.dateMade)
    problems.push({ field: 'expires', message: `The expiry ${expires} is before the date made, ${run.dateMade}.` });
  if (problems.length > 0 || !product) return { ok: false, problems };

  const inputLots = run.inputs.map((line) => findLot(stock, line.lot) as StockLot);
  expires ??= defaultExpiry(
    run.dateMade,
    product.shelfLifeDays,
    inputLots.map((lot) => lot.expires),
  );
  const batchId = codes.batchId.trim();
  const unitOf = (text: string) => (parseUnit(text) as Unit).symbol;
  return {
    ok: true,
    batchId,
    batchCode,
    expires,
    rows: {
      batches: [
        {
          batchId,
          made: run.dateMade,
          sku: product.sku,
          batchCode,
          quantityMade: run.quantityMade,
          unit: productUnit,
          expires: expires ?? '',
          status: 'Released',
          madeBy: run.madeBy?.trim() ?? '',
          // Costed by the save from the sheets as they are (costRun), not by the sidebar.
          cost: '',
          unitCost: '',
          notes: run.notes?.trim() ?? '',
        },
      ],
      batchInputs: run.inputs.map((line, index) => ({
        batchId,
        lot: (inputLots[index] as StockLot).code,
        quantity: line.quantity,
        unit: unitOf(line.unit),
        notes: '',
      })),
      waste: waste.map((line) => ({
        date: run.dateMade,
        lot: findLot(stock, line.lot)?.code ?? batchCode,
        quantity: line.quantity,
        unit: unitOf(line.unit),
        reason: line.reason,
        notes: line.notes?.trim() ?? '',
      })),
    },
  };
}

/** A new Batch ID or batch code that is already in use would make two records one. */
function checkNewCodes(batchId: string, batchCode: string, stock: Stock): RunProblem[] {
  const problems: RunProblem[] = [];
  if (batchId.trim() === '') problems.push({ field: 'batchId', message: 'No Batch ID was given to the new batch.' });
  else if (stock.batchIds.has(codeKey(batchId)))
    problems.push({ field: 'batchId', message: `Batch ID ${batchId.trim()} is already on the Batches sheet.` });
  const taken = findLot(stock, batchCode);
  const shape = shapeProblem(batchCode);
  const invisible = invisibleCharacterIn(batchCode);
  if (batchCode === '') problems.push({ field: 'batchCode', message: 'Enter a batch code.' });
  else if (shape) problems.push({ field: 'batchCode', message: shape });
  else if (taken) {
    const where = taken.kind === 'lot' ? `the lot number on Receipts row ${taken.row}` : `the batch code on Batches row ${taken.row}`;
    problems.push({ field: 'batchCode', message: `${batchCode} is already ${where}; every lot number and batch code must be unique.` });
  } else if (invisible) problems.push({ field: 'batchCode', message: `It holds ${invisible}: type it again without it.` });
  return problems;
}

function checkQuantity(quantity: number, at: (field: string, message: string) => void): boolean {
  if (quantity > 0) return true;
  at('quantity', 'The quantity must be more than 0.');
  return false;
}

function checkUnit(text: string, at: (field: string, message: string) => void): Unit | null {
  const unit = parseUnit(text);
  if (!unit) at('unit', `"${excerpt(text)}" is not a unit we know (mg, g, kg, oz, lb, ml, l, fl oz, gal, pcs).`);
  return unit;
}

function checkConverts(unit: Unit, lot: StockLot, at: (field: string, message: string) => void): boolean {
  if (lot.unit && convert(1, unit, lot.unit) !== null) return true;
  at('unit', `${lot.code} is kept in ${lot.unit?.symbol ?? 'no known unit'}: ${unit.symbol} (${unit.kind}) does not convert to it.`);
  return false;
}

/** The batch being made, as a lot its own waste lines may take from. */
function newBatchLot(run: ProductionRunRequest, product: Product, batchCode: string): StockLot {
  return {
    key: codeKey(batchCode),
    code: batchCode,
    kind: 'batch',
    row: 0,
    component: product.sku,
    since: run.dateMade,
    expires: null,
    expiresUnread: false,
    status: 'Released',
    unit: product.unit,
    quantityIn: run.quantityMade,
    onHand: run.quantityMade,
    duplicated: false,
  };
}

function describePlace(place: Place): string {
  return `${place.list === 'inputs' ? 'input' : 'waste'} line ${place.line + 1}`;
}

/** A code or name as the request gave it, short enough to quote. */
function named(text: string): string {
  return excerpt(text) || '(blank)';
}

function capitalize(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
