// The texts Google throws, in one place so tests and code can name them. Those marked "verbatim" are
// Google's own words (shared/platform/apps-script.md or live-checked public test suites); the others are
// our closest guess at Google's wording, kept in the same voice, and listed as guesses in README.md here.

export const MESSAGES = {
  // verbatim
  rowsAtLeastOne: 'The number of rows in the range must be at least 1.',
  columnsAtLeastOne: 'The number of columns in the range must be at least 1.',
  outsideDimensions: 'The coordinates of the range are outside the dimensions of the sheet.',
  startRowTooSmall: 'The starting row of the range is too small.',
  startColumnTooSmall: 'The starting column of the range is too small.',
  rowsMismatch: (data: number, range: number) =>
    `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`,
  columnsMismatch: (data: number, range: number) =>
    `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`,
  sheetExists: (name: string) => `A sheet with the name "${name}" already exists. Please enter another name.`,
  rowsOutOfBounds: 'Those rows are out of bounds.',
  columnsOutOfBounds: 'Those columns are out of bounds.',
  allNonFrozenRows: 'Sorry, it is not possible to delete all non-frozen rows.',
  allNonFrozenColumns: 'Sorry, it is not possible to delete all non-frozen columns.',
  removeAllSheets: "You can't remove all the sheets in a document.",
  protectedCell:
    'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
  cellLimit: 'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
  cellTooLong: 'Your input contains more than the maximum of 50000 characters in a single cell.',
  metadataArbitraryRange:
    'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
  lockTimeout: 'Lock timeout: another process was holding the lock for too long.',
  propertyTooLarge: 'Argument too large: value',
  propertyQuota: 'You have exceeded the property storage quota. Please remove some properties and try again.',
  htmlFileMissing: (name: string) => `No HTML file named ${name} was found.`,
  rangeNotFound: 'Range not found',
  signature: (types: string, method: string) => `The parameters (${types}) don't match the method signature for ${method}.`,
  scriptFunctionNotFound: (name: string) => `Script function not found: ${name}`,
  illegalValue: (property: string) => `Failed due to illegal value in property: ${property}`,

  // guesses
  cacheKeyTooLarge: 'Argument too large: key',
  invalidArgument: (name: string) => `Invalid argument: ${name}`,
  columnLimit: 'This action would increase the number of columns in the sheet above the limit of 18278 columns.',
  sheetNameTooLong: 'The sheet name cannot be longer than 100 characters.',
  sheetNameBlank: 'A sheet name cannot be blank.',
  hideAllSheets: "You can't hide all the sheets in a document.",
  frozenTooMany: (what: 'rows' | 'columns', max: number) => `You can't freeze more than ${max} ${what} of this sheet.`,
  permission: (method: string, scope: string | null) =>
    `You do not have permission to call ${method}.` + (scope ? ` Required permissions: ${scope}` : ''),
  notAnInteger: (value: unknown, what: string) => `Cannot convert ${String(value)} to an integer ${what}.`,
  illegalCellValue: (type: string, a1: string) =>
    `Cannot write a value of type ${type} into cell ${a1}: a cell holds a number, string, boolean, Date, null or undefined.`,
  illegalPattern: (letter: string) => `Illegal pattern character '${letter}'`,
  invalidTimeZone: (zone: string) => `Invalid argument: timeZone (${zone} is not a time zone)`,
} as const;
