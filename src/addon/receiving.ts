// Menu: Receive materials… — the sidebar where a delivery is entered, and the two calls it makes: one
// to load what it offers, one to save. Saving trusts nothing the sidebar sends: the delivery is checked
// against the workbook under the document lock, lot numbers are chosen there, and every row goes in at
// once — or, on any problem, nothing does and the sidebar gets each problem with its field.
import {
  deliveryDraft,
  lotPreviewRequest,
  type DeliveryDraft,
  type DeliveryResult,
  type LotPreview,
  type LotPreviewRequest,
  type ReceivingSetup,
} from '../contract/receiving';
import { CodeNumbering } from '../domain/code-numbering';
import type { CodeFormat } from '../domain/code-formats';
import { capNotices } from '../domain/notices';
import { describeProblem } from '../domain/problems';
import { checkDelivery } from '../domain/receiving/delivery-rules';
import { deliveryLogDetails, numberLots, receiptRecords } from '../domain/receiving/receipt-records';
import { sheetSpec, type SheetKey } from '../domain/workbook';
import { codeFormatOf, loadCodeFormatTexts } from '../sheets/code-format-settings';
import { LayoutCache } from '../sheets/layout-cache';
import { appendLog } from '../sheets/log';
import { readLotNamespace, readMaterialsOnFile, readSupplierNames } from '../sheets/receiving-reader';
import { Workbook } from '../sheets/workbook';
import { saveUnderDocumentLock } from './save-under-lock';

const TITLE = 'Receive materials';

export function showReceivingSidebar(): void {
  const page = HtmlService.createHtmlOutputFromFile('Receiving').setTitle(TITLE);
  SpreadsheetApp.getUi().showSidebar(page);
}

/** google.script.run: everything the sidebar offers, in one call. */
export function loadReceiving(): ReceivingSetup {
  const workbook = Workbook.active(LayoutCache.load());
  const formats = loadCodeFormatTexts();
  const today = workbook.today();
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
    notices: capNotices(notices),
  };
}

/** google.script.run: the lot numbers' starting points for another received day. */
export function previewLotNumbers(request: LotPreviewRequest): LotPreview {
  const { received, materialCodes } = lotPreviewRequest.parse(request);
  const workbook = Workbook.active(LayoutCache.load());
  const namespace = readLotNamespace(workbook);
  workbook.saveLayouts();
  return lotPreview(codeFormatOf(loadCodeFormatTexts(), 'receiptLot'), received, materialCodes, namespace);
}

function lotPreview(format: CodeFormat, received: string, materialCodes: readonly string[], namespace: ReadonlySet<string>): LotPreview {
  const highest = new CodeNumbering(format, namespace).highestByName(materialCodes, (material) => ({ material, day: received }));
  return { received, highest };
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
  return saveUnderDocumentLock(workbook, () => saveDelivery(workbook, draft.data, format));
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
