// A recall drill's settings and the drill in progress, kept in the document's properties: the drill
// outlives its sidebar (a maker may close it, or finish from another computer), and its start time is
// the server's clock, written here when the drill starts. The client never sends it back, so it cannot
// be edited in a request: finishing names only the drill's id, and the elapsed time is worked out here.
import { storedDrillSettings, type DrillSettings } from '../domain/recall-drill/settings';

export const DRILL_SETTINGS_PROPERTY = 'lotline.recallDrill.settings.v1';
export const DRILL_IN_PROGRESS_PROPERTY = 'lotline.recallDrill.inProgress.v1';

export interface DrillInProgress {
  id: string;
  /** The code traced, as the maker gave it or as picked. */
  code: string;
  picked: 'random' | 'given';
  /** Server clock, milliseconds since the epoch. */
  startedMs: number;
  by: string;
  /** The settings when it started: changing them mid-drill does not change how it is scored. */
  settings: DrillSettings;
}

function properties(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

export function loadDrillSettings(): DrillSettings {
  return storedDrillSettings(parsed(properties().getProperty(DRILL_SETTINGS_PROPERTY)));
}

export function saveDrillSettings(settings: DrillSettings): void {
  properties().setProperty(DRILL_SETTINGS_PROPERTY, JSON.stringify(settings));
}

/** The drill in progress; null when there is none, or what is stored cannot be read (then it is as if none had started). */
export function loadDrillInProgress(): DrillInProgress | null {
  const value = parsed(properties().getProperty(DRILL_IN_PROGRESS_PROPERTY));
  if (!value || typeof value !== 'object') return null;
  const drill = value as Record<string, unknown>;
  const { id, code, picked, startedMs, by } = drill;
  if (typeof id !== 'string' || typeof code !== 'string' || typeof startedMs !== 'number' || !Number.isFinite(startedMs)) return null;
  return {
    id,
    code,
    picked: picked === 'random' ? 'random' : 'given',
    startedMs,
    by: typeof by === 'string' ? by : 'unknown',
    settings: storedDrillSettings(drill.settings),
  };
}

export function saveDrillInProgress(drill: DrillInProgress): void {
  properties().setProperty(DRILL_IN_PROGRESS_PROPERTY, JSON.stringify(drill));
}

export function clearDrillInProgress(): void {
  properties().deleteProperty(DRILL_IN_PROGRESS_PROPERTY);
}

/** A fresh id for a drill: finishing names it, so a sidebar left open on an old drill cannot finish a new one. */
export function newDrillId(): string {
  return Utilities.getUuid();
}

function parsed(stored: string | null): unknown {
  if (!stored) return null;
  try {
    return JSON.parse(stored) as unknown;
  } catch {
    return null;
  }
}
