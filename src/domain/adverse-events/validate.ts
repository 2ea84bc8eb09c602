// An adverse event to record, checked against the sheets as they are under the document lock: the day
// it was received is not after today; the batch code names a batch in Batches (else the closest codes),
// and the SKU is that batch's; an SKU given alone is one of Products; the order, when given, is one of
// Orders and shipped that batch; what happened is said; no text is a formula or HTML. All problems are
// found at once, each at its field; the Adverse events row is built only when there are none.
import type { AdverseEventField, AdverseEventProblem, RecordAdverseEventRequest } from '../../contract/adverse-events';
import { codeKey } from '../codes';
import type { Day } from '../days';
import { excerpt } from '../excerpt';
import { closestClause, closestCodes } from '../closest-codes';
import { eventDates, type EventDates } from './dates';
import { plainTextProblem } from './plain-text';
import { seriousCell } from './serious';

export interface EventBatch {
  code: string;
  sku: string;
  /** Its row in Batches. */
  row: number;
}

export interface EventOrderLine {
  order: string;
  batchCode: string;
  sku: string;
}

/** What the sheets say, read under the lock. Null: the sheet (or its key column) is not there. */
export interface AdverseEventFacts {
  today: Day;
  smallBusiness: boolean;
  batches: readonly EventBatch[] | null;
  skus: readonly string[] | null;
  orderLines: readonly EventOrderLine[] | null;
}

/** The Adverse events row, keyed by the column keys of workbook.ts. */
export interface AdverseEventRecord {
  received: Day;
  reporter: string;
  contact: string;
  sku: string;
  batchCode: string;
  order: string;
  whatHappened: string;
  serious: string;
  fdaReportDue: Day | null;
  reportedToFda: null;
  followUpUntil: Day | null;
  status: 'Open';
  keepUntil: Day;
  notes: string;
}

export type AdverseEventValidation =
  { ok: true; record: AdverseEventRecord; dates: EventDates; batch: EventBatch | null } | { ok: false; problems: AdverseEventProblem[] };

const TEXT_FIELDS: readonly [keyof RecordAdverseEventRequest & AdverseEventField, string][] = [
  ['reporter', 'The reporter'],
  ['contact', 'The contact'],
  ['batchCode', 'The batch code'],
  ['sku', 'The SKU'],
  ['order', 'The order number'],
  ['whatHappened', 'What happened'],
  ['notes', 'The notes field'],
];

export function validateAdverseEvent(request: RecordAdverseEventRequest, facts: AdverseEventFacts): AdverseEventValidation {
  const problems: AdverseEventProblem[] = [];
  const problem = (field: AdverseEventField, message: string) => problems.push({ field, message });

  if (request.received > facts.today)
    problem('received', `The day it was received, ${request.received}, is after today (${facts.today}): enter the day the report came in.`);
  if (request.whatHappened.trim() === '') problem('whatHappened', 'Say what happened, in the words it was reported.');
  for (const [field, what] of TEXT_FIELDS) {
    const why = plainTextProblem(what, request[field] as string);
    if (why) problem(field, why);
  }
  const unsafe = new Set(problems.map((each) => each.field));

  const batchCode = request.batchCode.trim();
  let sku = request.sku.trim();
  let batch: EventBatch | null = null;
  if (batchCode !== '' && !unsafe.has('batchCode')) {
    if (facts.batches === null) {
      problem('batchCode', `There is no Batches sheet with a Batch code column, so batch ${excerpt(batchCode)} cannot be checked.`);
    } else {
      batch = facts.batches.find((each) => codeKey(each.code) === codeKey(batchCode)) ?? null;
      if (!batch) {
        const closest = closestCodes(
          facts.batches.map((each) => each.code),
          batchCode,
        );
        problem('batchCode', `There is no batch ${excerpt(batchCode)} in Batches.${closestClause(closest)}`);
      } else if (sku !== '' && batch.sku !== '' && codeKey(sku) !== codeKey(batch.sku) && !unsafe.has('sku')) {
        problem(
          'sku',
          `Batch ${batch.code} is ${batch.sku} (Batches row ${batch.row}), not ${excerpt(sku)}: clear the SKU or correct the batch code.`,
        );
      } else if (batch.sku !== '') sku = batch.sku;
    }
  } else if (batchCode === '' && sku === '') {
    problem('batchCode', 'Name the product: the batch code on it, or its SKU when the batch is not known.');
  } else if (batchCode === '' && facts.skus !== null && !unsafe.has('sku')) {
    const known = facts.skus.find((each) => codeKey(each) === codeKey(sku));
    if (known) sku = known.trim();
    else problem('sku', `There is no SKU ${excerpt(sku)} in Products.${closestClause(closestCodes(facts.skus, sku))}`);
  }

  const order = request.order.trim();
  if (order !== '' && !unsafe.has('order')) {
    const lines = facts.orderLines?.filter((line) => codeKey(line.order) === codeKey(order)) ?? [];
    if (facts.orderLines === null)
      problem('order', `There is no Orders sheet with an Order column, so order ${excerpt(order)} cannot be checked.`);
    else if (lines.length === 0) {
      const closest = closestCodes(
        facts.orderLines.map((line) => line.order),
        order,
      );
      problem('order', `There is no order ${excerpt(order)} in Orders.${closestClause(closest)}`);
    } else if (batch && lines.every((line) => line.batchCode.trim() !== '' && codeKey(line.batchCode) !== codeKey(batch.code))) {
      const shipped = [...new Set(lines.map((line) => line.batchCode.trim()))].join(', ');
      problem(
        'order',
        `Order ${lines[0]?.order.trim() ?? order} did not ship batch ${batch.code} (it shipped ${shipped}): correct the order or the batch code.`,
      );
    }
  }

  if (problems.length > 0) return { ok: false, problems };
  const serious = request.serious.length > 0;
  const dates = eventDates(request.received, serious, facts.smallBusiness);
  const record: AdverseEventRecord = {
    received: request.received,
    reporter: request.reporter.trim(),
    contact: request.contact.trim(),
    sku,
    batchCode: batch?.code.trim() ?? '',
    order: facts.orderLines?.find((line) => codeKey(line.order) === codeKey(order))?.order.trim() ?? order,
    whatHappened: request.whatHappened.trim(),
    serious: seriousCell(request.serious),
    fdaReportDue: dates.fdaReportDue,
    reportedToFda: null,
    followUpUntil: dates.followUpUntil,
    status: 'Open',
    keepUntil: dates.keepUntil,
    notes: request.notes.trim(),
  };
  return { ok: true, record, dates, batch };
}
