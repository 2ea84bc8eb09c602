// The built add-on is what Apps Script runs: these check dist/ as Apps Script would load it.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import vm from 'node:vm';
import { MENU } from '../../src/addon/menu';

const root = path.resolve(__dirname, '../..');
const dist = (file: string) => readFileSync(path.join(root, 'dist', file), 'utf8');

// build.mjs is an ES module; jest runs CommonJS, so ask node for its answers.
function buildHelpers(expression: string): unknown {
  const script = `import('${path.join(root, 'build.mjs')}').then(async (b) => console.log(JSON.stringify(await (${expression})(b))))`;
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout);
}

describe('dist/Code.js', () => {
  const code = dist('Code.js');
  const exported = buildHelpers(`(b) => b.entryExports('${path.join(root, 'src/index.ts')}')`) as string[];

  it('declares every exported entry point as a top-level function Apps Script can find', () => {
    // The code is read by the child: past 128 KiB it no longer fits in one command-line argument.
    const declared = buildHelpers(
      `(b) => b.declaredFunctions(require('node:fs').readFileSync(${JSON.stringify(path.join(root, 'dist', 'Code.js'))}, 'utf8'))`,
    ) as string[];
    expect(exported.length).toBeGreaterThan(0);
    for (const name of exported) expect(declared).toContain(name);
    // Loaded as a classic script, each is a global function and nothing runs at load time.
    const context = vm.createContext({});
    vm.runInContext(code, context);
    for (const name of exported) expect(typeof context[name]).toBe('function');
  });

  it('gives every menu item a top-level function', () => {
    for (const entry of MENU) if ('functionName' in entry) expect(exported).toContain(entry.functionName);
  });

  it('keeps the @OnlyCurrentDoc annotation and stays small enough to parse on every click', () => {
    expect(code.startsWith('/** @OnlyCurrentDoc */')).toBe(true);
    // Ten sidebars' servers (receiving, production runs, orders import and linking, waste, holds, recall drills,
    // adverse events, records packs, the FDA spreadsheet) with their all-or-nothing saves, the trace, the records
    // check, stock and batch costs, reading in the sheet's locale: ~430 KiB of our own code, zod/mini the only
    // dependency (CSV parsing is Apps Script's own Utilities.parseCsv). Compiling and running it takes ~20 ms in
    // V8, against Apps Script's ~500 ms per execution; names are kept (not mangled) so that an execution log's
    // stack trace reads. A jump past this is a new dependency to look at.
    expect(Buffer.byteLength(code)).toBeLessThan(512 * 1024);
  });

  it('exposes no private (underscore) names as entry points', () => {
    expect(exported.filter((name) => name.endsWith('_'))).toEqual([]);
  });
});

describe('sidebar pages', () => {
  it('are single files with script and style inlined, and no scriptlet markers', () => {
    const html = dist('Help.html');
    expect(html).toContain('<script>');
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toContain('<?');
    expect(html).not.toContain('@script');
  });
});

describe('manifest', () => {
  // Pushing dist/ with clasp: test/deploy/deploy.test.ts.
  const manifest = JSON.parse(dist('appsscript.json'));

  it('asks for the least that works, on V8, with no card add-on section', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBeTruthy();
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/userinfo.email',
    ]);
    expect(manifest.addOns).toBeUndefined();
  });
});
