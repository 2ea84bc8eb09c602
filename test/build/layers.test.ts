// Which folder may lean on which, and which may name which Apps Script service, is lint's to keep
// (eslint.config.mjs). These are the lines a change is most likely to cross without noticing.
// eslint runs as `npm run lint` does (a child process: its config is an ES module jest cannot load),
// on code given as if it stood at a path of the tree.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const ESLINT = path.join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js');

async function problemsIn(filePath: string, code: string): Promise<string[]> {
  const run = spawnSync(process.execPath, [ESLINT, '--stdin', '--stdin-filename', filePath, '--format', 'json'], {
    cwd: ROOT,
    input: code,
    encoding: 'utf8',
  });
  const [result] = JSON.parse(run.stdout) as { messages: { message: string }[] }[];
  return (result?.messages ?? []).map((message) => message.message);
}

describe('the layers', () => {
  it('src/ never imports sidebar/', async () => {
    expect(await problemsIn('src/addon/x.ts', "import { el } from '../../sidebar/dom';\nexport const x = el;\n")).toEqual([
      expect.stringContaining('src/ never imports sidebar/'),
    ]);
  });

  it('src/domain takes only types from the contract, and calls no service', async () => {
    expect(await problemsIn('src/domain/x.ts', "import { isoDay } from '../contract/iso-day';\nexport const x = isoDay;\n")).toEqual([
      expect.stringContaining('types only'),
    ]);
    expect(
      await problemsIn('src/domain/x.ts', "import type { RunProblem } from '../contract/production';\nexport type X = RunProblem;\n"),
    ).toEqual([]);
    expect(await problemsIn('src/domain/x.ts', 'export const zone = () => SpreadsheetApp.getActive();\n')).toEqual([
      expect.stringContaining('src/domain is pure'),
    ]);
  });

  it('src/addon reaches the document through src/sheets, the UI being its own', async () => {
    expect(await problemsIn('src/addon/x.ts', 'export const ui = () => SpreadsheetApp.getUi();\n')).toEqual([]);
    expect(await problemsIn('src/addon/x.ts', 'export const book = () => SpreadsheetApp.getActiveSpreadsheet();\n')).toEqual([
      expect.stringContaining('through src/sheets'),
    ]);
    expect(await problemsIn('src/addon/x.ts', 'export const lock = () => LockService.getDocumentLock();\n')).toEqual([
      expect.stringContaining('Go through src/sheets'),
    ]);
  });

  it('src/sheets shows no page, and the sidebar names no service', async () => {
    expect(await problemsIn('src/sheets/x.ts', "export const page = () => HtmlService.createHtmlOutput('');\n")).toEqual([
      expect.stringContaining('Only src/addon shows pages'),
    ]);
    expect(await problemsIn('sidebar/x.ts', 'export const p = () => PropertiesService.getDocumentProperties();\n')).toEqual([
      expect.stringContaining('runs in the browser'),
    ]);
  });
});
