// The check waste passes before anything is written, made on the server against the sheets as they are
// at save time (someone may have used the lot since the sidebar opened). Waste may take only what is on
// hand — except a Count correction, which is how a maker says the shelf holds less than the records do,
// and may take a lot below zero (said in the Log). A held lot (Quarantined, Recalled) may be wasted:
// that is how destroyed recalled stock is recorded. Every problem is found at once, at its line.
import type { RecordWasteRequest, WasteProblem } from '../../contract/waste';
import type { Day } from '../days';
import { excerpt } from '../excerpt';
import { round } from '../on-hand';
import type { WasteRecord } from '../production/run-rows';
import { findLot, type Stock, type StockLot } from '../production/stock';
import { convert, parseUnit, type Unit } from '../units';
import { nearestLots, notFoundMessage, whyNotCountable } from './lookup';

const CORRECTION = 'Count correction';

export interface WasteOfLot {
  lot: StockLot;
  /** Everything the save takes of it, in its own unit. */
  total: number;
  onHandAfter: number;
}

export type WasteValidation =
  | {
      ok: true;
      rows: WasteRecord[];
      /** Per lot taken from, in the order first met. */
      lots: WasteOfLot[];
      /** Per row: its lot's entry of `lots`. */
      lotOfRow: WasteOfLot[];
      belowZero: string[];
    }
  | { ok: false; problems: WasteProblem[] };

interface Take {
  lot: StockLot;
  total: number;
  /** Taken by lines whose reason is not a count correction: these must fit in on hand. */
  outright: number;
  outrightLines: number[];
}

/** `request` was checked for shape (parseRecordWasteRequest); `stock` was read at save time. */
export function validateWaste(request: RecordWasteRequest, stock: Stock, today: Day): WasteValidation {
  const problems: WasteProblem[] = [];
  if (request.date > today)
    problems.push({ field: 'date', message: `${request.date} is after today (${today}): record waste once it has happened.` });
  if (request.lines.length === 0) problems.push({ field: 'form', message: 'Add a line: which lot or batch, and how much.' });

  const takes = new Map<string, Take>();
  const lots: StockLot[] = [];
  request.lines.forEach((line, index) => {
    const at = (field: string, message: string) => problems.push({ line: index, field, message });
    const quantityOk = line.quantity > 0;
    if (!quantityOk) at('quantity', 'The quantity must be more than 0.');
    const unit = parseUnit(line.unit);
    if (!unit) at('unit', `"${excerpt(line.unit)}" is not a unit we know (mg, g, kg, oz, lb, ml, l, fl oz, gal, pcs).`);
    const lot = findLot(stock, line.lot);
    if (!lot) return at('lot', notFoundMessage(line.lot, nearestLots(stock, line.lot)));
    lots[index] = lot;
    const why = whyNotCountable(lot);
    if (why) return at('lot', why);
    const lotUnit = lot.unit as Unit;
    if (!unit || !quantityOk) return;
    const inLotUnit = convert(line.quantity, unit, lotUnit);
    if (inLotUnit === null)
      return at('unit', `${lot.code} is kept in ${lotUnit.symbol}: ${unit.symbol} (${unit.kind}) does not convert to it.`);
    let take = takes.get(lot.key);
    if (!take) takes.set(lot.key, (take = { lot, total: 0, outright: 0, outrightLines: [] }));
    take.total += inLotUnit;
    if (line.reason !== CORRECTION) {
      take.outright += inLotUnit;
      take.outrightLines.push(index);
    }
  });

  const belowZero: string[] = [];
  const byLot: WasteOfLot[] = [];
  for (const { lot, total, outright, outrightLines } of takes.values()) {
    const onHand = lot.onHand as number;
    const symbol = (lot.unit as Unit).symbol;
    if (round(outright) > onHand) {
      const lines = outrightLines.length > 1 ? ` (lines ${outrightLines.map((line) => line + 1).join(', ')})` : '';
      for (const line of outrightLines)
        problems.push({
          line,
          field: 'quantity',
          message: `${lot.code} has ${onHand} ${symbol} on hand; this takes ${round(outright)} ${symbol} of it${lines}. Only a Count correction may take more than is on hand.`,
        });
      continue;
    }
    const after = round(onHand - total);
    if (after < 0) belowZero.push(`takes ${lot.code} below zero, to ${after} ${symbol} (${onHand} ${symbol} was on hand)`);
    byLot.push({ lot, total: round(total), onHandAfter: after });
  }
  if (problems.length > 0) return { ok: false, problems };

  const ofKey = new Map(byLot.map((each) => [each.lot.key, each]));
  return {
    ok: true,
    lots: byLot,
    lotOfRow: request.lines.map((_, index) => ofKey.get((lots[index] as StockLot).key) as WasteOfLot),
    belowZero,
    rows: request.lines.map((line, index) => ({
      date: request.date,
      lot: (lots[index] as StockLot).code,
      quantity: line.quantity,
      unit: (parseUnit(line.unit) as Unit).symbol,
      reason: line.reason,
      notes: line.notes?.trim() ?? '',
    })),
  };
}
