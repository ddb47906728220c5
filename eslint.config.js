import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'artifacts/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  regexp.configs['flat/recommended'],
  {
    rules: {
      // Every pattern must run in linear time on hostile input (issue 3); these catch super-linear shapes.
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'regexp/no-misleading-capturing-group': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Rule patterns are long vocabularies; an alternative that another already covers costs nothing at run time.
      'regexp/no-dupe-disjunctions': 'warn',
      'regexp/no-useless-quantifier': 'warn',
      'regexp/no-useless-assertions': 'warn',
      'regexp/no-contradiction-with-assertion': 'warn',
      'regexp/no-useless-non-capturing-group': 'warn',
    },
  },
  {
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // The analyzer and reply templates are pure: no DOM, no browser API, no UI (../shared/STYLE.md).
    files: ['src/analyzer/**', 'src/replies/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/linkedin/**', '**/content/**', '**/ui/**', '**/background/**'],
              message: 'The analyzer is pure.',
            },
            { group: ['webextension-polyfill', 'preact', 'preact/*'], message: 'The analyzer is pure.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'chrome', 'browser', 'navigator'],
    },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', document: 'readonly' },
    },
  },
);
