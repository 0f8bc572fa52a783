import path from 'node:path';
import { defineConfig } from 'prisma/config';

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
    return new PrismaPGlite(new PGlite());
  },
});
