import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pg from 'pg';
import { createApp, type App } from '../../src/app';
import { readConfig } from '../../src/config';
import { openDatabase, type Database, type DatabaseLimits } from '../../src/db/database';
import { runMigrations } from '../../src/db/migrations';
import { createLogger } from '../../src/shared/logger';
import { translate } from '../../src/shared/messages';
import { TcpProxy } from '../tcp-proxy';
import { postgresDatabase } from '../test-database';
import { anOrganisation, TestClient } from '../test-server';

const SERVER_URL = process.env.DATABASE_URL;
const describePostgres = SERVER_URL ? describe : describe.skip;

const CONTRACTS = '{ contracts { totalCount } }';
const SESSIONS = '{ mySessions { id } }';

/** The app over `url` with short limits, its log lines collected. */
async function serve(url: string, limits: Partial<DatabaseLimits>) {
  const db = await openDatabase({ url }, { limits });
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  const logger = createLogger({ production: true, level: 'info', destination });
  const app: App = await createApp({ ...readConfig(), production: true }, db, { logger });
  const server = app.express.listen(0);
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  return {
    db,
    lines,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.stop();
      await db.close();
    },
  };
}

/** Nothing a client should ever see: driver and ORM wording, hosts, ports, internal fields. */
function expectNoInternals(text: string, port: number) {
  for (const leak of [
    '127.0.0.1',
    'localhost',
    `:${port}`,
    'prisma',
    'Invalid `',
    'ECONN',
    'pending',
    'error.',
  ]) {
    expect(text.toLowerCase()).not.toContain(leak.toLowerCase());
  }
}

async function expectDatabaseRefusal(res: Response, code: string, locale: 'da' | 'en', port: number) {
  const text = await res.text();
  expect(res.status).toBe(503);
  const seconds = Number(res.headers.get('retry-after'));
  expect(seconds).toBeGreaterThan(0);
  const body = JSON.parse(text) as { errors: { message: string; extensions: Record<string, unknown> }[] };
  const key = code === 'DATABASE_BUSY' ? 'error.databaseBusy' : 'error.databaseUnavailable';
  expect(body.errors).toEqual([
    expect.objectContaining({ message: translate(locale, key, { seconds }), extensions: { code } }),
  ]);
  expectNoInternals(text, port);
}

describePostgres('a stalled or lost database (PostgreSQL only: skipped without DATABASE_URL)', () => {
  let target: { url: string; drop(): Promise<void> };
  let proxy: TcpProxy;
  let app: Awaited<ReturnType<typeof serve>>;
  let email: (key: string) => string;
  let organisationId: string;
  let setup: Database;

  beforeAll(async () => {
    target = await postgresDatabase(SERVER_URL!);
    setup = await openDatabase({ url: target.url });
    await runMigrations(setup.sql);
    const org = await anOrganisation(setup, 'udfald', { admin: ['ADMINISTRATOR'] });
    email = org.email;
    organisationId = org.org.id;
    const pgUrl = new URL(target.url);
    proxy = new TcpProxy(pgUrl.hostname, Number(pgUrl.port || 5432));
    await proxy.open();
    app = await serve(proxy.through(target.url), {
      lockTimeoutMs: 1_000,
      statementTimeoutMs: 2_000,
      poolAcquireTimeoutMs: 2_000,
    });
  });

  afterAll(async () => {
    await app?.close();
    await proxy?.cut();
    await setup?.close();
    await target?.drop();
  });

  async function signedIn(locale: 'da' | 'en') {
    const client = new TestClient(app.url);
    client.locale = locale;
    await client.signIn(email('admin'));
    client.organisationId = organisationId;
    return client;
  }

  it('with the contract table locked, other queries and /healthz answer, and contract queries end with 503, Retry-After and a localised message', async () => {
    const [da, en] = [await signedIn('da'), await signedIn('en')];
    const locker = new pg.Client({ connectionString: target.url });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE "Contract" IN ACCESS EXCLUSIVE MODE');
      const [blockedDa, blockedEn, sessions, health, ready, ...more] = await Promise.all([
        da.post(CONTRACTS),
        en.post(CONTRACTS),
        da.post(SESSIONS),
        fetch(`${app.url}/healthz`),
        fetch(`${app.url}/readyz`),
        da.post(CONTRACTS),
        en.post(CONTRACTS),
        da.post(CONTRACTS),
        en.post(CONTRACTS),
      ]);
      for (const res of more) expect(res.status).toBe(503);
      expect(sessions.status).toBe(200);
      expect(
        ((await sessions.json()) as { data: { mySessions: unknown[] } }).data.mySessions.length,
      ).toBeGreaterThan(0);
      expect(health.status).toBe(200);
      expect(ready.status).toBe(200);
      await expectDatabaseRefusal(blockedDa, 'DATABASE_BUSY', 'da', proxy.port);
      await expectDatabaseRefusal(blockedEn, 'DATABASE_BUSY', 'en', proxy.port);
      // One log line per failed request, with the id the client was given; identical failures within
      // a minute are counted, not repeated; no stack trace.
      const ids = [blockedDa, blockedEn, ...more].map((r) => r.headers.get('x-request-id'));
      const logged = app.lines.filter((l) => ids.includes(l.requestId as string));
      expect(logged).toEqual([
        expect.objectContaining({ msg: 'request failed', codes: ['DATABASE_BUSY'], status: 503, level: 50 }),
      ]);
      expect(JSON.stringify(logged)).not.toMatch(/\n\s+at /);
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
    }
    // The lock released, the same request succeeds.
    const after = (await da.gql<{ contracts: { totalCount: number } }>(CONTRACTS)).data;
    expect(after?.contracts.totalCount).toBe(0);
  });

  /**
   * Backends of this database waiting for a lock, polled until `until` holds (or 5 s pass). On a
   * connection of its own outside any transaction: inside one, pg_stat_activity is a snapshot taken
   * at its first read and would never change.
   */
  async function lockWaiters(until: (n: number) => boolean) {
    const watcher = new pg.Client({ connectionString: target.url });
    await watcher.connect();
    try {
      let n = 0;
      for (let i = 0; i < 200; i++) {
        const { rows } = await watcher.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        n = rows[0].n;
        if (until(n)) break;
        await new Promise((r) => setTimeout(r, 25));
      }
      return n;
    } finally {
      await watcher.end();
    }
  }

  it('20 concurrent requests for the same uncached answer run it once: the others wait for that answer, not for a turn', async () => {
    // A longer lock timeout than the other cases, so a slow machine cannot turn the wait into a
    // refusal; the queue for a turn still gives up after 100 ms (statement − lock − 1 s, at least 100).
    const patient = await serve(target.url, { lockTimeoutMs: 8_000, statementTimeoutMs: 9_000 });
    const locker = new pg.Client({ connectionString: target.url });
    await locker.connect();
    try {
      const da = new TestClient(patient.url);
      await da.signIn(email('admin'));
      da.organisationId = organisationId;
      await da.gql('mutation { createUnit(input: { name: "Kold cache" }) { id } }'); // a new data version
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE "Contract" IN ACCESS EXCLUSIVE MODE');
      const all = Promise.all(Array.from({ length: 20 }, () => da.post(CONTRACTS)));
      expect(await lockWaiters((n) => n > 0)).toBe(1);
      await new Promise((r) => setTimeout(r, 400));
      expect(await lockWaiters(() => true)).toBe(1); // not one per turn of the bulkhead (5)
      await locker.query('ROLLBACK');
      for (const res of await all) {
        expect(res.status).toBe(200);
        const body = (await res.json()) as { data: { contracts: { totalCount: number } } };
        expect(body.data.contracts.totalCount).toBe(0);
      }
    } finally {
      await locker.end();
      await patient.close();
    }
  });

  it('when that one run is refused, the requests waiting for it get the same refusal at once instead of running into it again', async () => {
    const patient = await serve(target.url, { lockTimeoutMs: 3_000, statementTimeoutMs: 4_000 });
    const locker = new pg.Client({ connectionString: target.url });
    await locker.connect();
    try {
      const en = new TestClient(patient.url);
      en.locale = 'en';
      await en.signIn(email('admin'));
      en.organisationId = organisationId;
      await en.gql('mutation { createUnit(input: { name: "Kold cache 2" }) { id } }');
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE "Contract" IN ACCESS EXCLUSIVE MODE');
      const all = Promise.all(Array.from({ length: 10 }, () => en.post(CONTRACTS)));
      expect(await lockWaiters((n) => n > 0)).toBe(1);
      const answers = await all; // the lock outlives the 3 s lock timeout
      // Had the waiters each run after the refusal, one would be waiting for the lock now.
      expect(await lockWaiters(() => true)).toBe(0);
      for (const res of answers) await expectDatabaseRefusal(res, 'DATABASE_BUSY', 'en', 5432);
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
      await patient.close();
    }
  });

  it('with the database cut off, answers 503 with Retry-After and no internals, and recovers when it is back', async () => {
    const client = await signedIn('en');
    await proxy.cut();
    try {
      // Signed in: the session read fails before GraphQL runs.
      await expectDatabaseRefusal(await client.post(CONTRACTS), 'DATABASE_UNAVAILABLE', 'en', proxy.port);
      // Anonymous: the resolver's query fails inside GraphQL.
      const anonymous = new TestClient(app.url);
      const signIn = await anonymous.post(
        'mutation { signIn(email: "a@b.dk", password: "whatever-1") { id } }',
      );
      await expectDatabaseRefusal(signIn, 'DATABASE_UNAVAILABLE', 'da', proxy.port);
      expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
      const ready = await fetch(`${app.url}/readyz`);
      expect(ready.status).toBe(503);
      expectNoInternals(await ready.text(), proxy.port);
    } finally {
      await proxy.open();
    }
    // Back: the pool replaces its broken connections; waits for visible state, no fixed sleep.
    let result = await client.gql<{ contracts: { totalCount: number } }>(CONTRACTS);
    for (let i = 0; i < 20 && result.errors; i++) result = await client.gql(CONTRACTS);
    expect(result.errors).toBeUndefined();
    expect(result.data?.contracts.totalCount).toBe(0);
  });
});

describePostgres(
  'transactions that cannot start under load (PostgreSQL only: skipped without DATABASE_URL)',
  () => {
    it('answer 503 DATABASE_BUSY with Retry-After (Prisma P2028) and change nothing; the others succeed', async () => {
      const target = await postgresDatabase(SERVER_URL!);
      const setup = await openDatabase({ url: target.url });
      await runMigrations(setup.sql);
      const org = await anOrganisation(setup, 'travl', { admin: ['ADMINISTRATOR'] });
      // One connection, and a transaction may wait 1 ms for it: concurrent writes cannot all start.
      const app = await serve(target.url, {
        poolMax: 1,
        transactionMaxWaitMs: 1,
        poolAcquireTimeoutMs: 10_000,
      });
      try {
        const client = new TestClient(app.url);
        await client.signIn(org.email('admin'));
        client.organisationId = org.org.id;
        const responses = await Promise.all(
          Array.from({ length: 12 }, (_, i) =>
            client.post(`mutation { createUnit(input: { name: "Enhed ${i}" }) { id } }`),
          ),
        );
        const busy = responses.filter((r) => r.status === 503);
        const created = responses.filter((r) => r.status === 200);
        expect(busy.length).toBeGreaterThan(0);
        expect(busy.length + created.length).toBe(responses.length);
        for (const res of busy) await expectDatabaseRefusal(res, 'DATABASE_BUSY', 'da', 5432);
        for (const res of created)
          expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
        const units = await setup.prisma.unit.count({
          where: { organisationId: org.org.id, name: { startsWith: 'Enhed ' } },
        });
        expect(units).toBe(created.length);
      } finally {
        await app.close();
        await setup.close();
        await target.drop();
      }
    });
  },
);
