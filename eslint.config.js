// Lint rules for the whole project: the layer table keeps imports one-way, and the block for src/sim and src/content keeps the rules pure.
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

/**
 * The layer graph: sim <- content <- services <- app <- (ui, scenes). Each folder lists the folders
 * and packages it must not import; src/main.ts and src/runtime.ts are the only modules that know
 * everything. tests/unit/layers.test.ts proves each line bites.
 */
const LAYERS = {
  sim: { folders: ['content', 'services', 'app', 'ui', 'scenes'], packages: impureModules },
  content: { folders: ['services', 'app', 'ui', 'scenes'], packages: impureModules },
  services: { folders: ['app', 'ui', 'scenes'], packages: ['phaser'] },
  app: { folders: ['ui', 'scenes'], packages: ['phaser', 'howler', 'localforage'] },
  ui: { folders: ['scenes'], packages: ['phaser', 'howler', 'localforage'] },
  scenes: { folders: ['ui'], packages: ['howler', 'localforage', 'i18next'] },
};
const ROOTS = ['main', 'runtime'];

/** Import patterns (gitignore style, matched against the import string) for a folder's forbidden neighbours. */
const folderPatterns = (folders) =>
  [...folders, ...ROOTS].flatMap((f) => [`**/${f}`, `**/${f}/**`, `**/${f}.ts`]);

const layerBlocks = Object.entries(LAYERS).map(([layer, { folders, packages }]) => ({
  files: [`src/${layer}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: folderPatterns(folders),
            message: `src/${layer} sits below ${folders.join(', ')}: imports go one way (docs/architecture.md).`,
          },
          ...(packages.length
            ? [{ group: packages, message: `src/${layer} must not use ${packages.join(', ')}.` }]
            : []),
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  prettier,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Browser code sees browser globals only; scripts, tests and configs run in Node.
    files: ['src/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['scripts/**', 'tests/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-console': 'off' },
  },
  ...layerBlocks,
  {
    // The simulation and content are pure: deterministic for a seed and a list of actions.
    files: ['src/sim/**/*.ts', 'src/content/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
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
