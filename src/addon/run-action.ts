// Menu actions run on a maker's live workbook. When one fails, the maker gets a sentence in an alert
// instead of Apps Script's bare "encountered an error" toast; the error is still logged for us.

export function runMenuAction(title: string, action: () => void): void {
  try {
    action();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`${title} failed: ${message}`);
    SpreadsheetApp.getUi().alert(title, `${title} could not finish: ${message}`, SpreadsheetApp.getUi().ButtonSet.OK);
  }
}
