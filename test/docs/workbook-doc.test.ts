// docs/workbook.md is the workbook contract as it travels with the code. It must name every sheet and
// column of the code's table (src/domain/workbook.ts) under its sheet — required ones in bold, with
// their other header spellings and allowed values — and mark "not yet" whatever it describes that the
// code does not have. Where ../shared/product/workbook.md exists beside the repository (in CI, not in a
// plain clone), every sheet and column it names must be in the doc too.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CODE_KINDS, DEFAULT_CODE_FORMATS, tokensOf } from '../../src/domain/code-formats';
import { parseUnit, UNIT_SYMBOLS } from '../../src/domain/units';
import { SHEETS } from '../../src/domain/workbook';

const ROOT = path.resolve(__dirname, '..', '..');
const DOC_PATH = path.join(ROOT, 'docs', 'workbook.md');
const SHARED_PATH = path.resolve(ROOT, '..', 'shared', 'product', 'workbook.md');
const NOT_YET = /not yet/i;

interface Section {
  /** Heading text before " — ": the sheet name for a sheet's section. */
  name: string;
  level: number;
  lines: string[];
}

/** Sections of a markdown text by `##`/`###` heading; each runs to the next heading of any level. */
function sections(markdown: string): Section[] {
  const found: Section[] = [];
  let current: Section | null = null;
  for (const line of markdown.split('\n')) {
    const heading = /^(#{2,3}) (.+)$/.exec(line);
    if (heading) {
      current = { name: (heading[2] as string).split(' — ')[0]!.trim(), level: (heading[1] as string).length, lines: [] };
      found.push(current);
    } else current?.lines.push(line);
  }
  return found;
}

/** A `##` section and the `###` sections under it. */
function chapter(all: Section[], name: string): Section[] {
  const start = all.findIndex((section) => section.level === 2 && section.name === name);
  if (start < 0) return [];
  const end = all.findIndex((section, index) => index > start && section.level === 2);
  return all.slice(start + 1, end < 0 ? undefined : end);
}

interface Row {
  cells: string[];
  line: string;
}

/** Body rows of the markdown tables in some lines (header and separator rows left out). */
function tableRows(lines: readonly string[]): Row[] {
  const rows: Row[] = [];
  let inTable = false;
  for (const line of lines) {
    if (!line.startsWith('|')) {
      inTable = false;
      continue;
    }
    const cells = line
      .slice(1, line.trimEnd().endsWith('|') ? line.trimEnd().length - 1 : undefined)
      .split('|')
      .map((cell) => cell.trim());
    if (!inTable) {
      inTable = true; // the header row
      continue;
    }
    if (cells.every((cell) => /^:?-+:?$/.test(cell))) continue;
    rows.push({ cells, line });
  }
  return rows;
}

interface DocColumn {
  name: string;
  bold: boolean;
  line: string;
}

function docColumns(section: Section): DocColumn[] {
  return tableRows(section.lines).map(({ cells, line }) => {
    const first = cells[0] ?? '';
    const bold = /^\*\*.+\*\*$/.test(first);
    return { name: bold ? first.slice(2, -2).trim() : first, bold, line };
  });
}

/** "Accounted for (%)" and "Accounted for", "Shelf life (days)" and "Shelf life" name the same column. */
function sameColumn(a: string, b: string): boolean {
  const bare = (name: string) =>
    name
      .replace(/\s*\([^)]*\)\s*$/, '')
      .trim()
      .toLowerCase();
  return a.toLowerCase() === b.toLowerCase() || bare(a) === bare(b);
}

const doc = existsSync(DOC_PATH) ? readFileSync(DOC_PATH, 'utf8') : '';
const docSections = sections(doc);

function docSheet(name: string): Section | undefined {
  return docSections.find((section) => section.level === 3 && section.name === name);
}

describe('docs/workbook.md follows the code’s table of the workbook (src/domain/workbook.ts)', () => {
  it('exists', () => {
    expect(doc).not.toBe('');
  });

  describe.each(SHEETS.map((sheet) => [sheet.name, sheet] as const))('%s', (name, sheet) => {
    const section = docSheet(name);
    const columns = section ? docColumns(section) : [];

    it('has a section of its own', () => {
      expect(section).toBeDefined();
    });

    it.each(sheet.columns.map((column) => [column.header, column] as const))('names the column %s', (header, column) => {
      const row = columns.find((candidate) => candidate.name === header);
      expect(row).toBeDefined();
      if (!row) return;
      // Required columns are bold; optional ones are not.
      expect({ header, required: row.bold }).toEqual({ header, required: column.required });
      expect(row.line).not.toMatch(NOT_YET);
      for (const alias of column.aliases ?? [])
        expect({ header, alias, listed: row.line.includes(`\`${alias}\``) }).toMatchObject({ listed: true });
      for (const choice of column.choices ?? [])
        expect({ header, choice, listed: row.line.includes(`\`${choice}\``) }).toMatchObject({ listed: true });
    });

    it('marks "not yet" every column it lists that the code does not read', () => {
      const known = new Set(sheet.columns.map((column) => column.header));
      const claimed = columns.filter((row) => !known.has(row.name) && !NOT_YET.test(row.line)).map((row) => row.name);
      expect(claimed).toEqual([]);
    });
  });

  it('marks "not yet" every sheet section the code has no table for', () => {
    // Sheets the add-on writes whole (reports, Stock) have no table of columns it reads: their sections say what they hold.
    const known = new Set([...SHEETS.map((sheet) => sheet.name), 'Report sheets', 'Stock']);
    const sheetSections = [...chapter(docSections, 'The sheets'), ...chapter(docSections, 'Sheets the add-on adds')];
    const unmarked = sheetSections.filter((section) => !known.has(section.name) && !NOT_YET.test(section.lines.join('\n')));
    expect(unmarked.map((section) => section.name)).toEqual([]);
  });

  it('gives the default code formats and every token', () => {
    for (const format of Object.values(DEFAULT_CODE_FORMATS)) expect(doc).toContain(`\`${format}\``);
    for (const token of new Set(CODE_KINDS.flatMap((kind) => tokensOf(kind)))) expect(doc).toContain(`{${token}}`);
  });

  it('lists as read only units the code reads, and as not yet read only units it does not', () => {
    const unitRows = docSections
      .flatMap((section) => {
        const header = section.lines.find((line) => line.startsWith('|') && line.includes('Read today'));
        return header ? tableRows(section.lines) : [];
      })
      .map((row) => row.cells);
    expect(unitRows.map((cells) => cells[0])).toEqual(['mass', 'volume', 'count']);
    const spellings = (cell: string | undefined) => [...(cell ?? '').matchAll(/`([^`]+)`/g)].map((match) => match[1] as string);
    const read = new Set<string>();
    for (const [kind, today, later] of unitRows) {
      for (const spelling of spellings(today)) {
        expect({ spelling, kind: parseUnit(spelling)?.kind }).toEqual({ spelling, kind });
        read.add(spelling);
      }
      for (const spelling of spellings(later)) expect({ spelling, read: parseUnit(spelling) !== null }).toEqual({ spelling, read: false });
    }
    for (const symbol of UNIT_SYMBOLS) expect(read).toContain(symbol);
  });
});

interface ContractSheet {
  name: string;
  columns: { name: string; required: boolean }[];
}

/** The sheets of the shared contract: its `###` sheets, and the bold sheets of a bulleted `###` list. */
function contractSheets(markdown: string): ContractSheet[] {
  const sheets: ContractSheet[] = [];
  const splitColumns = (text: string) =>
    text
      .split(' · ')
      .map((item) => item.trim().replace(/\.$/, ''))
      .filter((item) => item !== '')
      .map((item) => {
        const bold = /^\*\*([^*]+)\*\*/.exec(item);
        if (bold) return { name: (bold[1] as string).trim(), required: true };
        return { name: item.replace(/\s*\(.*\)\s*$/, '').trim(), required: false };
      });
  for (const section of chapter(sections(markdown), 'The sheets')) {
    const body = section.lines.map((line) => line.trim()).filter((line) => line !== '');
    if (body[0]?.startsWith('- ')) {
      // A list of sheets; an item's continuation lines are joined to it.
      const items: string[] = [];
      for (const line of body) {
        if (line.startsWith('- ')) items.push(line.slice(2));
        else items[items.length - 1] += ` ${line}`;
      }
      for (const item of items) {
        const named = /^\*\*([^*]+)\*\*(.*)$/.exec(item);
        if (!named) continue;
        const rest = named[2] as string;
        const colon = rest.indexOf(':');
        sheets.push({ name: (named[1] as string).trim(), columns: colon < 0 ? [] : splitColumns(rest.slice(colon + 1)) });
      }
      continue;
    }
    sheets.push({ name: section.name, columns: splitColumns(body.join(' ')) });
  }
  return sheets;
}

const shared = existsSync(SHARED_PATH) ? readFileSync(SHARED_PATH, 'utf8') : null;
const describeShared = shared === null ? describe.skip : describe;

describeShared('docs/workbook.md covers the shared contract (../shared/product/workbook.md)', () => {
  const sheets = contractSheets(shared ?? '');

  it('finds the contract’s sheets', () => {
    expect(sheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(SHEETS.map((sheet) => sheet.name)));
  });

  it.each(sheets.map((sheet) => [sheet.name, sheet] as const))('%s has a section with every column the contract names', (name, sheet) => {
    const section = docSheet(name);
    expect(section).toBeDefined();
    const columns = section ? docColumns(section) : [];
    const missing = sheet.columns
      .filter((column) => !columns.some((row) => sameColumn(row.name, column.name)))
      .map((column) => column.name);
    expect(missing).toEqual([]);
    // A column the contract requires is bold in the doc, or the doc says why not yet.
    const notRequired = sheet.columns
      .filter((column) => column.required)
      .filter((column) => {
        const row = columns.find((candidate) => sameColumn(candidate.name, column.name));
        return row && !row.bold && !NOT_YET.test(row.line);
      })
      .map((column) => column.name);
    expect(notRequired).toEqual([]);
  });
});
