// Report sheet names fit the 31 characters an .xlsx file keeps, so a download (or the workbench's
// save) never finds two sheets of one name; the code gives way, the kind and the time do not.
import { fitReportName, REPORT_NAME_LIMIT, uniqueReportName } from '../../src/domain/report-name';

describe('report sheet names', () => {
  it('keep a short name whole', () => {
    expect(fitReportName({ lead: 'LAV-0923-01', tail: ' trace 231015 1405' })).toBe('LAV-0923-01 trace 231015 1405');
  });

  it('shorten the code, never the kind or the time', () => {
    const name = fitReportName({ lead: 'LAVENDER-ESSENTIAL-OIL-0923-01', tail: ' recall 231015 1405' });
    expect(name).toBe('LAVENDER-ES… recall 231015 1405');
    expect(name).toHaveLength(REPORT_NAME_LIMIT);
  });

  it('turn what Sheets or an .xlsx file refuses into "-"', () => {
    expect(fitReportName({ lead: 'PO:12/3 [A]*', tail: ' trace 261123 1551' })).toBe('PO-12-3 -A-- trace 261123 1551');
  });

  it('stay unique within 31 characters, the number kept and the code shortened further', () => {
    const name = { lead: 'LSOAP-231015-01', tail: ' trace 231020 1405' };
    const taken = new Set<string>();
    const names = [1, 2, 3].map(() => {
      const unique = uniqueReportName(name, (candidate) => taken.has(candidate.toLowerCase()));
      taken.add(unique.toLowerCase());
      return unique;
    });
    expect(names).toEqual(['LSOAP-231015… trace 231020 1405', 'LSOAP-23… trace 231020 1405 (2)', 'LSOAP-23… trace 231020 1405 (3)']);
    for (const unique of names) expect(unique.length).toBeLessThanOrEqual(REPORT_NAME_LIMIT);
  });

  it('never cut a character in half', () => {
    const name = fitReportName({ lead: '😀'.repeat(20), tail: ' trace 231015 1405' });
    expect(name.length).toBeLessThanOrEqual(REPORT_NAME_LIMIT);
    expect(name).toBe(`${'😀'.repeat(6)}… trace 231015 1405`);
  });
});
