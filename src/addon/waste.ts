// Menu: Record waste… — the sidebar where stock taken out of a lot or batch is recorded (damaged, off-spec,
// expired, destroyed in a recall, kept as a sample, or a count correction), and its calls: one to load
// (today, the code in the current cell, codes with stock), one to look up codes as the maker types them,
// and one to save. Saving trusts nothing the sidebar sends: on hand is counted again from the sheets as
// they are under the document lock, and every Waste row goes in with a Log row — or, on any problem, none.
import {
  lotsOnHandLabel,
  lotsOnHandRequest,
  MAX_WASTE_SUGGESTIONS,
  parseRecordWasteRequest,
  type LotLookup,
  type LotsOnHandAnswer,
  type LotsOnHandRequest,
  type RecordWasteRequest,
  type WasteResult,
  type WasteSetup,
} from '../contract/waste';
import { parseOrExplain } from '../contract/wire-problems';
import { capNotices } from '../domain/notices';
import { findLot, stockOnHand, type Stock } from '../domain/production';
import { describeProblem, toProblem } from '../domain/problems';
import { codesWithStock, lookUpLot } from '../domain/waste/lookup';
import { validateWaste, type WasteOfLot, type WasteValidation } from '../domain/waste/validate-waste';
import { LayoutCache } from '../sheets/layout-cache';
import { missingColumnMessages, missingSheetMessages } from '../sheets/production-reader';
import { tracedCodeOf } from '../sheets/report-origin';
import { describeWritten, writeAllOrNothing } from '../sheets/save-writes';
import { readWasteSheets } from '../sheets/waste-reader';
import { Workbook } from '../sheets/workbook';
import { saveUnderDocumentLock } from './save-under-lock';

const TITLE = 'Record waste';

export function showWasteSidebar(): void {
  const page = HtmlService.createHtmlOutputFromFile('Waste').setTitle(TITLE);
  SpreadsheetApp.getUi().showSidebar(page);
}

/** google.script.run: what the sidebar opens with. */
export function loadWaste(): WasteSetup {
  const workbook = Workbook.active(LayoutCache.load());
  const sheets = readWasteSheets(workbook);
  const stock = stockOnHand(sheets.stock);
  const current = lotAtCursor(workbook, stock);
  workbook.saveLayouts();
  const notices = [
    ...missingSheetMessages(workbook, sheets.missing),
    ...sheets.problems.map(describeProblem),
    ...stock.problems.map((problem) => describeProblem(toProblem(problem))),
  ];
  return { today: workbook.today(), current, suggestions: codesWithStock(stock, MAX_WASTE_SUGGESTIONS), notices: capNotices(notices) };
}

/** google.script.run: each code's lot or batch with its on hand now, or the nearest codes. */
export function lotsOnHand(request: LotsOnHandRequest): LotsOnHandAnswer {
  const { codes } = parseOrExplain(lotsOnHandRequest, request, lotsOnHandLabel);
  const workbook = Workbook.active(LayoutCache.load());
  const stock = stockOnHand(readWasteSheets(workbook).stock);
  workbook.saveLayouts();
  return { lots: codes.map((code) => lookUpLot(stock, code)) };
}

/** google.script.run: check the lines against the sheets as they are now and append their Waste rows. */
export function recordWaste(request: RecordWasteRequest): WasteResult {
  // Nothing is read before the request is known to be waste lines: each way it is not, said at its field.
  const parsed = parseRecordWasteRequest(request);
  if (!parsed.ok) return parsed;
  const workbook = Workbook.active(LayoutCache.load());
  return saveUnderDocumentLock(workbook, () => saveWaste(workbook, parsed.request));
}

function saveWaste(workbook: Workbook, request: RecordWasteRequest): WasteResult {
  const sheets = readWasteSheets(workbook);
  const formProblems = (messages: string[]): WasteResult => ({
    ok: false,
    problems: messages.map((message) => ({ field: 'form', message })),
  });
  if (sheets.missing.includes('waste')) return formProblems(missingSheetMessages(workbook, ['waste']));
  const columns = missingColumnMessages(workbook, ['waste']);
  if (columns.length > 0) return formProblems(columns);

  const checked = validateWaste(request, stockOnHand(sheets.stock), workbook.today());
  if (!checked.ok) return checked;
  const written = writeAllOrNothing(workbook, [{ key: 'waste', records: checked.rows }], {
    action: TITLE,
    details: (where) => logDetails(checked, describeWritten(where)),
  });
  if (!written.ok)
    return formProblems([
      `Nothing was saved: writing to the ${written.sheet} sheet failed (${written.message}). What had been written was removed again.`,
    ]);
  const [rows] = written.written;
  return {
    ok: true,
    sheet: rows?.sheet ?? 'Waste',
    rows: checked.rows.map((row, index) => {
      const { lot, onHandAfter } = checked.lotOfRow[index] as WasteOfLot;
      const first = rows?.firstRow ?? 0;
      const { lot: code, quantity, unit, reason } = row;
      return { row: first + index, lot: code, quantity, unit, reason, onHandAfter, lotUnit: lot.unit?.symbol ?? unit };
    }),
    belowZero: checked.belowZero,
    addedColumns: written.addedColumns,
  };
}

/** The Log's sentence: what was taken out of which lot, why, what is left, and where it was written. */
function logDetails(checked: Extract<WasteValidation, { ok: true }>, where: string): string {
  const byCode = new Map(checked.lots.map((each) => [each.lot.code, each.lot]));
  // A held lot wasted is most often recalled stock destroyed: the Log says it was held.
  const held = (code: string) => {
    const lot = byCode.get(code);
    const status = lot?.status ?? '';
    return lot && status !== '' && !/^(available|released)$/i.test(status) ? `, the ${lot.kind} is ${status}` : '';
  };
  const lines = checked.rows.map((row) => `${row.quantity} ${row.unit} of ${row.lot} (${row.reason}${held(row.lot)})`).join(', ');
  const left = checked.lots.map(({ lot, onHandAfter }) => `${lot.code} ${onHandAfter} ${lot.unit?.symbol ?? ''}`).join(', ');
  const below = checked.belowZero.length > 0 ? `; the count correction ${checked.belowZero.join('; ')}` : '';
  return `Wasted on ${checked.rows[0]?.date ?? ''}: ${lines}; on hand now ${left}${below}; into ${where}`;
}

/**
 * The lot or batch the maker is on: the code in the current cell, else the code a trace report traced
 * (when the sidebar is opened from one); null when neither names a lot.
 */
function lotAtCursor(workbook: Workbook, stock: Stock): LotLookup | null {
  const cell = workbook.currentCell();
  if (!cell) return null;
  const inCell = cell.getDisplayValue().trim();
  if (inCell !== '' && findLot(stock, inCell)) return lookUpLot(stock, inCell);
  const traced = tracedCodeOf(cell.getSheet());
  return traced && findLot(stock, traced) ? lookUpLot(stock, traced) : null;
}
