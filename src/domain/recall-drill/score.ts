// Scoring a drill (traceability.md, "Mock recalls"): every step's mass balance against 100% ± the
// tolerance, and the elapsed time against the target. Never a false all-clear: a step whose balance
// could not be counted — a quantity unreadable, a movement sheet missing, no unit, nothing received —
// fails the tolerance; it is not assumed fine. Its Accounted for is then not known, not a number.
import type { LotBalance } from '../trace/balance';
import { type DrillSettings } from './settings';

export interface DrillStep {
  code: string;
  kind: 'lot' | 'batch';
  /** The lot's unit as written, '' when it has none we know. */
  unit: string;
  /** Received (a lot) or made (a batch); null when not recorded or unreadable. */
  quantityIn: number | null;
  used: number;
  shipped: number;
  wasted: number;
  onHand: number | null;
  /** Null when the balance could not be counted. */
  accountedPct: number | null;
  within: boolean;
  /** Why it fails, in words; '' when within. */
  why: string;
}

/** One balance scored. */
export function scoreStep(balance: LotBalance, tolerancePct: number): DrillStep {
  const why = failure(balance, tolerancePct);
  return {
    code: balance.code,
    kind: balance.kind,
    unit: balance.unit?.symbol ?? '',
    quantityIn: balance.quantityIn,
    used: balance.used,
    shipped: balance.shipped,
    wasted: balance.wasted,
    onHand: balance.onHand,
    accountedPct: countable(balance) ? balance.accountedPct : null,
    within: why === '',
    why,
  };
}

function countable(balance: LotBalance): boolean {
  return balance.complete && balance.notCounted.length === 0 && balance.unit !== null && balance.accountedPct !== null;
}

function failure(balance: LotBalance, tolerancePct: number): string {
  const made = balance.kind === 'lot' ? 'received' : 'made';
  if (balance.quantityIn === null || balance.quantityIn === 0) return `not counted: no quantity ${made} is recorded`;
  if (balance.unit === null) return `not counted: its unit is not one Lotline knows`;
  if (balance.notCounted.length > 0 || !balance.complete || balance.accountedPct === null)
    return `not counted: ${balance.notes.join('; ') || 'some quantities could not be read'}`;
  const off = Math.abs(balance.accountedPct - 100);
  // Compared in tenths, as the percentage is rounded to one decimal.
  if (Math.round(off * 10) > Math.round(tolerancePct * 10))
    return `${balance.accountedPct}% accounted for, outside 100% ± ${tolerancePct}%${balance.onHand !== null && balance.onHand < 0 ? ' (more went out than came in)' : ''}`;
  return '';
}

export interface BalanceVerdict {
  within: boolean;
  /** The step farthest from 100%; null when a step could not be counted (its figure is not known). */
  accountedPct: number | null;
  /** Steps that fail, in words: "LAV-0923-01: 96.5% accounted for, outside 100% ± 2%". */
  failing: string[];
}

export function balanceVerdict(steps: readonly DrillStep[]): BalanceVerdict {
  const failing = steps.filter((step) => !step.within).map((step) => `${step.code}: ${step.why}`);
  const uncounted = steps.some((step) => step.accountedPct === null);
  let worst: number | null = null;
  for (const step of steps) {
    if (step.accountedPct === null) continue;
    if (worst === null || Math.abs(step.accountedPct - 100) > Math.abs(worst - 100)) worst = step.accountedPct;
  }
  // No step at all is nothing checked, not everything within.
  if (steps.length === 0) failing.push('no lot or batch was traced, so no mass balance was checked');
  return { within: failing.length === 0, accountedPct: uncounted ? null : worst, failing };
}

export interface DrillScore {
  minutes: number;
  inTime: boolean;
  withinTolerance: boolean;
  /** Everything the trace needed was read: nothing "not checked". */
  complete: boolean;
  passed: boolean;
  /** For the Within tolerance cell: "Yes: …" or "No: …", both conditions in words. */
  verdict: string;
}

/**
 * The drill's result. `elapsedMs` is the server's clock at finish minus its clock at start. Minutes
 * are rounded up: a drill of 20 seconds took "1 minute", not 0. On time is judged on the exact time.
 */
export function scoreDrill(verdict: BalanceVerdict, notChecked: readonly string[], elapsedMs: number, settings: DrillSettings): DrillScore {
  const minutes = Math.max(1, Math.ceil(elapsedMs / 60000));
  const inTime = elapsedMs <= settings.targetHours * 3600000;
  const complete = notChecked.length === 0;
  const passed = verdict.within && inTime && complete;
  const time = inTime
    ? `${minutes} min, within the ${targetWords(settings.targetHours)} target`
    : `${minutes} min, over the ${targetWords(settings.targetHours)} target`;
  const balance = verdict.within
    ? `every step within 100% ± ${settings.tolerancePct}%`
    : `${verdict.failing.length} ${verdict.failing.length === 1 ? 'step' : 'steps'} outside 100% ± ${settings.tolerancePct}% or not counted`;
  const unchecked = complete ? '' : `; ${notChecked.length} ${notChecked.length === 1 ? 'thing' : 'things'} the trace could not check`;
  return {
    minutes,
    inTime,
    withinTolerance: verdict.within,
    complete,
    passed,
    verdict: `${passed ? 'Yes' : 'No'}: ${balance}; ${time}${unchecked}`,
  };
}

/** "4-hour", "1.5-hour", "30-minute": the target as the word before "target". */
export function targetWords(hours: number): string {
  return hours < 1 ? `${Math.round(hours * 60)}-minute` : `${hours}-hour`;
}
