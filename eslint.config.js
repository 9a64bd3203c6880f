// ESLint: typescript-eslint (type-aware), react-hooks, jsx-a11y and the import boundaries of
// DESIGN.md, enforced with import-x/no-restricted-paths (as bulletproof-react does).
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync('./src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const clientDirs = ['app', 'features', 'db', 'sync', 'pwa', 'ui', 'i18n'];
const below = (dirs) => dirs.map((dir) => `./src/${dir}`);

/** app → features → {db, sync, pwa, ui, lib, protocol, i18n}; server ↔ client only via protocol and lib. */
const zones = [
  // One feature never imports another: compose in src/app, or move the shared piece down.
  ...features.map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message: 'A feature never imports another feature (DESIGN.md): compose in src/app.',
  })),
  {
    target: below(['features', 'db', 'sync', 'pwa', 'ui', 'lib', 'protocol', 'i18n', 'server']),
    from: './src/app',
    message: 'Only src/app composes the app; nothing below imports it.',
  },
  {
    target: below(['db', 'sync', 'pwa', 'ui', 'lib', 'protocol', 'i18n', 'server']),
    from: './src/features',
    message: 'Shared layers never import a feature.',
  },
  {
    target: './src/server',
    from: below(clientDirs),
    message: 'The server imports only src/protocol, src/lib and src/content from the client side.',
  },
  {
    // Content the server also uses (the demo data seeds the introduction template).
    target: './src/content',
    from: below([...clientDirs, 'server']),
    message: 'src/content is plain data: it imports no client layer and no server code.',
  },
  {
    target: below([...clientDirs, 'lib', 'protocol']),
    from: './src/server',
    message: 'Nothing in the client imports src/server.',
  },
  {
    target: './src/protocol',
    from: below([...clientDirs, 'lib', 'server']),
    message: 'src/protocol imports only zod.',
  },
  {
    target: './src/lib',
    from: below([...clientDirs, 'protocol', 'server']),
    message: 'src/lib is the bottom layer.',
  },
  {
    target: './src/ui',
    from: below(['db', 'sync']),
    message: 'Presentational components do not touch storage or sync.',
  },
];

export default tseslint.config(
  {
    ignores: ['dist', 'node_modules', 'coverage', 'test-results', 'playwright-report', 'dev-dist'],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: './tsconfig.app.json' }),
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones }],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unnecessary-condition': [
        'error',
        { allowConstantLoopConditions: true },
      ],
    },
  },
  {
    // Components read through their feature's hooks; they never reach into storage or sync.
    files: ['src/features/*/components/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['dexie', 'dexie-react-hooks', '@/db/*', '@/sync/*', '../data/*'],
              allowTypeImports: true,
              message: 'Components use their feature hooks, not storage (DESIGN.md).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'scripts/**/*.ts', '*.config.{ts,js}'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-floating-promises': 'off',
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
