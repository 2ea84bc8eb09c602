// How the spreadsheet's locale (getSpreadsheetLocale(): 'en_US', 'de_DE', …) writes numbers and dates
// as text (workbook.md, "Locale"). Only the few conventions that change a reading are kept: the decimal
// mark, the grouping marks, and the order of day, month and year. A locale not listed is one we cannot
// tell: there, only text with a single possible reading is read, and the rest is reported.

export type DayOrder = 'MDY' | 'DMY' | 'YMD';

export interface ReadingConventions {
  /** The locale as the spreadsheet names it, for messages. */
  locale: string;
  /** The decimal mark; null when the locale is not one we know. */
  decimal: '.' | ',' | null;
  /** Grouping marks between thousands. Spaces are always ignored, so a space-grouping locale lists none. */
  grouping: '.' | ',' | "'" | null;
  /** How a numeric date like 03/04/2023 is ordered; null when we cannot tell. */
  dayOrder: DayOrder | null;
  /** Separators of a numeric date with its year last (or first, for YMD). */
  dateSeparators: string;
}

type Convention = Omit<ReadingConventions, 'locale'>;

const US: Convention = { decimal: '.', grouping: ',', dayOrder: 'MDY', dateSeparators: '/' };
const ENGLISH_DMY: Convention = { decimal: '.', grouping: ',', dayOrder: 'DMY', dateSeparators: '/.-' };
const COMMA_DOT: Convention = { decimal: ',', grouping: '.', dayOrder: 'DMY', dateSeparators: '/.-' };
const COMMA_SPACE: Convention = { decimal: ',', grouping: null, dayOrder: 'DMY', dateSeparators: '/.-' };
/** The same, where dates are written 14.09.2023. */
const COMMA_DOT_DOTTED: Convention = { ...COMMA_DOT, dateSeparators: './-' };
const COMMA_SPACE_DOTTED: Convention = { ...COMMA_SPACE, dateSeparators: './-' };
const DOT_YMD: Convention = { decimal: '.', grouping: ',', dayOrder: 'YMD', dateSeparators: '/.-' };
const UNKNOWN: Convention = { decimal: null, grouping: null, dayOrder: null, dateSeparators: '/.-' };

/** By full locale ('en' alone is how Google names US English)… */
const CONVENTIONS: Record<string, Convention> = {
  en: US,
  en_us: US,
  en_ph: US,
  en_gb: ENGLISH_DMY,
  en_ie: ENGLISH_DMY,
  en_au: ENGLISH_DMY,
  en_nz: ENGLISH_DMY,
  en_in: ENGLISH_DMY,
  en_ca: { ...US, dayOrder: null },
  de_ch: { decimal: '.', grouping: "'", dayOrder: 'DMY', dateSeparators: '.' },
  fr_ch: { decimal: '.', grouping: "'", dayOrder: 'DMY', dateSeparators: '.' },
  it_ch: { decimal: '.', grouping: "'", dayOrder: 'DMY', dateSeparators: '.' },
  fr_ca: { ...COMMA_SPACE, dayOrder: 'YMD' },
};

/** … else by language: another English-speaking country writes numbers the US way, but its dates we cannot tell. */
const LANGUAGES: Record<string, Convention> = {
  en: { ...US, dayOrder: null, dateSeparators: '/.-' },
  de: COMMA_DOT_DOTTED,
  es: COMMA_DOT,
  it: COMMA_DOT,
  nl: COMMA_DOT,
  pt: COMMA_DOT,
  da: COMMA_DOT_DOTTED,
  id: COMMA_DOT,
  tr: COMMA_DOT_DOTTED,
  el: COMMA_DOT,
  fr: COMMA_SPACE,
  pl: COMMA_SPACE_DOTTED,
  cs: COMMA_SPACE_DOTTED,
  sk: COMMA_SPACE_DOTTED,
  ru: COMMA_SPACE_DOTTED,
  uk: COMMA_SPACE_DOTTED,
  fi: COMMA_SPACE_DOTTED,
  nb: COMMA_SPACE_DOTTED,
  no: COMMA_SPACE_DOTTED,
  sv: { ...COMMA_SPACE, dayOrder: 'YMD' },
  ja: DOT_YMD,
  zh: DOT_YMD,
  ko: DOT_YMD,
};

const known = new Map<string, ReadingConventions>();

/** The reading conventions of a locale ('de_DE', 'de-DE' or 'de'); one we do not know reads only what is unambiguous. */
export function readingConventions(locale = 'en_US'): ReadingConventions {
  let conventions = known.get(locale);
  if (!conventions) {
    const key = locale.trim().toLowerCase().replace('-', '_');
    const language = key.split('_')[0] ?? '';
    conventions = { locale, ...(CONVENTIONS[key] ?? LANGUAGES[language] ?? UNKNOWN) };
    known.set(locale, conventions);
  }
  return conventions;
}

export const US_CONVENTIONS = readingConventions('en_US');
