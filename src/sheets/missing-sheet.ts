// The sentence for a tracking sheet the spreadsheet lacks: set it up — or, when a tab of another name
// looks like it (lookalike-tab.ts), rename that tab, rather than set up a second, empty sheet beside it.
import { lookalikeClause } from '../domain/lookalike-tab';
import { sheetSpec, type SheetKey } from '../domain/workbook';
import type { Workbook } from './workbook';

export const SET_UP = 'choose Extensions ▸ Lotline ▸ Set up tracking sheets';

/** ` The tab "Sales" looks like it: rename it "Orders" for Lotline to read it.`, or ''. */
export function lookalikeSentence(workbook: Workbook, key: SheetKey): string {
  return lookalikeClause(sheetSpec(key), workbook.lookalikeOf(key));
}

/** "This spreadsheet has no Orders sheet: choose … Set up tracking sheets." or, with a look-alike tab, rename it. */
export function noSheetMessage(workbook: Workbook, key: SheetKey): string {
  const lookalike = lookalikeSentence(workbook, key);
  const sheet = `This spreadsheet has no ${sheetSpec(key).name} sheet`;
  return lookalike ? `${sheet}.${lookalike}` : `${sheet}: ${SET_UP}.`;
}
