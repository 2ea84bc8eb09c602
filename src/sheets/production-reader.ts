// What every production-run call says about the sheets it needs, and the codes new ones must not
// repeat. What a run reads of the stock is in run-stock-reader.ts: opening the sidebar reads the lots of
// BoM components and the rows that move them, a save only the lots it names.
import type { SheetKey } from '../domain/workbook';
import { codeKey } from '../domain/codes';
import { readCodeColumns } from './code-columns';
import { noSheetMessage } from './missing-sheet';
import type { Workbook } from './workbook';

/** What stops a run from being saved, said so the maker can fix it. */
export function missingSheetMessages(workbook: Workbook, missing: readonly SheetKey[]): string[] {
  return missing.map((key) => noSheetMessage(workbook, key));
}

/** The sheets a save writes that lack a required column: a value for it would be dropped. */
export function missingColumnMessages(workbook: Workbook, keys: readonly SheetKey[]): string[] {
  const messages: string[] = [];
  for (const key of keys) {
    const table = workbook.table(key);
    const missing = table?.layout.missingRequired.map((column) => `"${column.header}"`) ?? [];
    if (table && missing.length > 0)
      messages.push(
        `The ${table.name} sheet has no ${missing.join(', ')} column: choose Extensions ▸ Lotline ▸ Set up tracking sheets to add it.`,
      );
  }
  return messages;
}

/** The codes new ones must not repeat: Batch IDs, and the lot namespace (lot numbers and batch codes), as keys. */
export function readRunCodes(workbook: Workbook): { batchIds: Set<string>; lotNamespace: Set<string> } {
  const batches = readCodeColumns(workbook, 'batches', ['batchId', 'batchCode']);
  const receipts = readCodeColumns(workbook, 'receipts', ['lotNumber']);
  const keys = (codes: readonly string[] | undefined) => new Set((codes ?? []).filter((code) => code !== '').map(codeKey));
  const lotNamespace = keys(receipts.codes.lotNumber);
  for (const code of keys(batches.codes.batchCode)) lotNamespace.add(code);
  return { batchIds: keys(batches.codes.batchId), lotNamespace };
}
