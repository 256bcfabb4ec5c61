import { readdirSync, existsSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

// Code flows one way: app -> features -> shared (components, lib, domain).
// A feature never imports another feature; shared code never imports a feature or the app.
const features = existsSync('src/features')
  ? readdirSync('src/features', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
  : [];

// src/lib is framework-free, all of it.
const libAreas = existsSync('src/lib')
  ? readdirSync('src/lib').map((name) => `./src/lib/${name.replace(/\.tsx?$/, '')}`)
  : [];

// Zones by path, so a relative `../other-feature/...` is caught as well as an `@/` alias.
const FEATURE_MESSAGE =
  'A feature does not import another feature; move shared code to components, lib or domain.';
const boundaryZones = [
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: FEATURE_MESSAGE,
  })),
  { target: './src/features', from: './src/app', message: 'A feature does not import the app.' },
  {
    target: ['./src/components', './src/hooks', './src/lib', './src/domain'],
    from: ['./src/features', './src/app'],
    message: 'Shared code does not import features or the app.',
  },
  {
    target: ['./src/domain', ...libAreas],
    from: ['./src/components', './src/hooks'],
    message: 'The domain and lib depend on nothing above them.',
  },
  {
    target: './src/hooks',
    from: './src/components',
    message: 'Shared hooks do not import components.',
  },
  {
    target: ['./mocks', './server', './backend'],
    from: ['./src/features', './src/app', './src/components', './src/hooks'],
    message: 'The mock API and the server use the domain and lib only, never screens.',
  },
  {
    target: './backend',
    from: ['./mocks', './server'],
    message: 'backend/ is shared by the mock API and the server; it imports neither.',
  },
];

/** What app code (not tests) never imports: code only the API side or the tests run. */
const appOnlyZones = [
  ...boundaryZones,
  {
    target: './src',
    from: ['./backend', './src/test', './mocks/data', './mocks/handlers'],
    message:
      'The app does not bundle the generator, the column encoder or test code (the demo build reaches them through mocks/browser).',
  },
];

/** Test code: test files, their helpers (`*.test-utils.ts`) and the harness in src/test. */
const TEST_FILES = ['**/*.test.{ts,tsx}', '**/*.test-utils.{ts,tsx}', 'src/test/**'];

/** Packages the domain and lib never import: plain TypeScript that also runs in Workers and Node. */
const UI_FRAMEWORKS = ['react', 'react-dom', 'react-router', 'i18next', 'react-i18next'];
const UI_MESSAGE = 'The domain and lib are plain TypeScript: no UI framework.';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-app',
      'dist-e2e',
      'dist-smoke',
      'node_modules',
      'public/mockServiceWorker.js',
      'playwright-report',
      'test-results',
      'bench/results',
      'coverage',
      // Planted violations, linted on purpose by scripts/lint-boundaries.test.ts.
      '**/lint-fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'react-hooks/set-state-in-effect': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts', 'server/**/*.ts', 'backend/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // Imported files are parsed as TypeScript too, so a cycle through them is seen.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: boundaryZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: TEST_FILES,
    rules: { 'import-x/no-restricted-paths': ['error', { zones: appOnlyZones }] },
  },
  {
    // Components read their texts through useT (src/hooks/i18n.ts), which remembers them: a
    // filter click draws the same texts again, and i18next copies its options on every call.
    files: ['src/**/*.{ts,tsx}'],
    ignores: [...TEST_FILES, 'src/hooks/i18n.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'react-i18next',
              importNames: ['useTranslation'],
              message: 'Use useT from @/hooks/i18n: it remembers the texts it has given.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.{ts,tsx}', 'src/lib/**/*.{ts,tsx}'],
    ignores: TEST_FILES,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: UI_FRAMEWORKS.map((name) => ({ name, message: UI_MESSAGE })),
          patterns: [
            {
              group: [
                '@tanstack/*',
                'react-dom/*',
                'react/*',
                'react-router/*',
                'react-router-dom',
              ],
              message: UI_MESSAGE,
            },
          ],
        },
      ],
    },
  },
);
