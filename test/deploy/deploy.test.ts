// npm run deploy, run for real in a fresh copy of the project under os.tmpdir(). Google is not
// reachable, so clasp itself is replaced by a fake that records its arguments (LOTLINE_CLASP);
// what clasp would push is then asked of the real clasp CLI (`clasp status --json`, which only
// reads the disk), with exactly the arguments the deploy script gave the fake.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const claspCli = require.resolve('@google/clasp', { paths: [root] });
// What a fresh clone holds that the deploy (and its build) reads; node_modules is shared.
const CLONED = ['build.mjs', 'appsscript.json', 'package.json', 'tsconfig.json', '.claspignore', '.gitignore', 'scripts', 'src', 'sidebar'];
const SCRIPT_ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AbCdEfGhIjKlMnOpQr';
const OTHER_ID = '1ZyXwVuTsRqPoNmLkJiHgFeDcBa9876543210-_ZyXwVuTsRqPoNmLkJi';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), prefix)));
  made.push(dir);
  return dir;
}

function freshClone(): string {
  const dir = tempDir('lotline-clone-');
  for (const entry of CLONED) cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

/** A stand-in for clasp: records argv and cwd, exits with FAKE_CLASP_EXIT. */
function fakeClasp(): { command: string; log: string } {
  const dir = tempDir('lotline-fake-clasp-');
  const command = path.join(dir, 'clasp.cjs');
  writeFileSync(
    command,
    [
      '#!/usr/bin/env node',
      "require('node:fs').writeFileSync(process.env.FAKE_CLASP_LOG, JSON.stringify({ argv: process.argv.slice(2), cwd: process.cwd() }));",
      "process.exit(Number(process.env.FAKE_CLASP_EXIT || '0'));",
      '',
    ].join('\n'),
    { mode: 0o755 },
  );
  return { command, log: path.join(dir, 'calls.json') };
}

/** The environment of a new user: no clasp settings from ours, an empty home (no clasp login). */
function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(clasp_|LOTLINE_|FAKE_CLASP_|npm_)/i.test(key)) env[key] = value;
  }
  return { ...env, HOME: tempDir('lotline-home-'), ...extra };
}

function deploy(clone: string, args: string[], fake: { command: string; log: string }, extra: Record<string, string> = {}) {
  return spawnSync(process.execPath, [path.join(clone, 'scripts/deploy.mjs'), ...args], {
    cwd: clone,
    encoding: 'utf8',
    env: userEnv({ LOTLINE_CLASP: fake.command, FAKE_CLASP_LOG: fake.log, ...extra }),
  });
}

function recorded(fake: { log: string }): { argv: string[]; cwd: string } {
  return JSON.parse(readFileSync(fake.log, 'utf8'));
}

/** The real clasp CLI, offline: the files `clasp push` would send, as paths relative to cwd. */
function claspStatus(cwd: string, globalArgs: string[]): { filesToPush: string[]; untrackedFiles: string[] } {
  const result = spawnSync(process.execPath, [claspCli, 'status', '--json', ...globalArgs], { cwd, encoding: 'utf8', env: userEnv() });
  if (result.status !== 0) throw new Error(`clasp status failed: ${result.stderr}${result.stdout}`);
  const status = JSON.parse(result.stdout);
  return { filesToPush: [...status.filesToPush].sort(), untrackedFiles: [...status.untrackedFiles].sort() };
}

function sidebarPages(clone: string): string[] {
  return readdirSync(path.join(clone, 'sidebar/pages')).filter((file) => file.endsWith('.html'));
}

const HOW_TO = ['npm run deploy -- --script-id <ID>', 'npx clasp create --type sheets --title Lotline --rootDir dist', 'docs/deploy.md'];

describe('npm run deploy refuses without a script ID', () => {
  it('on a fresh clone (no .clasp.json): exit 1, says both ways to set one, builds nothing, runs no clasp', () => {
    const clone = freshClone();
    const fake = fakeClasp();
    expect(existsSync(path.join(clone, '.clasp.json'))).toBe(false);
    const result = deploy(clone, [], fake);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Not deploying: no Apps Script project is set for this clone');
    for (const text of HOW_TO) expect(result.stderr).toContain(text);
    expect(existsSync(path.join(clone, 'dist'))).toBe(false);
    expect(existsSync(fake.log)).toBe(false);
  });

  it('with the old placeholder .clasp.json of an earlier clone', () => {
    const clone = freshClone();
    const fake = fakeClasp();
    writeFileSync(path.join(clone, '.clasp.json'), JSON.stringify({ scriptId: 'REPLACE_WITH_YOUR_SCRIPT_ID', rootDir: 'dist' }));
    const result = deploy(clone, [], fake);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('.clasp.json has no script ID (or still the placeholder)');
    for (const text of HOW_TO) expect(result.stderr).toContain(text);
    expect(existsSync(fake.log)).toBe(false);
  });

  it('when --script-id is not a script ID (a pasted URL), and saves nothing', () => {
    const clone = freshClone();
    const fake = fakeClasp();
    const result = deploy(clone, ['--script-id', 'https://docs.google.com/spreadsheets/d/abc/edit'], fake);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('is not an Apps Script script ID');
    expect(result.stderr).toContain('Project Settings ▸ Script ID');
    expect(existsSync(path.join(clone, '.clasp.json'))).toBe(false);
    expect(existsSync(fake.log)).toBe(false);
  });

  it('when .clasp.json would push something other than dist/', () => {
    const clone = freshClone();
    const fake = fakeClasp();
    writeFileSync(path.join(clone, '.clasp.json'), JSON.stringify({ scriptId: SCRIPT_ID, rootDir: '.' }));
    const result = deploy(clone, [], fake);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('it must be "dist"');
    expect(existsSync(fake.log)).toBe(false);
  });

  it('on an unknown option', () => {
    const clone = freshClone();
    const result = deploy(clone, ['--scriptId', SCRIPT_ID], fakeClasp());
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Usage: npm run deploy [-- --script-id <ID>]');
  });
});

describe('npm run deploy with a script ID', () => {
  const clone = freshClone();
  const fake = fakeClasp();
  const configPath = path.join(clone, '.clasp.json');
  let first: ReturnType<typeof spawnSync>;
  beforeAll(() => {
    first = spawnSync('npm', ['run', '--silent', 'deploy', '--', '--script-id', SCRIPT_ID], {
      cwd: clone,
      encoding: 'utf8',
      env: userEnv({ LOTLINE_CLASP: fake.command, FAKE_CLASP_LOG: fake.log }),
    });
  });

  it('saves the ID in .clasp.json (gitignored), builds dist/, then runs clasp push --force on it', () => {
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(`Saved script ID ${SCRIPT_ID} in .clasp.json`);
    expect(JSON.parse(readFileSync(configPath, 'utf8'))).toEqual({ scriptId: SCRIPT_ID, rootDir: 'dist' });
    expect(readdirSync(path.join(clone, 'dist')).sort()).toEqual(['Code.js', 'appsscript.json', ...sidebarPages(clone)].sort());
    expect(recorded(fake)).toEqual({
      argv: ['push', '--force', '--project', configPath, '--ignore', path.join(clone, '.claspignore')],
      cwd: clone,
    });
  });

  it('later runs use the saved ID, and exit with clasp’s status and a hint when the push fails', () => {
    rmSync(fake.log);
    const again = deploy(clone, [], fake, { FAKE_CLASP_EXIT: '3' });
    expect(again.status).toBe(3);
    expect(again.stdout).toContain(`Pushing dist/ to Apps Script project ${SCRIPT_ID}`);
    expect(again.stderr).toContain('npx clasp login');
    expect(again.stderr).toContain('https://script.google.com/home/usersettings');
    expect(recorded(fake).argv[0]).toBe('push');
  });

  it('gives arguments the real clasp push accepts (offline and signed out, it stops at the sign-in check)', () => {
    const { argv, cwd } = recorded(fake);
    const push = spawnSync(process.execPath, [claspCli, ...argv], { cwd, encoding: 'utf8', env: userEnv() });
    expect(push.stderr.trim()).toBe('No credentials found.');
    expect(push.status).toBe(1);
  });

  it('runs the installed clasp when LOTLINE_CLASP is not set (offline and signed out, its push stops at sign-in)', () => {
    const result = spawnSync(process.execPath, [path.join(clone, 'scripts/deploy.mjs')], { cwd: clone, encoding: 'utf8', env: userEnv() });
    expect(result.stderr).toContain('No credentials found.');
    expect(result.stderr).toContain('npx clasp login');
    expect(result.status).toBe(1);
  });

  it('pushes exactly Code.js, the sidebar pages and appsscript.json — asked of the real clasp with the same arguments', () => {
    const { argv, cwd } = recorded(fake);
    const expected = ['Code.js', 'appsscript.json', ...sidebarPages(clone)].map((file) => `dist/${file}`).sort();
    const globalArgs = argv.slice(2); // --project … --ignore …, without `push --force`
    expect(claspStatus(cwd, globalArgs).filesToPush).toEqual(expected);

    // Whatever else lands in dist/ stays out: .claspignore allows only those three kinds of file.
    const strays = [
      'extra.js',
      'old.gs',
      'notes.txt',
      'Code.js.map',
      'other.json',
      'types.ts',
      '.hidden.js',
      'sub/page.html',
      'sub/lib.js',
    ];
    mkdirSync(path.join(clone, 'dist/sub'));
    for (const file of strays) writeFileSync(path.join(clone, 'dist', file), '// stray\n');
    const status = claspStatus(cwd, globalArgs);
    expect(status.filesToPush).toEqual(expected);
    expect(status.untrackedFiles).toEqual(expect.arrayContaining(['dist/extra.js', 'dist/old.gs', 'dist/sub/']));

    // `npx clasp push` typed by hand in the clone finds the same .clasp.json and .claspignore.
    expect(claspStatus(clone, []).filesToPush).toEqual(expected);

    // And it is .claspignore that keeps them out: clasp's defaults would push any .js, .gs or .html.
    renameSync(path.join(clone, '.claspignore'), path.join(clone, 'claspignore.off'));
    try {
      expect(claspStatus(clone, []).filesToPush).toEqual(expect.arrayContaining(['dist/extra.js', 'dist/old.gs', 'dist/sub/page.html']));
    } finally {
      renameSync(path.join(clone, 'claspignore.off'), path.join(clone, '.claspignore'));
    }
  });

  it('keeps a .clasp.json written by `clasp create` as it is, and replaces the ID when given another', () => {
    // What clasp 3 writes after `clasp create --rootDir dist` (core/project.js, updateSettings).
    const created = {
      scriptId: SCRIPT_ID,
      rootDir: 'dist',
      parentId: '1SpreadsheetIdSpreadsheetIdSpreadsheetId0',
      scriptExtensions: ['.js', '.gs'],
      htmlExtensions: ['.html'],
      jsonExtensions: ['.json'],
      filePushOrder: [],
      skipSubdirectories: false,
    };
    writeFileSync(configPath, JSON.stringify(created, null, 2));
    const kept = deploy(clone, ['--script-id', SCRIPT_ID], fake);
    expect(kept.status).toBe(0);
    expect(JSON.parse(readFileSync(configPath, 'utf8'))).toEqual(created);

    const replaced = deploy(clone, ['--script-id', OTHER_ID], fake);
    expect(replaced.status).toBe(0);
    expect(replaced.stdout).toContain(`(it was ${SCRIPT_ID})`);
    expect(JSON.parse(readFileSync(configPath, 'utf8'))).toEqual({ scriptId: OTHER_ID, rootDir: 'dist' });
  });
});

describe('the repository', () => {
  it('does not carry a .clasp.json: each maker’s own is gitignored, so `clasp create` works on a fresh clone', () => {
    expect(readFileSync(path.join(root, '.gitignore'), 'utf8').split('\n')).toContain('.clasp.json');
    const tracked = spawnSync('git', ['ls-files', '--', '.clasp.json'], { cwd: root, encoding: 'utf8' });
    if (tracked.status === 0) expect(tracked.stdout.trim()).toBe('');
  });

  it('lets the real `clasp create` past its "Project file already exists" check on a fresh clone (it stops at sign-in)', () => {
    const clone = freshClone();
    const args = [claspCli, 'create', '--type', 'sheets', '--title', 'Lotline', '--rootDir', 'dist'];
    const create = spawnSync(process.execPath, args, { cwd: clone, encoding: 'utf8', env: userEnv() });
    expect(create.stderr.trim()).toBe('No credentials found.');
    expect(existsSync(path.join(clone, '.clasp.json'))).toBe(false);
    // With a .clasp.json there, clasp refuses (and exits 0: commander's error is swallowed in clasp's index.js).
    writeFileSync(path.join(clone, '.clasp.json'), JSON.stringify({ scriptId: SCRIPT_ID, rootDir: 'dist' }));
    const again = spawnSync(process.execPath, args, { cwd: clone, encoding: 'utf8', env: userEnv() });
    expect(again.stderr).toContain('Project file already exists.');
  });

  it('has a .claspignore that allows only the manifest, Code.js and the HTML pages (clasp reads no comments in it)', () => {
    expect(readFileSync(path.join(root, '.claspignore'), 'utf8')).toBe('**/**\n!appsscript.json\n!Code.js\n!*.html\n');
  });

  it('runs the deploy script, which builds first itself', () => {
    expect(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts.deploy).toBe('node scripts/deploy.mjs');
  });
});
