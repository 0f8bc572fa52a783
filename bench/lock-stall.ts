import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { REPO_ROOT } from '../apps/api/src/config';
import { openDatabase } from '../apps/api/src/db/database';
import { runMigrations } from '../apps/api/src/db/migrations';
import { hashPassword } from '../apps/api/src/modules/auth/auth.service';
import { latencyStats } from './bench-stats';

/**
 * `pnpm bench:stall [--hold 20]` (PostgreSQL: DATABASE_URL or the local test server). The issue's
 * fault probe, repeated: the compiled production server runs in its own process with the default
 * limits (statement 10 s, lock 5 s, pool 10, acquire 5 s); this process holds
 * `LOCK TABLE "Contract" IN ACCESS EXCLUSIVE MODE` for `--hold` seconds while it sends contract
 * queries (which must end with 503 within the lock timeout) and, every 100 ms, /healthz, /readyz and
 * a query that does not touch contracts (which must keep answering). Reports, never asserts.
 */
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const HOLD_SECONDS = Number(arg('hold', '20'));
const BLOCKED_CLIENTS = Number(arg('blocked', '12'));
const SERVER_URL = process.env.DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/test';
const PASSWORD = 'bench-password-1';

async function freshDatabase() {
  const name = 'overblik_bench_stall';
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  const db = await openDatabase({ url: url.toString() });
  await runMigrations(db.sql);
  const org = await db.prisma.organisation.create({
    data: { name: 'Stall Kommune', slug: 'stall', type: 'MUNICIPALITY' },
  });
  await db.prisma.unit.create({ data: { organisationId: org.id, name: 'IT' } });
  const user = await db.prisma.user.create({
    data: { email: 'admin@stall.test', name: 'Admin', passwordHash: await hashPassword(PASSWORD) },
  });
  await db.prisma.membership.create({
    data: { userId: user.id, organisationId: org.id, roles: ['ADMINISTRATOR'] },
  });
  await db.close();
  return { url: url.toString(), organisationId: org.id };
}

function startServer(databaseUrl: string): Promise<{ url: string; stop(): Promise<void> }> {
  const api = path.join(REPO_ROOT, 'apps/api');
  const child = spawn(process.execPath, ['build.mjs'], { cwd: api, stdio: 'ignore' });
  return new Promise((resolve, reject) => {
    child.once('exit', () => {
      const server = spawn(process.execPath, ['dist/main.js'], {
        cwd: api,
        env: {
          PATH: process.env.PATH,
          NODE_ENV: 'production',
          PORT: '0',
          DATABASE_URL: databaseUrl,
          OVERBLIK_DEMO: 'off',
          RATE_LIMIT_PER_MINUTE: '1000000',
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let buffer = '';
      server.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const match = /"port":(\d+)[^\n]*"msg":"listening"/.exec(buffer);
        if (!match) return;
        resolve({
          url: `http://127.0.0.1:${match[1]}`,
          stop: () =>
            new Promise((done) => {
              server.once('exit', () => done());
              server.kill('SIGTERM');
            }),
        });
      });
      server.once('exit', (code) => reject(new Error(`server exited (${code})`)));
    });
  });
}

async function main() {
  const target = await freshDatabase();
  const server = await startServer(target.url);
  const signIn = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation { signIn(email: "admin@stall.test", password: "${PASSWORD}") { id } }`,
    }),
  });
  const headers = {
    'content-type': 'application/json',
    cookie: signIn.headers.get('set-cookie')!.split(';')[0],
    'x-overblik-organisation': target.organisationId,
  };
  const gql = (query: string) =>
    fetch(`${server.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query }) });
  const timed = async (send: () => Promise<Response>) => {
    const started = performance.now();
    const res = await send();
    await res.text();
    return {
      ms: performance.now() - started,
      status: res.status,
      retryAfter: res.headers.get('retry-after'),
    };
  };
  const unrelated = () => gql('{ units { name } mySessions { id } }');
  const contracts = () => gql('{ contracts { totalCount } }');
  const probes = {
    healthz: () => fetch(`${server.url}/healthz`),
    readyz: () => fetch(`${server.url}/readyz`),
    unrelatedQuery: unrelated,
  };
  // Warm-up and a baseline without the lock.
  const baseline: Record<string, number[]> = {
    healthz: [],
    readyz: [],
    unrelatedQuery: [],
    contractQuery: [],
  };
  for (let i = 0; i < 30; i++) {
    for (const [name, send] of Object.entries(probes)) baseline[name].push((await timed(send)).ms);
    baseline.contractQuery.push((await timed(contracts)).ms);
  }

  const locker = new pg.Client({ connectionString: target.url });
  await locker.connect();
  await locker.query('BEGIN');
  await locker.query('LOCK TABLE "Contract" IN ACCESS EXCLUSIVE MODE');
  const lockedAt = performance.now();
  const during: Record<string, number[]> = { healthz: [], readyz: [], unrelatedQuery: [] };
  const statuses: Record<string, Record<number, number>> = { healthz: {}, readyz: {}, unrelatedQuery: {} };
  const blocked: { ms: number; status: number; retryAfter: string | null }[] = [];
  // Contract queries throughout the hold, BLOCKED_CLIENTS at a time: more than the pool holds.
  const blockers = Array.from({ length: BLOCKED_CLIENTS }, async () => {
    while (performance.now() - lockedAt < HOLD_SECONDS * 1000 - 6_000) blocked.push(await timed(contracts));
  });
  const prober = (async () => {
    while (performance.now() - lockedAt < HOLD_SECONDS * 1000) {
      for (const [name, send] of Object.entries(probes)) {
        const r = await timed(send);
        during[name].push(r.ms);
        statuses[name][r.status] = (statuses[name][r.status] ?? 0) + 1;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  await Promise.all([...blockers, prober]);
  await locker.query('ROLLBACK');
  await locker.end();
  const after = await timed(contracts);
  await server.stop();

  const max = (xs: number[]) => Math.round(Math.max(...xs));
  const report = {
    at: new Date().toISOString(),
    scenario: `LOCK TABLE "Contract" IN ACCESS EXCLUSIVE MODE held ${HOLD_SECONDS} s; ${BLOCKED_CLIENTS} clients sending contract queries; default limits`,
    baseline: Object.fromEntries(Object.entries(baseline).map(([k, v]) => [k, latencyStats(v)])),
    duringLock: Object.fromEntries(
      Object.entries(during).map(([k, v]) => [k, { ...latencyStats(v), max: max(v), statuses: statuses[k] }]),
    ),
    blockedContractQueries: {
      ...latencyStats(blocked.map((b) => b.ms)),
      max: max(blocked.map((b) => b.ms)),
      statuses: blocked.reduce<Record<number, number>>(
        (s, b) => ({ ...s, [b.status]: (s[b.status] ?? 0) + 1 }),
        {},
      ),
      retryAfter: [...new Set(blocked.map((b) => b.retryAfter))],
    },
    contractQueryAfterRelease: { ms: Math.round(after.ms), status: after.status },
  };
  console.log(JSON.stringify(report, null, 2));
  const dir = path.join(REPO_ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, `lock-stall-${report.at.replace(/[:.]/g, '-')}.json`),
    JSON.stringify(report, null, 2),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
