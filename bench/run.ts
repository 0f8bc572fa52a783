import 'reflect-metadata';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createApp } from '../apps/api/src/app';
import { readConfig } from '../apps/api/src/config';
import type { Database } from '../apps/api/src/db/database';
import { DEMO_PASSWORD } from '../apps/api/src/seed/demo-seed';
import type { GraphQLBenchCase } from './bench-case';
import { benchDatabase, type BenchDb, type Profile } from './bench-database';
import { measure } from './bench-stats';

/**
 * `pnpm bench [--db pglite|postgresql|both] [--profile large|national] [--only text] [--requests n]`
 * Runs every case in bench/cases/ against the real app over HTTP, single client and 10
 * concurrent, beside the same data read by raw SQL in the same run, and writes the figures to
 * bench/results/. Targets are reported, never asserted: these machines are noisy.
 */
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const dbs: BenchDb[] =
  arg('db', 'both') === 'both' ? ['pglite', 'postgresql'] : [arg('db', 'both') as BenchDb];
const profiles = arg('profile', 'all');
const only = arg('only', '');
const defaultRequests = Number(arg('requests', '200'));

async function loadCases(): Promise<GraphQLBenchCase[]> {
  const dir = path.join(__dirname, 'cases');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
  const cases: GraphQLBenchCase[] = [];
  for (const file of files)
    cases.push(...((await import(path.join(dir, file))) as { cases: GraphQLBenchCase[] }).cases);
  return cases.filter((c) => (profiles === 'all' || c.profile === profiles) && c.name.includes(only));
}

async function session(url: string, email: string, organisationId: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }',
      variables: { e: email, p: DEMO_PASSWORD },
    }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`Could not sign in as ${email}: ${await res.text()}`);
  return { cookie, organisationId };
}

async function runCase(db: Database, url: string, c: GraphQLBenchCase) {
  const [org] = await db.sql.query<{ id: string }>('SELECT id FROM "Organisation" WHERE slug = $1', [
    c.organisationSlug,
  ]);
  if (!org) throw new Error(`No organisation ${c.organisationSlug}`);
  const s = await session(url, c.user, org.id);
  const variables = typeof c.variables === 'function' ? await c.variables(db.sql) : (c.variables ?? {});
  const body = JSON.stringify({ query: c.query, variables });
  const send = async (): Promise<string> => {
    const res = c.download
      ? await fetch(`${url}${c.download(org.id)}`, { headers: { cookie: s.cookie } })
      : await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            cookie: s.cookie,
            'x-overblik-organisation': s.organisationId,
          },
          body,
        });
    // The client shares the machine's two cores with the server: it reads the body as text and
    // only checks for errors, instead of parsing megabytes of JSON it does not use.
    const text = await res.text();
    if (!res.ok || text.startsWith('{"errors"')) throw new Error(`${c.name}: ${text.slice(0, 300)}`);
    return text;
  };
  const requests = c.requests ?? defaultRequests;
  // Warm-up, and one full check that the operation returns data.
  // A download is checked by its status alone (send() refuses a failed one): it may not be JSON.
  const firstText = await send();
  if (!c.download) {
    const first = JSON.parse(firstText) as { data?: unknown; errors?: { message: string }[] };
    if (!first.data || first.errors) throw new Error(`${c.name}: ${first.errors?.[0].message ?? 'no data'}`);
  }
  for (let i = 0; i < 9; i++) await send();
  const prepare = c.beforeEach ? () => c.beforeEach!(db.sql, org.id) : undefined;
  const single = await measure(send, requests, 1, prepare);
  const concurrent = c.concurrent === false ? null : await measure(send, requests, 10, prepare);
  let raw = null;
  if (c.rawSql) {
    const rawSql = c.rawSql;
    raw = await measure(
      async () => {
        await db.sql.query(rawSql, [org.id]);
      },
      requests,
      1,
    );
  }
  const ratio = raw ? Math.round((single.latency.p50 / Math.max(raw.latency.p50, 0.01)) * 10) / 10 : null;
  const p95Met = c.targets?.p95Ms ? single.latency.p95 <= c.targets.p95Ms : null;
  const rpsMet = c.targets?.reqPerSec && concurrent ? concurrent.reqPerSec >= c.targets.reqPerSec : null;
  return {
    case: c.name,
    profile: c.profile,
    database: db.kind,
    single,
    concurrent,
    rawSql: raw,
    ratioToRawP50: ratio,
    targets: c.targets ?? null,
    p95Met,
    rpsMet,
  };
}

async function main() {
  process.env.RATE_LIMIT_PER_MINUTE = '10000000';
  const cases = await loadCases();
  const results = [];
  for (const kind of dbs) {
    for (const profile of ['large', 'national'] as Profile[]) {
      const forProfile = cases.filter((c) => c.profile === profile);
      if (!forProfile.length) continue;
      const db = await benchDatabase(kind, profile);
      const app = await createApp({ ...readConfig(), production: true }, db);
      const server = app.express.listen(0);
      // Keep idle client sockets open across a case's raw-SQL phase (tens of seconds on PGlite):
      // with Node's 5 s default the server closed them and the next case's first request failed.
      server.keepAliveTimeout = 10 * 60_000;
      await new Promise<void>((r) => server.once('listening', () => r()));
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      for (const c of forProfile) {
        try {
          const r = await runCase(db, url, c);
          results.push(r);
          const conc = r.concurrent
            ? `10 clients ${r.concurrent.reqPerSec} req/s p95 ${r.concurrent.latency.p95} ms`
            : '';
          console.log(
            `${kind.padEnd(10)} ${c.name.padEnd(40)} p50 ${r.single.latency.p50} p95 ${r.single.latency.p95} p99 ${r.single.latency.p99} ms, ${r.single.reqPerSec} req/s | ${conc}` +
              (r.ratioToRawP50 ? ` | ×${r.ratioToRawP50} raw SQL p50 (${r.rawSql!.latency.p50} ms)` : ''),
          );
        } catch (error) {
          console.error(
            `${kind} ${c.name} failed: ${(error as Error).message} ${String((error as Error).cause ?? '')}`,
          );
          results.push({ case: c.name, profile, database: kind, error: (error as Error).message });
        }
      }
      server.close();
      await app.stop();
      await db.close();
    }
  }
  const dir = path.join(__dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const report = JSON.stringify({ at: new Date().toISOString(), node: process.version, results }, null, 2);
  writeFileSync(path.join(dir, `${stamp}.json`), report);
  writeFileSync(path.join(dir, 'latest.json'), report);
  console.log(`\nWrote bench/results/${stamp}.json`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
