// Every name exported here becomes a top-level function in dist/Code.js: a menu item, a trigger or a
// google.script.run target. This is the one list of public entry points.
export { onOpen, onInstall } from './addon/menu';
export { setUpSheets } from './addon/set-up-sheets';
export { showHelp } from './addon/help';
export { traceThisLot, recallListForThisLot } from './addon/trace';
export {
  showRecallDrillSidebar,
  loadRecallDrill,
  startRecallDrill,
  finishRecallDrill,
  abandonRecallDrill,
  saveRecallDrillSettings,
} from './addon/recall-drill';
export { checkMyRecords } from './addon/records-check';
export { showRecordsPackSidebar, loadRecordsPack, makeRecordsPack } from './addon/records-pack';
export { showFdaSpreadsheetSidebar, loadFdaSpreadsheet, makeFdaSpreadsheet } from './addon/fsma';
export { batchCosts } from './addon/batch-costs';
export { showStock } from './addon/stock';
export { showStockSettings } from './addon/stock-settings';
export { showReceivingSidebar, loadReceiving, previewLotNumbers, receiveDelivery } from './addon/receiving';
export { saveCodeFormats } from './addon/code-format-settings';
export {
  showProductionSidebar,
  openProductionRun,
  loadProductionStockPart,
  loadProductionRun,
  previewBatchCodes,
  saveProductionRun,
} from './addon/production';
export { showOrderImportSidebar, showOrderLinkSidebar } from './addon/orders-sidebar';
export { previewOrderImport, saveOrderImport } from './addon/orders';
export { previewOrderLinks, saveOrderLinks } from './addon/orders-link';
export { showWasteSidebar, loadWaste, lotsOnHand, recordWaste } from './addon/waste';
export { showPutOnHoldSidebar, showReleaseHoldSidebar, previewHolds, saveHolds } from './addon/holds';
export {
  showAdverseEventSidebar,
  loadAdverseEvents,
  recordAdverseEvent,
  saveAdverseEventSettings,
  traceAdverseEvent,
} from './addon/adverse-events';
