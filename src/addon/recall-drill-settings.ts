// The Recall drill sidebar's settings: the tolerance of a step's mass balance and the target time.
// Refused with a sentence at its field when not a number or out of range, before anything is stored;
// a change is written to the Log, since an auditor comparing two drills may ask why they were scored differently.
import { drillSettingsLabel, drillSettingsTexts, type DrillSettingsResult, type DrillSettingsTexts } from '../contract/recall-drill';
import { parseOrExplain } from '../contract/wire-problems';
import { readDrillSettings } from '../domain/recall-drill/settings';
import { appendLogRow, prepareLog } from '../sheets/log';
import { loadDrillSettings, saveDrillSettings } from '../sheets/recall-drill-settings';
import { Workbook } from '../sheets/workbook';

export function saveRecallDrillSettings(request: DrillSettingsTexts): DrillSettingsResult {
  const texts = parseOrExplain(drillSettingsTexts, request, drillSettingsLabel);
  const read = readDrillSettings(texts);
  if (!read.ok) return read;
  const before = loadDrillSettings();
  const after = read.settings;
  if (before.tolerancePct === after.tolerancePct && before.targetHours === after.targetHours) return { ok: true, settings: after };
  const workbook = Workbook.active();
  const log = prepareLog(workbook);
  saveDrillSettings(after);
  try {
    appendLogRow(
      workbook,
      log.table,
      'Change recall drill settings',
      `Drills are now scored against 100% ± ${after.tolerancePct}% (was ± ${before.tolerancePct}%) and a target of ${after.targetHours} hours (was ${before.targetHours})`,
    );
  } catch (error) {
    saveDrillSettings(before);
    log.undo?.();
    throw error;
  }
  return { ok: true, settings: after };
}
