// Menu: Import orders… and Link order lines to batches… — each opens its sidebar; the server calls they
// make are src/addon/orders.ts (import) and its link counterpart.

export function showOrderImportSidebar(): void {
  const page = HtmlService.createHtmlOutputFromFile('Orders').setTitle('Import orders');
  SpreadsheetApp.getUi().showSidebar(page);
}

export function showOrderLinkSidebar(): void {
  const page = HtmlService.createHtmlOutputFromFile('OrdersLink').setTitle('Link order lines to batches');
  SpreadsheetApp.getUi().showSidebar(page);
}
