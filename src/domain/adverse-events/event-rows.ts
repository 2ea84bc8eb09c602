// An Adverse events row as the due list reads it (due.ts), from the sheet's typed row. A row typed by
// hand that says Serious but has no FDA report due gets the due date the law gives it — 15 business
// days after it was received — rather than no date: a blank cell must not hide a report owed to FDA.
import type { TypedRow } from '../rows';
import { addBusinessDays } from './business-days';
import { FDA_REPORT_BUSINESS_DAYS } from './dates';
import type { AdverseEventRow } from './due';
import { isSeriousCell } from './serious';

const day = (row: TypedRow, key: string) => {
  const value = row.values[key];
  return typeof value === 'string' && value !== '' ? value : null;
};

const text = (row: TypedRow, key: string) => {
  const value = row.values[key];
  return typeof value === 'string' ? value.trim() : '';
};

export function adverseEventRowOf(row: TypedRow): AdverseEventRow {
  const received = day(row, 'received');
  const serious = isSeriousCell(text(row, 'serious'));
  return {
    row: row.row,
    received,
    reporter: text(row, 'reporter'),
    sku: text(row, 'sku'),
    batchCode: text(row, 'batchCode'),
    fdaReportDue: day(row, 'fdaReportDue') ?? (serious && received ? addBusinessDays(received, FDA_REPORT_BUSINESS_DAYS) : null),
    reportedToFda: day(row, 'reportedToFda'),
    followUpUntil: day(row, 'followUpUntil'),
    status: text(row, 'status'),
  };
}
