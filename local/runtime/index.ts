// The local Apps Script runtime: an in-memory spreadsheet and the services an editor add-on sees,
// built strict — where Google refuses, throws or converts, so does this — so code that passes here
// behaves the same in a maker's spreadsheet. Tests, benchmarks and the workbench run the built
// dist/Code.js on it (loadBundle), and call it as the sidebar would (callFromClient).
// See README.md in this folder for the control handles, the metering rules and what was guessed.
export { createRuntime, type Runtime, type RuntimeOptions } from './runtime';
export { loadBundle, createRuntimeWithBundle, DEFAULT_CODE_PATH, type LoadedBundle } from './bundle';
export { callFromClient, clientCallStats, scriptRunOf, MAX_CONCURRENT_CALLS, type ScriptRun } from './script-run';
export { executionsOf, interleave, type Execution, type ExecutionsOf, type MeetingPoint, type Outcome } from './interleave';
export { REPO_ROOT } from './paths';
export type { Realm } from './context';
export { COST_MODEL, type MeterSnapshot } from './meter';
export { MESSAGES } from './messages';
export type { UiAnswer, MenuRecord, MenuItemRecord, DialogRecord, ShownHtml, ToastRecord } from './ui-state';
export type { LogLine } from './logger';
export type { AuthModeName, ButtonName } from './enums';
export type { LocalSpreadsheet } from './spreadsheet';
export type { LocalSheet } from './sheet';
export type { LocalRange } from './range';
export type { LocalProtection } from './protection';
