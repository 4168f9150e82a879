import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { NO_TEXT_IN_ERRORS_FILES, noTextInErrors } from './eslint/noTextInErrors.js';

const noDangerousHtml = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: 'No dangerouslySetInnerHTML: render text as text.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'coverage/**', '**/*.generated.*'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-implied-eval': 'error',
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'react/no-danger': 'off',
      'no-restricted-syntax': ['error', noDangerousHtml],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // React's rules of hooks, and effects that list what they read (https://react.dev/reference/rules/rules-of-hooks).
    files: ['src/**/*.tsx', 'src/taskpane/**/*.ts', 'tests/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // The model is pure: no Office, React, DOM, Node or clock.
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', '@fluentui/*', 'office-*', '@microsoft/*', 'node:*', 'fs', 'path'],
              message: 'src/model is pure: no Office, React, DOM or Node imports.',
            },
            { group: ['../*'], message: 'src/model imports nothing outside itself.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'Date', message: 'The model takes time as a parameter (asOf); it never reads the clock.' },
        { name: 'window', message: 'The model knows no DOM.' },
        { name: 'document', message: 'The model knows no DOM.' },
        { name: 'Office', message: 'The model knows no Office.' },
        { name: 'Excel', message: 'The model knows no Office.' },
      ],
    },
  },
  {
    // Only the workbook layer talks to Excel.
    files: ['src/taskpane/**/*.{ts,tsx}', 'src/functions/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'Excel', message: 'Excel.* belongs in src/workbook; call the WorkbookPort.' },
      ],
    },
  },
  {
    // The ledger's shape is free of Office; the files we hand out are built from it, never from the Excel adapter.
    files: ['src/ledgerLayout/**/*.ts', 'src/ledgerCopy/**/*.ts', 'src/reports/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../workbook', '../workbook/*'],
              message: 'Use src/ledgerLayout; src/workbook is the Excel adapter.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'Excel', message: 'No Office here: Excel.* belongs in src/workbook.' },
      ],
    },
  },
  {
    // Short units (#24): no function in src over 80 lines (blank lines and comments not counted).
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true }] },
  },
  {
    // Words only at the edge (#24): no CJK sentence in a throw, an Error(...) or a `message` field below the pane.
    files: NO_TEXT_IN_ERRORS_FILES,
    rules: { 'no-restricted-syntax': ['error', noDangerousHtml, ...noTextInErrors] },
  },
  {
    files: ['scripts/**/*.mjs', 'scripts/**/*.ts', 'tests/**/*.{ts,tsx}', 'bench/**/*.{ts,mjs}', '*.config.{ts,js}'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
