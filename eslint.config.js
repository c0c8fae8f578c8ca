// Lint: the layers' import boundaries (what each folder may import) plus typescript-eslint's
// recommended rules. Runs in `npm test`; a wrong-way import fails the build.
//   lib/          pure TypeScript: no browser API, never imports utils/, components/ or entrypoints/
//   utils/        browser glue: never imports components/ or entrypoints/
//   components/   Preact views and hooks: never call the browser themselves (they get a PanelApi)
//   entrypoints/  wiring
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const up = (dir) => [`**/${dir}`, `**/${dir}/**`, `../${dir}/*`, `../../${dir}/*`];
const BROWSER = ['wxt/browser', 'wxt/utils/*', '#imports', 'webextension-polyfill'];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', '.ci-out/**', 'demo-out/**', 'e2e-out/**', 'lib/classify/model.generated.ts', 'fixtures/**', 'scratch-tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2024, sourceType: 'module', globals: { ...globals.browser, ...globals.webextensions } },
    rules: {
      // `ok && run()` and `a ? b() : c()` as statements are this codebase's style.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Control characters in patterns are deliberate (cleaning page text and imports).
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['lib/**/*.ts'],
    ignores: ['lib/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: [...up('utils'), ...up('components'), ...up('entrypoints')], message: 'lib/ is the pure core: it never imports utils/, components/ or entrypoints/.' },
          { group: [...BROWSER, 'preact', 'preact/*', 'zustand', 'zustand/*'], message: 'lib/ uses no browser API and no view library.' },
        ],
      }],
      'no-restricted-globals': ['error',
        { name: 'chrome', message: 'lib/ uses no browser API (pass what it needs as a parameter).' },
        { name: 'browser', message: 'lib/ uses no browser API (pass what it needs as a parameter).' },
      ],
    },
  },
  {
    files: ['utils/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: [...up('components'), ...up('entrypoints')], message: 'utils/ is browser glue: it never imports components/ or entrypoints/.' }],
      }],
    },
  },
  {
    files: ['components/**/*.ts', 'components/**/*.tsx'],
    ignores: ['components/**/*.test.ts', 'components/**/*.test.tsx'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: up('entrypoints'), message: 'components/ are views: entrypoints wire them, not the other way round.' },
          { group: BROWSER, message: 'Views never call the browser: ask the PanelApi (components/api.ts).' },
        ],
      }],
      'no-restricted-globals': ['error', { name: 'chrome', message: 'Views never call the browser: ask the PanelApi.' }, { name: 'browser', message: 'Views never call the browser: ask the PanelApi.' }],
      // Views hand the database to lib/db (and lib/…) query functions; they never read or write a table themselves.
      'no-restricted-syntax': ['error', {
        selector: "MemberExpression[object.type='MemberExpression'][object.property.name='db']",
        message: 'Views never touch a table: call a query function of lib/db (or the lib module that owns the data) with api.db.',
      }],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.mjs', 'scripts/**/*.ts', 'e2e/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser, chrome: 'readonly' } },
  },
);
