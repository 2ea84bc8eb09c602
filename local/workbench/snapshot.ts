// The workbook as plain data (WorkbookSnapshot), to and from the runtime: what is saved to .xlsx after
// every change and loaded again on start. Read and written through the runtime's Range/Sheet API, so a
// snapshot holds what a script would see; values go in with loadRowsForTest, which stores them as given
// (a text '0923' stays text, as it was in the file).
import type { LocalSheet, Runtime } from '../runtime';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from './protocol';
import { isDate, withFullAuth } from './runtime-access';

const DEFAULT_COLUMN_WIDTH = 100;

export function takeSnapshot(runtime: Runtime): WorkbookSnapshot {
  return withFullAuth(runtime, () => {
    const spreadsheet = runtime.spreadsheet;
    return {
      sheets: spreadsheet.getSheets().map(sheetSnapshot),
      activeSheet: spreadsheet.getActiveSheet().getName(),
      documentProperties: Object.fromEntries(runtime.properties.document.values),
    };
  });
}

function sheetSnapshot(sheet: LocalSheet): SheetSnapshot {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  const snapshot: SheetSnapshot = {
    name: sheet.getName(),
    values: [],
    formulas: [],
    numberFormats: [],
    bold: [],
    frozenRows: sheet.getFrozenRows(),
    frozenColumns: sheet.getFrozenColumns(),
    maxRows: sheet.getMaxRows(),
    maxColumns: sheet.getMaxColumns(),
    hidden: sheet.isSheetHidden(),
    columnWidths: [],
  };
  const widthsUpTo = Math.min(snapshot.maxColumns, Math.max(lastColumn, 26));
  for (let column = 1; column <= widthsUpTo; column += 1) {
    const width = sheet.getColumnWidth(column);
    if (width !== DEFAULT_COLUMN_WIDTH) snapshot.columnWidths.push({ column, width });
  }
  if (lastRow === 0 || lastColumn === 0) return snapshot;

  const range = sheet.getRange(1, 1, lastRow, lastColumn);
  const formulas = range.getFormulas();
  const formats = range.getNumberFormats();
  const weights = range.getFontWeights();
  snapshot.values = range.getValues().map((row, r) => {
    const line = row.map((value, c): CellValue => {
      const formula = formulas[r]?.[c] ?? '';
      // A formula cell keeps its computed value beside it, as an .xlsx does.
      if (formula !== '') snapshot.formulas.push({ row: r + 1, column: c + 1, formula });
      // Dates come from the script's realm; copy them so they clone cleanly across threads.
      return isDate(value) ? new Date(value.getTime()) : (value as CellValue);
    });
    while (line.length > 0 && line[line.length - 1] === '') line.pop();
    return line;
  });
  formats.forEach((row, r) =>
    row.forEach((format, c) => {
      if (format !== 'General') snapshot.numberFormats.push({ row: r + 1, column: c + 1, format });
    }),
  );
  weights.forEach((row, r) =>
    row.forEach((weight, c) => {
      if (weight === 'bold') snapshot.bold.push({ row: r + 1, column: c + 1 });
    }),
  );
  return snapshot;
}

/** Fills a fresh runtime (one empty Sheet1) with a snapshot's sheets, in order, and activates its active sheet. */
export function loadSnapshot(runtime: Runtime, snapshot: WorkbookSnapshot): void {
  withFullAuth(runtime, () => {
    const spreadsheet = runtime.spreadsheet;
    const blank = spreadsheet.getSheets()[0]!;
    snapshot.sheets.forEach((source, index) => {
      const sheet = index === 0 ? blank.setName(source.name) : spreadsheet.insertSheet(source.name, index);
      fillSheet(sheet, source);
    });
    const active =
      (snapshot.activeSheet && spreadsheet.getSheetByName(snapshot.activeSheet)) ||
      spreadsheet.getSheets().find((sheet) => !sheet.isSheetHidden());
    active?.activate();
    for (const sheet of snapshot.sheets)
      if (sheet.hidden && sheet.name !== active?.getName()) spreadsheet.getSheetByName(sheet.name)?.hideSheet();
  });
  // Straight into the store, as the file held them: no script is setting them, so no quota check or call is counted.
  for (const [key, value] of Object.entries(snapshot.documentProperties ?? {})) runtime.properties.document.values.set(key, value);
}

function fillSheet(sheet: LocalSheet, source: SheetSnapshot): void {
  const width = source.values.reduce((max, row) => Math.max(max, row.length), 0);
  const cells = [...source.formulas, ...source.numberFormats, ...source.bold];
  const rows = Math.max(source.maxRows, source.values.length, largest(cells, 'row'), source.frozenRows + 1, 1);
  const columns = Math.max(source.maxColumns, width, largest(cells, 'column'), source.frozenColumns + 1, 1);
  // Size first: a large sheet loaded into the default 1000 × 26 grid could pass the cell ceiling on the way.
  sheet.setDimensionsForTest(rows, columns);
  if (source.values.length > 0) sheet.loadRowsForTest(source.values);
  sheet.loadFormulasForTest(source.formulas.map((cell) => ({ ...cell, value: source.values[cell.row - 1]?.[cell.column - 1] })));
  applyPerCell(
    sheet,
    source.numberFormats,
    'General',
    (cell) => cell.format,
    (range, grid) => range.setNumberFormats(grid),
  );
  applyPerCell(
    sheet,
    source.bold,
    'normal',
    () => 'bold',
    (range, grid) => range.setFontWeights(grid as ('bold' | 'normal')[][]),
  );
  if (source.frozenRows > 0) sheet.setFrozenRows(source.frozenRows);
  if (source.frozenColumns > 0) sheet.setFrozenColumns(source.frozenColumns);
  for (const { column, width } of source.columnWidths) if (column <= columns) sheet.setColumnWidth(column, width);
}

/** One set…s call over the box holding every listed cell, the rest left at the default. */
function applyPerCell<T extends { row: number; column: number }>(
  sheet: LocalSheet,
  cells: readonly T[],
  fallback: string,
  valueOf: (cell: T) => string,
  apply: (range: ReturnType<LocalSheet['getRange']>, grid: string[][]) => void,
): void {
  if (cells.length === 0) return;
  const rows = largest(cells, 'row');
  const columns = largest(cells, 'column');
  const grid = Array.from({ length: rows }, () => new Array<string>(columns).fill(fallback));
  for (const cell of cells) grid[cell.row - 1]![cell.column - 1] = valueOf(cell);
  apply(sheet.getRange(1, 1, rows, columns), grid);
}

/** Math.max(...list) overflows the stack on a few hundred thousand cells. */
function largest(cells: readonly { row: number; column: number }[], key: 'row' | 'column'): number {
  let max = 0;
  for (const cell of cells) if (cell[key] > max) max = cell[key];
  return max;
}
