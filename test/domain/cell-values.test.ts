import { readChoice, readDay, readNumber, readUnit, isBlank, quote } from '../../src/domain/cell-values';
import { parseDayText, dayOf, addDays } from '../../src/domain/days';
import { readingConventions } from '../../src/domain/locale';

describe('numbers as people type them', () => {
  it.each([
    [1200, 1200],
    ['1,200', 1200],
    [' 30 ', 30],
    ['12,345.5', 12345.5],
    ['-2.5', -2.5],
    ['.5', 0.5],
  ])('%p reads as %p', (cell, expected) => {
    expect(readNumber(cell)).toEqual({ ok: true, value: expected });
  });

  it.each(['abc', '1,20', '12.3.4', '', true])('%p is reported, never taken as 0', (cell) => {
    const read = readNumber(cell);
    expect(read.ok).toBe(false);
  });
});

describe('dates as people type them', () => {
  it('reads a date cell as the day the maker sees in the spreadsheet time zone', () => {
    // Midnight 14 Sep 2023 in New York is 04:00 UTC: still the 14th there.
    const cell = new Date('2023-09-14T04:00:00Z');
    expect(readDay(cell, 'America/New_York')).toEqual({ ok: true, value: '2023-09-14' });
    expect(readDay(cell, 'Asia/Tokyo')).toEqual({ ok: true, value: '2023-09-14' });
    expect(dayOf(new Date('2023-09-14T02:00:00Z'), 'America/New_York')).toBe('2023-09-13');
  });

  it.each([
    ['2023-09-14', '2023-09-14'],
    [' 2023-9-4 ', '2023-09-04'],
    ['9/14/2023', '2023-09-14'],
    ['2023-09-14T10:30:00Z', '2023-09-14'],
    ['Sept 3 2024', '2024-09-03'],
    ['Sep. 3, 2024', '2024-09-03'],
    ['September 3rd, 2024', '2024-09-03'],
    ['3 Sep 2024', '2024-09-03'],
    ['03-SEP-2024', '2024-09-03'],
    ['29 February 2024', '2024-02-29'],
  ])('text %p reads as %p', (text, day) => {
    expect(parseDayText(text)).toBe(day);
  });

  it('reads a month name as one day whatever the locale', () => {
    expect(parseDayText('3 Sep 2024', readingConventions('de_DE'))).toBe('2024-09-03');
    expect(readDay('Sept 3 2024', 'UTC', readingConventions('xx_XX'))).toEqual({ ok: true, value: '2024-09-03' });
  });

  it.each(['2023-02-30', '14/9/2023', 'yesterday', '2023-13-01', 'Sept 31 2024', 'Septober 3 2024', '3-Sep-24', 'Sep 3'])(
    '%p is not a day',
    (text) => {
      expect(parseDayText(text)).toBeNull();
      expect(readDay(text, 'UTC').ok).toBe(false);
    },
  );

  it('adds days across a month end', () => {
    expect(addDays('2023-09-28', 5)).toBe('2023-10-03');
  });
});

describe('units and choices', () => {
  it('reads unit spellings from workbook.md', () => {
    for (const [typed, symbol] of [
      ['G', 'g'],
      ['fl oz', 'fl oz'],
      ['Fl  Oz', 'fl oz'],
      ['bars', 'bars'],
      ['Jars', 'Jars'],
      ['each', 'each'],
      ['gal', 'gal'],
    ]) {
      const read = readUnit(typed);
      expect(read.ok && read.value.symbol).toBe(symbol);
    }
    expect(readUnit('cups').ok).toBe(false);
  });

  it('matches a choice case-insensitively and takes blank as the first', () => {
    const statuses = ['Available', 'Quarantined', 'Rejected', 'Recalled'] as const;
    expect(readChoice('quarantined', statuses)).toEqual({ ok: true, value: 'Quarantined' });
    expect(readChoice('', statuses)).toEqual({ ok: true, value: 'Available' });
    expect(readChoice('Lost', statuses).ok).toBe(false);
  });

  it('treats whitespace-only cells as blank', () => {
    expect(isBlank('   ')).toBe(true);
    expect(isBlank(0)).toBe(false);
  });
});

describe('numbers and dates as the spreadsheet’s locale writes them', () => {
  const locale = (name: string) => readingConventions(name);

  it.each([
    ['de_DE', '1,5', 1.5],
    ['de_DE', '1.200', 1200],
    ['de_DE', '1.200,75', 1200.75],
    ['de_DE', '0,250', 0.25],
    ['fr_FR', '1,5', 1.5],
    ['fr_FR', '1 200', 1200],
    ['fr_FR', '1\u00a0200,5', 1200.5],
    ['fr_FR', '1\u202f200,5', 1200.5],
    ['en_GB', '1,200.5', 1200.5],
    ['en_US', '1,200', 1200],
    ['en_US', '1.5', 1.5],
    ['xx_YY', '1,5', 1.5],
    ['xx_YY', '1.200,5', 1200.5],
  ])('in %s %p is %p', (name, text, value) => {
    expect(readNumber(text, locale(name))).toEqual({ ok: true, value });
  });

  it.each([
    ['de_DE', '1,200'],
    ['fr_FR', '12,345'],
    ['xx_YY', '1,200'],
    ['xx_YY', '1.200'],
  ])('in %s %p could be read two ways: reported, not guessed', (name, text) => {
    const read = readNumber(text, locale(name));
    expect(read).toEqual({ ok: false, message: expect.stringMatching(/could be .* or /) });
  });

  it.each([
    ['de_DE', '1,200.5'],
    ['de_DE', '1.5'],
    ['en_US', '1,5'],
    ['fr_FR', '1.200'],
  ])('in %s %p is not a number', (name, text) => {
    expect(readNumber(text, locale(name)).ok).toBe(false);
  });

  it.each([
    ['de_DE', '14.09.2023', '2023-09-14'],
    ['de_DE', '2023-09-14', '2023-09-14'],
    ['en_GB', '14/09/2023', '2023-09-14'],
    ['en_GB', '03/04/2023', '2023-04-03'],
    ['fr_FR', '14/09/2023', '2023-09-14'],
    ['en_US', '9/14/2023', '2023-09-14'],
    ['en_US', '03/04/2023', '2023-03-04'],
    ['xx_YY', '14/09/2023', '2023-09-14'],
    ['xx_YY', '03/03/2023', '2023-03-03'],
  ])('in %s %p is the day %s', (name, text, day) => {
    expect(readDay(text, 'UTC', locale(name))).toEqual({ ok: true, value: day });
  });

  it('reports a date a locale we do not know could read two ways', () => {
    expect(readDay('03/04/2023', 'UTC', locale('xx_YY'))).toEqual({
      ok: false,
      message: '"03/04/2023" could be 2023-03-04 or 2023-04-03: use a date cell, or text like 2023-09-14',
    });
  });

  it('says what it reads when a date is not readable, in the locale’s own form', () => {
    expect(readDay('14.09.2023', 'UTC', locale('en_US'))).toEqual({
      ok: false,
      message: '"14.09.2023" is not a date: use a date cell, or text like 2023-09-14 or 9/14/2023',
    });
    expect(readDay('9/14/2023', 'UTC', locale('de_DE'))).toEqual({
      ok: false,
      message: '"9/14/2023" is not a date: use a date cell, or text like 2023-09-14 or 14.09.2023',
    });
    expect(readDay('soon', 'UTC', locale('en_GB'))).toMatchObject({ message: expect.stringContaining('or 14/09/2023') });
  });
});

describe('bad values in messages', () => {
  it('quotes at most a short excerpt of a long value', () => {
    const long = 'x'.repeat(49_990);
    const read = readNumber(long);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message.length).toBeLessThan(100);
    expect(quote(long)).toBe(`"${'x'.repeat(59)}…"`);
    expect(quote('thirty')).toBe('"thirty"');
  });
});
