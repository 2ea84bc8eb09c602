// Menu: Records pack… (MoCRA, for an inspector). The sidebar chooses one batch, one product over a
// period or everything in a period; making the pack checks that scope first (a sentence at its field,
// nothing written), reads each table once, runs the records check for the cover's gaps, and writes new
// sheets — cover, batches, lots, shipments, adverse events (and the formulas when asked) — with a Log
// row. Complete or nothing: when one sheet cannot be written, the ones already written are removed.
import { packRequest, packRequestLabel, type PackField, type PackRequest, type PackResult, type PackSetup } from '../contract/records-pack';
import { parseOrExplain } from '../contract/wire-problems';
import { codeKey } from '../domain/codes';
import type { Report } from '../domain/report-grid';
import { checkRecords } from '../domain/records-check';
import { packContents } from '../domain/records-pack/contents';
import { coverReport, longTexts, scopeWords } from '../domain/records-pack/cover';
import { eventsDueSentences } from '../domain/records-pack/events-due';
import { eventsInScope, eventsTable } from '../domain/records-pack/events';
import { packGaps } from '../domain/records-pack/gaps';
import { freePackSheetNames, type PackSheet } from '../domain/records-pack/names';
import { checkScope, type PackScope } from '../domain/records-pack/scope';
import { batchesTable, formulasTable, lotsTable, shipmentsTable, text, type PackOptions } from '../domain/records-pack/sheets';
import { LayoutCache } from '../sheets/layout-cache';
import { appendLog, signedInEmail } from '../sheets/log';
import { PackReader } from '../sheets/records-pack-reader';
import { readTable } from '../sheets/read-table';
import { widenColumn } from '../sheets/report-links';
import { CELL_CHARACTER_LIMIT, fitCell, messageOf, removeReportSheet, writeReportSheet } from '../sheets/report-sheet';
import { Workbook } from '../sheets/workbook';

const TITLE = 'Records pack';
/** Batch codes offered as suggestions: the latest, enough for a year of a busy maker's. */
const SUGGESTED_BATCHES = 500;

type Problem = { field: PackField; message: string };

export function showRecordsPackSidebar(): void {
  const page = HtmlService.createHtmlOutputFromFile('RecordsPack').setTitle(TITLE);
  SpreadsheetApp.getUi().showSidebar(page);
}

/** google.script.run: the products and batch codes to choose from, and last month as the period. */
export function loadRecordsPack(): PackSetup {
  const workbook = Workbook.active(LayoutCache.load());
  const today = workbook.today();
  const products = readTable(workbook, 'products', ['sku', 'product']);
  const batches = readTable(workbook, 'batches', ['made', 'batchCode']);
  workbook.saveLayouts();
  const notices: string[] = [];
  if (!batches.exists) notices.push('This spreadsheet has no Batches sheet: a records pack is made of the batches recorded there.');
  const latest = [...batches.rows].sort((a, b) => text(b, 'made').localeCompare(text(a, 'made')));
  const codes = [...new Set(latest.map((batch) => text(batch, 'batchCode')).filter((code) => code !== ''))];
  const lastMonthEnd = new Date(`${today.slice(0, 8)}01T00:00:00Z`);
  lastMonthEnd.setUTCDate(0);
  const to = lastMonthEnd.toISOString().slice(0, 10);
  return {
    products: products.rows.map((row) => ({ sku: text(row, 'sku'), product: text(row, 'product') })).filter((row) => row.sku !== ''),
    batchCodes: codes.slice(0, SUGGESTED_BATCHES),
    from: `${to.slice(0, 8)}01`,
    to,
    notices,
  };
}

function scopeOf(request: PackRequest): { scope: PackScope } | { problems: Problem[] } {
  if (request.kind === 'batch') return { scope: { kind: 'batch', batchCode: request.batchCode ?? '' } };
  const problems: Problem[] = [];
  if (!request.from) problems.push({ field: 'from', message: 'Enter the first day of the period.' });
  if (!request.to) problems.push({ field: 'to', message: 'Enter the last day of the period.' });
  if (!request.from || !request.to) return { problems };
  if (request.kind === 'product') return { scope: { kind: 'product', sku: request.sku ?? '', from: request.from, to: request.to } };
  return { scope: { kind: 'period', from: request.from, to: request.to } };
}

/** google.script.run: make the pack; every problem is found before the first sheet is written. */
export function makeRecordsPack(request: PackRequest): PackResult {
  const asked = parseOrExplain(packRequest, request, packRequestLabel);
  const options: PackOptions = { includeFormulas: asked.includeFormulas, includeCosts: asked.includeCosts };
  const chosen = scopeOf(asked);
  if ('problems' in chosen) return { ok: false, problems: chosen.problems };
  const { scope } = chosen;
  const workbook = Workbook.active(LayoutCache.load());
  if (!workbook.table('batches'))
    return {
      ok: false,
      problems: [
        { field: 'form', message: 'This spreadsheet has no Batches sheet: a records pack is made of the batches recorded there.' },
      ],
    };
  const reader = new PackReader(workbook, options);
  const batches = reader.table('batches');
  const products = reader.table('products');
  const known = {
    batchCodes: batches.map((batch) => text(batch, 'batchCode')),
    skus: [...products.map((product) => text(product, 'sku')), ...batches.map((batch) => text(batch, 'sku'))],
  };
  const scopeProblems = checkScope(scope, known);
  if (scopeProblems.length > 0) return { ok: false, problems: scopeProblems };
  const read = reader.readTheRest();
  const tables = read.tables;
  const contents = packContents(scope, batches, tables.batchInputs ?? [], tables.orders ?? []);
  const productName =
    scope.kind === 'product'
      ? text(
          products.find((product) => codeKey(text(product, 'sku')) === codeKey(scope.sku)),
          'product',
        )
      : '';
  if (contents.batches.length === 0) {
    const field: PackField = scope.kind === 'product' ? 'sku' : 'from';
    return {
      ok: false,
      problems: [{ field, message: `No batch was made for ${scopeWords(scope, productName)}: the pack would be empty.` }],
    };
  }
  const records = {
    batches,
    products,
    receipts: tables.receipts ?? [],
    suppliers: tables.suppliers ?? [],
    materials: tables.materials ?? [],
    bom: tables.bom ?? [],
  };
  const check = checkRecords(read.input);
  const gaps = packGaps(scope, contents, records, tables.orders ?? [], check.findings, read.input);
  const events = read.adverseEvents ? eventsInScope(scope, contents, read.adverseEvents) : null;
  const today = workbook.today();

  const sheets: Partial<Record<PackSheet, Report>> = {};
  const rows: Partial<Record<PackSheet, number>> = {};
  const add = (kind: PackSheet, report: Report, count: number) => {
    sheets[kind] = report;
    rows[kind] = count;
  };
  add('batches', { heading: [], tables: [batchesTable(contents, records, options)] }, contents.batches.length);
  add('lots', { heading: [], tables: [lotsTable(contents, records, options)] }, contents.inputs.length);
  add('shipments', { heading: [], tables: [shipmentsTable(contents)] }, contents.shipments.length);
  if (events) add('events', { heading: [], tables: [eventsTable(events)] }, events.length);
  if (options.includeFormulas) {
    const formulas = formulasTable(contents, records);
    add('formulas', { heading: [], tables: [formulas] }, formulas.rows.length);
  }
  const taken = new Set<string>();
  for (const sheet of workbook.sheets()) {
    const name = sheet.getName().toLowerCase();
    taken.add(name);
    taken.add(name.slice(0, 31));
  }
  const allNames = freePackSheetNames(scope, (name) => taken.has(name.toLowerCase()));
  const names: Partial<Record<PackSheet, string>> = { cover: allNames.cover };
  for (const kind of Object.keys(sheets) as PackSheet[]) names[kind] = allNames[kind];
  const now = new Date();
  const madeBy = signedInEmail() || 'not known';
  const cover = coverReport({
    scope,
    productName,
    madeAt: workbook.localTime(now, 'yyyy-MM-dd HH:mm'),
    madeBy,
    names,
    rows,
    gaps,
    notIncluded: read.notIncluded,
    eventsDue: events ? eventsDueSentences(events, today) : [],
    options,
  });

  const written: GoogleAppsScript.Spreadsheet.Sheet[] = [];
  try {
    for (const kind of Object.keys(names) as PackSheet[]) {
      const report = kind === 'cover' ? cover : (sheets[kind] as Report);
      written.push(writeReportSheet(workbook, { lead: names[kind] as string, tail: '' }, report));
    }
    widenColumn(written[0] as GoogleAppsScript.Spreadsheet.Sheet, 3, longTexts(cover), 118);
    const missing = gaps.length + read.notIncluded.length;
    appendLog(
      workbook,
      TITLE,
      fitCell(
        `Made a records pack of ${scopeWords(scope, productName)} in ${written.length} sheets ("${written[0]?.getName()}" first): ${cover.heading[1]} ${missing} things could not be included.`,
        CELL_CHARACTER_LIMIT,
      ),
      now,
      madeBy,
    );
  } catch (error) {
    const removed = written.map((sheet) => removeReportSheet(workbook, sheet)).join(' ');
    throw new Error(`the pack could not be finished (${messageOf(error)})${written.length > 0 ? `; ${removed}` : '.'}`, { cause: error });
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
    summary: cover.heading.slice(0, 3).map((line) => line.replace(/:$/, ': they are listed at the top of the cover.')),
    gaps: gaps.length + read.notIncluded.length,
  };
}
