import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEMO_PASSWORD } from '../../apps/api/src/seed/demo-seed';
import type { BenchSql, GraphQLBenchCase } from '../bench-case';
import { benchDatabase, benchDatabaseUrl } from '../bench-database';
import { latencyStats } from '../bench-stats';
import { cases as benefitCases } from '../cases/benefits';
import { cases as contractCases } from '../cases/contracts';
import { cases as foundationCases } from '../cases/foundation';
import { cases as landscapeCases } from '../cases/landscape';
import { cases as portfolioCases } from '../cases/portfolio';
import type { LoadOrder, LoadResult } from './load-client';

/**
 * `pnpm bench --only load [--seconds 20] [--port 4106]`: the API under load on the `large` profile on
 * PostgreSQL (issue 13). Three processes besides this one: the API (api-process.ts), autocannon
 * (load-client.ts) and a /healthz poller (healthz-poller.ts), so the generator's own work never
 * slows the server it measures. Figures are reported beside their targets, never asserted.
 */
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const SECONDS = Number(arg('seconds', '20'));
const PORT = Number(arg('port', '4106'));
const URL_ = `http://127.0.0.1:${PORT}`;
const USER = 'bench@storby.dk';

function child(file: string, args: string[] = [], env: NodeJS.ProcessEnv = process.env, gc = false) {
  const proc = fork(path.join(__dirname, file), args, {
    env,
    execArgv: ['--import', 'tsx', ...(gc ? ['--expose-gc'] : [])],
  });
  const ready = new Promise<void>((resolve, reject) => {
    proc.once('message', () => resolve());
    proc.once('exit', (code) => reject(new Error(`${file} exited with ${code}`)));
  });
  return { proc, ready };
}

const reply = <T>(proc: ChildProcess, message: unknown) =>
  new Promise<T>((resolve) => {
    proc.once('message', (m) => resolve(m as T));
    proc.send(message as string);
  });

const pick = (cases: GraphQLBenchCase[], prefix: string) => cases.find((c) => c.name.startsWith(prefix))!;

async function body(c: GraphQLBenchCase, sql: BenchSql) {
  const variables = typeof c.variables === 'function' ? await c.variables(sql) : (c.variables ?? {});
  return JSON.stringify({ query: c.query, variables });
}

async function signIn(): Promise<string> {
  const res = await fetch(`${URL_}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }',
      variables: { e: USER, p: DEMO_PASSWORD },
    }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`Could not sign in: ${await res.text()}`);
  return cookie;
}

/** autocannon in its own process for one order; /healthz polled in a third one meanwhile. */
async function load(order: Omit<LoadOrder, 'url'>) {
  const poller = child('healthz-poller.ts', [URL_]);
  await poller.ready;
  const client = child('load-client.ts');
  await client.ready;
  const result = await reply<LoadResult>(client.proc, { ...order, url: URL_ });
  const healthz = await reply<{ samples: number[]; failures: number }>(poller.proc, 'stop');
  return { ...result, healthz: { ...latencyStats(healthz.samples), failures: healthz.failures } };
}

/** The same rows by raw SQL, one query at a time for the given seconds. */
async function rawSql(sql: BenchSql, query: string, organisationId: string, seconds: number) {
  const samples: number[] = [];
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    const started = performance.now();
    await sql.query(query, [organisationId]);
    samples.push(performance.now() - started);
  }
  return { reqPerSec: Math.round((samples.length / seconds) * 10) / 10, latency: latencyStats(samples) };
}

async function main() {
  const db = await benchDatabase('postgresql', 'large');
  const [org] = await db.sql.query<{ id: string }>(`SELECT id FROM "Organisation" WHERE slug = 'storby'`);
  const api = child(
    'api-process.ts',
    [],
    { ...process.env, DATABASE_URL: benchDatabaseUrl('large'), PORT: String(PORT), NODE_ENV: 'production' },
    true,
  );
  await api.ready;
  const report: Record<string, unknown> = {
    at: new Date().toISOString(),
    node: process.version,
    seconds: SECONDS,
  };
  try {
    const cookies: string[] = [];
    for (let i = 0; i < 50; i++) cookies.push(await signIn());

    const landscapeQuery = pick(foundationCases, 'landscape query');
    const graph = pick(landscapeCases, 'landscape graph');
    const impact = pick(landscapeCases, 'impact analysis: most-used copy');
    const contracts = pick(contractCases, 'contract overview');
    const board = pick(portfolioCases, 'portfolio board');
    const dashboard = pick(benefitCases, 'benefit dashboard by project (');
    const reads = {
      landscape: await body(graph, db.sql),
      impact: await body(impact, db.sql),
      contracts: await body(contracts, db.sql),
      board: await body(board, db.sql),
      dashboard: await body(dashboard, db.sql),
    };
    // Two writes, alternating: a person (feeds the board alone) and a unit (feeds every read model,
    // as a change to the landscape does), so the mix is not tuned to the per-area versions (ADR 0036).
    const writes = [
      JSON.stringify({
        query: 'mutation LoadWrite($input: PersonCreateInput!) { createPerson(input: $input) { id } }',
        variables: { input: { name: 'Belastning Bentsen', weeklyCapacityHours: 37 } },
      }),
      JSON.stringify({
        query: 'mutation LoadWriteUnit($input: UnitCreateInput!) { createUnit(input: $input) { id } }',
        variables: { input: { name: 'Belastningsenhed #N#' } },
      }),
    ];
    // 40 requests a cycle: eight of each read, or a write in place of two of the dashboards (5 % writes).
    const cycle = (withWrites: boolean) =>
      (['landscape', 'impact', 'contracts', 'board', 'dashboard'] as const).flatMap((name) =>
        Array.from({ length: 8 }, (_, i) =>
          withWrites && name === 'dashboard' && (i === 3 || i === 7)
            ? { name: 'write', body: writes[i === 3 ? 0 : 1], write: true }
            : { name, body: reads[name] },
        ),
      );
    const order = (connections: number, withWrites: boolean): Omit<LoadOrder, 'url'> => ({
      connections,
      durationSeconds: SECONDS,
      cookies: cookies.slice(0, connections),
      organisationId: org.id,
      requests: cycle(withWrites),
    });
    // Warm every read once.
    await load({ ...order(1, false), durationSeconds: 2 });

    const mixes: Record<string, unknown> = {};
    for (const clients of [10, 50]) {
      const readOnly = await load(order(clients, false));
      const withWrites = await load(order(clients, true));
      mixes[clients] = {
        readOnly,
        withWrites,
        writesKeepOfReadOnly: Math.round((withWrites.reqPerSec / readOnly.reqPerSec) * 100) / 100,
      };
      for (const [name, r] of [
        ['read-only', readOnly],
        ['5 % writes', withWrites],
      ] as const) {
        console.log(
          `${clients} clients, ${name.padEnd(10)}: ${r.reqPerSec} req/s, p95 ${r.latency.p95} ms, p99 ${r.latency.p99} ms, ` +
            `errors ${r.errors} (429: ${r.status429}), /healthz p99 ${r.healthz.p99} ms`,
        );
        if (r.firstErrors.length) console.log(`  first errors: ${r.firstErrors.join(' | ')}`);
      }
    }
    report.mixes = mixes;

    // Single client (one connection; its requests spread over the sessions, so no user's rate limit
    // applies to a speed measurement), beside the same rows read by raw SQL in the same run.
    const alone = async (c: GraphQLBenchCase) => {
      const r = await load({
        ...order(1, false),
        cookies,
        rotateCookies: true,
        requests: [{ name: c.name, body: await body(c, db.sql) }],
      });
      const raw = await rawSql(db.sql, c.rawSql!, org.id, SECONDS / 2);
      const ratio = Math.round((r.latency.mean / raw.latency.mean) * 10) / 10;
      console.log(
        `${c.name}: single client ${r.reqPerSec} req/s, mean ${r.latency.mean} ms, p95 ${r.latency.p95} ms; ` +
          `raw SQL mean ${raw.latency.mean} ms: ×${ratio}`,
      );
      return { graphql: r, rawSql: raw, ratioToRawSql: ratio };
    };
    report.landscapeAlone = await alone(landscapeQuery);
    report.contractOverviewAlone = await alone(contracts);

    // 20 concurrent cold full-graph requests (an edit moved the data version), /healthz polled meanwhile.
    const cold = [];
    for (let round = 0; round < 3; round++) {
      await db.sql.query(
        `UPDATE "Unit" SET name = name WHERE id = (SELECT id FROM "Unit" WHERE "organisationId" = $1 ORDER BY id LIMIT 1)`,
        [org.id],
      );
      const poller = child('healthz-poller.ts', [URL_]);
      await poller.ready;
      await new Promise((r) => setTimeout(r, 200));
      const started = performance.now();
      const answers = await Promise.all(
        cookies.slice(0, 20).map((cookie) =>
          fetch(`${URL_}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie, 'x-overblik-organisation': org.id },
            body: reads.landscape,
          }).then((res) => res.text()),
        ),
      );
      const elapsed = Math.round(performance.now() - started);
      await new Promise((r) => setTimeout(r, 200));
      const healthz = await reply<{ samples: number[] }>(poller.proc, 'stop');
      const failures = answers.filter((a) => !a.startsWith('{"data"'));
      const failed = failures.length;
      const stats = latencyStats(healthz.samples);
      const max = Math.round(Math.max(...healthz.samples));
      cold.push({
        elapsed,
        failed,
        firstErrors: [...new Set(failures)].slice(0, 3),
        healthz: { ...stats, max },
      });
      console.log(
        `20 cold full-graph requests: all answered in ${elapsed} ms, ${failed} failed; /healthz max ${max} ms, p99 ${stats.p99} ms`,
      );
      if (failed) console.log(`  first errors: ${[...new Set(failures)].slice(0, 3).join(' | ')}`);
    }
    report.coldGraph = cold;

    // 250 textually different variants of the large landscape query from one user.
    const before = await reply<Record<string, number>>(api.proc, 'heap');
    for (let i = 0; i < 250; i++) {
      const variant = graph
        .query!.replace('nodes {', `nodes { v${i}: name `)
        .replace('{', `{ # variant ${i}\n`);
      const res = await fetch(`${URL_}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          cookie: cookies[0],
          'x-overblik-organisation': org.id,
        },
        body: JSON.stringify({ query: variant }),
      });
      const text = await res.text();
      if (!text.startsWith('{"data"')) throw new Error(`variant ${i}: ${text.slice(0, 200)}`);
    }
    const after = await reply<Record<string, number>>(api.proc, 'heap');
    const mb = (v: number) => Math.round(v / 1024 / 1024);
    report.variants = { before, after };
    console.log(
      `250 query variants: heap peak ${mb(after.peakHeap)} MB, after them ${mb(after.heapUsed)} MB ` +
        `(${mb(after.heapAfterGc)} MB after a full GC), RSS ${mb(after.rss)} MB; before ${mb(before.heapUsed)} MB`,
    );
  } finally {
    api.proc.send('stop');
    await new Promise((r) => api.proc.once('exit', r));
    await db.close();
  }
  const dir = path.join(__dirname, '..', 'results');
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  writeFileSync(path.join(dir, `load-${stamp}.json`), JSON.stringify(report, null, 2));
  writeFileSync(path.join(dir, 'load-latest.json'), JSON.stringify(report, null, 2));
  console.log(`\nWrote bench/results/load-${stamp}.json`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
