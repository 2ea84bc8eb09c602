import { readChoice, readDay, readNumber, readUnit, isBlank } from '../../src/domain/cell-values';
import { parseDayText, dayOf, addDays } from '../../src/domain/days';

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
  ])('text %p reads as %p', (text, day) => {
    expect(parseDayText(text)).toBe(day);
  });

  it.each(['2023-02-30', '14/9/2023', 'yesterday', '2023-13-01'])('%p is not a day', (text) => {
    expect(parseDayText(text)).toBeNull();
    expect(readDay(text, 'UTC').ok).toBe(false);
  });

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
      ['bars', 'pcs'],
      ['each', 'pcs'],
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
