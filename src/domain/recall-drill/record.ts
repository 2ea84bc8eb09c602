// The Recall drills row of a finished drill (workbook.md, "Recall drills"), keyed by the column keys of
// workbook.ts. The contract has no column for the documents checked, so they open the Gaps cell: what
// the drill looked at is the scope of what it says was missing ("checked these; found these gaps").
import { DIRECTION_NAMES, type DrillFindings } from './findings';
import type { DrillScore } from './score';

export interface DrillNotes {
  documents: string;
  gaps: string;
  correctiveActions: string;
}

export interface DrillTimes {
  /** The spreadsheet's calendar day the drill finished on. */
  day: string;
  /** 'yyyy-MM-dd HH:mm:ss' in the spreadsheet's time zone, from the server's clock. */
  started: string;
  finished: string;
}

const MAX_FAILING = 20;

export function drillRecord(findings: DrillFindings, score: DrillScore, notes: DrillNotes, times: DrillTimes, by: string) {
  return {
    date: times.day,
    lot: findings.lot,
    direction: DIRECTION_NAMES[findings.direction],
    started: times.started,
    finished: times.finished,
    minutes: score.minutes,
    batches: findings.batches,
    customers: findings.customers.count,
    accountedPct: findings.balance.accountedPct,
    withinTolerance: score.verdict,
    gaps: gapsCell(findings, notes),
    correctiveActions: notes.correctiveActions.trim(),
    by,
  };
}

/** "Documents checked: … Gaps found: … Found by the trace: …", each part only when it has something. */
export function gapsCell(findings: DrillFindings, notes: DrillNotes): string {
  const { failing } = findings.balance;
  const found = [
    // A drill through hundreds of batches must still fit a cell: the sidebar and a trace list them all.
    ...(failing.length > MAX_FAILING ? [...failing.slice(0, MAX_FAILING), `${failing.length - MAX_FAILING} more steps`] : failing),
    ...findings.notChecked,
    ...(findings.problems.length > 0
      ? [
          `${findings.problems.length} ${findings.problems.length === 1 ? 'problem' : 'problems'} in the records (Trace this lot names their rows)`,
        ]
      : []),
  ];
  const parts = [
    notes.documents.trim() === '' ? 'Documents checked: none noted.' : `Documents checked: ${sentence(notes.documents)}`,
    notes.gaps.trim() === '' ? '' : `Gaps found: ${sentence(notes.gaps)}`,
    found.length === 0 ? 'Found by the trace: nothing.' : `Found by the trace: ${found.join('; ')}.`,
  ];
  return parts.filter((part) => part !== '').join(' ');
}

function sentence(text: string): string {
  const trimmed = text.trim().replace(/\s*\n+\s*/g, '; ');
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
