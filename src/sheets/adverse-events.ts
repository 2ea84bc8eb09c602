// The sheet reads and the one write of Record an adverse event…: the batch codes with their SKU, the
// SKUs of Products and the order lines (what an event is checked against), the events recorded (what
// is due), one event's row (to trace its batch), and the event's row — appended with its Log row, all
// or nothing. Adverse events is a sheet the add-on adds when it first needs it (workbook.md): created
// here, with its header, when the first event is recorded; the small-business setting is a document
// property, so everyone using the spreadsheet keeps records as long.
import type { EventBatch, EventOrderLine, AdverseEventFacts, AdverseEventRecord } from '../domain/adverse-events/validate';
import type { Problem } from '../domain/problems';
import { rowText, type TypedRow } from '../domain/rows';
import { sheetSpec, type SheetKey } from '../domain/workbook';
import { readTable } from './read-table';
import { writeAllOrNothing, type SaveWrite } from './save-writes';
import { Table } from './table';
import type { Workbook } from './workbook';

export const ADVERSE_EVENT_SETTINGS_PROPERTY = 'lotline.adverseEvents.settings.v1';

export interface AdverseEventSettings {
  smallBusiness: boolean;
}

export function loadAdverseEventSettings(): AdverseEventSettings {
  const stored = PropertiesService.getDocumentProperties().getProperty(ADVERSE_EVENT_SETTINGS_PROPERTY);
  try {
    const value = stored ? (JSON.parse(stored) as { smallBusiness?: unknown }) : null;
    return { smallBusiness: value?.smallBusiness === true };
  } catch {
    // Unreadable: the longer keeping time, which can never lose a record FDA may ask for.
    return { smallBusiness: false };
  }
}

export function storeAdverseEventSettings(settings: AdverseEventSettings): void {
  PropertiesService.getDocumentProperties().setProperty(ADVERSE_EVENT_SETTINGS_PROPERTY, JSON.stringify(settings));
}

/** Rows of a table's columns; null when the sheet or its key column is not there. */
function readKeyed(workbook: Workbook, key: SheetKey, columns: readonly string[]): TypedRow[] | null {
  const read = readTable(workbook, key, columns);
  if (!read.exists || !workbook.hasColumn(key, columns[0] as string)) return null;
  return read.rows;
}

/** Batches newest first (the last rows are the latest made). */
export function readEventBatches(workbook: Workbook): EventBatch[] | null {
  const rows = readKeyed(workbook, 'batches', ['batchCode', 'sku']);
  if (!rows) return null;
  return rows
    .map((row) => ({ code: rowText(row, 'batchCode').trim(), sku: rowText(row, 'sku').trim(), row: row.row }))
    .filter((batch) => batch.code !== '')
    .reverse();
}

/**
 * What an event is checked against — Products only for an SKU given without a batch, Orders only when
 * an order is given (a busy maker's Orders is most of the workbook). The problems met reading them do
 * not stop a save: they are the records check's.
 */
export function readAdverseEventFacts(
  workbook: Workbook,
  settings: AdverseEventSettings,
  needs: { batch: boolean; products: boolean; orders: boolean },
): AdverseEventFacts {
  const skus = needs.products ? readKeyed(workbook, 'products', ['sku']) : [];
  const orders = needs.orders ? readKeyed(workbook, 'orders', ['order', 'batchCode', 'sku']) : [];
  return {
    today: workbook.today(),
    smallBusiness: settings.smallBusiness,
    batches: needs.batch ? readEventBatches(workbook) : [],
    skus: skus ? skus.map((row) => rowText(row, 'sku')).filter((sku) => sku.trim() !== '') : null,
    orderLines: orders
      ? orders.map((row): EventOrderLine => ({
          order: rowText(row, 'order'),
          batchCode: rowText(row, 'batchCode'),
          sku: rowText(row, 'sku'),
        }))
      : null,
  };
}

const DUE_COLUMNS = ['received', 'reporter', 'sku', 'batchCode', 'serious', 'fdaReportDue', 'reportedToFda', 'followUpUntil', 'status'];

/** The events recorded, with what the due list needs; exists false when there is no Adverse events sheet yet. */
export function readAdverseEvents(
  workbook: Workbook,
  span?: { fromRow: number; toRow: number },
): {
  exists: boolean;
  rows: TypedRow[];
  problems: Problem[];
} {
  return readTable(workbook, 'adverseEvents', DUE_COLUMNS, span);
}

/**
 * Under the document lock: the event's row and its Log row, or neither (an Adverse events sheet
 * created for it is removed again when the row cannot be written).
 */
export function appendAdverseEvent(
  workbook: Workbook,
  record: AdverseEventRecord,
  logDetails: (where: string) => string,
): SaveWrite & { created: boolean } {
  let created: GoogleAppsScript.Spreadsheet.Sheet | null = null;
  if (!workbook.table('adverseEvents')) {
    try {
      created = createAdverseEvents(workbook);
    } catch (error) {
      return {
        ok: false,
        sheet: sheetSpec('adverseEvents').name,
        message: error instanceof Error ? error.message : String(error),
        created: false,
      };
    }
  }
  const written = writeAllOrNothing(workbook, [{ key: 'adverseEvents', records: [record] }], {
    action: 'Record an adverse event',
    details: (rows) => logDetails(rows.map((row) => `${row.sheet} row ${row.firstRow}`).join(', ')),
  });
  if (!written.ok && created) workbook.deleteSheet(created);
  return { ...written, created: written.ok && created !== null };
}

function createAdverseEvents(workbook: Workbook): GoogleAppsScript.Spreadsheet.Sheet {
  const spec = sheetSpec('adverseEvents');
  const sheet = workbook.insertSheet(spec.name);
  const headers = spec.columns.map((column) => column.header);
  const header = sheet.getRange(1, 1, 1, headers.length);
  header.setValues([headers]);
  header.setFontWeight('bold');
  sheet.setFrozenRows(1);
  workbook.adopt('adverseEvents', Table.created(sheet, spec, headers));
  return sheet;
}
