// Menu: Put on hold… and Release hold… — a sidebar listing the traced lot and every batch a forward
// trace reached, with their Status and on hand now (previewHolds), and saving the maker's choice
// (saveHolds): under the document lock each ticked row is checked again, then only those Status cells
// are set, all or nothing, with one Log row naming every code, its old and new Status, and the reason.
// The production and receiving forms refuse held lots, so a hold stops the stock from being used.
import {
  parseHoldsRequest,
  previewHoldsRequest,
  saveHoldsRequest,
  type HoldMode,
  type HoldProblem,
  type HoldsPreview,
  type HoldsSaveResult,
  type PreviewHoldsRequest,
  type SaveHoldsRequest,
} from '../contract/holds';
import { checkChanges, holdLogDetails, type HeldSheet } from '../domain/holds/changes';
import { holdTargets } from '../domain/holds/targets';
import { LayoutCache } from '../sheets/layout-cache';
import { tracedCodeOf } from '../sheets/report-origin';
import { readHeldRows, writeStatuses, type HeldRows } from '../sheets/status-writes';
import { traceCode } from '../sheets/trace-code';
import { traceLabels } from '../sheets/trace-reader';
import { Workbook } from '../sheets/workbook';
import { saveUnderDocumentLock } from './save-under-lock';

const TITLES: Record<HoldMode, string> = { hold: 'Put on hold', release: 'Release hold' };
const PAGES: Record<HoldMode, string> = { hold: 'Holds', release: 'HoldsRelease' };
const HELD_SHEETS: readonly HeldSheet[] = ['receipts', 'batches'];

export function showPutOnHoldSidebar(): void {
  showSidebar('hold');
}

export function showReleaseHoldSidebar(): void {
  showSidebar('release');
}

function showSidebar(mode: HoldMode): void {
  const page = HtmlService.createHtmlOutputFromFile(PAGES[mode]).setTitle(TITLES[mode]);
  SpreadsheetApp.getUi().showSidebar(page);
}

/**
 * google.script.run: the lot and the batches a hold (or release) would change. Without a code, the one
 * the active trace report traced, else the current cell's: the sidebar asks as it opens, while the maker
 * is still where they chose the menu item.
 */
export function previewHolds(request: PreviewHoldsRequest): HoldsPreview {
  const parsed = parseHoldsRequest(previewHoldsRequest, request);
  if (!parsed.ok) return { ok: false, mode: 'hold', code: '', problems: parsed.problems };
  const { mode } = parsed.request;
  const workbook = Workbook.active(LayoutCache.load());
  const start = startingCode(workbook, parsed.request.code ?? '');
  const refuse = (code: string, message: string): HoldsPreview => ({ ok: false, mode, code, problems: [{ field: 'code', message }] });
  if (!start) return refuse('', 'Which lot or batch? Type its code, or click one in Receipts, Batches or a trace report first.');
  const traced = traceCode(workbook, start.code);
  workbook.saveLayouts();
  if (traced.kind === 'noCode') return refuse('', 'Type the lot number or batch code.');
  if (traced.kind === 'notFound') return refuse(start.code, traced.message);
  if (traced.trace.forward.length === 0)
    return refuse(
      start.code,
      `${traced.trace.start.written} is an order number: a hold is set on lots and batches. Type the batch code the order shipped.`,
    );
  const labels = traceLabels(workbook);
  const { targets, notices } = holdTargets(traced.trace, traced.details, labels);
  for (const key of HELD_SHEETS) {
    const table = workbook.openedTable(key);
    if (table && !table.has('status') && targets.some((target) => target.sheet === key))
      notices.push(`${table.name} has no Status column: saving adds it at its right end.`);
  }
  return { ok: true, mode, code: traced.trace.start.written, from: start.from, targets, notices };
}

function startingCode(
  workbook: Workbook,
  typed: string,
): { code: string; from: { kind: 'report' | 'cell' | 'typed'; sheet: string } } | null {
  if (typed.trim() !== '') return { code: typed.trim(), from: { kind: 'typed', sheet: '' } };
  const active = workbook.spreadsheet.getActiveSheet();
  const reported = tracedCodeOf(active);
  if (reported) return { code: reported, from: { kind: 'report', sheet: active.getName() } };
  const cell = workbook.currentCell();
  const inCell = cell ? cell.getDisplayValue().trim() : '';
  return inCell === '' || !cell ? null : { code: inCell, from: { kind: 'cell', sheet: cell.getSheet().getName() } };
}

/** google.script.run: set (or release) the hold on the ticked rows, checked again under the lock. */
export function saveHolds(request: SaveHoldsRequest): HoldsSaveResult {
  const parsed = parseHoldsRequest(saveHoldsRequest, request);
  if (!parsed.ok) return parsed;
  const save = parsed.request;
  const problems: HoldProblem[] = [];
  if (save.mode === 'hold' && !save.status) problems.push({ field: 'status', message: 'Choose Quarantined or Recalled.' });
  if (save.reason.trim() === '')
    problems.push({
      field: 'reason',
      message: `Give the reason for ${save.mode === 'hold' ? 'the hold' : 'releasing it'}: the Log keeps it.`,
    });
  if (problems.length > 0) return { ok: false, problems };
  const workbook = Workbook.active(LayoutCache.load());
  return saveUnderDocumentLock(workbook, () => saveChanges(workbook, save));
}

function saveChanges(workbook: Workbook, save: SaveHoldsRequest): HoldsSaveResult {
  const read = {} as Record<HeldSheet, HeldRows>;
  for (const key of HELD_SHEETS) {
    read[key] = readHeldRows(
      workbook,
      key,
      save.rows.filter((row) => row.sheet === key).map((row) => row.row),
    );
    if (!read[key].exists && save.rows.some((row) => row.sheet === key))
      return { ok: false, problems: [{ field: 'form', message: `There is no ${read[key].name} sheet now. Nothing was saved.` }] };
  }
  const names = { receipts: read.receipts.name, batches: read.batches.name };
  const chosen = save.status ?? 'Quarantined';
  const checked = checkChanges(
    { mode: save.mode, chosen, rows: save.rows },
    { receipts: read.receipts.now, batches: read.batches.now },
    names,
  );
  if (!checked.ok) return checked;
  const details = holdLogDetails({ mode: save.mode, chosen, code: save.code, reason: save.reason }, checked.changes, names);
  const written = writeStatuses(
    workbook,
    checked.changes,
    { receipts: read.receipts.before, batches: read.batches.before },
    { action: TITLES[save.mode], details },
  );
  if (!written.ok)
    return {
      ok: false,
      problems: [
        {
          field: 'form',
          message: `Nothing was saved: writing to the ${written.sheet} sheet failed (${written.message}). What had been changed was put back.`,
        },
      ],
    };
  return { ok: true, changed: checked.changes.length, addedStatusColumn: written.addedStatusColumn, summary: details };
}
