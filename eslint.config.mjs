import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Where Prisma may be used besides `*.repository.ts` (architecture convention 2), each with its reason.
 * Everything else reaches the database through a repository and holds only the `Db`/`Tx` handles.
 */
const prismaPlumbing = [
  'apps/api/src/db/**', // opens the database and runs migrations
  'apps/api/src/seed/**', // writes demo and synthetic data in bulk, bypassing the use cases on purpose
  'apps/api/src/context.ts', // hands the request's client to repositories and loaders
  'apps/api/src/shared/audit.ts', // the audit log's repository: writes inside the caller's transaction
  'apps/api/src/shared/enums.ts', // registers Prisma's enum objects as GraphQL enums (ADR 0003)
  'apps/api/src/shared/prisma-errors.ts', // maps Prisma's error codes to domain errors in one place
  'apps/api/src/shared/loaders.ts', // per-request DataLoaders: batched by-id reads
  'apps/api/src/**/*.loaders.ts', // the same, per module
  'apps/api/test/**', // tests arrange and inspect rows directly
  'bench/**', // benchmarks build large data sets directly
];

/** The web app's features; each may use its own files, `ui/`, `app/`, `gql/` and the domain, never another feature's. */
const features = readdirSync(new URL('./apps/web/src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * @param {string} feature
 * @returns {import('typescript-eslint').ConfigWithExtends}
 */
const featureBoundary = (feature) => ({
  files: [`apps/web/src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^(\\.\\./)+(features/)?(${features.filter((f) => f !== feature).join('|')})(/|$)`,
            message:
              'A feature imports only its own files, ui/, app/, gql/ and the domain; move shared pieces to ui/ or app/.',
          },
        ],
      },
    ],
  },
});

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'apps/web/src/gql/**',
      '.data/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // type-graphql resolvers are classes whose decorators reference types; explicit any stays banned.
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Type-aware rules, a deliberate subset: the bugs types can see (a promise nobody awaits, a
    // promise where a callback is expected, a switch that forgets a union member) without the
    // unsafe-* family, which mostly flags JSON and GraphQL results that are checked elsewhere.
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
      '@typescript-eslint/only-throw-error': 'error',
      '@typescript-eslint/prefer-promise-reject-errors': 'error',
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],
    },
  },
  ...features.map(featureBoundary),
  {
    // Shared primitives know no feature and no route.
    files: ['apps/web/src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(\\.\\./)+(features|routes)(/|$)', message: 'ui/ holds shared primitives only.' },
          ],
        },
      ],
    },
  },
  {
    // Prisma only in repositories (architecture convention 2).
    files: ['apps/api/**/*.ts'],
    ignores: ['apps/api/**/*.repository.ts', ...prismaPlumbing],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@prisma/*', '.prisma/*'],
              message:
                'Only repositories use Prisma; take the Db/Tx handle from db/handles and call a repository.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          // `ctx.prisma.system.findMany(…)` or `tx.contract.update(…)`: a query outside a repository.
          selector:
            "CallExpression > MemberExpression.callee > MemberExpression.object:matches([object.property.name='prisma'], [object.name=/^(prisma|tx|db)$/]):not([property.name='prisma'])",
          message: 'Only repositories query Prisma; move this query into the module’s repository.',
        },
      ],
    },
  },
  {
    // The domain package stays framework-free (architecture convention 1).
    files: ['packages/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['react', 'react-*', '@prisma/*', 'type-graphql', 'graphql', '@apollo/*', 'express'] },
      ],
    },
  },
  {
    files: ['**/*.cjs', 'jest.config.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
