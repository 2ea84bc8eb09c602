// Which calls an authorization mode refuses. onOpen of an editor add-on runs in AuthMode.NONE until the
// user has used the add-on in this file; there, anything but building the menu fails, and a failure in
// onOpen means the menu never appears. So NONE is strict here: only SpreadsheetApp.getUi, the Ui's
// menu factories, Menu building and the (property-only) enums pass. Logger and console pass too: they need
// no authorization on Google and refusing them would only hide diagnostics.
// LIMITED: the bound document and its UI — we keep it simple and allow everything of the current document.
// CUSTOM_FUNCTION: only reading the spreadsheet, Utilities and Logger (custom functions cannot edit or show UI).
import type { AuthModeName } from './enums';
import { MESSAGES } from './messages';

const ALLOWED_IN_NONE = new Set([
  'SpreadsheetApp.getUi',
  'Ui.createAddonMenu',
  'Ui.createMenu',
  'Menu.addItem',
  'Menu.addSeparator',
  'Menu.addSubMenu',
  'Menu.addToUi',
]);

const ALWAYS_ALLOWED_PREFIXES = ['Logger.', 'console.'];

/** The OAuth scope Google names when a call is refused (null where the service has no scope of its own). */
export function scopeOf(method: string): string | null {
  if (method.startsWith('SpreadsheetApp.')) return 'https://www.googleapis.com/auth/spreadsheets.currentonly';
  if (method.startsWith('Ui.') || method.startsWith('Menu.') || method.startsWith('HtmlService.')) {
    return 'https://www.googleapis.com/auth/script.container.ui';
  }
  if (method === 'Session.getActiveUser' || method === 'Session.getEffectiveUser' || method === 'User.getEmail') {
    return 'https://www.googleapis.com/auth/userinfo.email';
  }
  return null;
}

function allowed(mode: AuthModeName, method: string): boolean {
  if (ALWAYS_ALLOWED_PREFIXES.some((prefix) => method.startsWith(prefix))) return true;
  switch (mode) {
    case 'FULL':
    case 'LIMITED':
      return true;
    case 'NONE':
      return ALLOWED_IN_NONE.has(method);
    case 'CUSTOM_FUNCTION': {
      if (method.startsWith('Utilities.')) return true;
      const verb = method.slice(method.lastIndexOf('.') + 1);
      return method.startsWith('SpreadsheetApp.') && /^(get|is|can|has)/.test(verb) && method !== 'SpreadsheetApp.getUi';
    }
  }
}

/** The error text for calling `method` in `mode`, or null when the call may proceed. */
export function refusal(mode: AuthModeName, method: string): string | null {
  return allowed(mode, method) ? null : MESSAGES.permission(method, scopeOf(method));
}
