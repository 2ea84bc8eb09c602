// The name of a report sheet: what it is of (a code) and when. An .xlsx file keeps at most 31
// characters of a sheet name, so two longer names alike in their first 31 collide on File ▸ Download
// (and in the workbench's save): every report name fits 31 (workbook.md, "Report sheets"). The code
// is what gets shortened; the kind and the time are what tell two reports of one lot apart.

export const REPORT_NAME_LIMIT = 31;

export interface ReportName {
  /** Shortened first, with "…", when the name is too long: the code. */
  lead: string;
  /** Kept whole: " trace 231015 1405". */
  tail: string;
}

/** Characters Sheets or an .xlsx file refuse in a sheet name. */
const UNSAFE = /[:\\/?*[\]]/g;

/** The name within 31 characters, with a suffix (" (2)") kept whole after the tail. */
export function fitReportName(name: ReportName, suffix = ''): string {
  const tail = `${name.tail}${suffix}`.replace(UNSAFE, '-');
  const room = Math.max(0, REPORT_NAME_LIMIT - tail.length);
  const lead = name.lead.replace(UNSAFE, '-').replace(/\s+/g, ' ').trim();
  if (lead.length <= room) return `${lead}${tail}`.trim();
  // By code points, so a character outside the BMP is never cut in half.
  let cut = '';
  for (const character of lead) {
    if (cut.length + character.length > room - 1) break;
    cut += character;
  }
  return `${cut.trimEnd()}…${tail}`.trim().slice(0, REPORT_NAME_LIMIT);
}

/**
 * The first fitting name no sheet has: "LAV-0923-01 trace 231015 1405", then "… (2)", "… (3)". Sheets
 * compares names ignoring case; `taken` is asked with the name as it would be written.
 */
export function uniqueReportName(name: ReportName, taken: (candidate: string) => boolean): string {
  for (let n = 1; ; n++) {
    const candidate = fitReportName(name, n === 1 ? '' : ` (${n})`);
    if (!taken(candidate)) return candidate;
  }
}
