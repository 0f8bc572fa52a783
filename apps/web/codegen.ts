import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents from the committed SDL (never from a running server). Run `pnpm codegen` after
 * changing an operation or fragment; the generated `src/gql/` is committed and checked for drift.
 */
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: {
        // `useFragment` is not a React hook; the neutral name keeps the hooks lint rule meaningful.
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
      },
      config: {
        useTypeImports: true,
        // Enums as string-literal unions (this version's replacement for `enumsAsTypes: true`).
        enumType: 'string-literal',
        scalars: {
          LocalDate: 'string',
          DateTimeISO: 'string',
          DateTime: 'string',
          UUID: 'string',
          JSONObject: 'Record<string, unknown>',
        },
      },
    },
  },
};

export default config;
