// Menu: Stock settings… — how many days ahead the Stock sheet marks a lot or batch as expiring soon. One
// question in a prompt: the setting is a single number, and a sidebar for it would be more to learn than
// the answer. A number out of range is said and nothing is changed; a change gets a Log row, as every
// action does, because the marks a maker relies on change with it.
import { parseExpiringWithinDays } from '../domain/stock/settings';
import { LayoutCache } from '../sheets/layout-cache';
import { appendLog } from '../sheets/log';
import { loadStockSettings, saveStockSettings } from '../sheets/stock-settings';
import { Workbook } from '../sheets/workbook';
import { runMenuAction } from './run-action';

const TITLE = 'Stock settings';

export function showStockSettings(): void {
  runMenuAction(TITLE, () => {
    const ui = SpreadsheetApp.getUi();
    const before = loadStockSettings().expiringWithinDays;
    const answer = ui.prompt(
      TITLE,
      `The Stock sheet marks lots and batches that expire within how many days? Now ${before}; a whole number from 1 to 365.`,
      ui.ButtonSet.OK_CANCEL,
    );
    if (answer.getSelectedButton() !== ui.Button.OK) return;
    const parsed = parseExpiringWithinDays(answer.getResponseText());
    if (!parsed.ok) {
      ui.alert(TITLE, parsed.message, ui.ButtonSet.OK);
      return;
    }
    const after = parsed.settings.expiringWithinDays;
    if (after !== before) {
      saveStockSettings(parsed.settings);
      appendLog(Workbook.active(LayoutCache.load()), TITLE, `Stock marks lots expiring within ${after} days (was ${before}).`);
    }
    ui.alert(
      TITLE,
      `Stock marks lots and batches expiring within ${after} days. Choose Stock to write the sheet again with it.`,
      ui.ButtonSet.OK,
    );
  });
}
