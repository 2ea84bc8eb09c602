// Notices a sidebar shows when it opens (a missing sheet, an unreadable cell): beyond a few they would
// crowd a 300 px sidebar, and the maker fixes the first ones first.

export const MAX_NOTICES = 5;

/** The first notices, and "…and N more." for the rest. */
export function capNotices(notices: readonly string[], max = MAX_NOTICES): string[] {
  if (notices.length <= max) return [...notices];
  return [...notices.slice(0, max), `…and ${notices.length - max} more.`];
}
