// "Set up tracking sheets": create what workbook.md lists and is missing, and nothing else.
// It runs on workbooks makers already built by hand, so it never moves, renames, clears or reformats
// anything that exists: it only adds sheets, and missing columns at the right end of a sheet.
import { columnLetter } from '../domain/headers';
import { SHEETS, type ColumnSpec, type SheetSpec } from '../domain/workbook';
import { Table } from './table';
import { numberFormatFor } from './write-cells';
import type { Workbook } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

export const HEADER_PROTECTION = 'Lotline: header row (column names the add-on reads)';

export interface SetupReport {
  createdSheets: string[];
  /** Columns whose header cells were written; `emptySheet` when the sheet was an empty tab (header from A1). */
  addedColumns: { sheet: string; columns: string[]; emptySheet: boolean }[];
  /** Added columns whose empty cells already had the maker's number format or dropdown: left as they were. */
  keptFormats: { sheet: string; columns: string[] }[];
  protectedHeaders: string[];
  /** Things the maker may want to look at; nothing was changed for them. */
  notices: string[];
}

interface NewColumn {
  spec: ColumnSpec;
  /** 1-based sheet column it was written to. */
  column: number;
}

export function setUpTrackingSheets(workbook: Workbook): SetupReport {
  const report: SetupReport = { createdSheets: [], addedColumns: [], keptFormats: [], protectedHeaders: [], notices: [] };
  const added: { sheet: Sheet; spec: SheetSpec; columns: NewColumn[]; isNew: boolean }[] = [];

  // First every sheet and column exists, so dropdowns can point at the sheets they list.
  for (const spec of SHEETS) {
    const existing = workbook.findSheet(spec.name);
    const lookalike = existing ? null : workbook.lookalikeOf(spec.key);
    if (lookalike?.by === 'name') {
      // A second, empty sheet beside the maker's renamed one ("Batch-Input") would be read instead of
      // it: no customers, no stock — a false all-clear. The maker renames the tab, or renames it away to
      // get a new sheet. A typo or a header alone may be something else ("Supplies"): created, and said.
      report.notices.push(
        `Did not create ${spec.name}: the tab "${lookalike.name}" looks like it. Rename that tab "${spec.name}" for Lotline to read it, then run Set up tracking sheets again — or, if it holds something else, give it a name less like "${spec.name}" first.`,
      );
      continue;
    }
    if (lookalike) {
      report.notices.push(
        `Created ${spec.name}, and the tab "${lookalike.name}" looks like one: if it holds your ${spec.name.toLowerCase()}, move its rows into ${spec.name} (or delete the new sheet and rename "${lookalike.name}" to "${spec.name}"). Lotline reads only the sheet named ${spec.name}.`,
      );
    }
    if (!existing) {
      const sheet = workbook.insertSheet(spec.name);
      const columns = spec.columns.map((column, index) => ({ spec: column, column: index + 1 }));
      writeHeaders(sheet, columns);
      sheet.setFrozenRows(1);
      report.createdSheets.push(spec.name);
      added.push({ sheet, spec, columns, isNew: true });
      continue;
    }
    const table = Table.open(existing, spec);
    for (const duplicate of table.layout.duplicates) {
      report.notices.push(
        `${existing.getName()}: column ${columnLetter(duplicate.position)} is a second "${duplicate.column.header}" column; Lotline reads the first one.`,
      );
    }
    const missing = table.layout.missing;
    if (missing.length > 0) {
      // An empty tab reads as one blank cell; its header starts at A1, not after that cell.
      const emptySheet = table.lastRow === 0;
      const firstColumn = emptySheet ? 1 : table.header.length + 1;
      const needed = firstColumn + missing.length - 1;
      const maxColumns = existing.getMaxColumns();
      if (needed > maxColumns) existing.insertColumnsAfter(maxColumns, needed - maxColumns);
      const columns = missing.map((column, index) => ({ spec: column, column: firstColumn + index }));
      writeHeaders(existing, columns);
      report.addedColumns.push({ sheet: existing.getName(), columns: missing.map((column) => column.header), emptySheet });
      added.push({ sheet: existing, spec, columns, isNew: false });
    }
    workbook.forget(spec.key);
  }

  for (const { sheet, spec, columns, isNew } of added) {
    // On a sheet of the maker's, an empty column may already carry their format or dropdown: keep it.
    const { clean, kept } = isNew ? { clean: columns, kept: [] } : splitByMakersFormatting(sheet, columns);
    for (const run of sideBySide(clean)) formatNewColumns(workbook, sheet, run);
    if (isNew && spec.key === 'log')
      sheet.protect().setWarningOnly(true).setDescription('Lotline: the audit trail, written only by the add-on');
    if (kept.length > 0) report.keptFormats.push({ sheet: sheet.getName(), columns: kept.map((c) => c.spec.header) });
  }

  for (const spec of SHEETS) {
    const sheet = workbook.findSheet(spec.name);
    if (sheet && protectHeader(sheet, spec)) report.protectedHeaders.push(sheet.getName());
  }
  return report;
}

function writeHeaders(sheet: Sheet, columns: readonly NewColumn[]): void {
  // Columns added to one sheet are always side by side, so this is one write.
  const first = columns[0];
  if (!first) return;
  const range = sheet.getRange(1, first.column, 1, columns.length);
  range.setValues([columns.map((c) => c.spec.header)]);
  range.setFontWeight('bold');
}

// What Sheets reports for a cell nobody formatted ("0.###############" on older spreadsheets).
const UNFORMATTED = new Set(['', 'General', '0.###############']);

/** Added columns whose data rows hold no number format or dropdown of the maker's, and the others. */
function splitByMakersFormatting(sheet: Sheet, columns: readonly NewColumn[]): { clean: NewColumn[]; kept: NewColumn[] } {
  const first = columns[0];
  const rows = sheet.getMaxRows() - 1;
  if (!first || rows < 1) return { clean: [...columns], kept: [] };
  const range = sheet.getRange(2, first.column, rows, columns.length);
  const formats = range.getNumberFormats();
  const validations = range.getDataValidations();
  const clean: NewColumn[] = [];
  const kept: NewColumn[] = [];
  columns.forEach((column, index) => {
    const touched =
      formats.some((row) => !UNFORMATTED.has(row[index] ?? '')) ||
      validations.some((row) => row[index] !== null && row[index] !== undefined);
    (touched ? kept : clean).push(column);
  });
  return { clean, kept };
}

function sideBySide(columns: readonly NewColumn[]): NewColumn[][] {
  const runs: NewColumn[][] = [];
  for (const column of columns) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && column.column === last.column + 1) run.push(column);
    else runs.push([column]);
  }
  return runs;
}

/**
 * Number formats and dropdowns on the data rows of columns we created. Codes and text get the plain
 * text format, so a lot typed as 0923 stays "0923"; dates show as dates. Dropdowns warn rather than
 * reject: codes compare case-insensitively and the trace reports unknown ones anyway.
 */
function formatNewColumns(workbook: Workbook, sheet: Sheet, columns: readonly NewColumn[]): void {
  const first = columns[0];
  if (!first) return;
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return;
  const formats = columns.map((c) => numberFormatFor(c.spec.kind));
  const validations = columns.map((c) => dropdown(workbook, c.spec));
  const range = sheet.getRange(2, first.column, rows, columns.length);
  range.setNumberFormats(Array.from({ length: rows }, () => formats));
  if (validations.some((v) => v !== null)) range.setDataValidations(Array.from({ length: rows }, () => validations));
}

function dropdown(workbook: Workbook, column: ColumnSpec): DataValidation | null {
  if (column.choices) {
    return SpreadsheetApp.newDataValidation()
      .requireValueInList([...column.choices], true)
      .setAllowInvalid(true)
      .setHelpText(`One of: ${column.choices.join(', ')}. Blank means ${column.choices[0]}.`)
      .build();
  }
  if (column.references) {
    const table = workbook.table(column.references.sheet);
    const position = table?.layout.positions.get(column.references.column);
    if (!table || position === undefined) return null;
    const sheet = table.sheet;
    const source = sheet.getRange(2, position + 1, Math.max(1, sheet.getMaxRows() - 1), 1);
    return SpreadsheetApp.newDataValidation()
      .requireValueInRange(source, true)
      .setAllowInvalid(true)
      .setHelpText(`A ${column.header} from the ${sheet.getName()} sheet.`)
      .build();
  }
  return null;
}

/** A warning-only protection on the header row, added once. Returns whether it was added. */
function protectHeader(sheet: Sheet, _spec: SheetSpec): boolean {
  const existing = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).some((p) => p.getDescription() === HEADER_PROTECTION);
  if (existing) return false;
  sheet.getRange(1, 1, 1, sheet.getMaxColumns()).protect().setWarningOnly(true).setDescription(HEADER_PROTECTION);
  return true;
}
