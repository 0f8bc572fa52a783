import { migrationState, runMigrations } from '../../src/db/migrations';
import { freshDatabase } from '../test-database';
import { startTestServer } from '../test-server';

describe('migrations on an empty database', () => {
  it('creates the whole schema once and applies nothing the second time', async () => {
    const db = await freshDatabase(); // already migrated once by the helper
    try {
      expect(await runMigrations(db.sql)).toEqual([]);
      const state = await migrationState(db.sql);
      expect(state.pending).toEqual([]);
      expect(state.applied).toContain('20261127000000_init');
      const tables = await db.sql.query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
      );
      const names = tables.map((t) => t.table_name);
      for (const table of [
        'Organisation',
        'SystemUsage',
        'UsageDataSource',
        'Contract',
        'Project',
        'Benefit',
        'AuditEntry',
      ]) {
        expect(names).toContain(table);
      }
      // Editable rows carry a version.
      const versioned = await db.sql.query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'version'",
      );
      expect(versioned.map((v) => v.table_name)).toEqual(
        expect.arrayContaining(['SystemUsage', 'Contract', 'Project', 'Benefit', 'Unit', 'Membership']),
      );
    } finally {
      await db.close();
    }
  });

  it('reports the database kind and migration state on /readyz; /healthz only says the process is alive', async () => {
    const server = await startTestServer();
    try {
      const alive = await fetch(`${server.url}/healthz`);
      expect(alive.status).toBe(200);
      expect(await alive.json()).toEqual({ status: 'ok' });
      const res = await fetch(`${server.url}/readyz`);
      const body = (await res.json()) as {
        status: string;
        database: string;
        migrations: { applied: number; pending: string[] };
      };
      expect(res.status).toBe(200);
      expect(body.status).toBe('ready');
      expect(body.migrations.applied).toBeGreaterThan(10);
      expect(body.database).toBe(process.env.DATABASE_URL ? 'postgresql' : 'pglite');
      expect(body.migrations.pending).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
