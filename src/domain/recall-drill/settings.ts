// A recall drill's two settings: how far a step's mass balance may stray from 100% and still pass, and
// how long the whole drill may take. No scheme fixes the percentage; practice accepts about ±2%. BRCGS,
// SQF and IFS ask for the answer within 4 hours (buyers often say 2). A setting that is not a number,
// or out of range, is refused with a sentence: a drill scored against 40% or 0 hours proves nothing.

export interface DrillSettings {
  /** Accounted for may be 100% ± this, in percent. */
  tolerancePct: number;
  /** The drill passes on time when it finishes within this many hours. */
  targetHours: number;
}

export type DrillSettingField = keyof DrillSettings;

export const DEFAULT_DRILL_SETTINGS: DrillSettings = { tolerancePct: 2, targetHours: 4 };

/** The range each setting may take, and how it is named to the maker. */
export const DRILL_SETTING_RANGES: Record<DrillSettingField, { least: number; most: number; name: string; unit: string }> = {
  tolerancePct: { least: 0, most: 10, name: 'The tolerance', unit: '%' },
  targetHours: { least: 0.25, most: 48, name: 'The target time', unit: ' hours' },
};

export type SettingsRead = { ok: true; settings: DrillSettings } | { ok: false; problems: { field: DrillSettingField; message: string }[] };

/** The settings as typed in the sidebar ("2", "2.5", "2,5", "± 2 %", "4 h"), each checked against its range. */
export function readDrillSettings(texts: Record<DrillSettingField, string>): SettingsRead {
  const problems: { field: DrillSettingField; message: string }[] = [];
  const settings = { ...DEFAULT_DRILL_SETTINGS };
  for (const field of ['tolerancePct', 'targetHours'] as const) {
    const read = readSetting(field, texts[field]);
    if (typeof read === 'string') problems.push({ field, message: read });
    else settings[field] = read;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, settings };
}

/** The value, or why it is refused. */
export function readSetting(field: DrillSettingField, text: string): number | string {
  const { least, most, name, unit } = DRILL_SETTING_RANGES[field];
  const bare = text
    .trim()
    .replace(/^±\s*/, '')
    .replace(field === 'tolerancePct' ? /\s*%$/ : /\s*(h|hours?)$/i, '')
    .replace(',', '.');
  if (bare === '') return `${name} is empty: enter a number from ${least} to ${most}${unit}.`;
  if (!/^-?(\d+(\.\d+)?|\.\d+)$/.test(bare)) return `${name} "${text.trim()}" is not a number: enter one from ${least} to ${most}${unit}.`;
  const value = Number(bare);
  if (value < least || value > most) return `${name} must be from ${least} to ${most}${unit}, not ${value}${unit}.`;
  return value;
}

/** Settings kept in the document: each one missing or out of range is its default, so a broken property never stops a drill. */
export function storedDrillSettings(stored: unknown): DrillSettings {
  const settings = { ...DEFAULT_DRILL_SETTINGS };
  if (!stored || typeof stored !== 'object') return settings;
  for (const field of ['tolerancePct', 'targetHours'] as const) {
    const value = (stored as Record<string, unknown>)[field];
    const { least, most } = DRILL_SETTING_RANGES[field];
    if (typeof value === 'number' && Number.isFinite(value) && value >= least && value <= most) settings[field] = value;
  }
  return settings;
}
