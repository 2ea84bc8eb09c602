// A shop's CSV export parsed by Apps Script's own parser (the bundle carries none): the one Utilities
// call an import makes. It throws on text that is not CSV; readOrderExports turns that into a sentence.
export function parseCsv(text: string, delimiter: string): string[][] {
  return Utilities.parseCsv(text, delimiter);
}
