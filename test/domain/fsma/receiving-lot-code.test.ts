// Which code is the traceability lot code of a receipt, and what its reference document is: what FDA
// reads first in the Receiving sheet, so a wrong choice would send a recall after the wrong lot.
import { receiptLotCode, referenceDocumentType } from '../../../src/domain/fsma/receiving-lot-code';

describe("a receipt's traceability lot code", () => {
  it("is the supplier's lot when the supplier gave one, with the supplier as its source", () => {
    expect(receiptLotCode('LAV-0923-01', ' SL-88812 ')).toEqual({ tlc: 'SL-88812', source: 'supplier' });
  });

  it("is the maker's own lot number when the supplier gave none, with the maker as its source", () => {
    expect(receiptLotCode(' LAV-0923-01', '')).toEqual({ tlc: 'LAV-0923-01', source: 'business' });
  });
});

describe("a reference document's type", () => {
  it('is told from its wording when it can be', () => {
    expect(referenceDocumentType('INV-4411')).toBe('Invoice');
    expect(referenceDocumentType('Invoice 4411')).toBe('Invoice');
    expect(referenceDocumentType('PS 220')).toBe('Packing slip');
    expect(referenceDocumentType('BOL-7')).toBe('Bill of lading');
  });

  it('is not guessed from a bare number', () => {
    expect(referenceDocumentType('4411')).toBeNull();
    expect(referenceDocumentType('')).toBeNull();
    expect(referenceDocumentType('INVENTORY-3')).toBeNull();
  });
});
