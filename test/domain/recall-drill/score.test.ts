// Scoring a drill: each step's mass balance against 100% ± the tolerance, the time against the target.
// A step whose balance could not be counted fails: never an all-clear on something not checked.
import { balanceVerdict, scoreDrill, scoreStep } from '../../../src/domain/recall-drill/score';
import type { LotBalance } from '../../../src/domain/trace/balance';
import { parseUnit } from '../../../src/domain/units';

function balance(overrides: Partial<LotBalance> = {}): LotBalance {
  return {
    key: 'lav-0923-01',
    code: 'LAV-0923-01',
    kind: 'lot',
    row: 5,
    unit: parseUnit('ml'),
    quantityIn: 500,
    used: 380,
    shipped: 0,
    wasted: 15,
    onHand: 105,
    complete: true,
    partial: [],
    notCounted: [],
    accountedPct: 100,
    notes: [],
    ...overrides,
  };
}

const SETTINGS = { tolerancePct: 2, targetHours: 4 };
const HOUR = 3_600_000;

describe('a step against the tolerance', () => {
  it('passes at 100%, and at the edge of the tolerance on either side', () => {
    expect(scoreStep(balance(), 2)).toMatchObject({ within: true, why: '', accountedPct: 100 });
    expect(scoreStep(balance({ accountedPct: 98 }), 2).within).toBe(true);
    expect(scoreStep(balance({ accountedPct: 102 }), 2).within).toBe(true);
  });

  it('fails just outside it, saying by how much', () => {
    expect(scoreStep(balance({ accountedPct: 97.9 }), 2)).toMatchObject({
      within: false,
      why: '97.9% accounted for, outside 100% ± 2%',
    });
    expect(scoreStep(balance({ accountedPct: 104, onHand: -20 }), 2).why).toBe(
      '104% accounted for, outside 100% ± 2% (more went out than came in)',
    );
    expect(scoreStep(balance({ accountedPct: 99.5 }), 0).within).toBe(false);
  });

  it('fails a balance that could not be counted, whatever its readable part adds up to', () => {
    const unreadable = scoreStep(
      balance({ complete: false, onHand: null, accountedPct: 99.9, notes: ['1 quantity could not be counted (see problems)'] }),
      2,
    );
    expect(unreadable).toMatchObject({
      within: false,
      accountedPct: null,
      why: 'not counted: 1 quantity could not be counted (see problems)',
    });
    const sheetMissing = scoreStep(
      balance({ notCounted: ['waste'], onHand: null, accountedPct: null, notes: ['not counted: no "Waste" sheet'] }),
      2,
    );
    expect(sheetMissing).toMatchObject({ within: false, accountedPct: null });
    expect(scoreStep(balance({ unit: null }), 2)).toMatchObject({ within: false, why: 'not counted: its unit is not one Lotline knows' });
    expect(scoreStep(balance({ quantityIn: null, accountedPct: null }), 2).why).toBe('not counted: no quantity received is recorded');
    expect(scoreStep(balance({ kind: 'batch', quantityIn: 0, accountedPct: null }), 2).why).toBe(
      'not counted: no quantity made is recorded',
    );
  });
});

describe('the steps together', () => {
  it('are within when every step is; Accounted for is the step farthest from 100%', () => {
    const steps = [scoreStep(balance({ accountedPct: 99 }), 2), scoreStep(balance({ code: 'LSOAP-231002-01', accountedPct: 101.5 }), 2)];
    expect(balanceVerdict(steps)).toEqual({ within: true, accountedPct: 101.5, failing: [] });
  });

  it('are not within when one step is not counted, and Accounted for is then not known', () => {
    const steps = [
      scoreStep(balance(), 2),
      scoreStep(balance({ code: 'FB-231001-01', complete: false, onHand: null, accountedPct: 60 }), 2),
    ];
    const verdict = balanceVerdict(steps);
    expect(verdict.within).toBe(false);
    expect(verdict.accountedPct).toBeNull();
    expect(verdict.failing).toEqual(['FB-231001-01: not counted: some quantities could not be read']);
  });

  it('are not within when there is no step at all: nothing checked is not everything fine', () => {
    expect(balanceVerdict([])).toMatchObject({ within: false, accountedPct: null });
  });
});

describe('the drill', () => {
  const within = balanceVerdict([scoreStep(balance(), 2)]);

  it('passes within tolerance, on time and with everything checked', () => {
    expect(scoreDrill(within, [], 95 * 60_000, SETTINGS)).toEqual({
      minutes: 95,
      inTime: true,
      withinTolerance: true,
      complete: true,
      passed: true,
      verdict: 'Yes: every step within 100% ± 2%; 95 min, within the 4-hour target',
    });
  });

  it('fails one second over the target time; minutes are rounded up, never 0', () => {
    const late = scoreDrill(within, [], 4 * HOUR + 1000, SETTINGS);
    expect(late).toMatchObject({ minutes: 241, inTime: false, passed: false });
    expect(late.verdict).toBe('No: every step within 100% ± 2%; 241 min, over the 4-hour target');
    expect(scoreDrill(within, [], 4 * HOUR, SETTINGS).inTime).toBe(true);
    expect(scoreDrill(within, [], 20_000, SETTINGS).minutes).toBe(1);
    expect(scoreDrill(within, [], 20 * 60_000, { tolerancePct: 2, targetHours: 0.25 }).verdict).toBe(
      'No: every step within 100% ± 2%; 20 min, over the 15-minute target',
    );
  });

  it('fails when the trace could not check something, even with every balance fine', () => {
    const drill = scoreDrill(within, ['Not checked — No "Orders" sheet: customers could not be checked.'], 60_000, SETTINGS);
    expect(drill).toMatchObject({ withinTolerance: true, complete: false, passed: false });
    expect(drill.verdict).toBe('No: every step within 100% ± 2%; 1 min, within the 4-hour target; 1 thing the trace could not check');
  });

  it('fails outside the tolerance, counting the steps', () => {
    const outside = balanceVerdict([scoreStep(balance({ accountedPct: 90 }), 2), scoreStep(balance({ unit: null }), 2)]);
    expect(scoreDrill(outside, [], 60_000, SETTINGS).verdict).toBe(
      'No: 2 steps outside 100% ± 2% or not counted; 1 min, within the 4-hour target',
    );
  });
});
