// The document's properties (PropertiesService.getDocumentProperties(): the maker's code formats) kept
// in the .xlsx as custom document properties (docProps/custom.xml, Excel's File ▸ Info ▸ Properties ▸
// Custom) — part of the file, yet invisible in the grid, unlike a hidden sheet a maker could unhide.
// exceljs neither reads nor writes that part, so it is added to (and read from) the zip here with jszip,
// the zip library exceljs itself uses.
import JSZip from 'jszip';

const CUSTOM_PART = 'docProps/custom.xml';
const CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.custom-properties+xml';
const RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties';
/** The format id every custom document property carries (the OOXML spec's user-defined property set). */
const USER_DEFINED = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';

/** The .xlsx with these properties as its custom document properties; unchanged when there are none. */
export async function withCustomProperties(xlsx: Uint8Array, properties: Readonly<Record<string, string>>): Promise<Uint8Array> {
  const entries = Object.entries(properties);
  if (entries.length === 0) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  const types = await text(zip, '[Content_Types].xml');
  const rels = await text(zip, '_rels/.rels');
  zip.file(CUSTOM_PART, customXml(entries));
  if (!types.includes(`/${CUSTOM_PART}`)) {
    zip.file(
      '[Content_Types].xml',
      types.replace('</Types>', `<Override PartName="/${CUSTOM_PART}" ContentType="${CONTENT_TYPE}"/></Types>`),
    );
  }
  if (!rels.includes(RELATIONSHIP)) {
    zip.file(
      '_rels/.rels',
      rels.replace(
        '</Relationships>',
        `<Relationship Id="rIdCustomProperties" Type="${RELATIONSHIP}" Target="${CUSTOM_PART}"/></Relationships>`,
      ),
    );
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The custom document properties of an .xlsx, each read as text (Sheets' document properties are strings). */
export async function readCustomProperties(xlsx: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(xlsx);
  const part = zip.file(CUSTOM_PART);
  if (!part) return {};
  const xml = await part.async('string');
  const properties: Record<string, string> = {};
  for (const match of xml.matchAll(/<property\b([^>]*)>\s*<vt:(\w+)>([\s\S]*?)<\/vt:\2>\s*<\/property>/g)) {
    const name = /\bname="([^"]*)"/.exec(match[1]!)?.[1];
    if (name !== undefined) properties[unescapeXml(name)] = unescapeXml(match[3]!);
  }
  return properties;
}

function customXml(entries: readonly [string, string][]): string {
  const properties = entries.map(
    ([name, value], index) =>
      // pid 0 and 1 are reserved; values are wide strings (vt:lpwstr), as Sheets' properties are text.
      `<property fmtid="${USER_DEFINED}" pid="${index + 2}" name="${escapeXml(name)}"><vt:lpwstr>${escapeXml(value)}</vt:lpwstr></property>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    properties.join('') +
    '</Properties>'
  );
}

async function text(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name);
  if (!file) throw new Error(`the .xlsx written has no ${name}`);
  return file.async('string');
}

function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

function unescapeXml(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (entity[0] !== '#') return named[entity.toLowerCase()]!;
    return String.fromCodePoint(entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10));
  });
}
