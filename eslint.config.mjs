import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

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
    languageOptions: { globals: { Buffer: 'readonly', URL: 'readonly', module: 'writable', require: 'readonly', __dirname: 'readonly' } },
  },
  {
    // Domain code is pure: it must not name any Apps Script service.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['SpreadsheetApp', 'HtmlService', 'PropertiesService', 'LockService', 'Session', 'Utilities', 'ScriptApp', 'CacheService'].map(
          (name) => ({ name, message: 'src/domain is pure: pass data in, do not call Apps Script.' }),
        ),
      ],
    },
  },
  {
    // Only src/sheets (and the thin src/addon wiring) may touch SpreadsheetApp.
    files: ['src/domain/**/*.ts', 'sidebar/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "Identifier[name='SpreadsheetApp']", message: 'Only src/sheets touches SpreadsheetApp.' },
      ],
    },
  },
);
