import { createRequire } from 'node:module';
import type { Database } from '../../src/db/database';
import { releaseQueryPlans } from '../../src/db/prisma-plan-history';
import { freshDatabase } from '../test-database';

/** The debug history of the driver adapter this run uses (each adapter has its own @prisma/debug). */
function adapterLogs(): (chars?: number) => string {
  const pkg = process.env.DATABASE_URL ? '@prisma/adapter-pg' : 'pglite-prisma-adapter';
  const from = createRequire(createRequire(require.resolve(pkg)).resolve('@prisma/driver-adapter-utils'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the adapter's own instance
  return (require(from.resolve('@prisma/debug')) as { getLogs(chars?: number): string }).getLogs;
}

describe("Prisma's debug history after a bulk write", () => {
  let db: Database;
  beforeAll(async () => {
    db = await freshDatabase();
  });
  afterAll(() => db.close());

  it('holds the written values until released, and none of them after', async () => {
    const getLogs = adapterLogs();
    const marker = `bulk-marker-${Date.now()}`;
    const organisation = await db.prisma.organisation.create({
      data: { name: 'Historik Kommune', slug: `historik-${Date.now()}`, type: 'MUNICIPALITY' },
    });
    await db.prisma.unit.createMany({
      data: Array.from({ length: 50 }, (_, i) => ({
        organisationId: organisation.id,
        name: `${marker}-${i}`,
      })),
    });
    // Prisma keeps the statement with its values even though debugging is off.
    expect(getLogs(1_000_000)).toContain(marker);
    releaseQueryPlans();
    expect(getLogs(1_000_000)).not.toContain(marker);
  });
});
