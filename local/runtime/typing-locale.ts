// How a spreadsheet locale reads typed numbers and dates (Spreadsheet.getSpreadsheetLocale()). Kept
// apart from the add-on's own reading (src/domain/locale.ts) on purpose: this is Sheets' behaviour,
// the add-on is what is tested against it. en_US: 1,200.5 and 9/14/2023; en_GB: 1,200.5 and
// 14/09/2023; de_DE: 1.200,5 and 14.09.2023; fr_FR: 1 200,5 (a space, no-break space or narrow
// no-break space between thousands) and 14/09/2023. A locale not listed types like en_US, Sheets' default.

export interface TypingLocale {
  decimal: '.' | ',';
  /** Characters allowed between groups of three digits. */
  grouping: string;
  /** 14/09/2023 is 14 September (else 9/14/2023 is). */
  dayFirst: boolean;
  /** Separators of a date typed day and month first: '/' and '-' in en_US. */
  dateSeparators: string;
  /** '$1,200' is a currency amount. */
  dollar: boolean;
}

const EN_US: TypingLocale = { decimal: '.', grouping: ',', dayFirst: false, dateSeparators: '/-', dollar: true };
const EN_DAY_FIRST: TypingLocale = { ...EN_US, dayFirst: true, dateSeparators: '/.-' };
const COMMA_DOT: TypingLocale = { decimal: ',', grouping: '.', dayFirst: true, dateSeparators: './-', dollar: false };
const COMMA_SPACE: TypingLocale = { decimal: ',', grouping: ' \u00a0\u202f', dayFirst: true, dateSeparators: '/.-', dollar: false };

const BY_LANGUAGE: Record<string, TypingLocale> = {
  de: COMMA_DOT,
  es: COMMA_DOT,
  it: COMMA_DOT,
  nl: COMMA_DOT,
  pt: COMMA_DOT,
  da: COMMA_DOT,
  tr: COMMA_DOT,
  id: COMMA_DOT,
  fr: COMMA_SPACE,
  pl: COMMA_SPACE,
  cs: COMMA_SPACE,
  ru: COMMA_SPACE,
  fi: COMMA_SPACE,
  sv: COMMA_SPACE,
  nb: COMMA_SPACE,
};

const BY_LOCALE: Record<string, TypingLocale> = {
  en_US: EN_US,
  en_GB: EN_DAY_FIRST,
  en_IE: EN_DAY_FIRST,
  en_AU: EN_DAY_FIRST,
  en_NZ: EN_DAY_FIRST,
  en_IN: EN_DAY_FIRST,
};

export function typingLocale(locale: string | undefined): TypingLocale {
  if (!locale) return EN_US;
  return BY_LOCALE[locale] ?? BY_LANGUAGE[locale.split('_')[0] ?? ''] ?? EN_US;
}
