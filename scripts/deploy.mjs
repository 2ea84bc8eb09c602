// npm run deploy: push dist/ to the Apps Script project named in .clasp.json, with clasp.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const PLACEHOLDER = 'REPLACE_WITH_YOUR_SCRIPT_ID';
const clasp = JSON.parse(readFileSync(new URL('../.clasp.json', import.meta.url), 'utf8'));

if (!clasp.scriptId || clasp.scriptId === PLACEHOLDER) {
  console.error(
    [
      'Not deploying: .clasp.json still has the placeholder script ID.',
      'Open your spreadsheet, choose Extensions ▸ Apps Script, copy the script ID from Project Settings,',
      'and put it in .clasp.json as "scriptId" (see "Deploy to a real spreadsheet" in README.md).',
    ].join('\n'),
  );
  process.exit(1);
}
if (clasp.rootDir !== 'dist') {
  console.error('Not deploying: .clasp.json must have "rootDir": "dist" (the built add-on).');
  process.exit(1);
}
const result = spawnSync('npx', ['clasp', 'push', '--force'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
