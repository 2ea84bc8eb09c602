import { addBusinessDays, addYears, federalHolidays } from '../../../src/domain/adverse-events/business-days';
import { eventDates } from '../../../src/domain/adverse-events/dates';

// OPM's published federal holidays (observed dates).
const OPM: Record<number, string[]> = {
  2026: [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-05-25',
    '2026-06-19',
    '2026-07-03',
    '2026-09-07',
    '2026-10-12',
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ],
  2027: [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-05-31',
    '2027-06-18',
    '2027-07-05',
    '2027-09-06',
    '2027-10-11',
    '2027-11-11',
    '2027-11-25',
    '2027-12-24',
    '2027-12-31',
  ],
  2028: [
    '2028-01-17',
    '2028-02-21',
    '2028-05-29',
    '2028-06-19',
    '2028-07-04',
    '2028-09-04',
    '2028-10-09',
    '2028-11-10',
    '2028-11-23',
    '2028-12-25',
  ],
};

test.each(Object.keys(OPM).map(Number))('the holidays of %i are OPM’s', (year) => {
  expect(federalHolidays(year)).toEqual(OPM[year]);
});

test('an event received Friday 2026-09-04, before Labor Day, is due to FDA on 2026-09-28', () => {
  expect(addBusinessDays('2026-09-04', 15)).toBe('2026-09-28');
  expect(eventDates('2026-09-04', true, false)).toEqual({
    fdaReportDue: '2026-09-28',
    followUpUntil: '2027-09-04',
    keepUntil: '2032-09-04',
  });
});

test('keep-until from Feb 29 lands on Feb 28; a small business keeps 3 years', () => {
  expect(addYears('2028-02-29', 3)).toBe('2031-02-28');
  expect(eventDates('2028-02-29', false, true)).toEqual({ fdaReportDue: null, followUpUntil: null, keepUntil: '2031-02-28' });
});

test('received Friday 2026-11-06: Veterans Day and Thanksgiving are skipped, due 2026-12-01', () => {
  // Mon 11-09 1, Tue 11-10 2, (Wed 11-11 Veterans Day), 11-12 3, 11-13 4, 11-16…20 5–9, 11-23…25 10–12,
  // (Thu 11-26 Thanksgiving), Fri 11-27 13, Mon 11-30 14, Tue 12-01 15.
  expect(addBusinessDays('2026-11-06', 15)).toBe('2026-12-01');
});

test('received Thursday 2026-07-02, before Independence Day observed on Friday 07-03: due 2026-07-24', () => {
  // 07-04 is a Saturday, so Friday 07-03 is the holiday: Mon 07-06 is 1, … Fri 07-24 is 15.
  expect(addBusinessDays('2026-07-02', 15)).toBe('2026-07-24');
  // Received on the holiday itself, or on the weekend after it: counting starts the next business day.
  expect(addBusinessDays('2026-07-03', 15)).toBe('2026-07-24');
  expect(addBusinessDays('2026-07-05', 15)).toBe('2026-07-24');
});
