// The pack's adverse events whose FDA report is due or overdue, in the words the Record an adverse
// event sidebar uses (adverse-events/due.ts), so the two never disagree.
import { actionSentence, eventsNeedingAction, type AdverseEventRow } from '../adverse-events/due';
import type { TypedRow } from '../rows';
import { text } from './sheets';

const day = (row: TypedRow, key: string) => {
  const value = row.values[key];
  return typeof value === 'string' && value !== '' ? value : null;
};

export function eventsDueSentences(events: readonly TypedRow[], today: string): string[] {
  const rows: AdverseEventRow[] = events.map((event) => ({
    row: event.row,
    received: day(event, 'received'),
    reporter: text(event, 'reporter'),
    sku: text(event, 'sku'),
    batchCode: text(event, 'batchCode'),
    fdaReportDue: day(event, 'fdaReportDue'),
    reportedToFda: day(event, 'reportedToFda'),
    followUpUntil: day(event, 'followUpUntil'),
    status: text(event, 'status'),
  }));
  return eventsNeedingAction(rows, today)
    .filter((item) => item.action !== 'followUpOpen')
    .map(actionSentence);
}
