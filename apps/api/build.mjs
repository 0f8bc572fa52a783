// `pnpm build` (API part): compiles the server and the operator CLI to plain JavaScript in
// apps/api/dist, so production runs `node dist/main.js` with no TypeScript tooling at run time
// (ADR 0030). esbuild is the compiler tsx already uses in development and tests, so the code that
// runs in production is compiled the same way (explicit GraphQL types; no decorator metadata needed).
// The workspace's own @overblik/domain (TypeScript source) is bundled in with its dependencies,
// which apps/api's node_modules does not hold; every other package stays an ordinary require from
// node_modules (Prisma's generated client, PGlite's wasm, native argon2).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import path from 'node:path';

const keepExternal = {
  name: 'node-modules-external',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@overblik/') || args.importer.includes(`${path.sep}packages${path.sep}`)
        ? undefined
        : { path: args.path, external: true },
    );
  },
};

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { main: 'src/main.ts', overblik: 'src/cli/overblik.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [keepExternal],
});
console.log('Built apps/api/dist (main.js, overblik.js)');
