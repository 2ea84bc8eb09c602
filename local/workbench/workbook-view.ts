// What the page shows, read in the worker through the runtime's Apps Script API: the tabs, the grid's
// rows a window at a time (display values, as getDisplayValues renders them), and where the cursor is.
// Clicking a cell or a tab moves the runtime's selection, which getActiveRange/getCurrentCell then see.
import type { LocalSheet, Runtime } from '../runtime';
import type { CellView, MenuView, RowWindow, SheetView, WorkbookView } from './protocol';
import { isDate, sheetNamed, withFullAuth } from './runtime-access';

/** The grid renders rows virtually but every column; a sheet wider than this shows its first columns. */
export const MAX_GRID_COLUMNS = 200;
/** At most this many rows per window request. */
export const MAX_WINDOW_ROWS = 500;

export function workbookView(runtime: Runtime, title: string, addonName: string): WorkbookView {
  return withFullAuth(runtime, () => {
    const spreadsheet = runtime.spreadsheet;
    const current = spreadsheet.getCurrentCell();
    return {
      title,
      sheets: spreadsheet
        .getSheets()
        .filter((sheet) => !sheet.isSheetHidden())
        .map(sheetView),
      activeSheet: spreadsheet.getActiveSheet().getName(),
      current: current ? { row: current.getRow(), column: current.getColumn() } : null,
      menus: structuredClone(runtime.ui.menus) as MenuView[],
      addonName,
    };
  });
}

function sheetView(sheet: LocalSheet): SheetView {
  const columns = Math.min(sheet.getMaxColumns(), MAX_GRID_COLUMNS);
  return {
    name: sheet.getName(),
    maxRows: sheet.getMaxRows(),
    columns,
    frozenRows: sheet.getFrozenRows(),
    frozenColumns: Math.min(sheet.getFrozenColumns(), columns),
    columnWidths: Array.from({ length: columns }, (_, index) => sheet.getColumnWidth(index + 1)),
  };
}

export function rowWindow(runtime: Runtime, sheetName: string, start: number, count: number): RowWindow {
  return withFullAuth(runtime, () => {
    const sheet = sheetNamed(runtime, sheetName);
    const maxRows = sheet.getMaxRows();
    const first = Math.min(Math.max(1, start), maxRows);
    const rows = Math.max(1, Math.min(count, MAX_WINDOW_ROWS, maxRows - first + 1));
    const columns = Math.min(sheet.getMaxColumns(), MAX_GRID_COLUMNS, Math.max(1, sheet.getLastColumn()));
    const range = sheet.getRange(first, 1, rows, columns);
    const values = range.getValues();
    const shown = range.getDisplayValues();
    const formulas = range.getFormulas();
    const weights = range.getFontWeights();
    const backgrounds = range.getBackgrounds();
    return {
      sheet: sheetName,
      start: first,
      rows: values.map((line, r) => {
        const cells = line.map((value, c) =>
          cellView(value, shown[r]![c]!, formulas[r]![c]!, weights[r]![c] === 'bold', backgrounds[r]![c]!),
        );
        while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
        return cells;
      }),
    };
  });
}

function cellView(value: unknown, shown: string, formula: string, bold: boolean, background: string): CellView | null {
  const plainBackground = background.toLowerCase() === '#ffffff';
  if (shown === '' && formula === '' && !bold && plainBackground) return null;
  const view: CellView = { t: shown };
  // What the cell editor starts from: the formula, or the number as typed rather than as formatted.
  const edit = formula !== '' ? formula : typeof value === 'number' ? String(value) : shown;
  if (edit !== shown) view.e = edit;
  // Sheets aligns numbers and dates right, checkboxes and booleans centred, text left.
  if (typeof value === 'number' || isDate(value)) view.a = 'right';
  else if (typeof value === 'boolean') view.a = 'center';
  if (bold) view.b = 1;
  if (!plainBackground) view.bg = background;
  return view;
}

/** A click on a cell (row and column) or on a tab (the sheet's cursor stays where it was, A1 at first). */
export function select(runtime: Runtime, sheetName: string, row?: number, column?: number): void {
  withFullAuth(runtime, () => {
    const sheet = sheetNamed(runtime, sheetName);
    if (row !== undefined && column !== undefined) {
      sheet.setSelectionForTest(sheet.getRange(row, column).getA1Notation());
      return;
    }
    sheet.activate();
    if (!sheet.selection) sheet.setSelectionForTest('A1');
  });
}
