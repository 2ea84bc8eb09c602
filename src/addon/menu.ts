// The add-on menu. onOpen may run in AuthMode.NONE (installed, not yet used in this file), where
// touching anything but the menu makes the menu fail to appear, so it builds the menu and nothing else.
// An item appears only once its feature is built; each names a function exported from src/index.ts.

export type MenuEntry = { caption: string; functionName: string } | { separator: true };

export const MENU: readonly MenuEntry[] = [
  { caption: 'Receive materials…', functionName: 'showReceivingSidebar' },
  { caption: 'New production run…', functionName: 'showProductionSidebar' },
  { caption: 'Import orders…', functionName: 'showOrderImportSidebar' },
  { caption: 'Link order lines to batches…', functionName: 'showOrderLinkSidebar' },
  { caption: 'Record waste…', functionName: 'showWasteSidebar' },
  { separator: true },
  { caption: 'Trace this lot', functionName: 'traceThisLot' },
  { caption: 'Recall list for this lot', functionName: 'recallListForThisLot' },
  { caption: 'Put on hold…', functionName: 'showPutOnHoldSidebar' },
  { caption: 'Release hold…', functionName: 'showReleaseHoldSidebar' },
  { caption: 'Record an adverse event…', functionName: 'showAdverseEventSidebar' },
  { separator: true },
  { caption: 'Batch costs', functionName: 'batchCosts' },
  { caption: 'Stock', functionName: 'showStock' },
  { caption: 'Stock settings…', functionName: 'showStockSettings' },
  { separator: true },
  { caption: 'Check my records', functionName: 'checkMyRecords' },
  { caption: 'Recall drill…', functionName: 'showRecallDrillSidebar' },
  { caption: 'Records pack…', functionName: 'showRecordsPackSidebar' },
  { caption: 'FDA traceability spreadsheet…', functionName: 'showFdaSpreadsheetSidebar' },
  { separator: true },
  { caption: 'Set up tracking sheets', functionName: 'setUpSheets' },
  { separator: true },
  { caption: 'Help', functionName: 'showHelp' },
];

export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const entry of MENU) {
    if ('separator' in entry) menu.addSeparator();
    else menu.addItem(entry.caption, entry.functionName);
  }
  menu.addToUi();
}

export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}
