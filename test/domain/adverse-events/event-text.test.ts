import { closestCodes } from '../../../src/domain/closest-codes';
import { eventsNeedingAction } from '../../../src/domain/adverse-events/due';
import { adverseEventRowOf } from '../../../src/domain/adverse-events/event-rows';
import { plainTextProblem } from '../../../src/domain/adverse-events/plain-text';
import { isSeriousCell, seriousCell } from '../../../src/domain/adverse-events/serious';

describe('text a reporter wrote', () => {
  it.each(['=1+1', '  =HYPERLINK("x")', '+SUM(A1:A3)', "-cmd|' /C calc'!A0", '@SUM(A1)'])('refuses %j as a formula', (text) => {
    expect(plainTextProblem('What happened', text)).toMatch(/^What happened starts with ".", which a spreadsheet takes for a formula/);
  });

  it.each(['<script>alert(1)</script>', 'rash <img src=x onerror=alert(1)>', 'see <!-- note -->', '</div>'])(
    'refuses %j as HTML',
    (text) => {
      expect(plainTextProblem('The reporter', text)).toMatch(/^The reporter holds HTML \(</);
    },
  );

  it.each([
    '-2 days after use, a rash',
    '-itchy skin',
    '+1 spot on the cheek',
    'itch < 1 hour, then 3 > 2 spots',
    'I <3 this soap',
    'a@b.example',
    'Dana (a nurse)',
  ])('keeps %j as it is', (text) => {
    expect(plainTextProblem('What happened', text)).toBeNull();
  });
});

describe('the closest codes', () => {
  const codes = ['LSOAP-231015-01', 'LSOAP-231002-01', 'PSOAP-231015-01', 'SBALM-230816-01', 'lsoap-231015-01'];
  it('are the fewest edits away, each once, nearest first', () => {
    expect(closestCodes(codes, 'LSOAP-23105-01')[0]).toBe('LSOAP-231015-01');
    expect(closestCodes(codes, 'LSOAP-23105-01').filter((code) => code.toUpperCase() === 'LSOAP-231015-01')).toHaveLength(1);
  });
  it('are none for a code far from every one, or for the code itself', () => {
    expect(closestCodes(codes, 'CANDLE-9')).toEqual([]);
    expect(closestCodes(['LSOAP'], 'lsoap')).toEqual([]);
  });
});

describe('the Serious cell', () => {
  it('names the criteria in the order of the law, and reads back as serious', () => {
    const cell = seriousCell(['intervention', 'death']);
    expect(cell).toBe('Yes: death; medical or surgical intervention needed to prevent one of these');
    expect(isSeriousCell(cell)).toBe(true);
    expect(seriousCell([])).toBe('No');
    expect(isSeriousCell('No')).toBe(false);
  });
});

describe('an Adverse events row typed by hand', () => {
  it('that says Serious but has no FDA report due is still listed as due, 15 business days after it was received', () => {
    const row = adverseEventRowOf({
      row: 7,
      values: {
        received: '2026-11-06',
        reporter: 'A. Buyer',
        sku: 'LSOAP',
        batchCode: '',
        serious: 'yes',
        fdaReportDue: null,
        reportedToFda: null,
        followUpUntil: null,
        status: 'Open',
      },
    });
    expect(row.fdaReportDue).toBe('2026-12-01');
    expect(eventsNeedingAction([row], '2026-12-02')).toEqual([{ event: row, action: 'reportOverdue', until: '2026-12-01' }]);
  });

  it('reported to FDA is no longer due', () => {
    const row = adverseEventRowOf({
      row: 8,
      values: {
        received: '2026-11-06',
        serious: 'Yes',
        fdaReportDue: '2026-12-01',
        reportedToFda: '2026-11-20',
        followUpUntil: '2027-11-06',
        status: 'Closed',
      },
    });
    expect(eventsNeedingAction([row], '2026-12-02')).toEqual([]);
  });
});
