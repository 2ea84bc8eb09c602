// Menu: Help — a sidebar explaining the tracking sheets and what each menu item does.

export function showHelp(): void {
  const page = HtmlService.createHtmlOutputFromFile('Help').setTitle('Lotline');
  SpreadsheetApp.getUi().showSidebar(page);
}
