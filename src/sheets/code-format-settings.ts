// The maker's code formats (receipt lot numbers, batch IDs, batch codes), kept in the document's
// properties under one key as JSON. Anything missing or unreadable there falls back to the default of
// workbook.md, one kind at a time: a broken property never stops a delivery from being received.
import * as z from 'zod/mini';
import {
  CODE_KINDS,
  DEFAULT_CODE_FORMATS,
  parseCodeFormat,
  type CodeFormat,
  type CodeFormatTexts,
  type CodeKind,
} from '../domain/code-formats';

export const CODE_FORMATS_PROPERTY = 'lotline.codeFormats.v1';

const storedFormats = z.object({
  receiptLot: z.optional(z.string()),
  batchId: z.optional(z.string()),
  batchCode: z.optional(z.string()),
});

/** The formats in a stored property value, each one that is missing or invalid replaced by its default. */
export function parseStoredFormats(stored: string | null): CodeFormatTexts {
  let data: z.infer<typeof storedFormats> = {};
  if (stored) {
    try {
      const parsed = storedFormats.safeParse(JSON.parse(stored));
      if (parsed.success) data = parsed.data;
    } catch {
      // Not JSON: every kind gets its default.
    }
  }
  const texts = { ...DEFAULT_CODE_FORMATS };
  for (const kind of CODE_KINDS) {
    const text = data[kind];
    if (text !== undefined && parseCodeFormat(text, kind).ok) texts[kind] = text.trim();
  }
  return texts;
}

export function loadCodeFormatTexts(): CodeFormatTexts {
  return parseStoredFormats(PropertiesService.getDocumentProperties().getProperty(CODE_FORMATS_PROPERTY));
}

/** One kind's format, ready to generate codes with. */
export function codeFormatOf(texts: CodeFormatTexts, kind: CodeKind): CodeFormat {
  const parsed = parseCodeFormat(texts[kind], kind);
  if (parsed.ok) return parsed.format;
  const fallback = parseCodeFormat(DEFAULT_CODE_FORMATS[kind], kind);
  if (!fallback.ok) throw new Error(fallback.message);
  return fallback.format;
}

/** Store formats that parseCodeFormat accepted. */
export function saveCodeFormatTexts(texts: CodeFormatTexts): void {
  PropertiesService.getDocumentProperties().setProperty(CODE_FORMATS_PROPERTY, JSON.stringify(texts));
}
