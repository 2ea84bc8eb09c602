// The workbook the workbench opens when there is no file yet: the soap maker from the trace fixtures
// (a year of receipts, batches and orders), every tab with a bold, frozen header row as Set up would
// make it. The one place to switch when the demo should come from somewhere else.
//
// The fixture's dates are fixed (tests depend on them), so the demo would age: every lot expired, the
// production sidebar all red shortages. Every date is moved by the same whole number of weeks — weekdays
// stay as they were — so the latest delivery is two to three weeks before today and the lots are fresh.
// Codes keep the month they were made with (LAV-0923-01): they are names, not dates.
import { soapMakerWorkbook } from '../../test/fixtures/soap-maker';
import { epochFromWallClock, utcFields, wallClockAsUtc } from '../runtime/time-zone';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from './protocol';

const TIME_ZONE = 'America/New_York';
const DAY_MS = 86_400_000;
/** How long before today the latest delivery lands (at least). */
const LATEST_RECEIPT_AGE_DAYS = 14;

export function demoWorkbook(today: Date = new Date()): WorkbookSnapshot {
  const { sheets } = soapMakerWorkbook();
  const shift = shiftDays(sheets.Receipts as CellValue[][], today);
  return {
    sheets: Object.entries(sheets).map(([name, rows]) =>
      demoSheet(
        name,
        (rows as CellValue[][]).map((row) => row.map((cell) => moved(cell, shift))),
      ),
    ),
    activeSheet: 'Orders',
  };
}

/** Whole weeks that bring the latest Received date to LATEST_RECEIPT_AGE_DAYS (or a few more) before today. */
export function shiftDays(receipts: readonly CellValue[][], today: Date): number {
  const column = receipts[0]?.indexOf('Received') ?? -1;
  let latest = -Infinity;
  for (const row of receipts.slice(1)) {
    const value = row[column];
    if (value instanceof Date) latest = Math.max(latest, dayNumber(value));
  }
  if (latest === -Infinity) return 0;
  const target = dayNumber(today) - LATEST_RECEIPT_AGE_DAYS;
  return Math.floor((target - latest) / 7) * 7;
}

/** Days since 1970 of the date's calendar day in New York. */
function dayNumber(date: Date): number {
  return Math.floor(wallClockAsUtc(date.getTime(), TIME_ZONE) / DAY_MS);
}

/** The same wall-clock time in New York, `days` later: a midnight stays a midnight across daylight saving. */
function moved(cell: CellValue, days: number): CellValue {
  if (!(cell instanceof Date) || days === 0) return cell;
  const clock = new Date(wallClockAsUtc(cell.getTime(), TIME_ZONE) + days * DAY_MS);
  return new Date(epochFromWallClock(utcFields(clock), TIME_ZONE));
}

function demoSheet(name: string, rows: CellValue[][]): SheetSnapshot {
  const header = rows[0] ?? [];
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  return {
    name,
    values: rows,
    formulas: [],
    numberFormats: [],
    bold: header.map((_, index) => ({ row: 1, column: index + 1 })),
    frozenRows: 1,
    frozenColumns: 0,
    maxRows: Math.max(1000, rows.length + 100),
    maxColumns: Math.max(26, width),
    hidden: false,
    columnWidths: [],
  };
}
