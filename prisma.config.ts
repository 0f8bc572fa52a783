import path from 'node:path';
import { defineConfig, type PrismaConfig } from 'prisma/config';

type AdapterFactory = Awaited<ReturnType<Extract<PrismaConfig, { engine: 'js' }>['adapter']>>;

// Prisma 6.19 without native engines: the JS query compiler and a driver adapter at run time
// (apps/api/src/db). The CLI is only used offline: `generate` and `migrate diff`.
export default defineConfig({
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  engine: 'js',
  experimental: { adapter: true },
  adapter: async () => {
    const { PGlite } = await import('@electric-sql/pglite');
    const { PrismaPGlite } = await import('pglite-prisma-adapter');
    // pglite-prisma-adapter 0.6 types against driver-adapter-utils 6.10; the runtime contract is the
    // one Prisma 6.19 calls (as in apps/api/src/db/database.ts).
    return new PrismaPGlite(new PGlite()) as unknown as AdapterFactory;
  },
});
