// When drills happen: a random drill picks among lots received in the last 12 months, and the sidebar
// says when the last drill is more than 12 months old, or there never was one.
import { lastDrill, lotsReceivedInLastYear, pickLot, yearBefore } from '../../../src/domain/recall-drill/schedule';

describe('lots received in the last 12 months', () => {
  const lots = [
    { lot: 'LAV-0923-01', received: '2023-09-14' },
    { lot: 'COCO-0924-01', received: '2024-09-02' },
    { lot: 'COCO-0924-01', received: '2024-09-02' },
    { lot: 'OLV-0824-01', received: '2024-08-20' },
    { lot: 'SHEA-0923-01', received: '2023-09-02' },
    { lot: 'LYE-0923-01', received: '2023-09-03' },
    { lot: 'PEP-1024-01', received: '2024-10-01' },
    { lot: 'CED-0000-01', received: null },
    { lot: '', received: '2024-08-01' },
  ];

  it('are those received after the same day a year ago and not after today, each once', () => {
    expect(lotsReceivedInLastYear(lots, '2024-09-02')).toEqual(['LAV-0923-01', 'COCO-0924-01', 'OLV-0824-01', 'LYE-0923-01']);
  });

  it('leave out a receipt whose Received day cannot be read', () => {
    expect(lotsReceivedInLastYear(lots, '2024-09-02')).not.toContain('CED-0000-01');
  });

  it('count a year back from a leap day to 28 February', () => {
    expect(yearBefore('2024-02-29')).toBe('2023-02-28');
    expect(yearBefore('2024-09-02')).toBe('2023-09-02');
  });

  it('are picked from evenly, the random number choosing which', () => {
    const recent = ['A', 'B', 'C'];
    expect([0, 0.34, 0.67, 0.999999].map((random) => pickLot(recent, random))).toEqual(['A', 'B', 'C', 'C']);
    expect(pickLot([], 0.5)).toBeNull();
  });
});

describe('the last drill', () => {
  it('is due when there never was one', () => {
    expect(lastDrill([], '2024-09-02')).toMatchObject({ day: null, due: true });
  });

  it('is the latest day recorded, in any row order, unreadable days left out', () => {
    expect(lastDrill(['2024-03-01', null, '2024-06-15', '2023-12-01'], '2024-09-02')).toEqual({
      day: '2024-06-15',
      due: false,
      line: 'The last recall drill was on 2024-06-15.',
    });
  });

  it('is due once it is more than 12 months old', () => {
    expect(lastDrill(['2023-09-02'], '2024-09-02').due).toBe(false);
    expect(lastDrill(['2023-09-01'], '2024-09-02')).toEqual({
      day: '2023-09-01',
      due: true,
      line: 'The last recall drill was on 2023-09-01, more than 12 months ago: BRCGS, SQF and IFS ask for one at least every 12 months.',
    });
  });

  it('is not said to be "never" when the Recall drills sheet could not be read', () => {
    expect(lastDrill([], '2024-09-02', true)).toMatchObject({ day: null, due: true });
    expect(lastDrill([], '2024-09-02', true).line).toMatch(/^When the last recall drill was cannot be read/);
  });
});
