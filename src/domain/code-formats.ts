// The formats the add-on generates codes from (workbook.md, "Generated codes"): receipt lot numbers,
// batch IDs and batch codes. A format is literal text and tokens; exactly one {SEQn} makes each code
// of a material (or SKU) and period distinct. Makers change the formats, so they are parsed strictly.
import type { Day } from './days';

export type CodeKind = 'receiptLot' | 'batchId' | 'batchCode';

export const CODE_KINDS: readonly CodeKind[] = ['receiptLot', 'batchId', 'batchCode'];

/** The three formats as the maker wrote them: what Settings sends and the document stores. */
export type CodeFormatTexts = Record<CodeKind, string>;

export const DEFAULT_CODE_FORMATS: Readonly<CodeFormatTexts> = {
  receiptLot: '{MAT}-{MM}{YY}-{SEQ3}',
  batchId: 'MFG-{SEQ4}',
  batchCode: '{SKU}-{YY}{MM}{DD}-{SEQ2}',
};

/** What each kind of code is called in messages. */
export const CODE_KIND_NAMES: Readonly<Record<CodeKind, string>> = {
  receiptLot: 'receipt lot number',
  batchId: 'batch ID',
  batchCode: 'batch code',
};

type DateToken = 'YYYY' | 'YY' | 'MM' | 'MMM' | 'DD';
type SequenceToken = 'SEQ2' | 'SEQ3' | 'SEQ4';
export type CodeToken = 'MAT' | 'SKU' | DateToken | SequenceToken;

const DATE_TOKENS: readonly DateToken[] = ['YYYY', 'YY', 'MM', 'MMM', 'DD'];
const SEQUENCE_WIDTH: Readonly<Record<SequenceToken, number>> = { SEQ2: 2, SEQ3: 3, SEQ4: 4 };
const ALL_TOKENS: readonly CodeToken[] = ['MAT', 'SKU', ...DATE_TOKENS, 'SEQ2', 'SEQ3', 'SEQ4'];

/** Tokens a kind of code can fill: a receipt knows its material, a batch its SKU, a batch ID neither. */
const TOKENS_OF: Readonly<Record<CodeKind, readonly CodeToken[]>> = {
  receiptLot: ['MAT', ...DATE_TOKENS],
  batchId: [...DATE_TOKENS],
  batchCode: ['SKU', ...DATE_TOKENS],
};

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
/** Codes go on labels and into cells; a format this long is a paste gone wrong. */
const MAX_FORMAT_LENGTH = 60;

export type FormatPart = { literal: string } | { token: CodeToken };

export interface CodeFormat {
  kind: CodeKind;
  /** As the maker wrote it, trimmed. */
  text: string;
  parts: readonly FormatPart[];
  /** Digits the sequence is padded to. */
  sequenceWidth: number;
}

/** What fills the tokens of one code: the material code or SKU as written, and the day. */
export interface TokenValues {
  material?: string;
  sku?: string;
  day: Day;
}

export type ParsedFormat = { ok: true; format: CodeFormat } | { ok: false; message: string };

export function tokensOf(kind: CodeKind): readonly CodeToken[] {
  return [...TOKENS_OF[kind], 'SEQ2', 'SEQ3', 'SEQ4'];
}

export function parseCodeFormat(written: string, kind: CodeKind): ParsedFormat {
  const text = written.trim();
  const name = CODE_KIND_NAMES[kind];
  const fail = (message: string): ParsedFormat => ({ ok: false, message });
  if (text === '') return fail(`The ${name} format is empty. The default is ${DEFAULT_CODE_FORMATS[kind]}.`);
  if (text.length > MAX_FORMAT_LENGTH) return fail(`The ${name} format is longer than ${MAX_FORMAT_LENGTH} characters.`);
  // Codes are compared trimmed and end up on one line of a label: no line breaks or tabs inside.
  if (/[\t\n\r\f\v]/.test(text)) return fail(`The ${name} format has a line break or tab in it.`);

  const parts: FormatPart[] = [];
  const sequences: SequenceToken[] = [];
  let rest = text;
  while (rest !== '') {
    const open = rest.indexOf('{');
    const close = rest.indexOf('}');
    if (close !== -1 && (open === -1 || close < open)) return fail(`The ${name} format has a "}" without its "{".`);
    if (open === -1) {
      parts.push({ literal: rest });
      break;
    }
    if (open > 0) parts.push({ literal: rest.slice(0, open) });
    if (close === -1) return fail(`The ${name} format has a "{" without its "}".`);
    const token = rest
      .slice(open + 1, close)
      .trim()
      .toUpperCase();
    if (!(ALL_TOKENS as readonly string[]).includes(token)) {
      return fail(
        `{${rest.slice(open + 1, close)}} is not a token. Use ${tokensOf(kind)
          .map((t) => `{${t}}`)
          .join(' ')}.`,
      );
    }
    if (!tokensOf(kind).includes(token as CodeToken)) {
      const reason = token === 'MAT' ? 'only receipt lot numbers have a material' : 'only batch codes have a SKU';
      return fail(`{${token}} cannot be used in a ${name}: ${reason}.`);
    }
    if (token in SEQUENCE_WIDTH) sequences.push(token as SequenceToken);
    parts.push({ token: token as CodeToken });
    rest = rest.slice(close + 1);
  }
  if (sequences.length === 0) return fail(`The ${name} format needs a sequence number, {SEQ2}, {SEQ3} or {SEQ4}, so that codes differ.`);
  if (sequences.length > 1) return fail(`The ${name} format has ${sequences.length} sequence numbers; use exactly one.`);
  return { ok: true, format: { kind, text, parts, sequenceWidth: SEQUENCE_WIDTH[sequences[0] as SequenceToken] } };
}

/** The default format of a kind, parsed. */
export function defaultCodeFormat(kind: CodeKind): CodeFormat {
  const parsed = parseCodeFormat(DEFAULT_CODE_FORMATS[kind], kind);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.format;
}

function tokenText(token: Exclude<CodeToken, SequenceToken>, values: TokenValues): string {
  const [year = '', month = '', day = ''] = values.day.split('-');
  switch (token) {
    case 'MAT':
      return (values.material ?? '').trim();
    case 'SKU':
      return (values.sku ?? '').trim();
    case 'YYYY':
      return year;
    case 'YY':
      return year.slice(-2);
    case 'MM':
      return month;
    case 'MMM':
      return MONTHS[Number(month) - 1] ?? '';
    case 'DD':
      return day;
  }
}

/**
 * The code's text around its sequence number. Two codes belong to the same sequence exactly when they
 * share it: LAV-0923-001 and LAV-0923-002 do (per material per month), LAV-1023-001 does not.
 */
export interface SequencePattern {
  prefix: string;
  suffix: string;
}

export function sequencePattern(format: CodeFormat, values: TokenValues): SequencePattern {
  let prefix = '';
  let suffix = '';
  let seenSequence = false;
  for (const part of format.parts) {
    let piece: string;
    if ('literal' in part) piece = part.literal;
    else if (part.token in SEQUENCE_WIDTH) {
      seenSequence = true;
      continue;
    } else piece = tokenText(part.token as Exclude<CodeToken, SequenceToken>, values);
    if (seenSequence) suffix += piece;
    else prefix += piece;
  }
  return { prefix, suffix };
}

/** The code with this sequence number: LAV-0923-001. Numbers past the width just grow (999 → 1000). */
export function formatCode(format: CodeFormat, values: TokenValues, sequence: number): string {
  const { prefix, suffix } = sequencePattern(format, values);
  return `${prefix}${String(sequence).padStart(format.sequenceWidth, '0')}${suffix}`;
}
