// The dates an adverse event carries (MoCRA; traceability.md): a serious one is reported to FDA within
// 15 business days of being received and new medical information received within a year is forwarded;
// every report received is kept 6 years, 3 for a small business.
import type { Day } from '../days';
import { addBusinessDays, addYears } from './business-days';

export const FDA_REPORT_BUSINESS_DAYS = 15;
export const FOLLOW_UP_YEARS = 1;
export const KEEP_YEARS = 6;
export const KEEP_YEARS_SMALL_BUSINESS = 3;

export interface EventDates {
  fdaReportDue: Day | null;
  followUpUntil: Day | null;
  keepUntil: Day;
}

export function eventDates(received: Day, serious: boolean, smallBusiness: boolean): EventDates {
  return {
    fdaReportDue: serious ? addBusinessDays(received, FDA_REPORT_BUSINESS_DAYS) : null,
    followUpUntil: serious ? addYears(received, FOLLOW_UP_YEARS) : null,
    keepUntil: addYears(received, smallBusiness ? KEEP_YEARS_SMALL_BUSINESS : KEEP_YEARS),
  };
}
