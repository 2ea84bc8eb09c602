// The drill's settings as typed in the sidebar: numbers in range are taken, anything else refused with
// a sentence naming the setting and its range; a broken stored value falls back to the default.
import { readDrillSettings, readSetting, storedDrillSettings } from '../../../src/domain/recall-drill/settings';

describe('drill settings typed by the maker', () => {
  it('takes plain numbers, a decimal comma, a ± and a unit', () => {
    expect(readDrillSettings({ tolerancePct: '2', targetHours: '4' })).toEqual({ ok: true, settings: { tolerancePct: 2, targetHours: 4 } });
    expect(readSetting('tolerancePct', '± 1,5 %')).toBe(1.5);
    expect(readSetting('targetHours', '2 hours')).toBe(2);
    expect(readSetting('targetHours', '0.5h')).toBe(0.5);
    expect(readSetting('tolerancePct', '0')).toBe(0);
  });

  it('refuses what is not a number, and says the range', () => {
    expect(readSetting('tolerancePct', 'two')).toBe('The tolerance "two" is not a number: enter one from 0 to 10%.');
    expect(readSetting('tolerancePct', '-1')).toBe('The tolerance must be from 0 to 10%, not -1%.');
    expect(readSetting('targetHours', '4:30')).toBe('The target time "4:30" is not a number: enter one from 0.25 to 48 hours.');
    expect(readSetting('targetHours', '  ')).toBe('The target time is empty: enter a number from 0.25 to 48 hours.');
  });

  it('refuses numbers out of range', () => {
    expect(readSetting('tolerancePct', '10.5')).toBe('The tolerance must be from 0 to 10%, not 10.5%.');
    expect(readSetting('targetHours', '0.1')).toBe('The target time must be from 0.25 to 48 hours, not 0.1 hours.');
    expect(readSetting('targetHours', '72')).toBe('The target time must be from 0.25 to 48 hours, not 72 hours.');
  });

  it('names every refused field at once', () => {
    const read = readDrillSettings({ tolerancePct: 'x', targetHours: '0' });
    expect(read.ok ? [] : read.problems.map((problem) => problem.field)).toEqual(['tolerancePct', 'targetHours']);
  });
});

describe('drill settings kept in the document', () => {
  it('falls back to 100% ± 2% and 4 hours, one setting at a time', () => {
    expect(storedDrillSettings(null)).toEqual({ tolerancePct: 2, targetHours: 4 });
    expect(storedDrillSettings({ tolerancePct: 3, targetHours: 'soon' })).toEqual({ tolerancePct: 3, targetHours: 4 });
    expect(storedDrillSettings({ tolerancePct: 40, targetHours: 2 })).toEqual({ tolerancePct: 2, targetHours: 2 });
  });
});
