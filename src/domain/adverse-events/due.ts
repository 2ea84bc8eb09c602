// Which adverse events need the maker now: a serious one whose FDA report is due within 5 business days
// or overdue and not yet reported, and an open one still in its follow-up year. Shown when the Record an
// adverse event sidebar opens and in the Records pack, so both say the same thing.
import type { Day } from '../days';
import { addBusinessDays } from './business-days';

/** How near an FDA report's due date must be to be shown. */
export const DUE_SOON_BUSINESS_DAYS = 5;

export interface AdverseEventRow {
  /** Its row in Adverse events. */
  row: number;
  received: Day | null;
  reporter: string;
  sku: string;
  batchCode: string;
  fdaReportDue: Day | null;
  reportedToFda: Day | null;
  followUpUntil: Day | null;
  status: string;
}

export type ActionNeeded = 'reportOverdue' | 'reportDueSoon' | 'followUpOpen';

export interface EventNeedingAction {
  event: AdverseEventRow;
  action: ActionNeeded;
  /** The due date or the end of the follow-up. */
  until: Day;
}

const ORDER: Record<ActionNeeded, number> = { reportOverdue: 0, reportDueSoon: 1, followUpOpen: 2 };

/** Most urgent first: overdue reports, reports due soon, then open follow-ups; earliest date first within each. */
export function eventsNeedingAction(rows: readonly AdverseEventRow[], today: Day): EventNeedingAction[] {
  const soon = addBusinessDays(today, DUE_SOON_BUSINESS_DAYS);
  const found: EventNeedingAction[] = [];
  for (const event of rows) {
    const reportPending = event.fdaReportDue !== null && event.reportedToFda === null;
    if (reportPending && event.fdaReportDue! < today) {
      found.push({ event, action: 'reportOverdue', until: event.fdaReportDue! });
    } else if (reportPending && event.fdaReportDue! <= soon) {
      found.push({ event, action: 'reportDueSoon', until: event.fdaReportDue! });
    } else if (event.status.trim().toLowerCase() !== 'closed' && event.followUpUntil && event.followUpUntil >= today) {
      // A report due later than the window is not yet pressing, but the event's follow-up year is open.
      found.push({ event, action: 'followUpOpen', until: event.followUpUntil });
    }
  }
  return found.sort((a, b) => ORDER[a.action] - ORDER[b.action] || a.until.localeCompare(b.until) || a.event.row - b.event.row);
}

/** "FDA report overdue since 2026-11-12", as the sidebar and the pack say it. */
export function actionSentence(item: EventNeedingAction): string {
  const { event } = item;
  const what = [event.received ? `received ${event.received}` : 'received on a day not known', event.reporter && `from ${event.reporter}`]
    .filter(Boolean)
    .join(' ');
  const about = [event.sku, event.batchCode].filter(Boolean).join(' batch ');
  const lead = `Adverse events row ${event.row} (${what}${about ? `, ${about}` : ''})`;
  if (item.action === 'reportOverdue') return `${lead}: the FDA report was due ${item.until} and is not marked Reported to FDA.`;
  if (item.action === 'reportDueSoon') return `${lead}: the FDA report is due ${item.until}.`;
  return `${lead}: new medical information received until ${item.until} goes to FDA within 15 business days.`;
}
