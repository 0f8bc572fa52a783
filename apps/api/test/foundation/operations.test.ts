import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { createApp } from '../../src/app';
import { ConfigError, readConfig } from '../../src/config';
import { DEFAULT_LIMITS, openDatabase } from '../../src/db/database';
import { LogThrottle } from '../../src/shared/log-throttle';
import { RequestLog } from '../../src/shared/request-log';
import { createLogger } from '../../src/shared/logger';
import { claimScheduledRun } from '../../src/shared/scheduled-run.repository';
import { freshDatabase } from '../test-database';
import { TestClient } from '../test-server';

describe('configuration', () => {
  it('has working defaults for every setting', () => {
    const config = readConfig({});
    expect(config.port).toBe(4000);
    expect(config.database).toEqual(DEFAULT_LIMITS);
    expect(config.database.statementTimeoutMs).toBe(10_000);
    expect(config.database.lockTimeoutMs).toBe(5_000);
    expect(config.startWaitSeconds).toBe(60);
  });

  it('reads the database limits from the environment', () => {
    const config = readConfig({
      DB_STATEMENT_TIMEOUT_MS: '3000',
      DB_LOCK_TIMEOUT_MS: '1000',
      DB_POOL_ACQUIRE_TIMEOUT_MS: '2000',
      PG_POOL_MAX: '4',
      DB_START_WAIT_SECONDS: '0',
    });
    expect(config.database).toMatchObject({
      statementTimeoutMs: 3000,
      lockTimeoutMs: 1000,
      poolAcquireTimeoutMs: 2000,
      poolMax: 4,
    });
    expect(config.startWaitSeconds).toBe(0);
  });

  it('gives the embedded database the page cache configured, 32 MB unless told', async () => {
    expect(readConfig({}).database.pgliteSharedBuffersMb).toBe(32);
    const limits = readConfig({ PGLITE_SHARED_BUFFERS_MB: '24' }).database;
    const db = await openDatabase({ dataDir: null }, { limits });
    try {
      const [row] = await db.sql.query<{ shared_buffers: string }>('SHOW shared_buffers');
      expect(row.shared_buffers).toBe('24MB');
    } finally {
      await db.close();
    }
  });

  it('refuses invalid values with one line per variable, never echoing a URL that may hold a password', () => {
    const attempt = () =>
      readConfig({
        PORT: '80x',
        DATABASE_URL: 'postgres//secret-password@db',
        DB_STATEMENT_TIMEOUT_MS: '1.5',
        SMTP_URL: 'http://mail',
        OVERBLIK_DEMO: 'maybe',
      });
    expect(attempt).toThrow(ConfigError);
    let message = '';
    try {
      attempt();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split('\n').slice(1)).toEqual([
      '  PORT: must be a whole number from 0 to 65535, got "80x"',
      '  DATABASE_URL: must be a URL like postgresql://user:password@host:5432/overblik',
      '  SMTP_URL: must be a URL like smtp://user:password@mail.example.dk:587',
      '  OVERBLIK_DEMO: must be one of: on, off',
      '  DB_STATEMENT_TIMEOUT_MS: must be a whole number from 100 to 3600000, got "1.5"',
    ]);
    expect(message).not.toContain('secret-password');
  });

  it('refuses a lock timeout longer than the statement timeout, which could never apply', () => {
    expect(() => readConfig({ DB_STATEMENT_TIMEOUT_MS: '1000', DB_LOCK_TIMEOUT_MS: '2000' })).toThrow(
      /DB_LOCK_TIMEOUT_MS: must not exceed DB_STATEMENT_TIMEOUT_MS \(1000\)/,
    );
  });
});

describe('LogThrottle', () => {
  it('writes the first line of a kind, counts repeats within the window, and reports them on the next line', () => {
    let now = 0;
    const throttle = new LogThrottle(60_000, 2, () => now);
    expect(throttle.admit('a')).toEqual({ repeated: 0 });
    expect(throttle.admit('a')).toBeNull();
    expect(throttle.admit('a')).toBeNull();
    expect(throttle.admit('b')).toEqual({ repeated: 0 });
    now = 60_000;
    expect(throttle.admit('a')).toEqual({ repeated: 2 });
    expect(throttle.admit('a')).toBeNull();
    // A bounded number of kinds: a third forgets the oldest.
    expect(throttle.admit('c')).toEqual({ repeated: 0 });
    expect(throttle.admit('b')).toEqual({ repeated: 0 });
  });
});

describe('scheduled jobs across processes', () => {
  it('are claimed by exactly one caller per interval', async () => {
    const db = await freshDatabase();
    try {
      const claims = await Promise.all(
        [1, 2, 3, 4].map(() => claimScheduledRun(db.prisma, 'job', 3_600_000)),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
      expect(await claimScheduledRun(db.prisma, 'job', 3_600_000)).toBe(false);
      // Another job has its own claim; once the interval has passed, the job is due again.
      expect(await claimScheduledRun(db.prisma, 'other', 3_600_000)).toBe(true);
      await db.sql.query(
        `UPDATE "ScheduledRun" SET "lastRunAt" = now() - interval '1 hour' WHERE name = 'job'`,
      );
      expect(await claimScheduledRun(db.prisma, 'job', 3_600_000)).toBe(true);
    } finally {
      await db.close();
    }
  });
});

function collect() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: createLogger({ production: true, level: 'info', destination }) };
}

describe('the request log', () => {
  it('writes an unexpected error without its stack in production, with it in development', () => {
    const failure = {
      requestId: 'r-1',
      operation: 'Boom',
      codes: ['INTERNAL_SERVER_ERROR'],
      status: 200,
      durationMs: 3,
      cause: new Error('Invalid `prisma.x()` invocation:\n\n  → 12 code\nsomething broke'),
    };
    const production = collect();
    new RequestLog(production.logger, true).failed(failure);
    expect(production.lines).toEqual([
      expect.objectContaining({ level: 50, requestId: 'r-1', error: 'something broke' }),
    ]);
    expect(JSON.stringify(production.lines)).not.toContain('stack');
    const development = collect();
    new RequestLog(development.logger, false).failed(failure);
    expect((development.lines[0].err as { stack: string }).stack).toMatch(/\n\s+at /);
  });

  it('writes one JSON line per failed request with the request id the client got, and none for successes', async () => {
    const db = await freshDatabase();
    const lines: Record<string, unknown>[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    });
    const logger = createLogger({ production: true, level: 'info', destination });
    const app = await createApp({ ...readConfig(), production: true }, db, { logger });
    const server = app.express.listen(0);
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    try {
      const client = new TestClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
      const ok = await client.post('query Today { contractToday }');
      expect(ok.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      const refused = await client.post(
        'mutation SignIn { signIn(email: "a@b.dk", password: "nope-nope-1") { id } }',
      );
      const id = refused.headers.get('x-request-id');
      // A proxy's request id is kept.
      const bad = await client.post('{', {}, { 'x-request-id': 'proxy-id-12345' });
      expect(bad.headers.get('x-request-id')).toBe('proxy-id-12345');
      expect(lines.filter((l) => l.requestId === ok.headers.get('x-request-id'))).toEqual([]);
      expect(lines.filter((l) => l.requestId === id)).toEqual([
        expect.objectContaining({
          msg: 'request refused',
          operation: 'SignIn',
          codes: ['BAD_CREDENTIALS'],
          status: 200,
          durationMs: expect.any(Number),
        }),
      ]);
      expect(lines.filter((l) => l.requestId === 'proxy-id-12345')).toHaveLength(1);
      // The same failure again within a minute is counted, not written.
      await client.post('mutation SignIn { signIn(email: "a@b.dk", password: "nope-nope-1") { id } }');
      expect(lines.filter((l) => l.operation === 'SignIn')).toHaveLength(1);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.stop();
      await db.close();
    }
  });
});
