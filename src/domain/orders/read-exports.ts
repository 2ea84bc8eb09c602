// A shop's exports read into the order lines an import would add — not yet linked to batches — and the
// lines it would not add, with why. Pure: the server hands in Utilities.parseCsv (the bundle carries no
// CSV parser) and what it read from the workbook. Nothing is guessed: a quantity, date or product that
// cannot be read is a problem naming the file, line and column.
import type { ColumnMapping, LeftOutLine, OrderProblem, PlannedLine, ProductMapping, UnmappedFile } from '../../contract/orders';
import { quote } from '../cell-values';
import { codeKey } from '../codes';
import { readingConventions } from '../locale';
import { csvFault, delimiterOf, looksBinary, withoutBom } from './csv-text';
import { ExportTable, type ExportLine } from './export-line';
import { mappingFor, readMapped, suggestColumns } from './mapped-export';
import { recogniseShop } from './shop-formats';

export interface ReadExportsOptions {
  /** Utilities.parseCsv on the server; throws on text that is not CSV. */
  parseCsv: (text: string, delimiter: string) => string[][];
  products: readonly { sku: string; product: string }[];
  /** Line IDs already in the Orders sheet. */
  existingLineIds: Iterable<string>;
  columnMappings: readonly ColumnMapping[];
  productMappings: readonly ProductMapping[];
  timeZone: string;
  locale: string;
  /** Lines one plan may hold (the contract's MAX_PLANNED_LINES). */
  maxLines?: number;
}

export interface ReadExports {
  sources: { file: string; shop: string; lines: number }[];
  lines: PlannedLine[];
  leftOut: LeftOutLine[];
  unmapped: UnmappedFile[];
  problems: OrderProblem[];
}

const where = (file: string, line?: number, column?: string) =>
  [file, line === undefined ? '' : `line ${line}`, column ? `column "${column}"` : ''].filter(Boolean).join(', ');

function problem(file: string, message: string, line?: number, column?: string): OrderProblem {
  const found: OrderProblem = { file, message: `${where(file, line, column)}: ${message}` };
  if (line !== undefined) found.line = line;
  if (column) found.column = column;
  return found;
}

/** Parses one file; a problem when it is not CSV. */
function parseFile(file: { name: string; text: string }, parseCsv: ReadExportsOptions['parseCsv']): string[][] | OrderProblem {
  const text = withoutBom(file.text);
  if (text.trim() === '') return problem(file.name, 'the file is empty: export the orders again.');
  if (looksBinary(text)) return problem(file.name, 'this is not a CSV file (a spreadsheet, PDF or zip?): export or save it as CSV.');
  const delimiter = delimiterOf(text);
  try {
    return parseCsv(text, delimiter);
  } catch {
    const fault = csvFault(text, delimiter);
    return fault
      ? problem(file.name, `${fault.message}: this is not valid CSV.`, fault.line)
      : problem(file.name, 'this is not valid CSV: export it again.');
  }
}

export function readOrderExports(files: readonly { name: string; text: string }[], options: ReadExportsOptions): ReadExports {
  const result: ReadExports = { sources: [], lines: [], leftOut: [], unmapped: [], problems: [] };
  const conventions = readingConventions(options.locale);
  const exportLines: ExportLine[] = [];
  for (const file of files) {
    const parsed = parseFile(file, options.parseCsv);
    if (!Array.isArray(parsed)) {
      result.problems.push(parsed);
      continue;
    }
    const [headers = [], ...records] = parsed;
    if (headers.filter((header) => header.trim() !== '').length < 2) {
      result.problems.push(problem(file.name, 'the first line is not a header row of columns: is this a shop’s CSV export?', 1));
      continue;
    }
    const table = new ExportTable(file.name, headers, records);
    const ragged = records.findIndex((record) => record.length !== headers.length && !(record.length === 1 && record[0] === ''));
    if (ragged >= 0) {
      const count = (records[ragged] as string[]).length;
      result.problems.push(
        problem(
          file.name,
          `has ${count} cells where the header row has ${headers.length}: a value with the separator in it but no quotes?`,
          ragged + 2,
        ),
      );
      continue;
    }
    const format = recogniseShop(table);
    const mapping = format ? null : mappingFor(headers, options.columnMappings);
    if (!format && !mapping) {
      result.unmapped.push({ file: file.name, headers: [...headers], suggested: suggestColumns(headers) });
      continue;
    }
    const lines = format
      ? format.read(table, options.timeZone)
      : readMapped(table, mapping as ColumnMapping, options.timeZone, conventions);
    if (lines.length === 0) {
      result.problems.push(problem(file.name, 'has a header row and no order lines: export a period with orders in it.'));
      continue;
    }
    result.sources.push({ file: file.name, shop: format ? format.shop : 'your mapping', lines: lines.length });
    exportLines.push(...lines);
  }
  planLines(exportLines, options, result);
  const max = options.maxLines ?? 5000;
  if (result.lines.length > max)
    result.problems.push({
      message: `These files hold ${result.lines.length} lines to add, more than the ${max} one import can take: import a shorter period at a time.`,
    });
  return result;
}

function planLines(exportLines: readonly ExportLine[], options: ReadExportsOptions, result: ReadExports): void {
  const products = productIndex(options);
  const taken = new Map<string, ExportLine>();
  const existing = new Set([...options.existingLineIds].map(codeKey));
  for (const line of exportLines) {
    const quantity = readQuantity(line.quantityText);
    const leaveOut = (reason: LeftOutLine['reason'], message: string, shop?: string) => {
      const left: LeftOutLine = {
        file: line.file,
        line: line.line,
        order: line.order,
        item: line.item,
        quantity: typeof quantity === 'number' ? quantity : null,
        reason,
        message,
      };
      if (shop !== undefined) left.shop = shop;
      result.leftOut.push(left);
    };
    if (line.leftOut) {
      leaveOut(line.leftOut.reason, line.leftOut.message);
      continue;
    }
    if (line.lineId === '' || line.lineId.startsWith('/')) {
      result.problems.push(problem(line.file, 'has no order number or line ID, so it could be imported twice: fix the export.', line.line));
      continue;
    }
    const key = codeKey(line.lineId);
    if (existing.has(key)) {
      leaveOut('alreadyImported', `Already in Orders (Line ID ${line.lineId}).`);
      continue;
    }
    const earlier = taken.get(key);
    if (earlier) {
      leaveOut('alreadyImported', `The same line as ${where(earlier.file, earlier.line)} (Line ID ${line.lineId}).`);
      continue;
    }
    if (typeof quantity === 'string') {
      result.problems.push(problem(line.file, quantity, line.line, line.quantityColumn));
      continue;
    }
    if (line.shipped === null) {
      result.problems.push(
        problem(line.file, `${quote(line.shippedText)} is not a date this shop writes.`, line.line, line.shippedColumn || undefined),
      );
      continue;
    }
    const sku = products(line);
    if (sku.kind === 'problem') {
      result.problems.push(problem(line.file, sku.message, line.line, sku.column));
      continue;
    }
    if (sku.kind === 'none') {
      const shop = line.shopSku || line.item;
      leaveOut(
        'notOurProduct',
        `${quote(shop)} is not a SKU or product name on Products: map it to one of your SKUs, or leave it out.`,
        shop,
      );
      continue;
    }
    taken.set(key, line);
    result.lines.push({
      lineId: line.lineId,
      file: line.file,
      line: line.line,
      order: line.order,
      shipped: line.shipped,
      customer: line.customer,
      email: line.email,
      address: line.address,
      sku: sku.sku,
      item: line.item,
      quantity,
      channel: line.channel,
      customerType: '',
      allocations: [],
      warnings: [],
    });
  }
}

/** A quantity shipped: a whole number above 0, as shops write it; else the reason it is not. */
export function readQuantity(text: string): number | string {
  if (text === '') return 'has no quantity.';
  if (/^\d+$/.test(text) && Number(text) > 0) return Number(text);
  return `${quote(text)} is not a quantity shipped: write a whole number above 0.`;
}

type SkuFound = { kind: 'sku'; sku: string } | { kind: 'none' } | { kind: 'problem'; message: string; column?: string };

/** The maker's SKU of a line: its shop SKU on Products, else the maker's mapping, else a product name on Products. */
function productIndex(options: ReadExportsOptions): (line: ExportLine) => SkuFound {
  const bySku = new Map(options.products.map((product) => [codeKey(product.sku), product.sku]));
  const byName = new Map<string, string[]>();
  for (const product of options.products) {
    const key = codeKey(product.product);
    if (key !== '') byName.set(key, [...(byName.get(key) ?? []), product.sku]);
  }
  const mapped = new Map(options.productMappings.map((mapping) => [codeKey(mapping.shop), mapping.sku]));
  return (line) => {
    const fromSku = line.shopSku === '' ? undefined : bySku.get(codeKey(line.shopSku));
    if (fromSku) return { kind: 'sku', sku: fromSku };
    const mapping = mapped.get(codeKey(line.shopSku)) ?? mapped.get(codeKey(line.item));
    if (mapping !== undefined) {
      const sku = bySku.get(codeKey(mapping));
      return sku ? { kind: 'sku', sku } : { kind: 'problem', message: `is mapped to ${quote(mapping)}, which is not a SKU on Products.` };
    }
    const named = line.item === '' ? [] : (byName.get(codeKey(line.item)) ?? []);
    if (named.length > 1)
      return {
        kind: 'problem',
        message: `${quote(line.item)} is the name of ${named.length} products on Products (${named.join(', ')}): map it to one SKU.`,
      };
    return named.length === 1 ? { kind: 'sku', sku: named[0] as string } : { kind: 'none' };
  };
}
