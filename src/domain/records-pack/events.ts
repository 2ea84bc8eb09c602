// The adverse events a pack holds: those about a batch in it, and those that name only a product of it
// (the batch not known) received in the pack's period — for one batch, only its own. An event names
// its batch by code and its product by SKU, matched whatever their case.
import { codeKey } from '../codes';
import type { ReportCell, ReportTable } from '../report-grid';
import type { TypedRow } from '../rows';
import type { PackContents } from './contents';
import type { PackScope } from './scope';
import { text, valueCell } from './sheets';

export const EVENT_COLUMNS = [
  'received',
  'reporter',
  'contact',
  'sku',
  'batchCode',
  'order',
  'whatHappened',
  'serious',
  'fdaReportDue',
  'reportedToFda',
  'followUpUntil',
  'status',
] as const;
const HEADERS = [
  'Received',
  'Reporter',
  'Contact',
  'SKU',
  'Batch code',
  'Order',
  'What happened',
  'Serious',
  'FDA report due',
  'Reported to FDA',
  'Follow-up until',
  'Status',
];

export function eventsInScope(scope: PackScope, contents: PackContents, events: readonly TypedRow[]): TypedRow[] {
  const batchCodes = new Set(contents.batches.map((batch) => codeKey(text(batch, 'batchCode'))));
  const skus = new Set(contents.batches.map((batch) => codeKey(text(batch, 'sku'))));
  return events.filter((event) => {
    const batch = codeKey(text(event, 'batchCode'));
    if (batch !== '') return batchCodes.has(batch);
    if (scope.kind === 'batch') return false;
    const received = event.values.received;
    return skus.has(codeKey(text(event, 'sku'))) && typeof received === 'string' && received >= scope.from && received <= scope.to;
  });
}

export function eventsTable(events: readonly TypedRow[]): ReportTable {
  return {
    title: '',
    header: ['Adverse events row', ...HEADERS],
    rows: events.map((event) => [event.row, ...EVENT_COLUMNS.map((key): ReportCell => valueCell(event.values[key]))]),
  };
}
