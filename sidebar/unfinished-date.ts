// A date box the maker started typing in and left unfinished reports '' as its value, which would be
// saved as no date at all (or as the default expiry): such a box is a problem before anything is sent.

export const UNFINISHED_DATE = 'Finish typing the date, or clear it.';

export function isUnfinishedDate(control: HTMLElement): boolean {
  return control instanceof HTMLInputElement && control.validity.badInput;
}
