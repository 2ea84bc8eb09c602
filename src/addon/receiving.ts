// Menu: Receive materials… — the sidebar where a delivery is entered, and the two calls it makes: one
// to load what it offers, one to save. Saving trusts nothing the sidebar sends: the delivery is checked
// against the workbook under the document lock, lot numbers are chosen there, and every row goes in at
// once — or, on any problem, nothing does and the sidebar gets each problem with its field.
import { CodeNumbering } from '../domain/code-numbering';
import { codeKey } from '../domain/codes';
import { describeProblem } from '../domain/problems';
import { isoDay } from '../domain/iso-day';
import { deliveryDraft, type DeliveryDraft } from '../domain/receiving/delivery';
import { checkDelivery } from '../domain/receiving/delivery-rules';
import { deliveryLogDetails, numberLots, receiptRecords } from '../domain/receiving/receipt-records';
import { sheetSpec, type SheetKey } from '../domain/workbook';
import { codeFormatOf, loadCodeFormatTexts } from '../sheets/code-format-settings';
import { commitWrites, withDocumentLock } from '../sheets/document-lock';
import { LayoutCache } from '../sheets/layout-cache';
import { appendLog } from '../sheets/log';
import { readLotNamespace, readMaterialsOnFile, readSupplierNames } from '../sheets/receiving-reader';
import { Workbook } from '../sheets/workbook';
import type { DeliveryResult, LotPreview, ReceivingSetup } from '../../sidebar/receiving-api';
import type { CodeFormat } from '../domain/code-formats';
import * as z from 'zod/mini';

const TITLE = 'Receive materials';
/** Notices beyond these few would crowd the sidebar; the maker fixes the first ones first. */
const MAX_NOTICES = 5;

export function showReceivingSidebar(): void {
  const page = HtmlService.createHtmlOutputFromFile('Receiving').setTitle(TITLE);
  SpreadsheetApp.getUi().showSidebar(page);
}

/** google.script.run: everything the sidebar offers, in one call. */
export function loadReceiving(): ReceivingSetup {
  const workbook = Workbook.active(LayoutCache.load());
  const formats = loadCodeFormatTexts();
  const today = Utilities.formatDate(new Date(), workbook.timeZone(), 'yyyy-MM-dd');
  const missing = missingSheets(workbook);
  const { materials, problems } = readMaterialsOnFile(workbook);
  const suppliers = readSupplierNames(workbook);
  const namespace = readLotNamespace(workbook);
  const usable = materials.filter((material) => material.unit !== null);
  workbook.saveLayouts();
  const notices = [...missing, ...problems.map(describeProblem)];
  return {
    today,
    suppliers,
    materials: usable.map((material) => ({
      code: material.code,
      name: material.name,
      unit: material.unit?.symbol ?? '',
      supplier: material.supplier,
    })),
    formats,
    preview: lotPreview(
      codeFormatOf(formats, 'receiptLot'),
      today,
      usable.map((material) => material.code),
      namespace,
    ),
    notices: notices.length > MAX_NOTICES ? [...notices.slice(0, MAX_NOTICES), `…and ${notices.length - MAX_NOTICES} more.`] : notices,
  };
}

const previewRequest = z.strictObject({ received: isoDay, materialCodes: z.array(z.string()).check(z.maxLength(1000)) });

/** google.script.run: the lot numbers' starting points for another received day. */
export function previewLotNumbers(request: z.infer<typeof previewRequest>): LotPreview {
  const { received, materialCodes } = previewRequest.parse(request);
  const workbook = Workbook.active(LayoutCache.load());
  const namespace = readLotNamespace(workbook);
  workbook.saveLayouts();
  return lotPreview(codeFormatOf(loadCodeFormatTexts(), 'receiptLot'), received, materialCodes, namespace);
}

function lotPreview(format: CodeFormat, received: string, materialCodes: readonly string[], namespace: ReadonlySet<string>): LotPreview {
  const highest = new CodeNumbering(format, namespace).learnHighest(materialCodes.map((material) => ({ material, day: received })));
  const byMaterial: Record<string, number> = {};
  materialCodes.forEach((code, index) => {
    if ((highest[index] as number) > 0) byMaterial[codeKey(code)] = highest[index] as number;
  });
  return { received, highest: byMaterial };
}

/** google.script.run: check and save one delivery. */
export function receiveDelivery(request: DeliveryDraft): DeliveryResult {
  const draft = deliveryDraft.safeParse(request);
  if (!draft.success) {
    const where = draft.error.issues.map((issue) => issue.path.join('.') || 'the delivery').join(', ');
    return {
      ok: false,
      problems: [
        {
          field: 'form',
          message: `The sidebar sent a delivery Lotline cannot read (at ${where}). Close the sidebar, open it again and retry.`,
        },
      ],
    };
  }
  const workbook = Workbook.active(LayoutCache.load());
  const format = codeFormatOf(loadCodeFormatTexts(), 'receiptLot');
  const saved = withDocumentLock(() => saveDelivery(workbook, draft.data, format));
  if (!saved.ok) {
    return {
      ok: false,
      problems: [
        { field: 'form', message: 'Someone else is saving to this workbook right now. Nothing was saved: press Save again in a moment.' },
      ],
    };
  }
  workbook.saveLayouts();
  return saved.value;
}

/** Runs under the document lock: what is read here is what the new rows must not clash with. */
function saveDelivery(workbook: Workbook, draft: DeliveryDraft, format: CodeFormat): DeliveryResult {
  const missing = missingSheets(workbook);
  if (missing.length > 0) return { ok: false, problems: missing.map((message) => ({ field: 'form', message })) };
  const { materials } = readMaterialsOnFile(workbook);
  const suppliers = readSupplierNames(workbook);
  const namespace = readLotNamespace(workbook);
  const checked = checkDelivery(draft, { materials, suppliers, lotNamespace: namespace });
  if (!checked.ok) return checked;

  const { delivery } = checked;
  const lotNumbers = numberLots(delivery, new CodeNumbering(format, namespace));
  // The supplier first: a receipt naming a supplier missing from Suppliers would be a problem in every
  // trace, a supplier row without receipts is harmless if a later write fails.
  if (delivery.newSupplier) tableOf(workbook, 'suppliers').appendRows([{ supplier: delivery.supplier }]);
  const receipts = tableOf(workbook, 'receipts');
  const { firstRow } = receipts.appendRows(receiptRecords(delivery, lotNumbers));
  appendLog(workbook, TITLE, deliveryLogDetails(delivery, lotNumbers, receipts.name, firstRow));
  commitWrites();
  return {
    ok: true,
    lots: delivery.lines.map((line, index) => ({
      lotNumber: lotNumbers[index] as string,
      shownLotNumber: line.shownLotNumber,
      materialCode: line.material.code,
      material: line.material.name,
      quantity: line.quantity,
      unit: line.unit.symbol,
    })),
    supplier: delivery.supplier,
    newSupplier: delivery.newSupplier,
    sheet: receipts.name,
    firstRow,
  };
}

const NEEDED: readonly SheetKey[] = ['suppliers', 'materials', 'receipts'];
const SET_UP = 'choose Extensions ▸ Lotline ▸ Set up tracking sheets';

/** What stops a delivery from being saved: a tracking sheet or a required column missing. */
function missingSheets(workbook: Workbook): string[] {
  const messages: string[] = [];
  for (const key of NEEDED) {
    const table = workbook.table(key);
    if (!table) {
      messages.push(`This spreadsheet has no ${sheetSpec(key).name} sheet: ${SET_UP}.`);
      continue;
    }
    const missing = table.layout.missingRequired.map((column) => `"${column.header}"`);
    if (missing.length > 0) messages.push(`The ${table.name} sheet has no ${missing.join(', ')} column: ${SET_UP} to add it.`);
  }
  return messages;
}

function tableOf(workbook: Workbook, key: SheetKey) {
  const table = workbook.table(key);
  if (!table) throw new Error(`The ${key} sheet disappeared while saving.`);
  return table;
}
