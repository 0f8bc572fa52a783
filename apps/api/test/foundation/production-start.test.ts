import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { readConfig } from '../../src/config';
import { openDatabase } from '../../src/db/database';
import { buildProduction, startServerProcess } from '../server-process';
import { TcpProxy } from '../tcp-proxy';
import { postgresDatabase } from '../test-database';
import { anOrganisation, TestClient } from '../test-server';

const SERVER_URL = process.env.DATABASE_URL;
const describePostgres = SERVER_URL ? describe : describe.skip;

/** The database a server process gets: a fresh PostgreSQL database when DATABASE_URL is set, else a PGlite folder. */
async function aDatabase(): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  if (SERVER_URL) {
    const target = await postgresDatabase(SERVER_URL);
    return { env: { DATABASE_URL: target.url }, drop: target.drop };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'overblik-start-'));
  return { env: { OVERBLIK_DATA_DIR: dir }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** A kept-alive connection: one /healthz answer, then `idleMs` of silence; was it closed by the server? */
async function idleConnection(url: URL, idleMs: number) {
  const socket = net.connect(Number(url.port), url.hostname);
  let closedByServer = false;
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
  socket.on('end', () => (closedByServer = true));
  const request = `GET /healthz HTTP/1.1\r\nHost: ${url.host}\r\nConnection: keep-alive\r\n\r\n`;
  socket.write(request);
  await new Promise((resolve) => setTimeout(resolve, idleMs));
  return {
    closedByServer,
    /** The status line of a second request on the same socket. */
    second: async () => {
      received = '';
      socket.write(request);
      for (let i = 0; i < 50 && !received.includes('\r\n'); i++) await new Promise((r) => setTimeout(r, 100));
      socket.destroy();
      return received;
    },
  };
}

beforeAll(() => buildProduction());

describe('the compiled production start (node apps/api/dist/main.js)', () => {
  it('on SIGTERM finishes the request in flight, refuses new ones, closes the pool and exits 0', async () => {
    const database = await aDatabase();
    const server = startServerProcess(database.env);
    try {
      const url = new URL(await server.listening());
      // A request in flight: headers and half the body sent before the signal, the rest after it.
      const body = JSON.stringify({ query: '{ contractToday }' });
      const inFlight = new Promise<{ status: number; text: string }>((resolve, reject) => {
        const req = http.request(
          {
            host: url.hostname,
            port: url.port,
            path: '/graphql',
            method: 'POST',
            headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
          },
          (res) => {
            let text = '';
            res.on('data', (c: Buffer) => (text += c.toString()));
            res.on('end', () => resolve({ status: res.statusCode!, text }));
          },
        );
        req.on('error', reject);
        req.write(body.slice(0, 10));
        server.line((l) => l.msg === 'shutting down').then(() => req.end(body.slice(10)), reject);
      });
      // The request is accepted (its connection open) before the signal.
      await new Promise((resolve) => setTimeout(resolve, 200));
      server.child.kill('SIGTERM');
      await server.line((l) => l.msg === 'shutting down');
      // New connections are refused once the server closed.
      await expect(fetch(`${url.origin}/healthz`)).rejects.toThrow();
      const done = await inFlight;
      expect(done.status).toBe(200);
      expect(JSON.parse(done.text)).toEqual({
        data: { contractToday: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
      });
      expect(await server.exited).toBe(0);
      expect(server.lines.map((l) => l.msg)).toContain('stopped');
      if (database.env.DATABASE_URL) {
        // The pool closed: no session of the process is left on the server.
        const name = new URL(database.env.DATABASE_URL).pathname.slice(1);
        const admin = new pg.Client({ connectionString: SERVER_URL });
        await admin.connect();
        const left = await admin.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [
          name,
        ]);
        await admin.end();
        expect(left.rows[0].n).toBe(0);
      }
    } finally {
      server.child.kill('SIGKILL');
      await database.drop();
    }
  });

  it("keeps an idle kept-alive connection open past Node's 5 s default, for HTTP_KEEP_ALIVE_SECONDS (65 unless set)", async () => {
    expect(readConfig({}).keepAliveSeconds).toBe(65);
    const database = await aDatabase();
    // 7 s instead of 65, so the test also sees the server close the connection when the time is up.
    const server = startServerProcess({ ...database.env, HTTP_KEEP_ALIVE_SECONDS: '7' });
    try {
      const url = new URL(await server.listening());
      // Idle 6 s after a first answer: with Node's default (5 s) the server would already have
      // closed the socket, and a client reusing it would read ECONNRESET.
      const kept = await idleConnection(url, 6_000);
      expect(kept.closedByServer).toBe(false);
      expect(await kept.second()).toMatch(/^HTTP\/1\.1 200/);
      // Past the setting the server closes the idle connection itself.
      const closed = await idleConnection(url, 9_000);
      expect(closed.closedByServer).toBe(true);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
      await database.drop();
    }
  }, 150_000); // a fresh embedded database migrates before it listens, then 15 s of idle connections

  it('refuses an invalid configuration at start with a message naming each variable, and no stack trace', async () => {
    const server = startServerProcess({
      PORT: 'fire',
      DATABASE_URL: 'mysql://db/overblik',
      DB_LOCK_TIMEOUT_MS: '-5',
    });
    expect(await server.exited).toBe(1);
    const message = server.stderr();
    expect(message).toContain('PORT: must be a whole number from 0 to 65535, got "fire"');
    expect(message).toContain('DATABASE_URL: must be a URL like postgresql://');
    expect(message).toContain('DB_LOCK_TIMEOUT_MS: must be a whole number');
    expect(message).not.toMatch(/\n\s+at /);
  });
});

describePostgres('a start while PostgreSQL is away (PostgreSQL only: skipped without DATABASE_URL)', () => {
  it('waits with backoff and serves once the database is back', async () => {
    const target = await postgresDatabase(SERVER_URL!);
    const pgUrl = new URL(target.url);
    const proxy = new TcpProxy(pgUrl.hostname, Number(pgUrl.port || 5432));
    await proxy.open();
    await proxy.cut();
    const server = startServerProcess({
      DATABASE_URL: proxy.through(target.url),
      DB_START_WAIT_SECONDS: '60',
    });
    try {
      const retry = await server.line((l) => l.msg === 'database not reachable, retrying' && l.attempt === 2);
      expect(Number(retry.retryInMs)).toBeGreaterThan(500); // the pause grows
      await proxy.open();
      const url = await server.listening();
      const ready = await fetch(`${url}/readyz`);
      expect(ready.status).toBe(200);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
      await proxy.cut();
      await target.drop();
    }
  });

  it('gives up after DB_START_WAIT_SECONDS with a clear message', async () => {
    const proxy = new TcpProxy('127.0.0.1', 1);
    await proxy.open();
    await proxy.cut();
    const server = startServerProcess({
      DATABASE_URL: `postgresql://overblik@127.0.0.1:${proxy.port}/overblik`,
      DB_START_WAIT_SECONDS: '1',
    });
    expect(await server.exited).toBe(1);
    expect(server.stderr()).toMatch(/gave up waiting for the database after \d+ s .*DB_START_WAIT_SECONDS=1/);
    expect(server.stderr()).not.toMatch(/\n\s+at /);
  });
});

describePostgres(
  'two API processes on one PostgreSQL database (PostgreSQL only: skipped without DATABASE_URL)',
  () => {
    it('a change written through one is read through the other on the next request, with the same session', async () => {
      const target = await postgresDatabase(SERVER_URL!);
      const a = startServerProcess({ DATABASE_URL: target.url });
      const b = startServerProcess({ DATABASE_URL: target.url });
      const setup = await openDatabase({ url: target.url });
      try {
        const [urlA, urlB] = await Promise.all([a.listening(), b.listening()]);
        const org = await anOrganisation(setup, 'toproc', { admin: ['ADMINISTRATOR'] });
        const throughA = new TestClient(urlA);
        await throughA.signIn(org.email('admin'));
        throughA.organisationId = org.org.id;
        const throughB = throughA.at(urlB);
        const units = '{ units { name } }';
        const before = await throughB.gql<{ units: { name: string }[] }>(units);
        expect(before.errors).toBeUndefined();
        expect(before.data!.units.map((u) => u.name)).not.toContain('Borgerservice');
        const created = await throughA.gql(
          'mutation { createUnit(input: { name: "Borgerservice" }) { id } }',
        );
        expect(created.errors).toBeUndefined();
        const after = await throughB.gql<{ units: { name: string }[] }>(units);
        expect(after.data!.units.map((u) => u.name)).toContain('Borgerservice');
        // Signing out through B ends the session for A as well.
        await throughB.gql('mutation { signOut }');
        expect((await throughA.gql(units)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      } finally {
        a.child.kill('SIGTERM');
        b.child.kill('SIGTERM');
        await Promise.all([a.exited, b.exited]);
        await setup.close();
        await target.drop();
      }
    });
  },
);
