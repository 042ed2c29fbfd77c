// Lint rules for the whole project; the block for src/sim and src/content is what keeps the rules pure.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const impureModules = [
  'phaser',
  'howler',
  'localforage',
  'i18next',
  'i18next-*',
  'fake-indexeddb*',
];
const viewFolders = ['**/ui/**', '**/scenes/**', '**/services/**', '**/app/**', '**/main'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  prettier,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['scripts/**', 'tests/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // The simulation and content are pure: deterministic for a seed and a list of actions.
    files: ['src/sim/**/*.ts', 'src/content/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: impureModules,
              message: 'src/sim and src/content stay pure: no engine, audio, storage or i18n.',
            },
            { group: viewFolders, message: 'The rules must not know the views, services or app.' },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'Use the seeded PRNG kept in the game state.',
        },
        {
          object: 'Date',
          property: 'now',
          message: 'Time comes in as data, never from the clock.',
        },
        {
          object: 'performance',
          property: 'now',
          message: 'Time comes in as data, never from the clock.',
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date']", message: 'No clock in the rules.' },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'localStorage',
          'sessionStorage',
          'indexedDB',
          'fetch',
          'navigator',
          'setTimeout',
          'setInterval',
          'requestAnimationFrame',
          'process',
          'console',
        ].map((name) => ({
          name,
          message: `${name} is I/O or a clock: not allowed in the rules.`,
        })),
      ],
    },
  },
);
