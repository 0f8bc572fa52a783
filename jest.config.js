// One jest run for the whole monorepo: node projects for domain and api, jsdom for web.
// @swc/jest emits CommonJS with decorator metadata (type-graphql needs it).
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];
// ESM-only packages that must be transformed to CommonJS for jest.
const esm = ['fractional-indexing', 'openid-client', 'oauth4webapi', 'jose'];
const common = {
  transform: { '^.+\\.(t|j)sx?$': swc },
  transformIgnorePatterns: [`/node_modules/\\.pnpm/(?!(${esm.join('|')})@)`],
  moduleNameMapper: {
    '^@overblik/domain$': '<rootDir>/packages/domain/src/index.ts',
    '^@overblik/domain/testing$': '<rootDir>/packages/domain/src/testing/index.ts',
  },
};

module.exports = {
  // Per-project testTimeout is ignored by jest 30; API tests start real servers on real databases.
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'domain', testEnvironment: 'node', roots: ['<rootDir>/packages/domain/src'] },
    {
      ...common,
      displayName: 'api',
      testEnvironment: 'node',
      roots: ['<rootDir>/apps/api'],
    },
    {
      ...common,
      displayName: 'web',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/apps/web/src'],
      setupFiles: ['<rootDir>/apps/web/jest.setup.ts'],
      moduleNameMapper: { ...common.moduleNameMapper, '\\.(css)$': '<rootDir>/apps/web/test/style-mock.js' },
    },
  ],
};
