// What a hold is set on: the traced lot and every batch a forward trace reached from it, each Receipts
// or Batches row once — a code written on two rows (a problem the trace reports) gets both held, since
// holding too much is put right with a release and holding too little ships a recalled batch. Built
// from the trace read-only: its walk, its detail rows and its mass balance (on hand as a trace shows it).
import type { HoldTarget } from '../../contract/holds';
import { ProblemList, sheetLabel, type SheetLabels } from '../problems';
import { rowText } from '../rows';
import type { Trace, TraceDetails } from '../trace';
import { balanceOf, type MovementSheet, type UnreadMovements } from '../trace/balance';
import { DetailBook } from '../trace/details';
import { gapHides, gapName, gapSentence, uniqueGaps } from '../trace/gaps';
import { unheldStatus, type HeldKind } from './statuses';

export interface HoldTargets {
  targets: HoldTarget[];
  /** What the trace could not check that the list rests on: said above it, never a quiet short list. */
  notices: string[];
}

const MOVEMENT_SHEETS: readonly string[] = ['batchInputs', 'orders', 'waste'];

export function holdTargets(trace: Trace, details: TraceDetails, labels: SheetLabels): HoldTargets {
  const book = new DetailBook(details);
  const gaps = uniqueGaps(details.gaps ?? []);
  const unread: UnreadMovements[] = gaps
    .filter((gap) => MOVEMENT_SHEETS.includes(gap.sheet))
    .map((gap) => ({ sheet: gap.sheet as MovementSheet, why: gapName(gap, labels) }));
  const problems = new ProblemList();
  const targets: HoldTarget[] = [];
  const seen = new Set<string>();
  for (const lot of trace.forward) {
    const balance = balanceOf(lot, book, problems, unread);
    const add = (sheet: 'receipts' | 'batches', kind: HeldKind, row: number) => {
      if (seen.has(`${sheet}|${row}`)) return;
      seen.add(`${sheet}|${row}`);
      const read = book.row(sheet, row);
      const code = rowText(read, kind === 'lot' ? 'lotNumber' : 'batchCode') || lot.code;
      targets.push({
        sheet,
        sheetName: sheetLabel(sheet, labels),
        row,
        code,
        kind,
        level: lot.level,
        path: lot.path,
        status: rowText(read, 'status') || unheldStatus(kind),
        onHand: balance.complete ? balance.onHand : null,
        unit: balance.unit?.symbol ?? '',
      });
    };
    for (const row of lot.receiptRows) add('receipts', 'lot', row);
    for (const row of lot.batchRows) add('batches', 'batch', row);
  }
  targets.sort((a, b) => a.level - b.level || (a.sheet === b.sheet ? a.row - b.row : a.sheet === 'receipts' ? -1 : 1));
  const notices = gaps
    .filter((gap) => gapHides(gap, 'batches'))
    .map((gap) => `${gapSentence(gap, labels)} Batches made from it may be missing below.`);
  return { targets, notices };
}
