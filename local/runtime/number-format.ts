// What getDisplayValues shows: a cell's value rendered by its Sheets number format (en_US). Covers the
// formats a maker's workbook and this add-on use — General, '@', digit patterns such as '0', '0.00',
// '#,##0.###', percent, currency literals, scientific, and date/time patterns such as 'yyyy-mm-dd',
// 'm/d/yyyy h:mm', 'yyyy-mm-dd hh:mm:ss', 'mmm d, yyyy', 'h:mm am/pm'. Sheets quirks kept on purpose:
// '#,##0.###' shows 1200 as '1,200.' (the point stays), and 'mm' means minutes after an hour.
// Written by hand: the spreadsheet-format libraries follow Excel, whose rules differ in exactly these corners.
import type { StoredCell } from './cell-values';
import { utcFields, wallClock, wallClockAsUtc, type WallClock } from './time-zone';

export const DEFAULT_NUMBER_FORMAT = 'General';
const DAY_ZERO_UTC = Date.UTC(1899, 11, 30);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A date's wall-clock parts, as time-zone.ts has them (the offset does not matter for display). */
type Fields = Omit<WallClock, 'offsetMinutes'>;

/** Drops quoted text, escapes and [colour]/[condition] blocks, to see what a format is made of. */
function skeleton(section: string): string {
  return section
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/am\/pm|a\/p/gi, '');
}

function isDateFormat(section: string): boolean {
  const bare = skeleton(section);
  return !/[0#?]/.test(bare) && /[ydhms]/i.test(bare);
}

function fieldsOfSerial(serial: number): Fields {
  return utcFields(new Date(DAY_ZERO_UTC + Math.round(serial * 86400000)));
}

function serialOf(date: Date, timeZone: string): number {
  return (wallClockAsUtc(date.getTime(), timeZone) - DAY_ZERO_UTC) / 86400000;
}

function two(value: number): string {
  return String(value).padStart(2, '0');
}

type DateToken = { literal: string } | { code: string };

function dateTokens(section: string): DateToken[] {
  const tokens: DateToken[] = [];
  const pattern = /"([^"]*)"|\\(.)|\[[^\]]*\]|(am\/pm|a\/p)|(y+|m+|d+|h+|s+)(\.0+)?|(.)/gi;
  for (const match of section.matchAll(pattern)) {
    if (match[1] !== undefined) tokens.push({ literal: match[1] });
    else if (match[2] !== undefined) tokens.push({ literal: match[2] });
    else if (match[3] !== undefined) tokens.push({ code: match[3].toLowerCase() });
    else if (match[4] !== undefined) {
      tokens.push({ code: match[4].toLowerCase() });
      if (match[5]) tokens.push({ code: match[5] });
    } else if (match[6] !== undefined) tokens.push({ literal: match[6] });
  }
  return tokens;
}

function renderDate(section: string, fields: Fields): string {
  const tokens = dateTokens(section);
  const twelveHour = tokens.some((token) => 'code' in token && (token.code === 'am/pm' || token.code === 'a/p'));
  const codeAt = (index: number): string | null => {
    const token = tokens[index];
    return token && 'code' in token ? token.code : null;
  };
  // An 'm' run is minutes when the nearest code before it is an hour, or the nearest after it is seconds.
  const isMinute = (index: number): boolean => {
    for (let before = index - 1; before >= 0; before -= 1) {
      const code = codeAt(before);
      if (code) {
        if (code.startsWith('h')) return true;
        break;
      }
    }
    for (let after = index + 1; after < tokens.length; after += 1) {
      const code = codeAt(after);
      if (code) return code.startsWith('s');
    }
    return false;
  };
  return tokens
    .map((token, index) => {
      if ('literal' in token) return token.literal;
      const code = token.code;
      const hour12 = fields.hour % 12 === 0 ? 12 : fields.hour % 12;
      if (code === 'am/pm') return fields.hour < 12 ? 'AM' : 'PM';
      if (code === 'a/p') return fields.hour < 12 ? 'A' : 'P';
      if (code.startsWith('.'))
        return `.${String(fields.millisecond)
          .padStart(3, '0')
          .slice(0, code.length - 1)
          .padEnd(code.length - 1, '0')}`;
      switch (code[0]) {
        case 'y':
          return code.length <= 2 ? two(fields.year % 100) : String(fields.year);
        case 'd':
          if (code.length >= 4) return WEEKDAYS[fields.weekday]!;
          if (code.length === 3) return WEEKDAYS[fields.weekday]!.slice(0, 3);
          return code.length === 2 ? two(fields.day) : String(fields.day);
        case 'h': {
          const hour = twelveHour ? hour12 : fields.hour;
          return code.length >= 2 ? two(hour) : String(hour);
        }
        case 's':
          return code.length >= 2 ? two(fields.second) : String(fields.second);
        case 'm':
          if (code.length <= 2 && isMinute(index)) return code.length === 2 ? two(fields.minute) : String(fields.minute);
          if (code.length >= 5) return MONTHS[fields.month - 1]!.slice(0, 1);
          if (code.length === 4) return MONTHS[fields.month - 1]!;
          if (code.length === 3) return MONTHS[fields.month - 1]!.slice(0, 3);
          return code.length === 2 ? two(fields.month) : String(fields.month);
        default:
          return code;
      }
    })
    .join('');
}

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function renderNumber(section: string, value: number): string {
  // Literal text around one run of digit placeholders.
  const pieces: { literal?: string; pattern?: string }[] = [];
  const pattern = /"([^"]*)"|\\(.)|\[[^\]]*\]|([0#?,.]+(?:[eE][+-]0+)?)|(.)/g;
  for (const match of section.matchAll(pattern)) {
    if (match[1] !== undefined) pieces.push({ literal: match[1] });
    else if (match[2] !== undefined) pieces.push({ literal: match[2] });
    else if (match[3] !== undefined) pieces.push(pieces.some((piece) => piece.pattern) ? { literal: match[3] } : { pattern: match[3] });
    else if (match[4] !== undefined) pieces.push({ literal: match[4] === '_' || match[4] === '*' ? '' : match[4] });
  }
  const percents = pieces.reduce((count, piece) => count + (piece.literal?.split('%').length ?? 1) - 1, 0);
  const scaled = value * 100 ** percents;
  return pieces.map((piece) => (piece.pattern !== undefined ? digits(piece.pattern, scaled) : (piece.literal ?? ''))).join('');
}

function digits(pattern: string, value: number): string {
  const scientific = /[eE]([+-])(0+)$/.exec(pattern);
  if (scientific) {
    const mantissaPattern = pattern.slice(0, scientific.index);
    const decimals = (mantissaPattern.split('.')[1] ?? '').length;
    const [mantissa = '0', exponent = '0'] = value.toExponential(decimals).split('e');
    const exponentNumber = Number(exponent);
    const sign = exponentNumber < 0 ? '-' : scientific[1] === '+' ? '+' : '';
    return `${mantissa}E${sign}${String(Math.abs(exponentNumber)).padStart(scientific[2]!.length, '0')}`;
  }
  const [integerPattern = '', fractionPattern] = pattern.split('.');
  const maxDecimals = (fractionPattern ?? '').replace(/[^0#?]/g, '').length;
  const minDecimals = (fractionPattern ?? '').replace(/[^0]/g, '').length;
  const minInteger = integerPattern.replace(/[^0]/g, '').length;
  const fixed = Math.abs(value).toFixed(maxDecimals);
  let [integer = '0', fraction = ''] = fixed.split('.');
  while (fraction.length > minDecimals && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  integer = integer.replace(/^0+/, '').padStart(minInteger, '0');
  if (integerPattern.includes(',')) integer = group(integer);
  const body = fractionPattern !== undefined ? `${integer}.${fraction}` : integer;
  return body;
}

/** Sheets' "Automatic" look for a number: whole numbers in full, others to 10 significant digits. */
function generalNumber(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  if (Math.abs(value) >= 1e15 || (value !== 0 && Math.abs(value) < 1e-9)) {
    const [mantissa = '0', exponent = '0'] = value.toExponential(5).split('e');
    const exponentNumber = Number(exponent);
    return `${mantissa.replace(/\.?0+$/, '')}E${exponentNumber < 0 ? '-' : '+'}${String(Math.abs(exponentNumber)).padStart(2, '0')}`;
  }
  return String(Number(value.toPrecision(10)));
}

function pickSection(format: string, value: number): { section: string; negativeSign: boolean } {
  const sections = format.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  if (value < 0 && sections.length >= 2) return { section: sections[1]!, negativeSign: false };
  if (value === 0 && sections.length >= 3) return { section: sections[2]!, negativeSign: false };
  return { section: sections[0]!, negativeSign: value < 0 };
}

/** The text Sheets shows for a stored value under a number format, in the spreadsheet's time zone. */
export function displayText(value: StoredCell, format: string | undefined, timeZone: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const general = format === undefined || format === '' || format.toLowerCase() === 'general';
  if (value instanceof Date) {
    if (general || format === '@') {
      const clock = wallClock(value.getTime(), timeZone);
      const midnight = clock.hour === 0 && clock.minute === 0 && clock.second === 0;
      return renderDate(midnight ? 'm/d/yyyy' : 'm/d/yyyy h:mm:ss', { ...clock });
    }
    const { section } = pickSection(format, 1);
    if (isDateFormat(section)) return renderDate(section, { ...wallClock(value.getTime(), timeZone) });
    return displayText(serialOf(value, timeZone), format, timeZone);
  }
  if (general || format === '@') return general ? generalNumber(value) : String(value);
  const { section, negativeSign } = pickSection(format, value);
  if (isDateFormat(section)) return renderDate(section, fieldsOfSerial(value));
  const text = renderNumber(section, Math.abs(value));
  return negativeSign && /[1-9]/.test(text) ? `-${text}` : text;
}
