// Utilities.formatDate: Java SimpleDateFormat patterns in a time zone.
import { errorOf, fresh } from './helpers';

const { runtime } = fresh();
const format = (date: Date, zone: string, pattern: string) => runtime.Utilities.formatDate(date, zone, pattern);
const SEP_14_1430_UTC = new Date(Date.UTC(2023, 8, 14, 14, 30, 5, 7));

describe('Utilities.formatDate', () => {
  it('formats in the given zone, with daylight saving', () => {
    expect(format(SEP_14_1430_UTC, 'America/New_York', 'yyyy-MM-dd HH:mm:ss')).toBe('2023-09-14 10:30:05');
    expect(format(new Date(Date.UTC(2023, 0, 14, 14, 30)), 'America/New_York', 'yyyy-MM-dd HH:mm')).toBe('2023-01-14 09:30');
    expect(format(SEP_14_1430_UTC, 'Asia/Tokyo', 'yyyy-MM-dd HH:mm')).toBe('2023-09-14 23:30');
  });

  it.each([
    ['yy', '23'],
    ['MMM', 'Sep'],
    ['MMMM', 'September'],
    ['M/d/yyyy', '9/14/2023'],
    ['dd', '14'],
    ['EEE', 'Thu'],
    ['EEEE', 'Thursday'],
    ['hh:mm a', '10:30 AM'],
    ['h a', '10 AM'],
    ['Z', '-0400'],
    ['XXX', '-04:00'],
    ['X', '-04'],
    ['z', 'EDT'],
    ['SSS', '007'],
    ['D', '257'],
    ["'Lot 'yyyyMMdd", 'Lot 20230914'],
    ["h 'o''clock'", "10 o'clock"],
    ["''", "'"],
  ])('%s → %s', (pattern, expected) => {
    expect(format(SEP_14_1430_UTC, 'America/New_York', pattern)).toBe(expected);
  });

  it('prints Z for a zero offset with X, and accepts fixed GMT offsets', () => {
    expect(format(SEP_14_1430_UTC, 'UTC', 'HH:mmXXX')).toBe('14:30Z');
    expect(format(SEP_14_1430_UTC, 'GMT+2', 'HH:mm Z')).toBe('16:30 +0200');
    expect(format(SEP_14_1430_UTC, 'GMT-05:30', 'HH:mm XXX')).toBe('09:00 -05:30');
  });

  it('keeps Java’s trap: YYYY is the week year, so late December can print next year', () => {
    const dec29 = new Date(Date.UTC(2024, 11, 29, 12));
    expect(format(dec29, 'UTC', 'yyyy-MM-dd')).toBe('2024-12-29');
    expect(format(dec29, 'UTC', 'YYYY-MM-dd')).toBe('2025-12-29');
    expect(format(new Date(Date.UTC(2024, 11, 27, 12)), 'UTC', 'YYYY')).toBe('2024');
  });

  it('keeps Java’s trap: mm is minutes and DD the day of the year', () => {
    expect(format(SEP_14_1430_UTC, 'UTC', 'yyyy-mm-DD')).toBe('2023-30-257');
  });

  it('refuses unknown pattern letters, unknown zones and non-dates', () => {
    expect(errorOf(() => format(SEP_14_1430_UTC, 'UTC', 'yyyy-qq'))).toBe("Illegal pattern character 'q'");
    expect(errorOf(() => format(SEP_14_1430_UTC, 'Mars/Olympus', 'yyyy'))).toMatch(/Mars\/Olympus is not a time zone/);
    expect(errorOf(() => runtime.Utilities.formatDate('2023-09-14' as unknown as Date, 'UTC', 'yyyy'))).toBe(
      "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
    );
  });

  it('accepts a Date from another realm (a vm context)', () => {
    const vm = jest.requireActual<typeof import('node:vm')>('node:vm');
    const foreign = vm.runInNewContext('new Date(Date.UTC(2020, 1, 29))') as Date;
    expect(foreign instanceof Date).toBe(false);
    expect(format(foreign, 'UTC', 'yyyy-MM-dd')).toBe('2020-02-29');
  });
});
