// The traceability lot code (TLC) of a receipt, for the Receiving sheet (§1.1345). The rule keeps the
// code the lot arrived with: when the supplier assigned one, it travels with the food and the supplier
// is its source, so Receipts' Supplier lot is the TLC when present. Only when the supplier gave none is
// the maker's own Lot number the TLC, and then the maker's location is the TLC source.
// The reference document's type (Invoice, Packing slip, Bill of lading…) is told from its number's
// wording when it can be; otherwise it is left blank and listed as missing, never guessed.

export interface ReceiptLotCode {
  tlc: string;
  source: 'supplier' | 'business';
}

export function receiptLotCode(lotNumber: string, supplierLot: string): ReceiptLotCode {
  const theirs = supplierLot.trim();
  return theirs === '' ? { tlc: lotNumber.trim(), source: 'business' } : { tlc: theirs, source: 'supplier' };
}

const DOCUMENT_TYPES: readonly [RegExp, string][] = [
  [/^(inv|invoice)\b/i, 'Invoice'],
  [/^(ps|packing[ -]?slip|packing[ -]?list|pl)\b/i, 'Packing slip'],
  [/^(bol|bill of lading)\b/i, 'Bill of lading'],
  [/^(po|purchase order)\b/i, 'Purchase order'],
  [/^(asn|advance shipping notice)\b/i, 'Advance shipping notice'],
];

/** "INV-4411" → Invoice; "4411" → null (the type cannot be told). */
export function referenceDocumentType(reference: string): string | null {
  const text = reference.trim();
  for (const [pattern, type] of DOCUMENT_TYPES) if (pattern.test(text)) return type;
  return null;
}
