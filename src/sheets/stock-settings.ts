// Stock's setting (days ahead an expiry is marked), kept in the document's properties so everyone using
// the spreadsheet gets the same marks. Nothing stored, or nothing readable, is the default (settings.ts).
import { storedStockSettings, type StockSettings } from '../domain/stock/settings';

export const STOCK_SETTINGS_PROPERTY = 'lotline.stock.settings.v1';

export function loadStockSettings(): StockSettings {
  const stored = PropertiesService.getDocumentProperties().getProperty(STOCK_SETTINGS_PROPERTY);
  if (!stored) return storedStockSettings(null);
  try {
    return storedStockSettings(JSON.parse(stored) as unknown);
  } catch {
    return storedStockSettings(null);
  }
}

export function saveStockSettings(settings: StockSettings): void {
  PropertiesService.getDocumentProperties().setProperty(STOCK_SETTINGS_PROPERTY, JSON.stringify(settings));
}
