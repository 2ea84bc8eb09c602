// A shop's exports read into the order lines an import would add — not yet linked to batches — and the
// lines it would not add, with why. Pure: the server hands in Utilities.parseCsv (the bundle carries no
// CSV parser) and what it read from the workbook. Nothing is guessed: a quantity, date or product that
// cannot be read is a problem naming the file, line and column.
import type { ColumnMapping, LeftOutLine, OrderProblem, PlannedLine, ProductMapping, UnmappedFile } from '../../contract/orders';
import { quote } from '../cell-values';
import { codeKey } from '../codes';
import { readingConventions } from '../locale';
import { csvFault, delimiterOf, headerNames, looksBinary, withoutBom } from './csv-text';
import { ExportTable, type ExportLine } from './export-line';
import { mappingFor, mappingProblems, readMapped, suggestColumns } from './mapped-export';
import { nearlyShop, recogniseShop } from './shop-formats';

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
    if (!fault) return problem(file.name, 'this is not valid CSV: export it again.');
    // The header row's own cell names the column, unless the fault is in the header row itself.
    const column = fault.line > 1 ? headerNames(text, delimiter)[fault.field - 1] : undefined;
    return problem(file.name, `${fault.message}: this is not valid CSV.`, fault.line, column);
  }
}

/** A record with more or fewer cells than the header row, said so the maker can find what went wrong. */
function raggedProblem(file: string, headers: readonly string[], record: readonly string[], line: number): OrderProblem {
  if (record.length > headers.length)
    return problem(
      file,
      `has ${record.length} cells where the header row has ${headers.length}: a value with the separator in it but no quotes?`,
      line,
    );
  const last = headers[record.length - 1] ?? '';
  return problem(
    file,
    `has ${record.length} cells where the header row has ${headers.length}: it stops after this column (a line cut short, or a line break in a value without quotes?).`,
    line,
    last,
  );
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
      result.problems.push(raggedProblem(file.name, headers, records[ragged] as string[], ragged + 2));
      continue;
    }
    const format = recogniseShop(table);
    const mapping = format ? null : mappingFor(headers, options.columnMappings);
    if (!format && !mapping) {
      const nearly = nearlyShop(table);
      // Offered for mapping all the same: the maker may know better than the headers.
      if (nearly)
        result.problems.push(
          problem(
            file.name,
            `looks like ${nearly.format.export} but has no column ${nearly.missing.map((header) => `"${header}"`).join(' or ')}: export it again with every column, or map its columns.`,
            1,
          ),
        );
      result.unmapped.push({ file: file.name, headers: [...headers], suggested: suggestColumns(headers) });
      continue;
    }
    const wrongMapping = mapping ? mappingProblems(table, mapping) : [];
    if (wrongMapping.length > 0) {
      for (const wrong of wrongMapping) result.problems.push(problem(file.name, wrong.message, 1, wrong.column));
      continue;
    }
    const lines = format
      ? format.read(table, options.timeZone)
      : readMapped(table, mapping as ColumnMapping, options.timeZone, conventions);
    if (table.ambiguous.size > 0) {
      for (const header of table.ambiguous) {
        const columns = table.columnsOf(header) ?? [];
        result.problems.push(
          problem(
            file.name,
            `the header row has "${header}" ${columns.length === 2 ? 'twice' : `${columns.length} times`} (columns ${columns.join(' and ')}): rename or remove the extra ones, so it is clear which to read.`,
            1,
            header,
          ),
        );
      }
      continue;
    }
    if (lines.length === 0) {
      result.problems.push(problem(file.name, 'has a header row and no order lines: export a period with orders in it.'));
      continue;
    }
    result.sources.push({ file: file.name, shop: format ? format.shop : 'your mapping', lines: lines.length });
    exportLines.push(...lines);
  }
  planLines(exportLines, options, result);
  const max = options.maxLines ?? 5000;
  if (result.lines.length > max) {
    // Nothing of it is offered: a plan of part of a period would be saved as if it were all of it, and
    // linking and sending back tens of thousands of lines costs the maker a minute for nothing.
    const files = [...new Set(result.lines.map((line) => line.file))];
    const count = (n: number) => n.toLocaleString('en-US');
    const more = `lines to add, more than the ${count(max)} one import can take: import a shorter period at a time.`;
    result.problems.push(
      files.length === 1
        ? problem(files[0] as string, `holds ${count(result.lines.length)} ${more}`)
        : { message: `These files (${files.join(', ')}) hold ${count(result.lines.length)} ${more}` },
    );
    result.lines = [];
    result.leftOut = [];
  }
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
      result.problems.push(
        problem(
          line.file,
          'has no order number or line ID, so it could be imported twice: fix the export.',
          line.line,
          line.lineIdColumn || undefined,
        ),
      );
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
      if (sku) return { kind: 'sku', sku };
      const [shop, column] = mapped.has(codeKey(line.shopSku)) ? [line.shopSku, line.skuColumn] : [line.item, line.itemColumn];
      return {
        kind: 'problem',
        message: `${quote(shop)} is mapped to ${quote(mapping)}, which is not a SKU on Products: map it to one of your SKUs again.`,
        column: column || undefined,
      };
    }
    const named = line.item === '' ? [] : (byName.get(codeKey(line.item)) ?? []);
    if (named.length > 1)
      return {
        kind: 'problem',
        message: `${quote(line.item)} is the name of ${named.length} products on Products (${named.join(', ')}): map it to one SKU.`,
        column: line.itemColumn || undefined,
      };
    return named.length === 1 ? { kind: 'sku', sku: named[0] as string } : { kind: 'none' };
  };
}
