// Menu: Receive materials… — the sidebar where a delivery is entered, and the two calls it makes: one
// to load what it offers, one to save. Saving trusts nothing the sidebar sends: the delivery is checked
// against the workbook under the document lock, lot numbers are chosen there, and every row goes in at
// once — or, on any problem, nothing does and the sidebar gets each problem with its field.
import { noSheetMessage, SET_UP } from '../sheets/missing-sheet';
import {
  deliveryDraft,
  deliveryErrors,
  deliveryProblemAt,
  lotPreviewLabel,
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
import { parseOrExplain } from '../contract/wire-problems';
import { checkDelivery } from '../domain/receiving/delivery-rules';
import { deliveryLogDetails, numberLots, receiptRecords } from '../domain/receiving/receipt-records';
import type { SheetKey } from '../domain/workbook';
import { codeFormatOf, loadCodeFormatTexts } from '../sheets/code-format-settings';
import { LayoutCache } from '../sheets/layout-cache';
import { readLotNamespace, readMaterialsOnFile, readSupplierNames } from '../sheets/receiving-reader';
import { writeAllOrNothing } from '../sheets/save-writes';
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
  const { received, materialCodes } = parseOrExplain(lotPreviewRequest, request, lotPreviewLabel);
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
  // Nothing is read before the request is known to be a delivery: each way it is not, said at its field.
  const draft = deliveryDraft.safeParse(request, { error: deliveryErrors });
  if (!draft.success) return { ok: false, problems: draft.error.issues.map((issue) => deliveryProblemAt(issue.path, issue.message)) };
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
  const checked = checkDelivery(draft, { materials, suppliers, lotNamespace: namespace, today: workbook.today() });
  if (!checked.ok) return checked;

  const { delivery } = checked;
  const lotNumbers = numberLots(delivery, new CodeNumbering(format, namespace));
  const records = receiptRecords(delivery, lotNumbers);
  const written = writeAllOrNothing(
    workbook,
    [
      // A receipt naming a supplier missing from Suppliers would be a problem in every trace.
      { key: 'suppliers', records: delivery.newSupplier ? [{ supplier: delivery.supplier }] : [] },
      { key: 'receipts', records },
    ],
    {
      action: TITLE,
      details: (rows) => {
        const receipts = rows.find((each) => each.key === 'receipts');
        return deliveryLogDetails(delivery, lotNumbers, receipts?.sheet ?? 'Receipts', receipts?.firstRow ?? 0);
      },
    },
  );
  if (!written.ok) {
    const message = `Nothing was saved: writing to the ${written.sheet} sheet failed (${written.message}). What had been written was removed again.`;
    return { ok: false, problems: [{ field: 'form', message }] };
  }
  const receipts = written.written.find((each) => each.key === 'receipts');
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
    sheet: receipts?.sheet ?? 'Receipts',
    firstRow: receipts?.firstRow ?? 0,
    addedColumns: written.addedColumns,
  };
}

const NEEDED: readonly SheetKey[] = ['suppliers', 'materials', 'receipts'];

/** What stops a delivery from being saved: a tracking sheet or a required column missing. */
function missingSheets(workbook: Workbook): string[] {
  const messages: string[] = [];
  for (const key of NEEDED) {
    const table = workbook.table(key);
    if (!table) {
      messages.push(noSheetMessage(workbook, key));
      continue;
    }
    const missing = table.layout.missingRequired.map((column) => `"${column.header}"`);
    if (missing.length > 0) messages.push(`The ${table.name} sheet has no ${missing.join(', ')} column: ${SET_UP} to add it.`);
  }
  return messages;
}
