// The CSV reading behind Utilities.parseCsv. Google documents only "a tabular 2D array representation
// of a CSV string" and the delimiter argument (a Char, comma by default), so where it says nothing we
// take the strict reading of RFC 4180, so that code passing here does not lean on a kindness Google may
// not have:
// - a field in double quotes may hold the delimiter, line breaks and doubled quotes ("" is one ");
// - a quote left open to the end of the text, a quote inside an unquoted field, or anything but the
//   delimiter or a line break after a closing quote is an error (scripts report "Could not parse text.");
// - a byte-order mark is not removed: it is a character of the first field, as a Java reader keeps it;
// - CRLF, LF and CR all end a record; a line break at the very end adds no empty record, while an empty
//   line inside the text is a record of one empty field; rows keep their own lengths (no padding).
// Written by hand: the rules fit in one loop, and a library would answer differently at these edges.

export class CsvSyntaxError extends Error {
  constructor(
    /** 1-based record where the fault is (the record a quote was opened in, for one left open). */
    readonly record: number,
    readonly detail: string,
  ) {
    super(`record ${record}: ${detail}`);
  }
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

export function parseCsvText(text: string, delimiter = ','): string[][] {
  const separator = delimiter.charCodeAt(0);
  const records: string[][] = [];
  if (text.length === 0) return records;
  let record: string[] = [];
  let index = 0;
  const end = text.length;
  for (;;) {
    // One field starts at `index`.
    let field: string;
    if (text.charCodeAt(index) === QUOTE) {
      const opened = records.length + 1;
      let value = '';
      let from = index + 1;
      for (;;) {
        const close = text.indexOf('"', from);
        if (close < 0) throw new CsvSyntaxError(opened, 'a quote is opened and never closed');
        value += text.slice(from, close);
        if (text.charCodeAt(close + 1) === QUOTE) {
          value += '"';
          from = close + 2;
          continue;
        }
        index = close + 1;
        break;
      }
      const next = text.charCodeAt(index);
      if (index < end && next !== separator && next !== CR && next !== LF)
        throw new CsvSyntaxError(records.length + 1, 'a closing quote is followed by more text in the same field');
      field = value;
    } else {
      let stop = index;
      while (stop < end) {
        const code = text.charCodeAt(stop);
        if (code === separator || code === CR || code === LF) break;
        if (code === QUOTE) throw new CsvSyntaxError(records.length + 1, 'a quote inside a field that does not start with one');
        stop += 1;
      }
      field = text.slice(index, stop);
      index = stop;
    }
    record.push(field);
    if (index >= end) {
      records.push(record);
      return records;
    }
    const code = text.charCodeAt(index);
    if (code === separator) {
      index += 1;
      continue;
    }
    // A line break ends the record.
    index += code === CR && text.charCodeAt(index + 1) === LF ? 2 : 1;
    records.push(record);
    record = [];
    if (index >= end) return records;
  }
}
