import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

// The Apps Script services the add-on may name, and which folder may name which (README, "Layout").
const SERVICES = ['SpreadsheetApp', 'HtmlService', 'PropertiesService', 'LockService', 'Session', 'Utilities', 'ScriptApp', 'CacheService'];
const noServices = (names, message) => names.map((name) => ({ name, message }));

/** Imports a folder must not make: `from` patterns relative to the importing file, with why. */
const layerImports = (patterns) => ['error', { patterns }];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test-output/', '.workbench/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Layout is prettier's (npm run format:check): lint keeps no style rules of its own.
  prettier,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-restricted-globals': 'off',
    },
  },
  {
    // Build scripts and config run on Node.
    files: ['*.mjs', '*.cjs', 'scripts/**/*.mjs'],
    languageOptions: {
      globals: { Buffer: 'readonly', URL: 'readonly', module: 'writable', require: 'readonly', __dirname: 'readonly' },
    },
  },
  {
    // The server owns the contract: nothing under src/ leans on the sidebar.
    files: ['src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': layerImports([
        {
          group: ['**/sidebar', '**/sidebar/**'],
          message: 'src/ never imports sidebar/: put what both need in src/contract or src/domain.',
        },
      ]),
    },
  },
  {
    // Domain code is pure: plain data in, plain data out. It reads the contract's types, never its schemas.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...noServices(SERVICES, 'src/domain is pure: pass data in, do not call Apps Script.')],
      '@typescript-eslint/no-restricted-imports': layerImports([
        { group: ['**/sidebar', '**/sidebar/**'], message: 'src/ never imports sidebar/.' },
        { group: ['**/sheets/**', '**/addon/**', '**/index'], message: 'src/domain is pure: it never calls into src/sheets or src/addon.' },
        { group: ['**/contract/**'], allowTypeImports: true, message: 'src/domain takes the contract’s types only (import type).' },
      ]),
    },
  },
  {
    // The contract is what crosses google.script.run: schemas over the domain's vocabulary, no service.
    files: ['src/contract/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...noServices(SERVICES, 'src/contract describes what crosses google.script.run; it calls nothing.'),
      ],
      '@typescript-eslint/no-restricted-imports': layerImports([
        { group: ['**/sidebar', '**/sidebar/**'], message: 'src/ never imports sidebar/.' },
        { group: ['**/sheets/**', '**/addon/**', '**/index'], message: 'src/contract stands on src/domain alone.' },
      ]),
    },
  },
  {
    // src/sheets is the door to the document: spreadsheets, sheets and ranges, the document's properties,
    // its cache, its lock, the user, dates in its time zone. Sidebars and dialogs are src/addon's.
    files: ['src/sheets/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...noServices(['HtmlService', 'ScriptApp'], 'Only src/addon shows pages.')],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='SpreadsheetApp'][property.name='getUi']",
          message: 'Menus, alerts and sidebars are src/addon’s.',
        },
      ],
      '@typescript-eslint/no-restricted-imports': layerImports([
        { group: ['**/sidebar', '**/sidebar/**'], message: 'src/ never imports sidebar/.' },
        { group: ['**/addon/**', '**/index'], message: 'src/sheets serves src/addon, never the other way.' },
      ]),
    },
  },
  {
    // src/addon orchestrates: the UI (SpreadsheetApp.getUi, HtmlService) is its own; the document is read
    // and written through src/sheets.
    files: ['src/addon/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...noServices(['PropertiesService', 'LockService', 'Session', 'Utilities', 'CacheService'], 'Go through src/sheets.'),
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='SpreadsheetApp'][property.name!='getUi']",
          message: 'src/addon reaches the document through src/sheets; only SpreadsheetApp.getUi() is its own.',
        },
      ],
    },
  },
  {
    // The sidebar runs in the browser: it knows no Apps Script service, only google.script.run (sidebar/client.ts).
    files: ['sidebar/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...noServices(SERVICES, 'The sidebar runs in the browser: call the server with callServer.')],
      '@typescript-eslint/no-restricted-imports': layerImports([
        {
          group: ['**/src/sheets/**', '**/src/addon/**'],
          message: 'The sidebar imports src/contract and src/domain; the server is reached through callServer.',
        },
      ]),
    },
  },
);
