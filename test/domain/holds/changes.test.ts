// Which Status a hold or a release gives each row, which rows it leaves as they are, and how a save
// is checked against the rows as they are now — the rules the sidebar and the server share.
import { checkChanges, holdLogDetails, type RowNow } from '../../../src/domain/holds/changes';
import { newStatus, whyLeftAsIs } from '../../../src/domain/holds/statuses';

const NAMES = { receipts: 'Receipts', batches: 'Batches' };

describe('what a hold or a release changes', () => {
  it('holds anything not already so held, never a Rejected lot or a Destroyed batch', () => {
    expect(whyLeftAsIs('hold', 'lot', 'Available', 'Recalled')).toBeNull();
    expect(whyLeftAsIs('hold', 'batch', 'Quarantined', 'Recalled')).toBeNull();
    expect(whyLeftAsIs('hold', 'batch', 'Recalled', 'Recalled')).toBe('already Recalled');
    expect(whyLeftAsIs('hold', 'lot', 'Rejected', 'Quarantined')).toBe('Rejected: left as it is');
    expect(whyLeftAsIs('hold', 'batch', 'Destroyed', 'Quarantined')).toBe('Destroyed: left as it is');
  });

  it('releases only what is on hold, back to Available for a lot and Released for a batch', () => {
    expect(whyLeftAsIs('release', 'lot', 'Recalled', 'Quarantined')).toBeNull();
    expect(whyLeftAsIs('release', 'batch', 'Released', 'Quarantined')).toBe('not on hold');
    expect(newStatus('release', 'lot', 'Recalled')).toBe('Available');
    expect(newStatus('release', 'batch', 'Recalled')).toBe('Released');
    expect(newStatus('hold', 'batch', 'Recalled')).toBe('Recalled');
  });
});

describe('checking a save against the rows as they are now', () => {
  const now = (receipts: [number, RowNow][], batches: [number, RowNow][] = []) => ({
    receipts: new Map(receipts),
    batches: new Map(batches),
  });

  it('turns each ticked row into its change when the row still holds what was shown (codes compared as codes)', () => {
    const checked = checkChanges(
      { mode: 'hold', chosen: 'Quarantined', rows: [{ sheet: 'receipts', row: 3, code: 'coco-b ', status: 'available' }] },
      now([[3, { code: 'COCO-B', status: 'Available' }]]),
      NAMES,
    );
    expect(checked).toEqual({ ok: true, changes: [{ sheet: 'receipts', row: 3, code: 'COCO-B', from: 'Available', to: 'Quarantined' }] });
  });

  it('refuses a row emptied, one holding another code, and one whose Status changed, each at its line', () => {
    const checked = checkChanges(
      {
        mode: 'hold',
        chosen: 'Recalled',
        rows: [
          { sheet: 'receipts', row: 3, code: 'COCO-B', status: 'Available' },
          { sheet: 'receipts', row: 4, code: 'COCO-Q', status: 'Available' },
          { sheet: 'batches', row: 5, code: 'LSOAP-1', status: 'Released' },
        ],
      },
      now([[4, { code: 'COCO-X', status: 'Available' }]], [[5, { code: 'LSOAP-1', status: 'Quarantined' }]]),
      { receipts: 'Lots in', batches: 'Batches' },
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems.map((problem) => [problem.line, problem.message.split(':')[0]])).toEqual([
      [0, 'Lots in row 3 no longer holds COCO-B'],
      [1, 'Lots in row 4 holds COCO-X now, not COCO-Q'],
      [2, 'Batches row 5'],
    ]);
    expect(checked.problems[2]?.message).toContain('the Status of LSOAP-1 is Quarantined now, not Released as shown');
  });

  it('writes a Log sentence naming every code, where it is, its old and new Status, and the reason', () => {
    expect(
      holdLogDetails(
        { mode: 'release', chosen: 'Quarantined', code: 'COCO-B', reason: ' Lab result negative ' },
        [{ sheet: 'batches', row: 5, code: 'LSOAP-1', from: 'Recalled', to: 'Released' }],
        NAMES,
      ),
    ).toBe(
      'Released the hold on 1 lot or batch, traced from COCO-B. Reason: Lab result negative. LSOAP-1 (Batches row 5) Recalled → Released',
    );
  });
});
