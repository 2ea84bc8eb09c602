// npm run deploy: build dist/ and push it with clasp 3 to this clone's Apps Script project (docs/deploy.md).
//
// The project is named by .clasp.json, which is each maker's own and never committed (.gitignore).
// It is written by `npx clasp create --type sheets --title Lotline --rootDir dist`, or by
// `npm run deploy -- --script-id <ID>` (saved, so later runs need no argument).
//
// LOTLINE_CLASP=/path/to/executable runs that instead of the installed clasp, with the same
// arguments and working directory (the tests use it: Google is not reachable from them).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const configPath = path.join(root, '.clasp.json');
const ignorePath = path.join(root, '.claspignore');
const distDir = path.join(root, 'dist');
// What .clasp.json held when it was committed; a clone from before then may still have it.
const PLACEHOLDER = 'REPLACE_WITH_YOUR_SCRIPT_ID';
// Apps Script IDs are long base64url strings; this mostly catches a pasted URL or a typo.
const SCRIPT_ID = /^[A-Za-z0-9_-]{20,}$/;

const HOW_TO_SET = [
  'Either give the script ID of an existing spreadsheet (Extensions ▸ Apps Script ▸ Project Settings ▸ Script ID):',
  '  npm run deploy -- --script-id <ID>',
  'or create a new spreadsheet named Lotline with its bound script (this writes .clasp.json):',
  '  npx clasp create --type sheets --title Lotline --rootDir dist',
  'Step by step: docs/deploy.md.',
];

function refuse(...lines) {
  console.error(`Not deploying: ${lines.join('\n')}`);
  process.exit(1);
}

function readConfig() {
  if (!existsSync(configPath)) return undefined;
  let config;
  try {
    config = JSON.parse(readFileSync(configPath, 'utf8'));
  } catch (error) {
    refuse(`.clasp.json is not valid JSON (${error.message}).`, 'Fix it, or delete it and set the project again:', ...HOW_TO_SET);
  }
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    refuse('.clasp.json is not a JSON object.', 'Delete it and set the project again:', ...HOW_TO_SET);
  }
  return config;
}

let args;
try {
  args = parseArgs({ options: { 'script-id': { type: 'string' } }, strict: true }).values;
} catch (error) {
  refuse(`${error.message}`, 'Usage: npm run deploy [-- --script-id <ID>]');
}

let config = readConfig();

const givenId = args['script-id']?.trim();
if (givenId !== undefined) {
  if (!SCRIPT_ID.test(givenId)) {
    refuse(
      `"${givenId}" is not an Apps Script script ID.`,
      "Copy it from the spreadsheet's Extensions ▸ Apps Script ▸ Project Settings ▸ Script ID (not the spreadsheet's own URL or ID).",
    );
  }
  if (config?.scriptId !== givenId) {
    const before = config?.scriptId && config.scriptId !== PLACEHOLDER ? ` (it was ${config.scriptId})` : '';
    config = { scriptId: givenId, rootDir: 'dist' };
    writeFileSync(configPath, `${JSON.stringify(config, null, 2)}\n`);
    console.log(`Saved script ID ${givenId} in .clasp.json${before}; it stays out of git (.gitignore).`);
  }
}

if (!config) refuse('no Apps Script project is set for this clone (there is no .clasp.json).', ...HOW_TO_SET);
if (typeof config.scriptId !== 'string' || config.scriptId.trim() === '' || config.scriptId === PLACEHOLDER) {
  refuse('.clasp.json has no script ID (or still the placeholder).', ...HOW_TO_SET);
}
// clasp 3 pushes srcDir, else rootDir, resolved against the folder of .clasp.json (core/clasp.js).
const rootDir = config.srcDir ?? config.rootDir ?? '.';
if (path.resolve(root, rootDir) !== distDir) {
  refuse(
    `.clasp.json has ${config.srcDir === undefined ? '"rootDir"' : '"srcDir"'}: ${JSON.stringify(rootDir)}; it must be "dist" (the built add-on).`,
    'Set "rootDir": "dist" in .clasp.json.',
  );
}
if (!existsSync(ignorePath)) {
  refuse(
    '.claspignore is missing; without it clasp would push every .js and .html file under dist/.',
    'Restore it: git checkout -- .claspignore',
  );
}

let claspCommand;
let claspArgs = ['push', '--force', '--project', configPath, '--ignore', ignorePath];
if (process.env.LOTLINE_CLASP) {
  claspCommand = process.env.LOTLINE_CLASP;
} else {
  let cli;
  try {
    cli = createRequire(import.meta.url).resolve('@google/clasp');
  } catch {
    refuse('clasp is not installed here. Run npm install first.');
  }
  claspCommand = process.execPath;
  claspArgs = [cli, ...claspArgs];
}

const { buildAll } = await import(pathToFileURL(path.join(root, 'build.mjs')).href);
try {
  await buildAll();
} catch (error) {
  refuse(`the build failed: ${error.message}`);
}

console.log(`Pushing dist/ to Apps Script project ${config.scriptId} (clasp push --force)…`);
const result = spawnSync(claspCommand, claspArgs, { cwd: root, stdio: 'inherit' });
if (result.error) refuse(`could not run clasp (${claspCommand}): ${result.error.message}`);
if (result.status !== 0) {
  console.error(
    'clasp push failed. Not signed in? npx clasp login. "User has not enabled the Apps Script API"? Turn it on at https://script.google.com/home/usersettings. See docs/deploy.md.',
  );
}
process.exit(result.status ?? 1);
