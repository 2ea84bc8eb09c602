// Menu: FDA traceability spreadsheet… (FSMA 204, 21 CFR 1 subpart S). A sidebar asks for the business's
// location once (remembered in the document) and the foods, period and/or lot codes FDA named; making it
// reads only the columns the key data elements come from, each table once, and writes four new sheets —
// a glossary that says first what is missing, then one sortable table per critical tracking event — each
// in one block, with a Log row. Bad input gets a sentence at its field and nothing is written; a sheet
// that cannot be written takes the others out again.
import { fsmaRequest, fsmaRequestLabel, type FsmaRequest, type FsmaResult, type FsmaSetup } from '../contract/fsma';
import { parseOrExplain } from '../contract/wire-problems';
import { fsmaEvents, type FsmaEvents } from '../domain/fsma/events';
import { glossaryReport } from '../domain/fsma/glossary';
import { missingLocationFields, type BusinessLocation } from '../domain/fsma/location';
import { text } from '../domain/fsma/records';
import { checkFsmaScope, scopeText, type FsmaScope } from '../domain/fsma/scope';
import { loadFsmaLocation, saveFsmaLocation } from '../sheets/fsma-location';
import { readFsmaRecords } from '../sheets/fsma-reader';
import { fsmaSheetNames, writeFsmaTable } from '../sheets/fsma-sheets';
import { LayoutCache } from '../sheets/layout-cache';
import { appendLog, userEmail } from '../sheets/log';
import { readTable } from '../sheets/read-table';
import { messageOf, removeReportSheet, writeReportSheet } from '../sheets/report-sheet';
import { Workbook } from '../sheets/workbook';

const TITLE = 'FDA traceability spreadsheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function showFdaSpreadsheetSidebar(): void {
  const page = HtmlService.createHtmlOutputFromFile('FdaSpreadsheet').setTitle(TITLE);
  SpreadsheetApp.getUi().showSidebar(page);
}

/** google.script.run: the location as remembered, the products to choose from, and today. */
export function loadFdaSpreadsheet(): FsmaSetup {
  const workbook = Workbook.active(LayoutCache.load());
  const read = readTable(workbook, 'products', ['sku', 'product']);
  const products = read.rows
    .map((row) => ({ sku: text(row, 'sku'), product: text(row, 'product') }))
    .filter((product) => product.sku !== '');
  const notices = read.exists ? [] : ['This spreadsheet has no Products sheet: choose by period or lot code.'];
  return { location: loadFsmaLocation(), products, today: workbook.today(), notices };
}

/** google.script.run: check everything asked, then write the glossary and the three event sheets. */
export function makeFdaSpreadsheet(request: FsmaRequest): FsmaResult {
  const asked = parseOrExplain(fsmaRequest, request, fsmaRequestLabel);
  const location: BusinessLocation = asked.location;
  const scope: FsmaScope = {
    ...(asked.from ? { from: asked.from } : {}),
    ...(asked.to ? { to: asked.to } : {}),
    lotCodes: [...new Set(asked.lotCodes.map((code) => code.trim()).filter((code) => code !== ''))],
    products: [...new Set(asked.products.map((sku) => sku.trim()).filter((sku) => sku !== ''))],
  };
  const workbook = Workbook.active(LayoutCache.load());
  const read = readFsmaRecords(workbook);
  const { records } = read;
  const lotCodes = [
    ...records.receipts.flatMap((receipt) => [text(receipt, 'lotNumber'), text(receipt, 'supplierLot')]),
    ...records.batches.map((batch) => text(batch, 'batchCode')),
  ].filter((code) => code !== '');
  const problems = [
    ...missingLocationFields(location),
    ...checkFsmaScope(scope, { lotCodes, skus: records.products.map((product) => text(product, 'sku')) }),
  ];
  if (problems.length > 0) return { ok: false, problems };

  const events = fsmaEvents(scope, { records, location });
  const nothing = nothingMatches(scope, events);
  if (nothing) return { ok: false, problems: [nothing] };

  const now = new Date();
  const madeBy = userEmail();
  const tail = ` ${workbook.localTime(now, 'yyMMdd HHmm')}`;
  const names = fsmaSheetNames(
    workbook,
    { glossary: 'FDA glossary', receiving: 'FDA receiving', transformation: 'FDA transformation', shipping: 'FDA shipping' },
    tail,
  );
  const report = glossaryReport(events, {
    scope,
    location,
    madeAt: workbook.localTime(now, 'yyyy-MM-dd HH:mm'),
    madeBy,
    sheetNames: names,
    labels: read.labels,
    unreadable: read.unreadable,
    notChecked: read.notChecked,
  });
  const written: Sheet[] = [];
  try {
    written.push(writeReportSheet(workbook, { lead: names.glossary, tail: '' }, report));
    for (const key of ['receiving', 'transformation', 'shipping'] as const)
      writeFsmaTable(workbook, names[key], events[key], (sheet) => written.push(sheet));
    const counts = `${events.receiving.rows.length} receipts, ${events.transformation.rows.length} input lots, ${events.shipping.rows.length} wholesale shipments, ${events.notKnown.length} order lines not known, ${events.missing.items.length} missing elements`;
    appendLog(
      workbook,
      TITLE,
      `Made the FDA spreadsheet of ${scopeText(scope)} into "${names.glossary}" and its 3 sheets: ${counts}`,
      now,
      madeBy,
    );
  } catch (error) {
    // Complete or nothing: a spreadsheet for FDA with a sheet missing would look whole.
    const removed = written.reverse().map((sheet) => removeReportSheet(workbook, sheet));
    throw new Error(`The FDA spreadsheet could not be written (${messageOf(error)}), ${removed.join(' ')}`, { cause: error });
  }
  try {
    saveFsmaLocation(location);
  } catch (error) {
    console.warn(`Could not remember the location: ${messageOf(error)}`);
  }
  written[0]?.activate();
  try {
    workbook.saveLayouts();
  } catch (error) {
    console.warn(`Could not remember the sheets' layouts: ${messageOf(error)}`);
  }
  return {
    ok: true,
    sheets: written.map((sheet) => sheet.getName()),
    receiving: events.receiving.rows.length,
    transformation: events.transformation.rows.length,
    shipping: events.shipping.rows.length,
    notKnown: events.notKnown.length,
    missing: events.missing.items.length + read.unreadable.length,
  };
}

/** Nothing to give FDA: a sentence at the field that narrowed it most, and nothing written. */
function nothingMatches(scope: FsmaScope, events: FsmaEvents): { field: 'lotCodes' | 'products' | 'from'; message: string } | null {
  const rows = events.receiving.rows.length + events.transformation.rows.length + events.shipping.rows.length;
  if (rows + events.notKnown.length > 0) return null;
  const field = scope.lotCodes.length > 0 ? 'lotCodes' : scope.products.length > 0 ? 'products' : 'from';
  const consumers =
    events.consumerSales > 0
      ? ` Only ${events.consumerSales === 1 ? 'a sale' : `${events.consumerSales.toLocaleString('en-US')} sales`} to consumers, which are not shipping under the rule.`
      : '';
  return {
    field,
    message: `Nothing matches ${scopeText(scope)}: no receipt, batch or wholesale shipment — the spreadsheet would be empty.${consumers}`,
  };
}
