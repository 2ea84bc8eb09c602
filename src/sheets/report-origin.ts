// Which code a report sheet traced, kept in the document's properties under the sheet's id, so that
// "Put on hold…" (and later actions) started on a report know what it was about without reading its
// cells — a maker may have sorted, edited or renamed them, and the sheet's name is cut to 31 characters.
const PREFIX = 'lotline.tracedCode.';

export function rememberTracedCode(sheet: GoogleAppsScript.Spreadsheet.Sheet, code: string): void {
  PropertiesService.getDocumentProperties().setProperty(PREFIX + sheet.getSheetId(), code);
}

/** The code the sheet's report traced, or null when it is not a report this add-on wrote. */
export function tracedCodeOf(sheet: GoogleAppsScript.Spreadsheet.Sheet): string | null {
  const code = PropertiesService.getDocumentProperties().getProperty(PREFIX + sheet.getSheetId());
  return code && code.trim() !== '' ? code : null;
}
