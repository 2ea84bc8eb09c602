// A trace report is plain tables: a header row and rows of text, numbers, days ('YYYY-MM-DD') or
// empty cells. The sheets layer writes each table in one block (bold, frozen header) and writes text
// so that nothing is read as a formula; nothing here knows about sheets.
import type { Day } from '../days';
import type { Problem } from '../problems';
import type { ReportCell, ReportTable } from '../report-grid';
import type { SheetLabels } from '../problems';

/** A cell of a trace report: a report-grid ReportCell that is never a boolean or a Date (days are text). */
export type TraceCell = Extract<ReportCell, string | number | null>;

export type SectionKey =
  'traced' | 'toCheck' | 'source' | 'batches' | 'shipments' | 'recallList' | 'massBalance' | 'lotsAtRisk' | 'problems';

/** One table of a trace report, known by its key; its note is the "34 of 412 customers" count, or why it is empty. */
export interface TraceSection extends ReportTable {
  key: SectionKey;
  header: string[];
  rows: TraceCell[][];
}

export interface RecallCount {
  /** Customers to contact: each once, by email, else by name and address. */
  customers: number;
  /** Distinct customers of the same products shipped in the same period; null when it cannot be counted. */
  customersOfSameProducts: number | null;
  /** SKUs of the affected shipments, as written. */
  skus: string[];
  /** The period: first and last Shipped day of the affected shipments. */
  from: Day | null;
  to: Day | null;
  /** "34 of 412 customers who bought these products (LSOAP) between 2023-10-05 and 2023-12-20". */
  line: string;
}

export interface TraceReport {
  /** A title for the report sheet, e.g. "Trace LAV-0923-01". */
  title: string;
  /**
   * The sentences under the title, the report's first screen: complete or what could not be checked
   * (the notChecked lines), customers to contact of how many bought these products, batches and units.
   */
  firstScreen: string[];
  /**
   * In the order they are shown: recallList (a backward trace: source first), toCheck, traced, source,
   * batches, shipments, massBalance, lotsAtRisk, problems.
   */
  sections: TraceSection[];
  recall: RecallCount;
  /** Every problem met, named as the maker wrote sheets and headers (also the rows of the problems table). */
  problems: Problem[];
  /** What the report could not check, one sentence each, for its first rows; empty when it checked everything it needs. */
  notChecked: string[];
}

export interface RecallListReport {
  title: string;
  /** The contact list alone, with no title ('') so that its header is a sheet's row 1. */
  table: TraceSection;
  recall: RecallCount;
  /** As TraceReport's: what the list could not check. */
  notChecked: string[];
}

/** Passed in by the caller: the report says when and by whom it was made. */
export interface TraceContext {
  /** When the trace ran, as it should be shown (e.g. '2024-05-02 14:03'). */
  tracedAt: string;
  /** Who ran it (an email, or 'unknown' where Apps Script does not say). */
  tracedBy: string;
  labels?: SheetLabels;
  /** Why it was traced, said under the report's title ("Traced for the adverse event received …"); none for a trace from the menu. */
  reason?: string;
}

export function section(key: SectionKey, title: string, header: string[], rows: TraceCell[][], note?: string): TraceSection {
  const table: TraceSection = { key, title, header, rows };
  if (note !== undefined) table.note = note;
  return table;
}
