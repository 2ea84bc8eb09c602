// The pack's adverse events whose FDA report is due or overdue, in the words the Record an adverse
// event sidebar uses (adverse-events/due.ts), so the two never disagree.
import { eventsNeedingAction, actionSentence } from '../adverse-events/due';
import { adverseEventRowOf } from '../adverse-events/event-rows';
import type { TypedRow } from '../rows';

export function eventsDueSentences(events: readonly TypedRow[], today: string): string[] {
  return eventsNeedingAction(events.map(adverseEventRowOf), today)
    .filter((item) => item.action !== 'followUpOpen')
    .map(actionSentence);
}
