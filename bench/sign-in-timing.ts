import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createApp } from '../apps/api/src/app';
import { readConfig } from '../apps/api/src/config';
import { openDatabase } from '../apps/api/src/db/database';
import { prepareDatabase } from '../apps/api/src/start/start-mode';
import { latencyStats } from './bench-stats';

/**
 * `pnpm bench --only sign-in`: does a failed sign-in take as long for an unknown e-mail as for a
 * known account (ADR 0026: unknown accounts get the same answer in the same time), before and after
 * the account is blocked? Known and unknown attempts alternate, so machine noise hits both alike;
 * the figure is the ratio of their medians in the same run. Embedded database with the demo data.
 */
const roundsAt = process.argv.indexOf('--rounds');
const ROUNDS = roundsAt > 0 ? Number(process.argv[roundsAt + 1]) : 60;

async function main() {
  const db = await openDatabase({ dataDir: null });
  await prepareDatabase(db, { production: false, demo: true });
  const app = await createApp({ ...readConfig(), production: true, rateLimitPerMinute: 10_000_000 }, db);
  const server = app.express.listen(0);
  await new Promise<void>((r) => server.once('listening', () => r()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

  const attempt = async (email: string) => {
    const started = performance.now();
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }',
        variables: { e: email, p: 'not-the-password' },
      }),
    });
    const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
    return { ms: performance.now() - started, code: body.errors?.[0]?.extensions?.code ?? 'NONE' };
  };

  // Failed attempts below the block: each known account at most 9 times, so none gets blocked.
  const known = (
    await db.sql.query<{ email: string }>(
      'SELECT email FROM "User" WHERE "passwordHash" IS NOT NULL AND NOT disabled ORDER BY email LIMIT 12',
    )
  ).map((u) => u.email);
  if (!known.length) throw new Error('The demo seed made no accounts with a password.');
  const open = { known: [] as number[], unknown: [] as number[], codes: new Set<string>() };
  for (let i = 0; i < Math.min(ROUNDS, known.length * 9); i++) {
    const k = await attempt(known[i % known.length]);
    const u = await attempt(`ingen-${i}@ukendt.example`);
    open.known.push(k.ms);
    open.unknown.push(u.ms);
    open.codes.add(k.code).add(u.code);
  }

  // Blocked: one known and one unknown e-mail past 10 failures, then attempts while blocked.
  const [victim] = known;
  const stranger = 'blokeret@ukendt.example';
  for (let i = 0; i < 10; i++) await Promise.all([attempt(victim), attempt(stranger)]);
  const blocked = { known: [] as number[], unknown: [] as number[], codes: new Set<string>() };
  for (let i = 0; i < 30; i++) {
    const k = await attempt(victim);
    const u = await attempt(stranger);
    blocked.known.push(k.ms);
    blocked.unknown.push(u.ms);
    blocked.codes.add(k.code).add(u.code);
  }

  const summary = (s: typeof open) => {
    const k = latencyStats(s.known);
    const u = latencyStats(s.unknown);
    return {
      attempts: s.known.length,
      knownP50Ms: k.p50,
      unknownP50Ms: u.p50,
      ratioUnknownToKnownP50: Math.round((u.p50 / k.p50) * 100) / 100,
      codes: [...s.codes],
    };
  };
  const result = { at: new Date().toISOString(), failed: summary(open), blocked: summary(blocked) };
  console.log(JSON.stringify(result, null, 2));
  const dir = path.join(__dirname, 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, `sign-in-timing-${result.at.replace(/[:.]/g, '-')}.json`),
    JSON.stringify(result),
  );

  server.close();
  await app.stop();
  await db.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
