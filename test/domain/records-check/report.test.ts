import { checkRecords, recordsCheckReport } from '../../../src/domain/records-check';
import { columnLetters, LISTED_PER_GROUP } from '../../../src/domain/records-check/report';
import { cleanTables, recordsInput } from './records';

const CONTEXT = { checkedAt: '2024-05-02 14:03', checkedBy: 'owner@soapmaker.example' };

describe('the records check report', () => {
  it('puts the answer first and links each problem to its cell, from the column position in the maker’s sheet', () => {
    const tables = cleanTables();
    tables.orders![0]!.batchCode = '';
    const input = recordsInput(tables);
    // The maker's Orders has Batch code far to the right, in column AB.
    input.places.orders!.positions.batchCode = 27;
    input.places.orders!.headers.batchCode = 'Lot';
    const written = recordsCheckReport(checkRecords(input), input, CONTEXT, '240502 1403');
    expect(written.name).toEqual({ lead: 'Records check', tail: ' 240502 1403' });
    expect(written.report.heading.slice(0, 3)).toEqual([
      'Records check, 2024-05-02 14:03 by owner@soapmaker.example',
      // The unlinked line is of LSOAP, which both lots went into.
      '0 of 2 lots traceable end to end.',
      '1 problem breaks a trace, 0 weaken one, 0 to tidy up.',
    ]);
    const breaks = written.report.tables[0]!;
    expect(breaks.title).toBe('Breaks a trace (1)');
    expect(breaks.rows[0]?.slice(0, 4)).toEqual(['AB2', 'Orders', 2, 'Lot']);
    expect(written.links).toEqual([{ table: 0, row: 0, sheet: 'orders', a1: 'AB2' }]);
  });

  it('lists at most LISTED_PER_GROUP problems a group, and says how many there are', () => {
    const tables = cleanTables();
    for (let n = 0; n < LISTED_PER_GROUP + 5; n++)
      tables.orders!.push({ order: `#${n}`, customer: 'X', sku: 'LSOAP', batchCode: '', quantity: 1 });
    const input = recordsInput(tables);
    const written = recordsCheckReport(checkRecords(input), input, CONTEXT, '240502 1403');
    const breaks = written.report.tables[0]!;
    expect(breaks.rows).toHaveLength(LISTED_PER_GROUP);
    expect(breaks.note).toBe(`The first 2,000 of ${(LISTED_PER_GROUP + 5).toLocaleString('en-US')}: fix these and check again.`);
    expect(written.report.tables[3]?.title).toBe('Problems by kind');
    expect(written.report.tables[3]?.rows).toEqual([['Order line with no batch code', LISTED_PER_GROUP + 5, 'breaks a trace']]);
  });

  it('writes column letters as Sheets does', () => {
    expect([1, 26, 27, 52, 703].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });
});
