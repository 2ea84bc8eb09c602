// The workbook on disk, as .xlsx (exceljs): what a maker would download from Sheets and open in Excel.
// Round trip kept: text, numbers, booleans, dates, formulas, number formats ('@' keeps '0923' text when
// typed again), bold, frozen rows and columns, column widths, hidden and active sheets, the document's
// properties (as custom document properties, xlsx-custom-properties.ts). Not kept (no
// need yet): data validation, protections, developer metadata, backgrounds.
//
// Dates: a runtime Date is an instant; an .xlsx date is a wall-clock time with no zone, which exceljs
// hands over as a Date whose UTC fields are that wall clock. Sheets converts through the spreadsheet's
// time zone, so midnight in New York is saved as that day, and read back as midnight in New York.
import { randomBytes } from 'node:crypto';
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as ExcelJS from 'exceljs';
import { epochFromWallClock, utcFields, wallClock, wallClockAsUtc } from '../runtime/time-zone';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from './protocol';
import { readCustomProperties, withCustomProperties } from './xlsx-custom-properties';
import { xlsxSheetNames } from './xlsx-sheet-names';

/** Sheets shows an unformatted date as M/d/yyyy; Excel needs a date format to see a date at all. */
const DATE_FORMAT = 'm/d/yyyy';
const DATE_TIME_FORMAT = 'm/d/yyyy h:mm:ss';
const DEFAULT_WIDTH_PX = 100;

export class UnreadableWorkbookError extends Error {}

export async function readXlsx(file: string, timeZone: string): Promise<WorkbookSnapshot> {
  const workbook = new ExcelJS.Workbook();
  let documentProperties: Record<string, string>;
  try {
    const data = await readFile(file);
    // exceljs types its load() with an ArrayBuffer-like Buffer of its own; a Node Buffer is what it reads.
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
    documentProperties = await readCustomProperties(data);
  } catch (error) {
    throw new UnreadableWorkbookError(`${file} cannot be read as an .xlsx workbook (${(error as Error).message}).`);
  }
  const worksheets = workbook.worksheets;
  if (worksheets.length === 0) throw new UnreadableWorkbookError(`${file} has no sheets.`);
  const activeTab = workbook.views?.[0]?.activeTab ?? 0;
  return {
    sheets: worksheets.map((worksheet) => readSheet(worksheet, timeZone)),
    activeSheet: worksheets[activeTab]?.name ?? null,
    documentProperties,
  };
}

function readSheet(worksheet: ExcelJS.Worksheet, timeZone: string): SheetSnapshot {
  const view = worksheet.views?.[0];
  const frozen = view?.state === 'frozen' ? view : null;
  const sheet: SheetSnapshot = {
    name: worksheet.name,
    values: [],
    formulas: [],
    numberFormats: [],
    bold: [],
    frozenRows: frozen?.ySplit ?? 0,
    frozenColumns: frozen?.xSplit ?? 0,
    // .xlsx keeps no grid size: give the default 1000 × 26 at least, except that a tall sheet gets only
    // the columns it uses, or a few hundred thousand rows × 26 would pass the 10,000,000-cell ceiling.
    maxRows: Math.max(1000, worksheet.rowCount),
    maxColumns: Math.max(worksheet.columnCount, 1, Math.max(1000, worksheet.rowCount) * 26 <= 1_000_000 ? 26 : 0),
    hidden: worksheet.state !== 'visible',
    columnWidths: [],
  };
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const line: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      while (line.length < column - 1) line.push('');
      const { value, formula } = readCell(cell, timeZone);
      line[column - 1] = value;
      if (formula) sheet.formulas.push({ row: rowNumber, column, formula });
      const format = cell.numFmt;
      if (format && format !== 'General' && !(value instanceof Date && (format === DATE_FORMAT || format === DATE_TIME_FORMAT))) {
        sheet.numberFormats.push({ row: rowNumber, column, format });
      }
      if (cell.font?.bold) sheet.bold.push({ row: rowNumber, column });
    });
    sheet.values[rowNumber - 1] = line;
  });
  for (let index = 0; index < sheet.values.length; index += 1) sheet.values[index] ??= [];
  worksheet.columns?.forEach((column, index) => {
    if (column.width === undefined) return;
    const width = Math.round(column.width * 7 + 5);
    if (width !== DEFAULT_WIDTH_PX) sheet.columnWidths.push({ column: index + 1, width });
  });
  return sheet;
}

function readCell(cell: ExcelJS.Cell, timeZone: string): { value: CellValue; formula?: string } {
  const value = cell.value;
  if (value === null || value === undefined) return { value: '' };
  if (value instanceof Date) return { value: instantOf(value, timeZone) };
  if (typeof value !== 'object') return { value };
  // A formula keeps the value it last computed (Sheets and Excel save it): getValues shows that value
  // when the runtime cannot evaluate the formula itself.
  if (cell.type === ExcelJS.ValueType.Formula) return { value: formulaResult(cell.result, timeZone), formula: `=${cell.formula}` };
  if ('richText' in value) return { value: value.richText.map((run) => run.text).join('') };
  if ('hyperlink' in value) return { value: String(value.text) };
  if ('error' in value) return { value: value.error };
  return { value: cell.text };
}

function formulaResult(result: ExcelJS.CellValue | undefined, timeZone: string): CellValue {
  if (result === null || result === undefined) return '';
  if (result instanceof Date) return instantOf(result, timeZone);
  if (typeof result === 'object') return 'error' in result ? result.error : '';
  return result;
}

const XLSX_ERRORS: readonly string[] = ['#N/A', '#REF!', '#NAME?', '#DIV/0!', '#NULL!', '#VALUE!', '#NUM!'];

function savedResult(value: CellValue | undefined, timeZone: string): ExcelJS.CellFormulaValue['result'] {
  if (value === undefined || value === '') return undefined;
  if (value instanceof Date) return wallClockDate(value, timeZone);
  if (typeof value === 'string' && XLSX_ERRORS.includes(value)) return { error: value as ExcelJS.CellErrorValue['error'] };
  return value;
}

/** exceljs's Date carries the wall clock in its UTC fields: read it as that time in the spreadsheet's zone. */
function instantOf(date: Date, timeZone: string): Date {
  return new Date(epochFromWallClock(utcFields(date), timeZone));
}

function wallClockDate(date: Date, timeZone: string): Date {
  return new Date(wallClockAsUtc(date.getTime(), timeZone));
}

export function toWorkbook(snapshot: WorkbookSnapshot, timeZone: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const names = xlsxSheetNames(snapshot.sheets.map((sheet) => sheet.name));
  snapshot.sheets.forEach((sheet, index) => writeSheet(workbook, sheet, names[index]!, timeZone));
  const activeTab = Math.max(
    0,
    snapshot.sheets.findIndex((sheet) => sheet.name === snapshot.activeSheet),
  );
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab, visibility: 'visible' }];
  return workbook;
}

function writeSheet(workbook: ExcelJS.Workbook, sheet: SheetSnapshot, name: string, timeZone: string): void {
  const frozen = sheet.frozenRows > 0 || sheet.frozenColumns > 0;
  const worksheet = workbook.addWorksheet(name, {
    state: sheet.hidden ? 'hidden' : 'visible',
    views: frozen ? [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }] : [],
  });
  const formats = new Map(sheet.numberFormats.map((entry) => [`${entry.row},${entry.column}`, entry.format]));
  sheet.values.forEach((line, r) =>
    line.forEach((value, c) => {
      if (value === '') return;
      const cell = worksheet.getCell(r + 1, c + 1);
      if (value instanceof Date) {
        cell.value = wallClockDate(value, timeZone);
        const clock = wallClock(value.getTime(), timeZone);
        const midnight = clock.hour === 0 && clock.minute === 0 && clock.second === 0;
        cell.numFmt = formats.get(`${r + 1},${c + 1}`) ?? (midnight ? DATE_FORMAT : DATE_TIME_FORMAT);
      } else {
        // A string stays a string cell, so text like '0923' is still text when opened anywhere.
        cell.value = value;
      }
    }),
  );
  for (const { row, column, formula } of sheet.formulas) {
    const cell = worksheet.getCell(row, column);
    // The computed value goes along, as Sheets saves it, so Excel and the next load show it at once.
    const result = savedResult(sheet.values[row - 1]?.[column - 1], timeZone);
    cell.value = result === undefined ? { formula: formula.replace(/^=/, '') } : { formula: formula.replace(/^=/, ''), result };
  }
  for (const { row, column, format } of sheet.numberFormats) worksheet.getCell(row, column).numFmt = format;
  for (const { row, column } of sheet.bold) worksheet.getCell(row, column).font = { bold: true };
  for (const { column, width } of sheet.columnWidths) worksheet.getColumn(column).width = (width - 5) / 7;
}

/**
 * Writes the workbook next to the file and renames it over, so a crash or a full disk mid-write never
 * leaves a half-written workbook where the maker's file was.
 */
export async function writeXlsx(file: string, snapshot: WorkbookSnapshot, timeZone: string): Promise<void> {
  const sheets = new Uint8Array((await toWorkbook(snapshot, timeZone).xlsx.writeBuffer()) as ArrayBuffer);
  const buffer = await withCustomProperties(sheets, snapshot.documentProperties ?? {});
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, buffer);
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}
